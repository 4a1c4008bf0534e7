/**
 * The tests' one source of random tariffs, three kinds for three needs:
 *
 * - fast-check TariffSets and usages for the engine's properties (amounts as
 *   decimal strings, as a file holds them; integer region weights, so that
 *   scaling them stays exact): `tariffsAndUsage`, `tariffSetArbitrary`,
 *   `usageArbitrary`, `minutesArbitrary`, `decimalString`;
 * - fast-check tariff documents for the switch-point properties, with prices
 *   drawn from values that make ties and near-ties common (every package kind,
 *   floors, overage, extra lines, multipliers, tax, both rounding modes):
 *   `tariffDocumentAndUsage`;
 * - a deterministic TariffSet of any size for benchmarks, every rule in use
 *   (package kinds, overage, floors, time bands, regional factors, limited
 *   lines, add-ons, number grades, tax excluded): `generatedTariffs`.
 */
import fc from 'fast-check';
import type { NumberGrade, Plan, PlanAddOn, Region, RoundingMode, TariffSet, Usage } from '../../src/engine/index.js';

// TariffSets and usages for the engine's properties.

const ADD_ON_IDS = ['ivr', 'recording', 'ringback'] as const;

/** A decimal string with up to `places` decimals, integer part ≤ maxUnits. */
export function decimalString(maxUnits: number, places: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 0, max: maxUnits }), fc.integer({ min: 0, max: places }), fc.nat({ max: 10 ** places - 1 }))
    .map(([units, decimals, fraction]) => {
      if (decimals === 0) return String(units);
      return `${units}.${String(fraction % 10 ** decimals).padStart(decimals, '0')}`;
    });
}

const money = (maxUnits: number) => decimalString(maxUnits, 4);
const rate = fc.oneof(decimalString(0, 4), fc.constantFrom('0.12', '0.1', '0.15', '0.0999'));
const multiplier = fc.oneof(fc.constant('1'), decimalString(2, 2));

const addOnEntry: fc.Arbitrary<PlanAddOn> = fc.oneof(
  fc.constant('included' as const),
  fc.record({ monthly: money(50), oneTime: money(500) }, { requiredKeys: [] }),
);

function planArbitrary(regionIds: readonly string[]): fc.Arbitrary<Omit<Plan, 'id'>> {
  return fc
    .record({
      carrier: fc.constantFrom('telecom', 'unicom', 'mobile'),
      termMonths: fc.integer({ min: 1, max: 36 }),
      kind: fc.constantFrom('credit', 'minutes', 'nothing'),
      price: money(3000),
      paidUpfront: fc.boolean(),
      includedMinutes: fc.integer({ min: 0, max: 100000 }),
      ratePerMinute: rate,
      overageRatePerMinute: fc.option(rate, { nil: undefined }),
      peakMultiplier: multiplier,
      offPeakMultiplier: multiplier,
      regionMultipliers: fc.dictionary(fc.constantFrom(...regionIds), multiplier, { maxKeys: regionIds.length }),
      minimumMonthlySpend: fc.oneof(fc.constant('0'), decimalString(300, 2)),
      billingIncrementSeconds: fc.constantFrom(1, 6, 7, 30, 60, 3600),
      setupFee: fc.oneof(fc.constant('0'), money(500)),
      addOns: fc.dictionary(fc.constantFrom(...ADD_ON_IDS), addOnEntry, { maxKeys: 3 }),
      lines: fc.option(fc.record({ included: fc.integer({ min: 1, max: 20 }), extraLineMonthly: money(30) }), {
        nil: undefined,
      }),
    })
    .map(({ kind, price, paidUpfront, includedMinutes, overageRatePerMinute, lines, ...rest }) => ({
      ...rest,
      name: 'plan',
      package:
        kind === 'minutes'
          ? { includes: 'minutes' as const, price, minutes: includedMinutes, paidUpfront }
          : { includes: kind, price, paidUpfront },
      overageRatePerMinute: overageRatePerMinute ?? rest.ratePerMinute,
      ...(lines ? { lines } : {}),
    }));
}

const regionsArbitrary: fc.Arbitrary<Region[]> = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 })
  .map((shares) => (shares.every((share) => share === 0) ? shares.map(() => 1) : shares))
  .map((shares) =>
    shares.map((share, index) => ({ id: `r${index}`, name: `Region ${index}`, defaultShare: String(share), callerPrefixes: [] })),
  );

const gradesArbitrary: fc.Arbitrary<NumberGrade[]> = fc
  .array(fc.tuple(fc.oneof(fc.constant('0'), money(3000)), fc.oneof(fc.constant('0'), decimalString(400, 2))), {
    maxLength: 3,
  })
  .map((grades) => grades.map(([selectionFee, minimumMonthlySpend], index) => ({ id: `g${index}`, name: `Grade ${index}`, selectionFee, minimumMonthlySpend })));

/** A valid TariffSet with 1–6 plans whose ids are unique. */
export const tariffSetArbitrary: fc.Arbitrary<TariffSet> = regionsArbitrary.chain((regions) =>
  fc
    .record({
      plans: fc.array(planArbitrary(regions.map((region) => region.id)), { minLength: 1, maxLength: 6 }),
      numberGrades: gradesArbitrary,
      rounding: fc.constantFrom<RoundingMode>('half-up', 'half-even'),
      tax: fc.option(fc.tuple(decimalString(0, 4), fc.option(decimalString(0, 4), { nil: null })), { nil: null }),
      peakHoursPerMonth: fc.constantFrom('220', '1', '100.5'),
    })
    .map(({ plans, numberGrades, rounding, tax, peakHoursPerMonth }) => ({
      schemaVersion: 1 as const,
      currency: 'CNY',
      effectiveDate: '2026-01-01',
      pricesIncludeTax: tax === null,
      taxRate: tax ? tax[0] : null,
      valueAddedTaxRate: tax ? (tax[1] ?? tax[0]) : null,
      rounding,
      peakHoursPerMonth,
      defaults: { minutesPerMonth: 1000, peakSharePercent: 60, averageCallSeconds: null, maxMinutesPerMonth: 100000 },
      regions,
      carriers: ['telecom', 'unicom', 'mobile'].map((id) => ({ id, name: id })),
      addOns: ADD_ON_IDS.map((id) => ({ id, name: id })),
      numberGrades,
      peakWindows: [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' }],
      homeCallingCode: '86',
      plans: plans.map((plan, index) => ({ ...plan, id: `p${index}` })),
    })),
);

/** Minutes per month: mostly whole minutes, sometimes fractional or huge. */
export const minutesArbitrary: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.double({ min: 0, max: 10_000_000, noNaN: true }),
  fc.integer({ min: 0, max: 10_000_000 }),
);

/** A valid usage for `tariffs` (region weights are integers). */
export function usageArbitrary(tariffs: TariffSet): fc.Arbitrary<Usage> {
  const regionIds = tariffs.regions.map((region) => region.id);
  const gradeIds = tariffs.numberGrades.map((grade) => grade.id);
  return fc.record(
    {
      minutesPerMonth: minutesArbitrary,
      peakSharePercent: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
      regionShares: fc.dictionary(fc.constantFrom(...regionIds), fc.integer({ min: 0, max: 1000 }), { maxKeys: regionIds.length }),
      averageCallSeconds: fc.option(fc.oneof(fc.integer({ min: 1, max: 3600 }), fc.double({ min: 1, max: 3600, noNaN: true })), {
        nil: null,
      }),
      addOns: fc.shuffledSubarray([...ADD_ON_IDS]),
      numberGrade: gradeIds.length === 0 ? fc.constant(null) : fc.constantFrom(...gradeIds),
    },
    { requiredKeys: ['minutesPerMonth'] },
  );
}

/** A tariff set together with a usage valid for it. */
export const tariffsAndUsage: fc.Arbitrary<[TariffSet, Usage]> = tariffSetArbitrary.chain((tariffs) =>
  usageArbitrary(tariffs).map((usage) => [tariffs, usage] as [TariffSet, Usage]),
);

// Tariff documents for the switch-point properties: ties and near-ties.

const nearTieMoney = fc.constantFrom('0', '0.06', '50', '99.99', '100', '120', '150.5', '600', '1000', '1200', '1800', '2400', '3000');
const nearTieRate = fc.constantFrom('0', '0.05', '0.08', '0.1', '0.1', '0.11', '0.1234', '0.12', '0.125', '0.15', '0.2');
const nearTieFactor = fc.constantFrom('0.8', '1', '1', '1.2', '1.5');

const nearTiePlan = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom('credit', 'minutes', 'nothing'),
      price: nearTieMoney,
      minutes: fc.constantFrom(6000, 12000, 18000, 30000),
      termMonths: fc.constantFrom(1, 12, 24),
      ratePerMinute: nearTieRate,
      overageRatePerMinute: fc.option(nearTieRate, { nil: undefined }),
      minimumMonthlySpend: fc.option(fc.constantFrom('50', '100', '120', '150.55'), { nil: undefined }),
      peakMultiplier: fc.option(nearTieFactor, { nil: undefined }),
      regionMultiplier: fc.option(nearTieFactor, { nil: undefined }),
      billingIncrementSeconds: fc.constantFrom(6, 30, 60),
      setupFee: fc.option(nearTieMoney, { nil: undefined }),
      lines: fc.option(fc.record({ included: fc.integer({ min: 1, max: 6 }), extraLineMonthly: fc.constantFrom('5', '12.5', '40') }), {
        nil: undefined,
      }),
      ivr: fc.constantFrom<unknown>(undefined, 'included', { monthly: '10' }, { monthly: '5', oneTime: '60' }),
    })
    .map((p) => ({
      id,
      carrier: 'cu',
      name: id,
      termMonths: p.termMonths,
      package:
        p.kind === 'minutes'
          ? { price: p.price, includes: 'minutes', minutes: p.minutes }
          : { price: p.price, includes: p.kind },
      ratePerMinute: p.ratePerMinute,
      billingIncrementSeconds: p.billingIncrementSeconds,
      ...(p.overageRatePerMinute !== undefined ? { overageRatePerMinute: p.overageRatePerMinute } : {}),
      ...(p.minimumMonthlySpend !== undefined ? { minimumMonthlySpend: p.minimumMonthlySpend } : {}),
      ...(p.peakMultiplier !== undefined ? { peakMultiplier: p.peakMultiplier } : {}),
      ...(p.regionMultiplier !== undefined ? { regionMultipliers: { south: p.regionMultiplier } } : {}),
      ...(p.setupFee !== undefined ? { setupFee: p.setupFee } : {}),
      ...(p.lines !== undefined ? { lines: p.lines } : {}),
      ...(p.ivr !== undefined ? { addOns: { ivr: p.ivr } } : {}),
    }));

/** A tariff document of 2–4 plans and a usage to go with it. */
export const tariffDocumentAndUsage = fc
  .record({
    plans: fc.tuple(nearTiePlan('p1'), nearTiePlan('p2'), nearTiePlan('p3'), nearTiePlan('p4')),
    count: fc.integer({ min: 2, max: 4 }),
    taxExcluded: fc.boolean(),
    rounding: fc.constantFrom('half-up', 'half-even'),
    peakHoursPerMonth: fc.constantFrom(10, 50, 220),
    usage: fc.record(
      {
        peakSharePercent: fc.constantFrom(0, 35, 60, 100),
        regionShares: fc.constantFrom({ north: 1, south: 1 }, { north: 3, south: 1 }, { south: 1 }),
        averageCallSeconds: fc.option(fc.constantFrom(25, 45, 60, 75, 200)),
        addOns: fc.constantFrom([], ['ivr']),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ plans, count, taxExcluded, rounding, peakHoursPerMonth, usage }) => ({
    document: {
      schemaVersion: 1,
      currency: 'CNY',
      effectiveDate: '2026-01-01',
      rounding,
      peakHoursPerMonth,
      ...(taxExcluded ? { pricesIncludeTax: false, taxRate: '0.09', valueAddedTaxRate: '0.06' } : {}),
      regions: [
        { id: 'north', name: 'N', defaultShare: 1 },
        { id: 'south', name: 'S', defaultShare: 1 },
      ],
      carriers: [{ id: 'cu', name: 'CU' }],
      addOns: [{ id: 'ivr', name: 'IVR' }],
      plans: plans.slice(0, count),
    },
    usage: usage as Usage,
  }));

// A deterministic TariffSet of any size, for benchmarks.

const GENERATED_KINDS = ['credit', 'minutes', 'nothing'] as const;
const GENERATED_CARRIERS = ['telecom', 'unicom', 'mobile'] as const;

/** A deterministic TariffSet with `planCount` plans. */
export function generatedTariffs(planCount: number): TariffSet {
  const plans: Plan[] = [];
  for (let index = 0; index < planCount; index++) plans.push(generatedPlan(index));
  return {
    schemaVersion: 1,
    currency: 'CNY',
    effectiveDate: '2026-01-01',
    pricesIncludeTax: false,
    taxRate: '0.09',
    valueAddedTaxRate: '0.06',
    rounding: 'half-even',
    peakHoursPerMonth: '220',
    defaults: { minutesPerMonth: 1000, peakSharePercent: 60, averageCallSeconds: null, maxMinutesPerMonth: 100000 },
    regions: [
      { id: 'north', name: 'North', defaultShare: '40', callerPrefixes: ['+86'] },
      { id: 'east', name: 'East', defaultShare: '35', callerPrefixes: ['+852', '+853'] },
      { id: 'south', name: 'South', defaultShare: '25', callerPrefixes: ['+'] },
    ],
    carriers: GENERATED_CARRIERS.map((id) => ({ id, name: id })),
    addOns: ['ivr', 'recording', 'ringback'].map((id) => ({ id, name: id })),
    numberGrades: [
      { id: 'standard', name: 'Standard', selectionFee: '0', minimumMonthlySpend: '0' },
      { id: 'premium', name: 'Premium', selectionFee: '2000', minimumMonthlySpend: '300' },
    ],
    plans,
    peakWindows: [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' }],
    homeCallingCode: '86',
  };
}

function generatedPlan(index: number): Plan {
  const kind = GENERATED_KINDS[index % GENERATED_KINDS.length]!;
  const termMonths = [12, 24, 6, 36][index % 4]!;
  const price = String(600 + 150 * (index % 11));
  const rate = `0.${String(8 + (index % 7)).padStart(2, '0')}`;
  const addOns: Record<string, PlanAddOn> = {
    ivr: index % 3 === 0 ? 'included' : { monthly: '10', oneTime: '50' },
    recording: { monthly: `${5 + (index % 4)}.5` },
  };
  if (index % 2 === 0) addOns['ringback'] = { monthly: '8', oneTime: '30' };
  return {
    id: `plan-${index}`,
    carrier: GENERATED_CARRIERS[index % GENERATED_CARRIERS.length]!,
    name: `Plan ${index}`,
    termMonths,
    package:
      kind === 'minutes'
        ? { includes: 'minutes', price, minutes: 1000 * termMonths, paidUpfront: true }
        : { includes: kind, price: kind === 'nothing' ? '0' : price, paidUpfront: kind !== 'nothing' },
    ratePerMinute: rate,
    overageRatePerMinute: index % 2 === 0 ? '0.15' : rate,
    peakMultiplier: index % 5 === 0 ? '1.2' : '1',
    offPeakMultiplier: index % 5 === 0 ? '0.8' : '1',
    regionMultipliers: index % 4 === 0 ? { north: '1.1', south: '0.95' } : {},
    minimumMonthlySpend: index % 3 === 1 ? '120' : '0',
    billingIncrementSeconds: index % 6 === 0 ? 6 : 60,
    setupFee: index % 2 === 0 ? '199' : '0',
    addOns,
    ...(index % 3 === 2 ? { lines: { included: 2 + (index % 5), extraLineMonthly: '1.25' } } : {}),
  };
}
