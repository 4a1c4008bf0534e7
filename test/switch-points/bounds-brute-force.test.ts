import { expect } from '@open-wc/testing';
import { estimate } from '../../src/engine/estimate.js';
import { switchPoints, type SwitchPoint } from '../../src/engine/switch-points.js';
import type { TariffSet, Usage } from '../../src/engine/types.js';
import { makePlan, makeRegion, makeTariffs } from '../support/tariff-builder.js';

// Mocha's globals, provided by the test runner.

/** The cheapest plan at every single minute, asked of the engine one minute at a time. */
function bruteForce(tariffs: TariffSet, usage: Usage, maxMinutes: number): SwitchPoint[] {
  const points: SwitchPoint[] = [];
  for (let minutes = 0; minutes <= maxMinutes; minutes++) {
    const planId = estimate(tariffs, { ...usage, minutesPerMonth: minutes }).cheapestPlanId;
    if (planId === null) return [];
    if (points.length === 0 || points[points.length - 1]!.planId !== planId) points.push({ minutes, planId });
  }
  return points;
}

const TOP = '9999999999.9999';
const COMMON_FACTORS = { peakMultiplier: '1000', offPeakMultiplier: '0.0001', regionMultipliers: { a: '1', b: '0.0001', c: '999.9999' } };

/**
 * Plans at the far ends of tariff-format.md §2's bounds: 10-digit prices,
 * floors and fees, multipliers of 1000 and 0.0001, a package of 1,000,000,000
 * minutes, lines at 10-digit prices (with one peak hour a month the lines
 * needed grow every few minutes), tax excluded. The prices are set so that,
 * with the rate factor at 1000 (every call at peak, region a), the cheapest
 * plan changes within 1,500 minutes: metered, then the floor, the credit, the
 * minutes package, and back as the minutes package pays for lines; other
 * usages move those switches about.
 */
function extremes(rounding: 'half-up' | 'half-even', peakHoursPerMonth: string): TariffSet {
  return makeTariffs({
    pricesIncludeTax: false,
    taxRate: '0.09',
    valueAddedTaxRate: '0.06',
    rounding,
    peakHoursPerMonth,
    regions: [makeRegion('a', '1000000'), makeRegion('b', '0.0001'), makeRegion('c', '999999.9999')],
    plans: [
      // 1e10 of credit a month covers 1,000 minutes at a factor of 1000, then 10× the rate.
      makePlan({
        id: 'credit-top',
        termMonths: 1,
        package: { includes: 'credit', price: TOP },
        ratePerMinute: '9999.9999',
        overageRatePerMinute: '99999.9999',
        ...COMMON_FACTORS,
      }),
      // A floor a cent under 1e10, reached at 500 minutes.
      makePlan({
        id: 'floor-top',
        termMonths: 120,
        package: { includes: 'nothing', price: '0' },
        ratePerMinute: '19999.9999',
        minimumMonthlySpend: '9999999999.99',
        lines: { included: 3, extraLineMonthly: '999999999.9999' },
        ...COMMON_FACTORS,
      }),
      // 1e9 minutes over the term, never used up here; 1e10 a month of floor and a setup fee of 1e10.
      makePlan({
        id: 'minutes-top',
        termMonths: 111,
        package: { includes: 'minutes', price: TOP, minutes: 1_000_000_000 },
        ratePerMinute: TOP,
        overageRatePerMinute: TOP,
        minimumMonthlySpend: '9999999999.99',
        setupFee: TOP,
        billingIncrementSeconds: 3600,
        lines: { included: 30, extraLineMonthly: TOP },
        ...COMMON_FACTORS,
      }),
      // 1.76e8 a month and 1e8 a minute whatever the usage: its factor is 1000 everywhere.
      makePlan({
        id: 'metered-top',
        termMonths: 7,
        package: { includes: 'nothing', price: '1234567890.1234' },
        ratePerMinute: '99999.9999',
        peakMultiplier: '1000',
        offPeakMultiplier: '1000',
        regionMultipliers: { a: '1000', b: '1000', c: '1000' },
        billingIncrementSeconds: 7,
        lines: { included: 1, extraLineMonthly: '0.0001' },
      }),
    ],
  });
}

const USAGES: readonly Usage[] = [
  { peakSharePercent: 100, regionShares: { a: 1 } },
  { peakSharePercent: 100, regionShares: { a: 1e6, b: 1e-6, c: 3e-3 }, averageCallSeconds: 7 },
  { peakSharePercent: 37.5, regionShares: { b: 1 }, averageCallSeconds: 3599 },
  { peakSharePercent: 99.99, regionShares: { a: 1, c: 1e-4 }, averageCallSeconds: 61 },
];

describe('switchPoints at the bounds of the format, against a brute force over 0–1,500 minutes', () => {
  for (const rounding of ['half-up', 'half-even'] as const) {
    for (const peakHours of ['1', '220']) {
      USAGES.forEach((usage, index) => {
        it(`${rounding}, ${peakHours} peak hours a month, usage ${index + 1}`, function () {
          this.timeout(60_000);
          const tariffs = extremes(rounding, peakHours);
          const expected = bruteForce(tariffs, usage, 1_500);
          expect(switchPoints(tariffs, usage, { maxMinutes: 1_500 })).to.deep.equal(expected);
          // Every case switches at least once; the first, with lines stepping up every few minutes, six times.
          expect(expected.length).to.be.above(1);
          if (index === 0 && peakHours === '1') expect(expected.length).to.equal(7);
        });
      });
    }
  }
});
