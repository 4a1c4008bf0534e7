/**
 * Random small tariff documents for property tests of the switch points: every
 * package kind, floors, overage, extra lines, multipliers, tax and both rounding
 * modes, with prices drawn from values that make ties and near-ties common.
 */
import fc from 'fast-check';
import type { Usage } from '../../src/engine/types.js';

const money = fc.constantFrom('0', '0.06', '50', '99.99', '100', '120', '150.5', '600', '1000', '1200', '1800', '2400', '3000');
const rate = fc.constantFrom('0', '0.05', '0.08', '0.1', '0.1', '0.11', '0.1234', '0.12', '0.125', '0.15', '0.2');
const factor = fc.constantFrom('0.8', '1', '1', '1.2', '1.5');

const plan = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom('credit', 'minutes', 'nothing'),
      price: money,
      minutes: fc.constantFrom(6000, 12000, 18000, 30000),
      termMonths: fc.constantFrom(1, 12, 24),
      ratePerMinute: rate,
      overageRatePerMinute: fc.option(rate, { nil: undefined }),
      minimumMonthlySpend: fc.option(fc.constantFrom('50', '100', '120', '150.55'), { nil: undefined }),
      peakMultiplier: fc.option(factor, { nil: undefined }),
      regionMultiplier: fc.option(factor, { nil: undefined }),
      billingIncrementSeconds: fc.constantFrom(6, 30, 60),
      setupFee: fc.option(money, { nil: undefined }),
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
export const tariffsAndUsage = fc
  .record({
    plans: fc.tuple(plan('p1'), plan('p2'), plan('p3'), plan('p4')),
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
