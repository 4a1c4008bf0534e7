/**
 * fast-check generators of valid tariff sets and usages for the engine's
 * property tests. Amounts are built as decimal strings, as a tariff file
 * holds them; region weights are integers so that scaling them stays exact.
 */
import fc from 'fast-check';
import type { NumberGrade, Plan, PlanAddOn, Region, RoundingMode, TariffSet, Usage } from '../../src/engine/index.js';

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
