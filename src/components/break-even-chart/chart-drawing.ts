/**
 * What the chart draws from its data alone: the layout, each plan's line, the
 * thick stretches where a plan is cheapest and the switch markers. None of it
 * depends on the point being read or the visitor's minutes, so the element
 * computes it once per data, width and formatters, and moving the pointer or
 * the minutes redraws only the guides.
 */
import type { CostCurves } from '../../engine/cost-curves.js';
import { chartLayout, cheapestRuns, MARKER_SPACING, pointsIn, type ChartFigure, type ChartLayout, type CheapestRun } from './chart-geometry.js';
import { curvePath } from './curve-path.js';
import { switchMarkers, type SwitchMarker } from './switch-markers.js';

/** A stretch of a plan's curve where it is the cheapest. */
export interface CheapestStretch {
  readonly run: CheapestRun;
  /** The curve's index, which picks its colour. */
  readonly index: number;
  readonly d: string;
}

export interface ChartDrawing {
  readonly layout: ChartLayout;
  /** Path data of each curve, in the curves' order. */
  readonly lines: readonly string[];
  readonly cheapest: readonly CheapestStretch[];
  readonly markers: readonly SwitchMarker[];
}

export function drawChart(
  data: CostCurves,
  figure: ChartFigure,
  width: number,
  moneyTick: (amount: string) => string,
  minutesTick: (minutes: number) => string,
): ChartDrawing {
  const layout = chartLayout(data, figure, width, moneyTick, minutesTick);
  const s = layout.scales;
  const lines = data.curves.map((curve) => curvePath(curve.points, figure, s));
  const cheapest = cheapestRuns(data.switchPoints, data.maxMinutes).flatMap((run) => {
    const index = data.curves.findIndex((curve) => curve.planId === run.planId);
    if (index < 0) return [];
    const points = pointsIn(data.curves[index]!, run);
    const d = curvePath(points, figure, s);
    // A run of a single minute still gets a visible mark.
    return [{ run, index, d: points.length === 1 ? `${d} h0.1` : d }];
  });
  const placed = data.switchPoints.flatMap((point) => {
    const value = data.curves.find((curve) => curve.planId === point.planId)?.points.find((p) => p.minutes === point.minutes);
    return value ? [{ point, x: s.x(point.minutes), y: s.y(Number(value[figure])) }] : [];
  });
  return { layout, lines, cheapest, markers: switchMarkers(placed, MARKER_SPACING) };
}
