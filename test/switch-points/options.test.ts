import { expect } from '@open-wc/testing';
import { cheapestRanges } from '../../src/engine/cheapest-ranges.js';
import { costCurves } from '../../src/engine/cost-curves.js';
import { switchPoints } from '../../src/engine/switch-points.js';
import type { TariffSet } from '../../src/engine/types.js';
import { parseTariffs } from '../../src/tariffs/validate.js';
import { FLOORS_AND_CREDIT } from './fixtures.js';

// Mocha's globals, provided by the test runner.

/** FLOORS_AND_CREDIT with a minutes slider ending at `maxMinutesPerMonth`. */
function withSliderEnd(maxMinutesPerMonth: number): TariffSet {
  const tariffs = parseTariffs(FLOORS_AND_CREDIT);
  return { ...tariffs, defaults: { ...tariffs.defaults, maxMinutesPerMonth } };
}

describe('switch-point and cost-curve options default', () => {
  const tariffs = withSliderEnd(12_000);

  it("search the minutes slider's range over every plan when left out", () => {
    const explicit = switchPoints(tariffs, {}, { maxMinutes: 12_000 });
    expect(explicit.length).to.be.above(1);
    expect(switchPoints(tariffs, {})).to.deep.equal(explicit);
    expect(switchPoints(tariffs, {}, {})).to.deep.equal(explicit);
    expect(switchPoints(tariffs, {}, { planIds: undefined })).to.deep.equal(explicit);
  });

  it('take the range by default when only the plans are given, and the reverse', () => {
    const planIds = ['credit-1200', 'floor-150'];
    expect(switchPoints(tariffs, {}, { planIds })).to.deep.equal(switchPoints(tariffs, {}, { planIds, maxMinutes: 12_000 }));
    expect(switchPoints(tariffs, {}, { maxMinutes: 3_000 })).to.deep.equal(
      switchPoints(tariffs, {}, { maxMinutes: 3_000, planIds: tariffs.plans.map((plan) => plan.id) }),
    );
  });

  it('end a slider at whole minutes: a fractional end is rounded down', () => {
    expect(switchPoints(withSliderEnd(5_000.75), {})).to.deep.equal(switchPoints(tariffs, {}, { maxMinutes: 5_000 }));
  });

  it('give cost curves over the same range with 32 samples', () => {
    const curves = costCurves(tariffs, { peakSharePercent: 90 });
    expect(curves).to.deep.equal(costCurves(tariffs, { peakSharePercent: 90 }, { maxMinutes: 12_000, samples: 32 }));
    expect(curves.maxMinutes).to.equal(12_000);
    expect(curves.curves.map((curve) => curve.planId)).to.deep.equal(tariffs.plans.map((plan) => plan.id));
  });

  it('take options of null, or options that are null, as left out, as a plain JavaScript caller may pass them', () => {
    const leftOut = { points: switchPoints(tariffs, {}), ranges: cheapestRanges(tariffs, {}), curves: costCurves(tariffs, {}) };
    // Fields of null, as untyped callers may send them (the option types do not allow them).
    const nulls = { maxMinutes: null, planIds: null, samples: null } as unknown as { maxMinutes?: number };
    for (const options of [null, undefined, nulls]) {
      expect(switchPoints(tariffs, {}, options)).to.deep.equal(leftOut.points);
      expect(cheapestRanges(tariffs, {}, options)).to.deep.equal(leftOut.ranges);
      expect(costCurves(tariffs, {}, options)).to.deep.equal(leftOut.curves);
    }
  });

  it('still reject an explicit range that is not an integer from 0 to 10,000,000', () => {
    for (const maxMinutes of [-1, 2.5, 10_000_001]) {
      expect(() => switchPoints(tariffs, {}, { maxMinutes })).to.throw(RangeError);
      expect(() => costCurves(tariffs, {}, { maxMinutes })).to.throw(RangeError);
    }
  });
});
