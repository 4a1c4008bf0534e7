/**
 * The order of the read-out: at one minute count, the shown plans from the
 * cheapest to the dearest, as the engine ranks them (tariff-format.md §4), so
 * that among equal costs the plan the quote calls cheapest comes first. Plans
 * that lack a chosen add-on cannot be had, so they follow the others whatever
 * they cost.
 */
import type { CostCurve, CostCurvePoint } from '../../engine/cost-curves.js';
import type { ChartFigure } from './chart-geometry.js';

export interface PlanAt {
  /** The curve's index, which picks its colour. */
  readonly index: number;
  readonly curve: CostCurve;
  readonly point: CostCurvePoint;
}

/**
 * Each curve's point at `minutes` (curves without one are left out), available
 * plans first, then by the plotted figure, then by the other figure, then by
 * plan id in plain string order, as the ranking breaks ties.
 */
export function plansByCost(curves: readonly CostCurve[], minutes: number, figure: ChartFigure): PlanAt[] {
  const other: ChartFigure = figure === 'averageMonthly' ? 'monthlyTotal' : 'averageMonthly';
  const found: PlanAt[] = [];
  curves.forEach((curve, index) => {
    const point = curve.points.find((p) => p.minutes === minutes);
    if (point) found.push({ index, curve, point });
  });
  return found.sort(
    (a, b) =>
      Number(b.curve.available) - Number(a.curve.available) ||
      Number(a.point[figure]) - Number(b.point[figure]) ||
      Number(a.point[other]) - Number(b.point[other]) ||
      (a.curve.planId < b.curve.planId ? -1 : a.curve.planId > b.curve.planId ? 1 : 0),
  );
}
