import { expect } from '@open-wc/testing';
import { cheapestRanges } from '../../src/engine/cheapest-ranges.js';
import { switchPoints } from '../../src/engine/switch-points.js';
import type { TariffSet } from '../../src/engine/types.js';
import { parseTariffs } from '../../src/tariffs/validate.js';
import { makePlan, makeTariffs } from '../support/tariff-builder.js';
import { FLOORS_AND_CREDIT, TAX_TIES_AND_TWINS } from './fixtures.js';



// x: 100 a month with 1,000 minutes included, then 0.20 a minute; y: 0.10 a minute.
// At 1,000 minutes both cost 100.00 and x wins the tie by its id; at 999 and
// 1,001 y is cheaper (99.90 < 100.00, 100.10 < 100.20).
const touching: TariffSet = makeTariffs({
  defaults: { minutesPerMonth: 1000, peakSharePercent: 60, averageCallSeconds: null, maxMinutesPerMonth: 3000 },
  plans: [
    makePlan({
      id: 'x-minutes',
      package: { includes: 'minutes', price: '1200', minutes: 12_000 },
      ratePerMinute: '0.2',
      overageRatePerMinute: '0.2',
    }),
    makePlan({ id: 'y-metered', termMonths: 1, package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.1', overageRatePerMinute: '0.1' }),
  ],
});

describe('cheapestRanges: ties, coverage and defaults', () => {
  it('folds a one-minute tie into the range around it, with a note of the tie', () => {
    expect(switchPoints(touching, {})).to.deep.equal([
      { minutes: 0, planId: 'y-metered' },
      { minutes: 1000, planId: 'x-minutes' },
      { minutes: 1001, planId: 'y-metered' },
    ]);
    expect(cheapestRanges(touching, {})).to.deep.equal([
      { from: 0, to: 3000, planId: 'y-metered', ties: [{ minutes: 1000, planIds: ['y-metered', 'x-minutes'] }] },
    ]);
  });

  it('covers every minute of the range in order, one range per switch point when nothing ties', () => {
    const tariffs = parseTariffs(FLOORS_AND_CREDIT);
    const points = switchPoints(tariffs, {}, { maxMinutes: 12_000 });
    const ranges = cheapestRanges(tariffs, {}, { maxMinutes: 12_000 });
    expect(ranges.map((range) => ({ minutes: range.from, planId: range.planId }))).to.deep.equal(points);
    expect(ranges[0]!.from).to.equal(0);
    expect(ranges[ranges.length - 1]!.to).to.equal(12_000);
    ranges.slice(1).forEach((range, index) => expect(range.from).to.equal(ranges[index]!.to + 1));
  });

  it("defaults to the minutes slider's range and every plan, as switchPoints does", () => {
    expect(cheapestRanges(touching, {})).to.deep.equal(cheapestRanges(touching, {}, { maxMinutes: 3000 }));
    expect(cheapestRanges(touching, {}, { planIds: ['x-minutes'] })).to.deep.equal([
      { from: 0, to: 3000, planId: 'x-minutes', ties: [] },
    ]);
    expect(() => cheapestRanges(touching, {}, { maxMinutes: 1.5 })).to.throw(RangeError);
  });

  it('is empty when no plan is available', () => {
    const tariffs = parseTariffs(TAX_TIES_AND_TWINS);
    expect(cheapestRanges(tariffs, { addOns: ['recording'] }, { maxMinutes: 100, planIds: ['no-recording'] })).to.deep.equal([]);
  });
});
