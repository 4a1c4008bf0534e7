import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { estimate, estimateFigures } from '../../src/engine/estimate.js';
import { tariffsAndUsage } from './arbitraries.js';

describe('ranking figures (what the switch-point search and cost curves read)', () => {
  it("are the quote's own, in its order", () => {
    fc.assert(
      fc.property(tariffsAndUsage, fc.boolean(), ([tariffs, usage], filtered) => {
        const options = filtered ? { planIds: tariffs.plans.filter((_, index) => index % 2 === 0).map((plan) => plan.id) } : {};
        const quote = estimate(tariffs, usage, options);
        const figures = estimateFigures(tariffs, usage, options);
        expect(figures.cheapestPlanId).to.equal(quote.cheapestPlanId);
        expect(figures.plans).to.deep.equal(
          quote.plans.map(({ planId, available, averageMonthly, monthlyTotal }) => ({ planId, available, averageMonthly, monthlyTotal })),
        );
      }),
      { numRuns: 500 },
    );
  });
});
