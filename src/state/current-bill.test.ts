import { expect } from '@open-wc/testing';
import { parseCurrentBill } from './current-bill.js';

describe('parseCurrentBill', () => {
  it('reads amounts as visitors type them, exactly', () => {
    expect(parseCurrentBill('1280')).to.equal('1280.00');
    expect(parseCurrentBill(' 1,280.5 ')).to.equal('1280.50');
    expect(parseCurrentBill('¥0.07')).to.equal('0.07');
    expect(parseCurrentBill('１２８０元')).to.equal('1280.00');
    expect(parseCurrentBill('007.10')).to.equal('7.10');
  });

  it('tells an empty field from a wrong one', () => {
    expect(parseCurrentBill('')).to.equal(null);
    expect(parseCurrentBill('   ')).to.equal(null);
    for (const text of ['-5', '12.345', 'abc', '1e3', '12.3.4', '.5']) expect(parseCurrentBill(text), text).to.equal('invalid');
  });
});
