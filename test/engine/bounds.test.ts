import { expect } from '@open-wc/testing';
import { cheapestRanges, costCurves, estimate, switchPoints } from '../../src/engine/index.js';
import { MAX_ITEMS, MONEY_INTEGER_DIGITS, MULTIPLIER } from '../../src/engine/limits.js';
import { validateTariffs } from '../../src/tariffs/validate.js';
import { boundsTariffs, boundsUsage } from '../bench/bounds-tariffs.js';

/**
 * A file at the bounds of tariff-format.md §2 computes everything in about a
 * second of CPU (`npm run bench` prints the figures). This ceiling only
 * catches work that has become a minute long, as the switch-point search did
 * with one peak hour a month before it was bounded (a stretch per line step):
 * wall time on a shared two-core machine stretches ten- or twentyfold, so
 * the ceiling is set far above the figures, where a loaded machine does not
 * reach it and work that grows with the minutes or with plans × steps does.
 */
const CEILING_MS = 60_000;

describe('a tariff file at the bounds of the format', () => {
  it('is a valid file at the largest counts and amounts the format allows', () => {
    const tariffs = boundsTariffs();
    const result = validateTariffs(JSON.parse(JSON.stringify(tariffs)));
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
    expect(tariffs.plans).to.have.length(MAX_ITEMS.plans);
    expect(tariffs.regions).to.have.length(MAX_ITEMS.regions);
    const prices = tariffs.plans.map((plan) => plan.package.price);
    expect(prices.some((price) => price.split('.')[0]!.length === MONEY_INTEGER_DIGITS)).to.equal(true);
    const multipliers = tariffs.plans.flatMap((plan) => Object.values(plan.regionMultipliers));
    expect(multipliers).to.include(String(MULTIPLIER.max));
    expect(multipliers.every((value) => Number(value) <= MULTIPLIER.max)).to.equal(true);
  });

  for (const peakHoursPerMonth of ['220', '1']) {
    it(`computes everything from a new file within ${CEILING_MS / 1000} s (${peakHoursPerMonth} peak hours a month)`, function () {
      this.timeout(CEILING_MS * 2);
      const tariffs = boundsTariffs({ peakHoursPerMonth });
      const usage = boundsUsage(tariffs);
      const times: string[] = [];
      const timed = <T>(name: string, run: () => T): T => {
        const started = performance.now();
        const result = run();
        times.push(`${name} ${(performance.now() - started).toFixed(0)} ms`);
        return result;
      };
      const started = performance.now();
      const quote = timed('estimate', () => estimate(tariffs, usage));
      const points = timed('switchPoints', () => switchPoints(tariffs, usage));
      const ranges = timed('cheapestRanges', () => cheapestRanges(tariffs, usage));
      const curves = timed('costCurves', () => costCurves(tariffs, usage));
      const total = performance.now() - started;
      const browser = navigator.userAgent.match(/(Firefox|Chrome)\/\d+/)?.[0];
      console.log(`bounds file, ${peakHoursPerMonth} peak hours (${browser}): ${times.join(', ')}; total ${total.toFixed(0)} ms`);

      expect(quote.plans).to.have.length(MAX_ITEMS.plans);
      expect(points[0]!.planId).to.equal(estimate(tariffs, { ...usage, minutesPerMonth: 0 }).cheapestPlanId);
      expect(points[points.length - 1]!.planId).to.equal(estimate(tariffs, { ...usage, minutesPerMonth: 10_000_000 }).cheapestPlanId);
      expect(ranges.map((range) => range.from)).to.deep.equal(points.map((point) => point.minutes));
      expect(curves.curves).to.have.length(MAX_ITEMS.plans);
      expect(curves.switchPoints).to.deep.equal(points);
      expect(total).to.be.below(CEILING_MS);
    });
  }
});
