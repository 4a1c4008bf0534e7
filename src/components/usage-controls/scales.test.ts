import { expect } from '@open-wc/testing';
import { setRegionPercent, wholePercentages } from './region-shares.js';
import { buildStops, callSecondStops, minuteStops, nearestStop } from './stepped-scale.js';

describe('stepped scales', () => {
  it('give fine steps at low volumes and end exactly at the maximum', () => {
    const stops = minuteStops(100000);
    expect(stops.slice(0, 4)).to.deep.equal([0, 10, 20, 30]);
    expect(stops.at(-1)).to.equal(100000);
    expect(stops.length).to.be.lessThan(200);
    expect(minuteStops(1234).at(-1)).to.equal(1234);
    expect(minuteStops(5_000_000).at(-1)).to.equal(5_000_000);
    for (let i = 1; i < stops.length; i++) expect(stops[i]).to.be.greaterThan(stops[i - 1]);
  });

  it('cover call lengths from 1 s to an hour', () => {
    const stops = callSecondStops();
    expect(stops[0]).to.equal(1);
    expect(stops.at(-1)).to.equal(3600);
    expect(stops).to.include.members([30, 60, 90, 120, 600]);
  });

  it('find the nearest stop for a typed value', () => {
    const stops = buildStops(0, 100, [[100, 10]]);
    expect(nearestStop(stops, 44)).to.equal(4);
    expect(nearestStop(stops, 46)).to.equal(5);
    expect(nearestStop(stops, -5)).to.equal(0);
    expect(nearestStop(stops, 1e9)).to.equal(10);
  });
});

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
