import { expect } from '@open-wc/testing';
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
