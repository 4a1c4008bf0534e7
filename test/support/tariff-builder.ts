/**
 * The tests' one tariff builder. Engine tests build TariffSet objects directly,
 * every default filled in, so that they do not depend on the tariff validator
 * (makeTariffs, makePlan and their parts); validator and element tests start
 * from small valid tariff documents (validDocument, tariffFixture), each test
 * taking a fresh copy and changing what it is about.
 */
import type { NumberGrade, PackageSpec, Plan, Region, TariffSet } from '../../src/engine/index.js';

// TariffSet objects for engine tests.

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A package as a tariff file may write it: `paidUpfront` may be left out. */
type PackageInput = PackageSpec extends infer P ? (P extends PackageSpec ? Omit<P, 'paidUpfront'> & { paidUpfront?: boolean } : never) : never;

/** The package with `paidUpfront` filled in as tariff-format.md §4.12 says (true unless nothing is included). */
export function makePackage(input: PackageInput): PackageSpec {
  return { paidUpfront: input.includes !== 'nothing', ...input } as PackageSpec;
}

/** A plan with the spec's defaults: a 1200/12 credit package at 0.12 per minute. */
export function makePlan({ package: pack, ...overrides }: Partial<Omit<Mutable<Plan>, 'package'>> & { package?: PackageInput } = {}): Plan {
  const ratePerMinute = overrides.ratePerMinute ?? '0.12';
  return {
    id: 'p1',
    carrier: 'unicom',
    name: { 'zh-CN': '测试套餐', en: 'Test plan' },
    termMonths: 12,
    package: makePackage(pack ?? { includes: 'credit', price: '1200' }),
    ratePerMinute,
    overageRatePerMinute: ratePerMinute,
    peakMultiplier: '1',
    offPeakMultiplier: '1',
    regionMultipliers: {},
    minimumMonthlySpend: '0',
    billingIncrementSeconds: 60,
    setupFee: '0',
    addOns: {},
    ...overrides,
  };
}

export function makeRegion(id: string, defaultShare = '1', callerPrefixes: readonly string[] = []): Region {
  return { id, name: id, defaultShare, callerPrefixes };
}

export function makeGrade(id: string, selectionFee = '0', minimumMonthlySpend = '0'): NumberGrade {
  return { id, name: id, selectionFee, minimumMonthlySpend };
}

/** A tax-included CNY file with one region, one carrier and the given plans (default: one makePlan()). */
export function makeTariffs(overrides: Partial<Mutable<TariffSet>> = {}): TariffSet {
  return {
    schemaVersion: 1,
    currency: 'CNY',
    effectiveDate: '2026-01-01',
    pricesIncludeTax: true,
    taxRate: null,
    valueAddedTaxRate: null,
    rounding: 'half-up',
    peakHoursPerMonth: '220',
    defaults: { minutesPerMonth: 1000, peakSharePercent: 60, averageCallSeconds: null, maxMinutesPerMonth: 100000 },
    regions: [makeRegion('all')],
    carriers: [{ id: 'unicom', name: 'Unicom' }, { id: 'telecom', name: 'Telecom' }, { id: 'mobile', name: 'Mobile' }],
    addOns: [
      { id: 'ivr', name: 'IVR' },
      { id: 'recording', name: 'Recording' },
      { id: 'ringback', name: 'Ringback' },
    ],
    numberGrades: [],
    plans: [makePlan()],
    peakWindows: [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' }],
    homeCallingCode: '86',
    ...overrides,
  };
}

/** A file with tax excluded: 9 % on basic services, 6 % on value-added ones. */
export function taxExcluded(overrides: Partial<Mutable<TariffSet>> = {}): TariffSet {
  return makeTariffs({ pricesIncludeTax: false, taxRate: '0.09', valueAddedTaxRate: '0.06', ...overrides });
}

// Tariff documents, as a file holds them.

/** A tariff document as JSON.parse gives it. */
export type Doc = Record<string, any>;

/**
 * A small valid tariff document that exercises every part of the format:
 * each test takes a fresh copy and breaks one thing in it.
 */
export function validDocument(): Doc {
  return {
    $schema: './schema.json',
    $comment: 'fixture',
    schemaVersion: 1,
    currency: 'CNY',
    effectiveDate: '2026-11-01',
    notice: { 'zh-CN': '示例价格', en: 'Sample prices' },
    regions: [
      { id: 'mainland', name: '中国大陆', defaultShare: 95 },
      { id: 'abroad', name: { 'zh-CN': '海外', en: 'Abroad' }, defaultShare: '5' },
    ],
    carriers: [{ id: 'unicom', name: { 'zh-CN': '中国联通', en: 'China Unicom' }, url: 'https://www.10010.com/' }],
    addOns: [
      { id: 'ivr', name: 'IVR' },
      { id: 'recording', name: '录音', description: '保存 30 天' },
    ],
    numberGrades: [
      { id: 'standard', name: '普通' },
      { id: 'premium', name: '靓号', selectionFee: '5000', minimumMonthlySpend: '500' },
    ],
    plans: [
      {
        id: 'credit-1200',
        carrier: 'unicom',
        name: { 'zh-CN': '标准年套餐', en: 'Standard' },
        termMonths: 12,
        package: { price: '1200', includes: 'credit' },
        ratePerMinute: '0.12',
        overageRatePerMinute: '0.15',
        addOns: { ivr: 'included', recording: { monthly: '10', oneTime: '50' } },
        lines: { included: 10, extraLineMonthly: '1.25' },
        source: 'https://help.aliyun.com/document_detail/88287.html',
        verified: '2026-11-01',
      },
      {
        id: 'minutes-pack',
        carrier: 'unicom',
        name: '分钟包',
        termMonths: 12,
        package: { price: '1980', includes: 'minutes', minutes: 18000 },
        ratePerMinute: '0.11',
        regionMultipliers: { abroad: '3' },
      },
      {
        id: 'floor-120',
        carrier: 'unicom',
        name: '月保底',
        termMonths: 1,
        package: { price: '0', includes: 'nothing' },
        ratePerMinute: '0.11',
        minimumMonthlySpend: '120',
      },
    ],
  };
}

/** Sets an own, enumerable property even for `__proto__`, as JSON.parse does. */
export function setOwn(o: Doc, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
}

/**
 * A small hand-written tariff document for the element's tests: three plans
 * over two carriers, where only `b-peak` prices by time band and region, and
 * `a-flat` does not offer recording.
 */
export function tariffFixture(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    currency: 'CNY',
    effectiveDate: '2026-03-01',
    notice: { 'zh-CN': '示例资费，仅供测试', en: 'Sample prices for tests' },
    peakHours: { 'zh-CN': '工作日 9:00–18:00', en: 'Weekdays 9:00–18:00' },
    defaults: { minutesPerMonth: 1000, peakSharePercent: 60, averageCallSeconds: null, maxMinutesPerMonth: 100000 },
    regions: [
      { id: 'north', name: { 'zh-CN': '北方', en: 'North' }, defaultShare: 60 },
      { id: 'south', name: { 'zh-CN': '南方', en: 'South' }, defaultShare: 40 },
    ],
    carriers: [
      { id: 'alpha', name: { 'zh-CN': '甲运营商', en: 'Alpha Telecom' } },
      { id: 'beta', name: { 'zh-CN': '乙运营商', en: 'Beta Telecom' } },
    ],
    addOns: [
      { id: 'ivr', name: { 'zh-CN': '语音导航', en: 'IVR' } },
      { id: 'recording', name: { 'zh-CN': '通话录音', en: 'Call recording' } },
    ],
    numberGrades: [
      { id: 'standard', name: { 'zh-CN': '普通号', en: 'Standard' } },
      { id: 'gold', name: { 'zh-CN': '靓号', en: 'Gold' }, selectionFee: '500', minimumMonthlySpend: '200' },
    ],
    plans: [
      {
        id: 'a-credit',
        carrier: 'alpha',
        name: { 'zh-CN': '甲 年套餐', en: 'Alpha Annual' },
        termMonths: 12,
        package: { price: '1200', includes: 'credit' },
        ratePerMinute: '0.12',
        overageRatePerMinute: '0.15',
        addOns: { ivr: 'included', recording: { monthly: '10' } },
        lines: { included: 10, extraLineMonthly: '1.25' },
      },
      {
        id: 'a-flat',
        carrier: 'alpha',
        name: { 'zh-CN': '甲 按量', en: 'Alpha Pay-as-you-go' },
        badge: { 'zh-CN': '无预存', en: 'No prepayment' },
        termMonths: 1,
        package: { price: '0', includes: 'nothing' },
        ratePerMinute: '0.2',
        minimumMonthlySpend: '50',
        setupFee: '30',
        addOns: { ivr: { monthly: '20', oneTime: '100' } },
      },
      {
        id: 'b-peak',
        carrier: 'beta',
        name: { 'zh-CN': '乙 分时套餐', en: 'Beta Time-of-day' },
        termMonths: 24,
        package: { price: '2400', includes: 'credit' },
        ratePerMinute: '0.1',
        peakMultiplier: '1.5',
        offPeakMultiplier: '0.8',
        regionMultipliers: { south: '2' },
        billingIncrementSeconds: 6,
        addOns: { ivr: 'included', recording: 'included' },
      },
    ],
  };
}
