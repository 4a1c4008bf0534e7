/**
 * Cost curves for the break-even chart: each plan's monthly cost at minute
 * counts from 0 to the slider's maximum. Every curve has a point at the
 * samples and on both sides of every switch point, where a chart compares the
 * plans; each adds the minutes where its own formula bends or steps
 * (planBreakpoints), so that straight lines between its points follow it.
 * Each plan is priced only where its curve needs it, which keeps a file of
 * 200 plans linear in its plans. Every figure is `estimate`'s.
 */
import { chosenPlans, estimate, planFigures } from './estimate.js';
import type { QuoteContext } from './plan-bill.js';
import { prepareTariffs } from './prepare.js';
import { planBreakpoints } from './switch-points-model.js';
import { minuteRange, switchPointsFrom, type SwitchPoint, type SwitchPointOptions } from './switch-points.js';
import type { DecimalString, TariffSet, Usage } from './types.js';
import { usageMonths } from './usage-month.js';

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
  /** Sorted by minutes, from 0 to maxMinutes: every one of `CostCurves.minutes` and the plan's own breakpoints. */
  readonly points: readonly CostCurvePoint[];
}

export interface CostCurves {
  readonly maxMinutes: number;
  /**
   * The minute counts at which every curve has a point, sorted: 0, the
   * samples, both sides of each switch point and maxMinutes (the stops of a
   * chart's read-out). A curve's other points are its own bends and steps.
   */
  readonly minutes: readonly number[];
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
  const base = estimate(tariffs, { ...usage, minutesPerMonth: 0 }, { planIds });
  const switches = switchPointsFrom(tariffs, usage, base, maxMinutes);

  const shared = new Set<number>();
  for (let i = 0; i <= samples; i++) shared.add(Math.round((i * maxMinutes) / samples));
  for (const { minutes: at } of switches) {
    if (at > 0) shared.add(at - 1);
    shared.add(at);
  }
  const minutes = sorted(shared);
  const breakpoints = planBreakpoints(tariffs, base, maxMinutes);

  // One month's context per minute count, shared by the plans priced there.
  const months = usageMonths(tariffs, usage);
  const contexts = new Map<number, QuoteContext>();
  const contextAt = (at: number): QuoteContext => {
    let context = contexts.get(at);
    if (!context) {
      context = months.at(at).context;
      contexts.set(at, context);
    }
    return context;
  };
  const quoted = new Map(base.plans.map((plan) => [plan.planId, plan]));
  const curves = chosenPlans(prepareTariffs(tariffs), planIds).map((plan): CostCurve => {
    const own = breakpoints.get(plan.id) ?? [];
    const at = own.length === 0 ? minutes : sorted(new Set([...minutes, ...own]));
    const { carrierId, available } = quoted.get(plan.id)!;
    return {
      planId: plan.id,
      carrierId,
      available,
      points: at.map((m) => {
        const figures = planFigures(plan, contextAt(m));
        return { minutes: m, averageMonthly: figures.averageMonthly, monthlyTotal: figures.monthlyTotal };
      }),
    };
  });
  return { maxMinutes, minutes, curves, switchPoints: switches };
}

function sorted(values: Iterable<number>): number[] {
  return [...values].sort((a, b) => a - b);
}
