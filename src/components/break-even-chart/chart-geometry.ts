/**
 * Pure geometry of the break-even chart: scales, tick values and SVG path data
 * from the engine's cost curves. No DOM, so it is testable on its own.
 */
import type { CostCurve, CostCurvePoint, CostCurves } from '../../engine/cost-curves.js';
import type { SwitchPoint } from '../../engine/switch-points.js';

/** Which figure of a point the chart plots. */
export type ChartFigure = 'averageMonthly' | 'monthlyTotal';

export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Scales {
  readonly x: (minutes: number) => number;
  readonly y: (amount: number) => number;
  /** Minute counts at which the x axis has a tick. */
  readonly xTicks: readonly number[];
  /** Money values (as plain decimal strings) at which the y axis has a tick. */
  readonly yTicks: readonly string[];
  readonly yMax: number;
}

/** A run of minutes in which one plan is the cheapest. */
export interface CheapestRun {
  readonly planId: string;
  readonly from: number;
  readonly to: number;
}

/** The smallest "nice" step (1, 2, 2.5 or 5 × 10ⁿ) that splits `range` into at most `count` parts. */
export function niceStep(range: number, count: number): number {
  if (!(range > 0)) return 1;
  const rough = range / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 2.5, 5, 10]) {
    if (factor * power >= rough) return factor * power;
  }
  return 10 * power;
}

/** The largest value any curve reaches (0 when there is none). */
export function highestValue(curves: readonly CostCurve[], figure: ChartFigure): number {
  let highest = 0;
  for (const curve of curves) for (const point of curve.points) highest = Math.max(highest, Number(point[figure]));
  return highest;
}

/** Scales that map 0…maxMinutes and 0…(a nice ceiling of the highest cost) onto `area`. */
export function scales(data: CostCurves, figure: ChartFigure, area: PlotArea, xTickCount: number, yTickCount: number): Scales {
  const maxMinutes = Math.max(1, data.maxMinutes);
  const highest = highestValue(data.curves, figure);
  const yStep = niceStep(highest, yTickCount);
  const yMax = Math.max(yStep, Math.ceil(highest / yStep) * yStep);
  const yTicks: string[] = [];
  for (let value = 0; value <= yMax + yStep / 2; value += yStep) yTicks.push(decimalString(value));

  const xStep = niceStep(maxMinutes, xTickCount);
  const xTicks: number[] = [];
  for (let minutes = 0; minutes <= maxMinutes; minutes += xStep) xTicks.push(minutes);

  const width = area.right - area.left;
  const height = area.bottom - area.top;
  return {
    x: (minutes) => round(area.left + (minutes / maxMinutes) * width),
    y: (amount) => round(area.bottom - (amount / yMax) * height),
    xTicks,
    yTicks,
    yMax,
  };
}

/** SVG path data through `points` (already sorted by minutes). */
export function pathData(points: readonly CostCurvePoint[], figure: ChartFigure, s: Scales): string {
  return points.map((point, i) => `${i === 0 ? 'M' : 'L'}${s.x(point.minutes)} ${s.y(Number(point[figure]))}`).join(' ');
}

/** The runs of minutes in which each switch point's plan stays the cheapest. */
export function cheapestRuns(switchPoints: readonly SwitchPoint[], maxMinutes: number): CheapestRun[] {
  return switchPoints.map((point, i) => ({
    planId: point.planId,
    from: point.minutes,
    to: i + 1 < switchPoints.length ? switchPoints[i + 1]!.minutes - 1 : maxMinutes,
  }));
}

/** The points of `curve` inside a run, for the emphasized stretch. */
export function pointsIn(curve: CostCurve, run: CheapestRun): CostCurvePoint[] {
  return curve.points.filter((point) => point.minutes >= run.from && point.minutes <= run.to);
}

/** Every minute count that has a point on the curves, sorted. */
export function pointMinutes(data: CostCurves): number[] {
  const minutes = new Set<number>();
  for (const curve of data.curves) for (const point of curve.points) minutes.add(point.minutes);
  return [...minutes].sort((a, b) => a - b);
}

/** The entry of sorted `values` closest to `target`. */
export function nearest(values: readonly number[], target: number): number {
  let best = values[0] ?? 0;
  for (const value of values) if (Math.abs(value - target) < Math.abs(best - target)) best = value;
  return best;
}

function decimalString(value: number): string {
  // Tick steps have at most two decimals; toFixed(2) removes float noise such as 0.30000000000000004.
  return value.toFixed(2).replace(/\.?0+$/, '');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
