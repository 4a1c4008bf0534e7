/**
 * A generated tariff set of any size for benchmarks: every package kind,
 * overage, floors, time bands, regional factors, limited lines, add-ons,
 * number grades and tax excluded, so that a benchmark exercises every rule.
 */
import type { Plan, PlanAddOn, TariffSet } from '../../src/engine/index.js';

const KINDS = ['credit', 'minutes', 'nothing'] as const;
const CARRIERS = ['telecom', 'unicom', 'mobile'] as const;

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
    carriers: CARRIERS.map((id) => ({ id, name: id })),
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
  const kind = KINDS[index % KINDS.length]!;
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
    carrier: CARRIERS[index % CARRIERS.length]!,
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
