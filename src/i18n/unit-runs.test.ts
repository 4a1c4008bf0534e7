import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { unitRuns } from './unit-runs.js';

const kept = (text: string) => unitRuns(text).filter((run) => run.keep).map((run) => run.text);

describe('unitRuns', () => {
  it('keeps a rate with its number, a number with its unit, and nothing else', () => {
    expect(kept('预存 1200 元/年，按月最低消费 100 元，0.11 元/分钟；用完后 0.15 元/分钟')).to.deep.equal([
      '1200 元/年',
      '100 元',
      '0.11 元/分钟',
      '0.15 元/分钟',
    ]);
    expect(kept('1,980 元/年含 18000 分钟（每月 1500 分钟）')).to.deep.equal(['1,980 元/年', '18000 分钟', '1500 分钟']);
    expect(kept('电信 600 元年套餐')).to.deep.equal(['600 元年']);
    expect(kept('港澳台来电 ×1.5，海外来电 ×3')).to.deep.equal([]);
    expect(kept('0.10 yuan/min, calls from HK/Macao/Taiwan ×1.5')).to.deep.equal([]);
  });

  it('gives the text back when its runs are joined, whatever the text', () => {
    const pieces = fc.constantFrom('元', '/', '分钟', ' ', '\u00a0', '0.11', '1,200', '，', 'a', '×', '年');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), (text) => {
        const runs = unitRuns(text);
        expect(runs.map((run) => run.text).join('')).to.equal(text);
        // No empty run, except the one run of an empty text.
        if (text !== '') expect(runs.every((run) => run.text !== '')).to.equal(true);
      }),
    );
  });
});
