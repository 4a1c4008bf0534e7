/**
 * Builds TariffSet objects for engine tests directly, every default filled
 * in, so the tests do not depend on the tariff validator.
 */
import type { NumberGrade, PackageSpec, Plan, Region, TariffSet } from '../../src/engine/index.js';

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
