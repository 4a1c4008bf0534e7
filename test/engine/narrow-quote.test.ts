import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { estimate, narrowQuote } from '../../src/engine/estimate.js';
import { tariffsAndUsage } from '../support/random-tariffs.js';

describe('narrowQuote', () => {
  it('gives what estimate gives for the same usage with only those plans, cheapest plan included', () => {
    fc.assert(
      fc.property(
        tariffsAndUsage.chain(([tariffs, usage]) =>
          fc.tuple(fc.constant(tariffs), fc.constant(usage), fc.subarray([...tariffs.plans.map((plan) => plan.id), 'no-such-plan'])),
        ),
        ([tariffs, usage, planIds]) => {
          expect(narrowQuote(estimate(tariffs, usage), planIds)).to.deep.equal(estimate(tariffs, usage, { planIds }));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves the quote as it is without plan ids', () => {
    fc.assert(
      fc.property(tariffsAndUsage, ([tariffs, usage]) => {
        const quote = estimate(tariffs, usage);
        expect(narrowQuote(quote, undefined)).to.equal(quote);
      }),
      { numRuns: 20 },
    );
  });
});
