/**
 * A fast floating-point picture of how each plan's monthly cost grows with the
 * minutes per month, for the switch-point search (switch-points.ts).
 *
 * It is never shown and never decides a price: it only tells the search where a
 * plan is certainly dearer than another, with a margin that covers every rounding
 * the exact engine does. Between two *kinks* every plan's model is linear in
 * the minutes (calls start once credit or included minutes run out, the monthly
 * floor stops binding) apart from its extra lines, which only grow with the
 * minutes; so comparing two plans over a stretch without kinks only needs its
 * two ends and the lines needed there.
 *
 * Every term is the engine's own (switch-points-exact.ts gathers them) turned
 * into a number; the model only adds the lines up as a quote does, so no price
 * rule is written here a second time.
 */
import type { ChargeLine } from './billing.js';
import { linesNeeded, peakErlangs } from './capacity.js';
import { quotientToNumber, type Dec } from './exact.js';
import { extraLinesAmount, extraLinesFor } from './plan-bill.js';
import {
  callsApartByCents, exactBills, flatUntil, linearFrom, steadyAverage, withoutTwins, type ExactBills, type ExactBill,
} from './switch-points-exact.js';
import type { Quote, RoundingMode, TariffSet } from './types.js';

/**
 * Every line that does not vary with the minutes (package, extra lines for a
 * given count, add-ons, one-time fees over the term) is taken exact, so the model
 * only misses the rounding of the calls line (½ cent) and, with tax excluded, of
 * the tax line (½ cent plus the rate times the calls' ½ cent).
 */
const CALLS_ROUNDING = 0.005;
const TAX_ROUNDING = 0.005;
/** averageMonthly is the term's total over its months, rounded once more (§4.11). */
const AVERAGE_ROUNDING = 0.005;
/**
 * Binary floating point: every figure is a handful of additions and products,
 * each off by at most 2^-53 of the largest term it adds (terms of 10-digit
 * prices times 1000× multipliers go far beyond 2^53 cents, so the error is
 * relative to them, not to the cost, which may be small beside them).
 */
const FLOAT_MARGIN = 1e-9;
const FLOAT_RELATIVE = 1e-12;

/** One plan's cost model for a fixed usage apart from the minutes. */
export interface PlanModel {
  readonly id: string;
  /** The model's averageMonthly at `minutes` (any real ≥ 0) with `lines` needed at peak. */
  cost(minutes: number, lines: number): number;
  /** How far the exact averageMonthly may lie from `cost(minutes, lines)`. */
  margin(minutes: number, lines: number): number;
  /** Minutes (real) at which the model's formula changes without a jump: credit or allowance used up, floor reached. */
  readonly kinks: readonly number[];
  /** Whether the plan pays for lines beyond those included (then it jumps where the lines needed grow). */
  readonly paysExtraLines: boolean;
  /** Extra lines the plan pays for when `lines` are needed (none when they cost nothing). */
  extraLines(lines: number): number;
  /** The plan's lines: how many it includes and what each extra one costs a month; null for unlimited. */
  readonly lines: { readonly included: number; readonly extraLineMonthly: Dec } | null;
  /** The call charge as a line in the minutes, exact; null when calls never cost anything. */
  readonly calls: ChargeLine | null;
  /** From this minute on the bill is package + rounded calls (no top-up to the floor). */
  readonly linearFrom: number;
  /** Up to this minute the bill stays what it is at 0, extra lines apart (see flatUntil). */
  readonly flatUntil: number;
  /** Whether, from linearFrom on, averageMonthly is monthlyTotal plus a constant (see steadyAverage). */
  readonly steadyAverage: boolean;
}

/** The models of the available plans of one estimate, and what they share. */
export interface ModelSet {
  readonly plans: readonly PlanModel[];
  /** Lines needed at peak for integer `minutes`, exactly as the engine computes them (remembered). */
  linesAt(minutes: number): number;
  readonly rounding: RoundingMode;
  /** The VAT rate on package, calls and lines, or null when prices include tax. */
  readonly taxRate: Dec | null;
  /**
   * Whether two plans' call charges (both not null) have one slope and offsets a
   * whole number of cents apart, as callsApartByCents says; remembered per pair.
   */
  callsApart(a: PlanModel, b: PlanModel): boolean;
}

/**
 * Builds the models of the available plans of `base` (an estimate with the same
 * usage and plan filter; its minutes do not matter).
 */
export function buildModels(tariffs: TariffSet, base: Quote, maxMinutes: number): ModelSet {
  const bills = exactBills(tariffs, base);
  const available = bills.plans.filter((_, index) => base.plans[index]!.available);
  const rounding = bills.prepared.rounding;
  const plans = withoutTwins(available).map((bill) => planModel(bills, bill, maxMinutes));
  const apart = new Map<string, boolean>();
  const paid = plans.some((plan) => plan.paysExtraLines);
  const lines = new Map<number, number>();
  return {
    plans,
    // Without a plan that pays for lines, the count changes no price.
    linesAt(minutes) {
      if (!paid) return 0;
      let count = lines.get(minutes);
      if (count === undefined) {
        count = linesAt(bills, minutes);
        lines.set(minutes, count);
      }
      return count;
    },
    rounding,
    taxRate: bills.prepared.tax?.rate ?? null,
    callsApart(a, b) {
      const key = `${a.id} ${b.id}`;
      let result = apart.get(key);
      if (result === undefined) {
        result = callsApartByCents(a.calls!, b.calls!, rounding);
        apart.set(key, result);
      }
      return result;
    },
  };
}

/**
 * Whether, wherever `fewest` to `most` lines are needed at peak, the plans'
 * extra-lines lines differ by constants: each plan pays for the same number
 * of extra lines throughout, or every plan pays for lines at one price of
 * whole cents (so nothing is rounded) and is past its included lines.
 */
export function linesKeepDifferences(plans: readonly PlanModel[], fewest: number, most: number): boolean {
  if (plans.every((plan) => plan.extraLines(fewest) === plan.extraLines(most))) return true;
  const price = plans[0]!.lines?.extraLineMonthly;
  if (price === undefined || price.decimalPlaces() > 2) return false;
  return plans.every((plan) => plan.lines !== null && plan.lines.included <= fewest && plan.lines.extraLineMonthly.eq(price));
}

/** The most line steps whose both sides the cost curves list: more than a chart can draw apart. */
const MAX_LINE_STEP_POINTS = 64;

/**
 * By plan id (available or not), the integer minutes where the plan's cost
 * formula changes: the first minute at or after each kink, and both sides of
 * each step of its extra lines. A chart that draws straight lines between
 * them follows the curve: a kink bends it without a jump, so one point at it
 * suffices (the straight line to it is off by less than a minute's calls).
 * Where the lines needed at peak step up more than 64 times in the range,
 * those steps are left out: the staircase is then finer than a chart can
 * show, and a straight line through the other points stays within about one
 * line's price of it.
 */
export function planBreakpoints(tariffs: TariffSet, base: Quote, maxMinutes: number): Map<string, number[]> {
  const bills = exactBills(tariffs, base);
  const models = bills.plans.map((bill) => planModel(bills, bill, maxMinutes));
  const steps = models.some((plan) => plan.paysExtraLines) ? lineSteps(bills, bills.plans, maxMinutes) : [];
  return new Map(
    models.map((plan) => {
      const minutes = plan.kinks.map((kink) => Math.ceil(kink));
      if (plan.paysExtraLines) for (const step of steps) minutes.push(step - 1, step);
      return [plan.id, minutes.filter((m) => m >= 0 && m <= maxMinutes)];
    }),
  );
}

/** Lines needed at peak for `minutes`, computed exactly as the engine does. */
function linesAt(bills: ExactBills, minutes: number): number {
  return linesNeeded(peakErlangs(minutes, bills.usage.resolved.peakSharePercent, bills.prepared.peakHoursPerMonth));
}

/**
 * Integer minute counts m ≤ maxMinutes at which the lines needed at peak grow
 * (lines(m − 1) < lines(m)), counted from the fewest lines any plan includes;
 * none when there are more than MAX_LINE_STEP_POINTS.
 */
function lineSteps(bills: ExactBills, plans: readonly ExactBill[], maxMinutes: number): number[] {
  const included = plans.filter((bill) => bill.plan.lines !== null).map((bill) => bill.plan.lines!.included);
  const steps: number[] = [];
  const lines = (m: number) => linesAt(bills, m);
  const most = lines(maxMinutes);
  // Below the fewest included lines no plan pays for extra lines, so those steps change no price.
  const fewest = Math.max(lines(0), Math.min(...included));
  if (most - fewest > MAX_LINE_STEP_POINTS) return [];
  let from = 0;
  for (let n = fewest; n < most; n++) {
    // The first m with more than n lines; lines(m) never decreases as m grows.
    let lo = from;
    let hi = maxMinutes;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (lines(mid) > n) hi = mid;
      else lo = mid + 1;
    }
    steps.push(lo);
    from = lo;
  }
  return [...new Set(steps)];
}

function planModel(bills: ExactBills, bill: ExactBill, maxMinutes: number): PlanModel {
  const { plan, selection, calls } = bill;
  const mode = bills.prepared.rounding;
  const floor = selection.floor.toNumber();
  const packageLine = plan.packageLine.toNumber();

  // Calls are zero up to `callsStart`, then grow by `callsSlope` a minute.
  const callsSlope = calls ? quotientToNumber(calls.slope) : 0;
  const callsOffset = calls ? quotientToNumber(calls.offset) : 0;
  const callsStart = callsSlope > 0 ? callsOffset / callsSlope : Infinity;
  const callsAt = (m: number) => (m > callsStart ? m * callsSlope - callsOffset : 0);

  const kinks: number[] = [];
  if (callsSlope > 0 && callsStart > 0) kinks.push(callsStart);
  if (floor > packageLine && callsSlope > 0) kinks.push(callsStart + (floor - packageLine) / callsSlope);

  const taxRate = bills.prepared.tax?.rate.toNumber() ?? 0;
  const paysExtraLines = plan.lines !== null && !plan.lines.extraLineMonthly.isZero();
  const extraLines = new Map<number, number>();
  // The extra-lines line, exactly as the engine rounds it, per number of extra lines.
  const extraLinesLine = (count: number) => {
    if (count === 0) return 0;
    let amount = extraLines.get(count);
    if (amount === undefined) {
      amount = extraLinesAmount(plan, count, mode).toNumber();
      extraLines.set(count, amount);
    }
    return amount;
  };
  const extraFor = (lines: number) => (paysExtraLines ? extraLinesLine(extraLinesFor(plan, lines)) : 0);
  // Add-ons, their tax and the one-time fees spread over the term do not change
  // with the minutes; nor, roughly, does the last month's difference (§4.11).
  const term = plan.termMonths;
  const lastDifference = plan.lastPackageLine.minus(plan.packageLine).toNumber();
  const fixed = selection.monthlyCharges.toNumber() + (selection.oneTimeTotal.toNumber() + lastDifference) / term;
  // The last month's top-up and tax follow from its own lines, so its difference
  // lies between 0 and δ (with its tax), give or take a cent; the average is rounded once more.
  const lastMonth = (Math.abs(lastDifference) * (1 + taxRate) + 2 * TAX_ROUNDING) / term;
  const rounding =
    CALLS_ROUNDING + (taxRate > 0 ? TAX_ROUNDING + taxRate * CALLS_ROUNDING : 0) + AVERAGE_ROUNDING + lastMonth + FLOAT_MARGIN;
  const fixedSize = Math.abs(fixed);

  return {
    id: plan.id,
    calls,
    linearFrom: linearFrom(bill, mode, maxMinutes),
    flatUntil: flatUntil(bill, mode, maxMinutes),
    steadyAverage: steadyAverage(bill, bills.prepared.tax === null, mode),
    kinks,
    paysExtraLines,
    lines: plan.lines,
    extraLines: (lines) => (paysExtraLines ? extraLinesFor(plan, lines) : 0),
    cost(m, lines) {
      const basic = Math.max(floor, packageLine + callsAt(m));
      return (basic + extraFor(lines)) * (1 + taxRate) + fixed;
    },
    margin(m, lines) {
      // Every term the cost adds up, at its full size: the calls before their
      // offset is taken off, from just before they start (callsStart is itself
      // off by a few units in its last place; well before it calls are exactly 0).
      const calls = m >= callsStart * (1 - FLOAT_RELATIVE) ? m * callsSlope + callsOffset : 0;
      const terms = (floor + packageLine + calls + extraFor(lines)) * (1 + taxRate) + fixedSize;
      return rounding + FLOAT_RELATIVE * terms;
    },
  };
}
