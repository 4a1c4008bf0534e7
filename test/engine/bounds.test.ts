import { expect } from '@open-wc/testing';
import { cheapestRanges, costCurves, estimate, switchPoints } from '../../src/engine/index.js';
import { MAX_ITEMS, MONEY_INTEGER_DIGITS, MULTIPLIER } from '../../src/engine/limits.js';
import { validateTariffs } from '../../src/tariffs/validate.js';
import { boundsTariffs, boundsUsage } from '../bench/bounds-tariffs.js';

/**
 * A file at the bounds of tariff-format.md §2 computes everything in a
 * fraction of a second (`npm run bench` prints the figures). The ceiling is
 * measured against the same machine at the same moment: before each
 * function, one estimate of the whole file with a slightly different peak
 * share (so that nothing is reused) is timed, and the four functions together
 * may take at most CEILING_ESTIMATES times those four estimates. Measured in
 * Chromium and Firefox they take 3 to 12 times as long (cost curves price
 * every plan at some 40 minute counts, each a fraction of an estimate's
 * work); work that became a minute long, as the switch-point search was with
 * one peak hour a month, or that grows with plans × steps, takes thousands of
 * times as long. Wall time alone would not do: on a shared two-core machine
 * it stretches twentyfold.
 */
const CEILING_ESTIMATES = 60;

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
    it(`computes everything from a new file within ${CEILING_ESTIMATES} × 4 estimates (${peakHoursPerMonth} peak hours a month)`, function () {
      this.timeout(600_000);
      const tariffs = boundsTariffs({ peakHoursPerMonth });
      const usage = boundsUsage(tariffs);
      // The reference file is converted once here, so that each reference estimate is a warm one.
      const reference = boundsTariffs({ peakHoursPerMonth });
      estimate(reference, usage);
      let referenceMs = 0;
      let workMs = 0;
      const times: string[] = [];
      const timed = <T>(name: string, run: () => T): T => {
        const before = performance.now();
        estimate(reference, { ...usage, peakSharePercent: 60 + times.length / 10 });
        const started = performance.now();
        referenceMs += started - before;
        const result = run();
        const took = performance.now() - started;
        workMs += took;
        times.push(`${name} ${took.toFixed(0)} ms`);
        return result;
      };
      const quote = timed('estimate', () => estimate(tariffs, usage));
      const points = timed('switchPoints', () => switchPoints(tariffs, usage));
      const ranges = timed('cheapestRanges', () => cheapestRanges(tariffs, usage));
      const curves = timed('costCurves', () => costCurves(tariffs, usage));
      const browser = navigator.userAgent.match(/(Firefox|Chrome)\/\d+/)?.[0];
      console.log(
        `bounds file, ${peakHoursPerMonth} peak hours (${browser}): ${times.join(', ')}; ` +
          `total ${workMs.toFixed(0)} ms = ${(workMs / referenceMs).toFixed(1)} × the 4 reference estimates (${referenceMs.toFixed(0)} ms)`,
      );

      expect(quote.plans).to.have.length(MAX_ITEMS.plans);
      expect(points[0]!.planId).to.equal(estimate(tariffs, { ...usage, minutesPerMonth: 0 }).cheapestPlanId);
      expect(points[points.length - 1]!.planId).to.equal(estimate(tariffs, { ...usage, minutesPerMonth: 10_000_000 }).cheapestPlanId);
      expect(ranges.map((range) => range.from)).to.deep.equal(points.map((point) => point.minutes));
      expect(curves.curves).to.have.length(MAX_ITEMS.plans);
      // Each plan is priced at the shared stops and its own few bends, not at every other plan's: linear in the plans.
      const priced = curves.curves.reduce((sum, curve) => sum + curve.points.length, 0);
      expect(priced).to.be.below(MAX_ITEMS.plans * (curves.minutes.length + 4));
      expect(curves.switchPoints).to.deep.equal(points);
      expect(workMs).to.be.below(CEILING_ESTIMATES * referenceMs);
    });
  }
});
