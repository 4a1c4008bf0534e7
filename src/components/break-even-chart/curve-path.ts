/**
 * SVG path data for a cost curve on the chart's non-linear axes.
 *
 * Between two consecutive points of a curve the cost is linear in the minutes
 * (the engine puts a point on both sides of every kink and step). On
 * logarithmic axes that straight piece is bent, so a stretch whose cost rises
 * is drawn through intermediate points, each exact: its minutes from its x, its
 * cost interpolated in the minutes, where the line is straight. A stretch is
 * halved until each chord stays within a fraction of a pixel of the curve (the
 * bend of such a stretch has one direction, so the middle is where a chord
 * strays most); flat stretches stay a single segment.
 */
import type { CostCurvePoint } from '../../engine/cost-curves.js';
import type { ChartFigure } from './chart-geometry.js';

/** What the path needs from the chart's scales. */
export interface PathScales {
  readonly x: (minutes: number) => number;
  /** The minute count at an x position, the inverse of `x`. */
  readonly minutesAtX: (x: number) => number;
  readonly y: (amount: number) => number;
}

/** How far, in viewBox units, a chord may stray from the curve it stands for. */
export const CURVE_TOLERANCE = 0.25;
/** At most 2⁸ chords for one stretch between two points. */
const MAX_HALVINGS = 8;

/** Path data through `points` (sorted by minutes), reading `figure`. */
export function curvePath(points: readonly CostCurvePoint[], figure: ChartFigure, s: PathScales): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  let x0 = s.x(first.minutes);
  let y0 = s.y(Number(first[figure]));
  const parts = [`M${round(x0)} ${round(y0)}`];
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!;
    const to = points[i]!;
    const fromValue = Number(from[figure]);
    const toValue = Number(to[figure]);
    const x1 = s.x(to.minutes);
    const y1 = s.y(toValue);
    if (fromValue !== toValue) {
      const yAt = (x: number) => s.y(fromValue + ((toValue - fromValue) * (s.minutesAtX(x) - from.minutes)) / (to.minutes - from.minutes));
      bend(x0, y0, x1, y1, yAt, MAX_HALVINGS, parts);
    }
    parts.push(`L${round(x1)} ${round(y1)}`);
    x0 = x1;
    y0 = y1;
  }
  return parts.join(' ');
}

/** Adds the vertices strictly between (x0, y0) and (x1, y1) that keep the chords on the curve `yAt`. */
function bend(x0: number, y0: number, x1: number, y1: number, yAt: (x: number) => number, halvings: number, parts: string[]): void {
  const xm = (x0 + x1) / 2;
  const ym = yAt(xm);
  if (halvings === 0 || Math.abs(ym - (y0 + y1) / 2) <= CURVE_TOLERANCE) return;
  bend(x0, y0, xm, ym, yAt, halvings - 1, parts);
  parts.push(`L${round(xm)} ${round(ym)}`);
  bend(xm, ym, x1, y1, yAt, halvings - 1, parts);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
