import { expect } from '@open-wc/testing';
import { setRegionPercent, wholePercentages } from './region-shares.js';

describe('region shares', () => {
  it('round to whole percentages that add up to exactly 100', () => {
    expect(wholePercentages([1, 1, 1])).to.deep.equal([34, 33, 33]);
    expect(wholePercentages([95, 3, 2])).to.deep.equal([95, 3, 2]);
    expect(wholePercentages([2, 2, 2, 1])).to.deep.equal([29, 29, 28, 14]);
    expect(wholePercentages([0, 0])).to.deep.equal([0, 0]);
    for (let seed = 1; seed < 200; seed++) {
      const weights = [seed % 7, (seed * 13) % 11, (seed * 31) % 17 + 1, seed % 3];
      expect(wholePercentages(weights).reduce((a, b) => a + b)).to.equal(100);
    }
  });

  it('set one region and rescale the others in proportion', () => {
    const next = setRegionPercent({ a: 50, b: 30, c: 20 }, ['a', 'b', 'c'], 'a', 80);
    expect(wholePercentages([next.a, next.b, next.c])).to.deep.equal([80, 12, 8]);
    const even = setRegionPercent({ a: 100, b: 0, c: 0 }, ['a', 'b', 'c'], 'a', 40);
    expect(wholePercentages([even.a, even.b, even.c])).to.deep.equal([40, 30, 30]);
  });
});

describe('region shares near the largest number', () => {
  it('keep their proportions when their sum would overflow', () => {
    expect(wholePercentages([1e308, 1e308])).to.deep.equal([50, 50]);
    expect(wholePercentages([1.5e308, 0.5e308])).to.deep.equal([75, 25]);
    const next = setRegionPercent({ a: 1e308, b: 1e308, c: 1e308 }, ['a', 'b', 'c'], 'a', 40);
    expect(wholePercentages([next.a!, next.b!, next.c!])).to.deep.equal([40, 30, 30]);
  });
});
