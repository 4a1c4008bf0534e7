import { expect } from '@open-wc/testing';
import { crowds, fitTickLabels, placeWithin, textWidth } from './label-boxes.js';
import { logScale, MINUTES_KNEE, tickCandidates } from './log-scale.js';

describe('break-even chart geometry', () => {
  describe('the log-like scale', () => {
    const minutes = logScale(100_000, MINUTES_KNEE);

    it('runs from 0 at no minutes to 1 at the end of the range', () => {
      expect(minutes.share(0)).to.equal(0);
      expect(minutes.share(100_000)).to.equal(1);
      expect(minutes.share(-5)).to.equal(0);
      expect(minutes.share(200_000)).to.equal(1);
    });

    it('gives 0–5,000 minutes most of the width at the bundled range', () => {
      expect(minutes.share(5_000)).to.be.above(0.5);
      expect(minutes.share(1_000)).to.be.closeTo(0.347, 0.001);
      expect(minutes.share(10_000)).to.be.closeTo(0.668, 0.001);
    });

    it('is close to linear below the knee and even per decade above it', () => {
      expect(minutes.share(50) / minutes.share(25)).to.be.closeTo(2, 0.25);
      const decade = (from: number) => minutes.share(from * 10) - minutes.share(from);
      expect(decade(10_000)).to.be.closeTo(decade(1_000), 0.02);
    });

    it('inverts exactly', () => {
      for (const m of [0, 1, 99, 1_234, 56_789, 100_000]) expect(minutes.valueAt(minutes.share(m))).to.be.closeTo(m, 1e-6);
    });

    it('offers round ticks, 0 and a round end first, then powers of ten, then 5× and 2×', () => {
      const candidates = tickCandidates(100_000, 1);
      expect(candidates.slice(0, 7)).to.deep.equal([0, 100_000, 10_000, 1_000, 100, 10, 1]);
      expect(candidates).to.include.members([50_000, 5_000, 500, 20_000, 2_000, 200]);
      expect(tickCandidates(23_456, 1)[1]).to.equal(10_000);
      expect(tickCandidates(20_000, 1)[1]).to.equal(20_000);
      expect(tickCandidates(0.5, 0.01)).to.include.members([0, 0.5, 0.1, 0.01, 0.05, 0.2]);
    });
  });

  describe('labels', () => {
    it('estimates CJK characters at a full em and digits at most of one', () => {
      expect(textWidth('万', 12)).to.equal(12);
      expect(textWidth('1000', 12)).to.be.within(4 * 6.5, 4 * 8);
      expect(textWidth('10万', 12)).to.be.above(textWidth('100', 12));
    });

    it('pushes a label inside the bounds and anchors it at the edge it met', () => {
      expect(placeWithin(100, 20, { start: 0, end: 300 })).to.deep.equal({ start: 90, end: 110, at: 100, anchor: 'middle' });
      expect(placeWithin(295, 20, { start: 0, end: 300 })).to.deep.equal({ start: 280, end: 300, at: 300, anchor: 'end' });
      expect(placeWithin(3, 20, { start: 2, end: 300 })).to.deep.equal({ start: 2, end: 22, at: 2, anchor: 'start' });
    });

    it('keeps only tick labels that stay apart, in order of preference', () => {
      const scale = logScale(100_000, MINUTES_KNEE);
      for (const width of [200, 400, 1200]) {
        const ticks = fitTickLabels(
          tickCandidates(100_000, 1),
          (m) => 10 + scale.share(m) * width,
          (m) => (m >= 10_000 ? `${m / 10_000}万` : String(m)),
          (label) => textWidth(label, 12),
          { start: 0, end: width + 20 },
          6,
        );
        expect(ticks[0]!.value).to.equal(0);
        expect(ticks[ticks.length - 1]!.value).to.equal(100_000);
        for (let i = 1; i < ticks.length; i++) {
          expect(crowds(ticks[i - 1]!.placement, ticks[i]!.placement, 6), `${ticks[i]!.value} at ${width}`).to.equal(false);
        }
      }
    });
  });

});
