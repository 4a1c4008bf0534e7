/**
 * Pure geometry of the break-even chart: where everything goes in the SVG's
 * viewBox, the scales, tick values and the stretches each plan is cheapest in.
 * No DOM, so it is testable on its own.
 *
 * Both axes are logarithmic with room for 0: x ∝ ln(1 + minutes / 100), so that
 * the 1,000–5,000 minutes most visitors use take most of the width, and
 * y ∝ ln(1 + cost / (top / 100)), so that the costs there are not squeezed
 * into the bottom pixels by the costs at 100,000 minutes (log-scale.ts says
 * why). Curves are drawn with that in mind (curve-path.ts).
 *
 * The viewBox is split in rows that never share pixels, top to bottom: the y
 * axis title; the label of the visitor's minutes; the plot; the x tick labels;
 * the x axis title. The y tick labels sit left of the plot. Data is inset from
 * the plot's left edge and the rows above and below leave room for a marker's
 * radius, so no marker, wherever its point is, reaches a label.
 */
import type { CostCurve, CostCurvePoint, CostCurves } from '../../engine/cost-curves.js';
import type { SwitchPoint } from '../../engine/switch-points.js';
import { fitTickLabels, textWidth, type PlacedTick, type Span } from './label-boxes.js';
import { COST_KNEE_SHARE, logScale, MINUTES_KNEE, tickCandidates } from './log-scale.js';

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
  /** The minute count (not rounded) at an x position inside the plot. */
  readonly minutesAtX: (x: number) => number;
  readonly y: (amount: number) => number;
  /** The x ticks that get a label, sorted. */
  readonly xTicks: readonly PlacedTick[];
  /** Money values (as plain decimal strings) at which the y axis has a labelled tick, from 0 up. */
  readonly yTicks: readonly string[];
  readonly yMax: number;
}

/** Everything the chart draws, placed. */
export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  /** The plot frame: grid lines, the focusable explorer. */
  readonly area: PlotArea;
  readonly scales: Scales;
  /** Baselines of the rows of text. */
  readonly rows: { readonly yTitle: number; readonly current: number; readonly xTicks: number; readonly xTitle: number };
  /** Where the label of the visitor's minutes may go. */
  readonly currentBounds: Span;
}

/** A run of minutes in which one plan is the cheapest. */
export interface CheapestRun {
  readonly planId: string;
  readonly from: number;
  readonly to: number;
}

/** Font size of the SVG's text, in viewBox units (the styles set the same). */
export const LABEL_FONT_SIZE = 12;
/** Radius of a switch marker; a marker for several switches is larger. */
export const MARKER_RADIUS = 6;
export const GROUP_MARKER_RADIUS = 8;
/**
 * How far a marker reaches from its centre at most: the larger radius, half
 * its focused stroke and a pixel to spare. Data stays this far from labels.
 */
export const MARKER_REACH = GROUP_MARKER_RADIUS + 3;
/** Markers whose centres are closer than this would touch; they merge. */
export const MARKER_SPACING = 2 * (MARKER_RADIUS + 2);

/** The top of the costs axis is a multiple of a nice step that splits it in about this many parts. */
const Y_STEPS = 4;
/**
 * A row of text, as tall as browsers make the box of a 12 px line (Firefox
 * gives CJK fonts 20 px: 15 above the baseline, 5 below), and the room a
 * line of digits takes. Rows are laid out by these boxes, not by the ink.
 */
const ASCENT = 15;
const DESCENT = 5;
const DIGITS_HEIGHT = 17;
/** Least space between two x tick labels, and between two y tick labels. */
const X_TICK_GAP = 8;
const Y_TICK_GAP = 2;

/** The chart's height for a width: a wide aspect on phones, capped on desktops. */
export function chartHeight(width: number): number {
  return Math.round(Math.min(380, Math.max(260, width * 0.6)));
}

/** Lays the chart out at `width` (viewBox units), with the tick labels it will show. */
export function chartLayout(
  data: CostCurves,
  figure: ChartFigure,
  width: number,
  moneyTick: (amount: string) => string,
  minutesTick: (minutes: number) => string,
): ChartLayout {
  const height = chartHeight(width);
  const yTitle = 1 + ASCENT;
  const current = yTitle + DESCENT + 1 + ASCENT;
  const top = current + DESCENT + MARKER_REACH;
  const bottom = height - (MARKER_REACH + 1 + ASCENT + DESCENT + 1 + ASCENT + DESCENT + 1);
  const xTicks = bottom + MARKER_REACH + 1 + ASCENT;
  const rows = { yTitle, current, xTicks, xTitle: xTicks + DESCENT + 1 + ASCENT };

  const yMax = costsTop(data.curves, figure);
  const costs = logScale(yMax, yMax * COST_KNEE_SHARE);
  const y = (amount: number) => bottom - costs.share(amount) * (bottom - top);
  const smallest = Math.max(0.01, 10 ** (Math.floor(Math.log10(yMax)) - 3));
  const yTicks = fitTickLabels(
    tickCandidates(yMax, smallest),
    y,
    (value) => moneyTick(decimalString(value)),
    () => DIGITS_HEIGHT,
    { start: top - DIGITS_HEIGHT, end: bottom + DIGITS_HEIGHT },
    Y_TICK_GAP,
  );
  const yLabelWidth = Math.max(...yTicks.map((tick) => textWidth(tick.label, LABEL_FONT_SIZE)));
  const area: PlotArea = { left: Math.ceil(yLabelWidth) + 12, top, right: width - 14, bottom };

  const minutes = logScale(data.maxMinutes, MINUTES_KNEE);
  const dataLeft = area.left + MARKER_REACH;
  const dataWidth = area.right - dataLeft;
  const x = (m: number) => dataLeft + minutes.share(m) * dataWidth;
  const minutesAtX = (at: number) => minutes.valueAt((at - dataLeft) / dataWidth);
  const xTickLabels = fitTickLabels(
    tickCandidates(minutes.max, 1),
    x,
    minutesTick,
    (label) => textWidth(label, LABEL_FONT_SIZE),
    { start: 2, end: width - 2 },
    X_TICK_GAP,
  );
  return {
    width,
    height,
    area,
    scales: { x, minutesAtX, y, xTicks: xTickLabels, yTicks: yTicks.map((tick) => decimalString(tick.value)).reverse(), yMax },
    rows,
    currentBounds: { start: area.left, end: width - 2 },
  };
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

/** The top of the costs axis: the highest cost, rounded up to a nice step. */
function costsTop(curves: readonly CostCurve[], figure: ChartFigure): number {
  const highest = highestValue(curves, figure);
  const step = niceStep(highest, Y_STEPS);
  return Math.max(step, Math.ceil(highest / step) * step);
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

/** The entry of `values` whose `position` is closest to `target`: nearest on the axis, not in minutes. */
export function nearestBy(values: readonly number[], target: number, position: (value: number) => number): number {
  let best = values[0] ?? 0;
  let distance = Infinity;
  for (const value of values) {
    const d = Math.abs(position(value) - target);
    if (d < distance) {
      best = value;
      distance = d;
    }
  }
  return best;
}

function decimalString(value: number): string {
  // Tick steps have at most two decimals; toFixed(2) removes float noise such as 0.30000000000000004.
  return value.toFixed(2).replace(/\.?0+$/, '');
}
