import { expect } from '@open-wc/testing';
import type { CostCurve, CostCurvePoint } from '../../engine/cost-curves.js';
import { curvePath } from './curve-path.js';
import { crowds, fitTickLabels, placeWithin, textWidth } from './label-boxes.js';
import { logScale, MINUTES_KNEE, tickCandidates } from './log-scale.js';
import { plansByCost } from './plans-by-cost.js';
import { switchMarkers } from './switch-markers.js';

const point = (minutes: number, averageMonthly: string, monthlyTotal = averageMonthly): CostCurvePoint => ({
  minutes,
  averageMonthly,
  monthlyTotal,
});

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

  describe('curve paths', () => {
    const scale = logScale(10_000, MINUTES_KNEE);
    const s = { x: (m: number) => scale.share(m) * 500, minutesAtX: (x: number) => scale.valueAt(x / 500), y: (amount: number) => 300 - amount };

    it('follows a rising straight stretch within half a pixel, with points on the curve', () => {
      const d = curvePath([point(0, '0'), point(10_000, '200')], 'averageMonthly', s);
      const vertices = [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)] as const);
      // Cost is linear in the minutes: 200 over 10,000 minutes.
      const curveY = (x: number) => 300 - (s.minutesAtX(x) * 200) / 10_000;
      expect(vertices.length).to.be.within(8, 256);
      for (const [x, y] of vertices) expect(y).to.be.closeTo(curveY(x), 0.1);
      for (let i = 1; i < vertices.length; i++) {
        const [[xa, ya], [xb, yb]] = [vertices[i - 1]!, vertices[i]!];
        for (const t of [0.25, 0.5, 0.75]) {
          const x = xa + (xb - xa) * t;
          expect(ya + (yb - ya) * t, `between x ${xa} and ${xb}`).to.be.closeTo(curveY(x), 0.5);
        }
      }
    });

    it('draws a flat stretch as one segment, and a step as it is', () => {
      expect(curvePath([point(0, '50'), point(416, '50'), point(417, '80')], 'averageMonthly', s).split('L')).to.have.length(3);
      expect(curvePath([point(0, '50'), point(10, '60')], 'monthlyTotal', s)).to.match(/^M0 250( L[\d.]+ [\d.]+)+$/);
    });
  });

  describe('switch markers', () => {
    const at = (minutes: number, x: number, y: number) => ({ point: { minutes, planId: `p${minutes}` }, x, y });

    it('keeps markers that do not touch apart and merges those that would', () => {
      const markers = switchMarkers([at(0, 10, 100), at(750, 100, 50), at(862, 104, 49), at(910, 106, 48), at(2004, 140, 40)], 16);
      expect(markers.map((marker) => marker.switches.map((p) => p.minutes))).to.deep.equal([[0], [750, 862, 910], [2004]]);
      expect(markers[1]).to.include({ x: 100, y: 50 });
    });

    it('merges a switch into any marker it would touch, not only the last one', () => {
      const markers = switchMarkers([at(100, 100, 50), at(110, 105, 150), at(120, 108, 52)], 16);
      expect(markers.map((marker) => marker.switches.map((p) => p.minutes))).to.deep.equal([[100, 120], [110]]);
    });
  });

  describe('the read-out order', () => {
    const curve = (planId: string, available: boolean, values: [string, string]): CostCurve => ({
      planId,
      carrierId: 'c',
      available,
      points: [point(0, '1'), point(100, values[0], values[1])],
    });

    it('lists the plans cheapest first as the ranking does: ties by the other figure, then by id; unavailable ones last', () => {
      const curves = [
        curve('dear', true, ['300.00', '300.00']),
        curve('cheap-but-unavailable', false, ['10.00', '10.00']),
        curve('tie-b', true, ['100.00', '120.00']),
        curve('tie-a', true, ['100.00', '110.00']),
        curve('same-as-tie-a', true, ['100.00', '110.00']),
      ];
      expect(plansByCost(curves, 100, 'averageMonthly').map((plan) => plan.curve.planId)).to.deep.equal([
        'same-as-tie-a',
        'tie-a',
        'tie-b',
        'dear',
        'cheap-but-unavailable',
      ]);
      expect(plansByCost(curves, 100, 'monthlyTotal')[0]!.curve.planId).to.equal('same-as-tie-a');
      expect(plansByCost(curves, 50, 'averageMonthly')).to.deep.equal([]);
    });
  });
});
