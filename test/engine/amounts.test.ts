import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { amountDifference } from '../../src/engine/index.js';

describe('amountDifference', () => {
  it('subtracts two quote amounts exactly, with two decimals', () => {
    expect(amountDifference('350.00', '300.50')).to.equal('49.50');
    expect(amountDifference('0.30', '0.10')).to.equal('0.20');
    expect(amountDifference('125.00', '125.00')).to.equal('0.00');
    expect(amountDifference('100.00', '100.01')).to.equal('-0.01');
    expect(amountDifference('9999999999.99', '0.01')).to.equal('9999999999.98');
  });

  it('is exact for any pair of amounts in cents', () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 14n });
    const amount = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const d = a - b;
        const expected = (d < 0n ? '-' : '') + amount(d < 0n ? -d : d);
        expect(amountDifference(amount(a), amount(b))).to.equal(expected);
      }),
    );
  });
});
