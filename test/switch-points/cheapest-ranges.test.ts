// cheapestRanges (what the visitor reads) against the engine's cheapest plan at
// every single minute: each minute lies in exactly one range, whose plan is the
// cheapest there, or costs exactly as much as the cheapest where a tie is noted.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cheapestRanges, type CheapestRange } from '../../src/engine/cheapest-ranges.js';
import { estimate } from '../../src/engine/estimate.js';
import type { TariffSet, Usage } from '../../src/engine/types.js';
import { parseTariffs } from '../../src/tariffs/validate.js';
import defaultDocument from '../../src/tariffs/default.json';
import { CASES } from './fixtures.js';
import { tariffDocumentAndUsage } from '../support/random-tariffs.js';

function checkAgainstEveryMinute(tariffs: TariffSet, usage: Usage, maxMinutes: number, planIds?: readonly string[]): CheapestRange[] {
  const ranges = cheapestRanges(tariffs, usage, { maxMinutes, planIds });
  if (ranges.length === 0) return ranges;
  expect(ranges[0]!.from).to.equal(0);
  expect(ranges.at(-1)!.to).to.equal(maxMinutes);
  for (let i = 1; i < ranges.length; i++) {
    expect(ranges[i]!.from, 'ranges follow each other').to.equal(ranges[i - 1]!.to + 1);
    expect(ranges[i]!.planId, 'neighbours differ').not.to.equal(ranges[i - 1]!.planId);
  }
  let range = 0;
  for (let minutes = 0; minutes <= maxMinutes; minutes++) {
    while (ranges[range]!.to < minutes) range++;
    const { planId, ties } = ranges[range]!;
    const quote = estimate(tariffs, { ...usage, minutesPerMonth: minutes }, { planIds });
    const tie = ties.find((t) => t.minutes === minutes);
    if (!tie) {
      expect(quote.cheapestPlanId, `at ${minutes}`).to.equal(planId);
      continue;
    }
    // A tie: the range's plan and the cheapest cost exactly the same there.
    expect(tie.planIds[0]).to.equal(planId);
    expect(tie.planIds).to.include(quote.cheapestPlanId);
    const average = (id: string) => quote.plans.find((p) => p.planId === id)!.averageMonthly;
    expect(new Set(tie.planIds.map(average)).size, `tie at ${minutes}`).to.equal(1);
  }
  return ranges;
}

describe('cheapestRanges against the cheapest plan at every minute', () => {
  for (const testCase of CASES) {
    const tariffs = parseTariffs(testCase.document);
    testCase.usages.forEach((usage, index) => {
      it(`${testCase.name}, usage ${index + 1}: 0–${testCase.maxMinutes} minutes`, function () {
        this.timeout(60_000);
        checkAgainstEveryMinute(tariffs, usage, testCase.maxMinutes, testCase.planIds);
      });
    });
  }

  it('the bundled tariffs, 0–10,000 minutes', function () {
    this.timeout(60_000);
    checkAgainstEveryMinute(parseTariffs(defaultDocument), {}, 10_000);
  });

  it('folds the one-minute run that a tie-break makes into its neighbour', () => {
    // At 1,000 minutes both cost 100.00 and the id puts a-tie first; around it, x-flat is cheaper.
    const tariffs = parseTariffs({
      schemaVersion: 1,
      currency: 'CNY',
      effectiveDate: '2026-01-01',
      regions: [{ id: 'all', name: 'All', defaultShare: 1 }],
      carriers: [{ id: 'cu', name: 'CU' }],
      plans: [
        { id: 'x-flat', carrier: 'cu', name: 'X', termMonths: 1, package: { price: '0', includes: 'nothing' }, ratePerMinute: '0.1' },
        { id: 'a-tie', carrier: 'cu', name: 'A', termMonths: 1, package: { price: '100', includes: 'credit' }, ratePerMinute: '0.1', overageRatePerMinute: '0.2' },
      ],
    });
    const ranges = checkAgainstEveryMinute(tariffs, {}, 3000);
    expect(ranges).to.deep.equal([{ from: 0, to: 3000, planId: 'x-flat', ties: [{ minutes: 1000, planIds: ['x-flat', 'a-tie'] }] }]);
  });

  it('random tariffs and usages: 0–1,500 minutes', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(tariffDocumentAndUsage, ({ document, usage }) => {
        checkAgainstEveryMinute(parseTariffs(document), usage, 1500);
      }),
      { numRuns: 25 },
    );
  });
});
