/**
 * Cost curves for the break-even chart: each plan's monthly cost at sample
 * minute counts from 0 to the slider's maximum, plus the minutes on both sides
 * of every switch point and step and at every kink (modelBreakpoints), so that
 * straight lines between the points follow the real curves. Every figure is
 * `estimate`'s.
 */
import { estimate, figuresByMinutes } from './estimate.js';
import { modelBreakpoints } from './switch-points-model.js';
import { minuteRange, switchPoints, type SwitchPoint, type SwitchPointOptions } from './switch-points.js';
import type { DecimalString, TariffSet, Usage } from './types.js';

/**
 * Options of {@link costCurves}: the range and plans as for `switchPoints`
 * (default: 0 … the file's `defaults.maxMinutesPerMonth`, every plan), and
 * the number of samples.
 */
export interface CostCurveOptions extends SwitchPointOptions {
  /** How many equal steps to sample 0…maxMinutes in besides the breakpoints; default 32. */
  readonly samples?: number;
}

/** One plan's cost at one minute count, as `estimate` quotes it. */
export interface CostCurvePoint {
  readonly minutes: number;
  readonly averageMonthly: DecimalString;
  readonly monthlyTotal: DecimalString;
}

export interface CostCurve {
  readonly planId: string;
  readonly carrierId: string;
  /** False when the plan lacks a chosen add-on (its figures are then informative only). */
  readonly available: boolean;
  /** Sorted by minutes, from 0 to maxMinutes. */
  readonly points: readonly CostCurvePoint[];
}

export interface CostCurves {
  readonly maxMinutes: number;
  /** One curve per plan, in the tariff file's order (stable, for stable colours). */
  readonly curves: readonly CostCurve[];
  /** As {@link switchPoints} gives them for the same arguments. */
  readonly switchPoints: readonly SwitchPoint[];
}

const DEFAULT_SAMPLES = 32;

/**
 * Computes every plan's cost curve over 0…maxMinutes for the usage's other inputs
 * (`usage.minutesPerMonth` is ignored). Without options: the minutes slider's
 * range, every plan, 32 samples.
 *
 * @throws RangeError when maxMinutes is not an integer from 0 to 10,000,000 or
 *   samples is not an integer from 1 to 10,000
 * @throws UsageError as `estimate` does
 */
export function costCurves(tariffs: TariffSet, usage: Usage, options: CostCurveOptions | null = {}): CostCurves {
  const { maxMinutes, planIds } = minuteRange(tariffs, options);
  const samples = options?.samples ?? DEFAULT_SAMPLES;
  if (!Number.isInteger(samples) || samples < 1 || samples > 10_000) {
    throw new RangeError(`samples must be an integer from 1 to 10,000, got ${samples}`);
  }
  const switches = switchPoints(tariffs, usage, { maxMinutes, planIds });
  const base = estimate(tariffs, { ...usage, minutesPerMonth: 0 }, { planIds });

  const minutes = new Set<number>(modelBreakpoints(tariffs, base, maxMinutes));
  for (let i = 0; i <= samples; i++) minutes.add(Math.round((i * maxMinutes) / samples));
  for (const { minutes: at } of switches) {
    if (at > 0) minutes.add(at - 1);
    minutes.add(at);
  }
  const sorted = [...minutes].sort((a, b) => a - b);

  const order = new Map(tariffs.plans.map((plan, index) => [plan.id, index]));
  const curves = [...base.plans]
    .sort((a, b) => order.get(a.planId)! - order.get(b.planId)!)
    .map((plan) => ({ planId: plan.planId, carrierId: plan.carrierId, available: plan.available, points: [] as CostCurvePoint[] }));
  const byId = new Map(curves.map((curve) => [curve.planId, curve]));
  const figures = figuresByMinutes(tariffs, usage);
  for (const at of sorted) {
    for (const plan of figures.at(at, planIds).plans) {
      byId.get(plan.planId)!.points.push({ minutes: at, averageMonthly: plan.averageMonthly, monthlyTotal: plan.monthlyTotal });
    }
  }
  return { maxMinutes, curves, switchPoints: switches };
}
