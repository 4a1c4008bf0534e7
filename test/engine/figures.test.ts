import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { estimate, figuresByMinutes } from '../../src/engine/estimate.js';
import { tariffsAndUsage } from '../support/random-tariffs.js';

describe('ranking figures (what the switch-point search and cost curves read)', function () {
  // Two estimates per random file: on a shared machine under load this can take longer than the runner's 20 s.
  this.timeout(120_000);

  it("are the quote's own, in its order", () => {
    fc.assert(
      fc.property(tariffsAndUsage, fc.boolean(), ([tariffs, usage], filtered) => {
        const planIds = filtered ? tariffs.plans.filter((_, index) => index % 2 === 0).map((plan) => plan.id) : undefined;
        const quote = estimate(tariffs, usage, { planIds });
        const figures = figuresByMinutes(tariffs, { ...usage, minutesPerMonth: 5 }).at(usage.minutesPerMonth!, planIds);
        expect(figures.cheapestPlanId).to.equal(quote.cheapestPlanId);
        expect(figures.plans).to.deep.equal(
          quote.plans.map(({ planId, available, averageMonthly, monthlyTotal }) => ({ planId, available, averageMonthly, monthlyTotal })),
        );
      }),
      { numRuns: 500 },
    );
  });
});
