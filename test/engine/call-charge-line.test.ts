import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { billedMinutes, callCharge, callChargeLine, rateFactor } from '../../src/engine/billing.js';
import { Dec, ONE, ZERO, dec, sameQuotient, type Quotient } from '../../src/engine/exact.js';
import { prepareTariffs } from '../../src/engine/prepare.js';
import { resolveUsage, toExactUsage } from '../../src/engine/usage.js';
import { minutesArbitrary, tariffsAndUsage } from '../support/random-tariffs.js';

/** max(0, slope × m − offset) as a quotient. */
function onLine(line: ReturnType<typeof callChargeLine>, minutes: Dec): Quotient {
  if (line === null) return { n: ZERO, d: ONE };
  const n = line.slope.n.times(minutes).times(line.offset.d).minus(line.offset.n.times(line.slope.d));
  return n.isNegative() ? { n: ZERO, d: ONE } : { n, d: line.slope.d.times(line.offset.d) };
}

describe('call charge as a line in the minutes', () => {
  it('is the engine call charge at every minute count, exactly', () => {
    fc.assert(
      fc.property(tariffsAndUsage, fc.array(minutesArbitrary, { minLength: 1, maxLength: 5 }), ([tariffs, usage], minuteCounts) => {
        const prepared = prepareTariffs(tariffs);
        const exact = toExactUsage(prepared, resolveUsage(tariffs, usage));
        for (const plan of prepared.plans) {
          const factor = rateFactor(plan, exact);
          const perMinute = billedMinutes(ONE, exact.callSeconds, plan.incrementSeconds);
          const line = callChargeLine(plan.calls, perMinute, factor);
          for (const count of minuteCounts) {
            const minutes = dec(count);
            const charge = callCharge(plan.calls, billedMinutes(minutes, exact.callSeconds, plan.incrementSeconds), factor);
            expect(sameQuotient(charge, onLine(line, minutes)), `${plan.id} at ${count} minutes`).to.equal(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
