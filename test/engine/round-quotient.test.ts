import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Dec, roundQuotient } from '../../src/engine/exact.js';

/**
 * A quotient n / d that is exactly `cents` + ½ cent, written with the
 * denominator `d` (so that the rounding goes through the exact division).
 */
function halfCentAbove(cents: bigint, denominator: bigint): { n: Dec; d: Dec } {
  // (cents + ½) / 100 = (2·cents + 1) / 200, times d / d.
  return { n: new Dec(((2n * cents + 1n) * denominator).toString()).div(200), d: new Dec(denominator.toString()) };
}

const asCents = (value: Dec) => BigInt(value.times(100).toFixed(0));

describe('an exact quotient rounded to cents', () => {
  // decimal.js stores digits in words of seven; the units digit of a large
  // count of cents may sit in any word, or in a trailing word of zeros that
  // it leaves out. Half-even must see the units digit's parity in every case.
  const edges = [0n, 1n, 2n, 9_999_999n, 10_000_000n, 10_000_001n, 99_999_999_999_999n, 100_000_000_000_000n, 10n ** 21n + 1n, 10n ** 28n];

  for (const cents of edges) {
    it(`ties at ${cents} cents and a half go to the even neighbour (half-even) or up (half-up)`, () => {
      const { n, d } = halfCentAbove(cents, 3n);
      const even = cents % 2n === 0n ? cents : cents + 1n;
      expect(asCents(roundQuotient(n, d, 2, 'half-even'))).to.equal(even);
      expect(asCents(roundQuotient(n, d, 2, 'half-up'))).to.equal(cents + 1n);
    });
  }

  it('ties of any size and denominator follow the same rule', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.bigInt({ min: 2n, max: 10n ** 12n }), (cents, denominator) => {
        const { n, d } = halfCentAbove(cents, denominator);
        const even = cents % 2n === 0n ? cents : cents + 1n;
        expect(asCents(roundQuotient(n, d, 2, 'half-even'))).to.equal(even);
        expect(asCents(roundQuotient(n, d, 2, 'half-up'))).to.equal(cents + 1n);
      }),
    );
  });
});
