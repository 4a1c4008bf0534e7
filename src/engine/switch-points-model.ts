/**
 * A fast floating-point picture of how each plan's monthly cost grows with the
 * minutes per month, for the switch-point search (switch-points.ts).
 *
 * It is never shown and never decides a price: it only tells the search where a
 * plan is certainly dearer than another, with a margin that covers every rounding
 * the exact engine does. Between two *cut points* every plan's model is linear in
 * the minutes (calls start once credit or included minutes run out, the monthly
 * floor stops binding, extra lines step up), so comparing two plans over a stretch
 * without cut points only needs its two ends.
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
  callsApartByCents, exactBills, linearFrom, steadyAverage, withoutTwins, type ExactBills, type ExactBill,
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
/** Binary floating point: costs stay far below 2^53 cents, so this is generous. */
const FLOAT_MARGIN = 1e-9;
const FLOAT_RELATIVE = 1e-12;

/** One plan's cost model for a fixed usage apart from the minutes. */
export interface PlanModel {
  readonly id: string;
  /** The model's averageMonthly at `minutes` (any real ≥ 0). */
  cost(minutes: number): number;
  /** How far the exact averageMonthly may lie from `cost(minutes)`. */
  margin(cost: number): number;
  /** Minutes (real) at which the model's formula changes without a jump: credit or allowance used up, floor reached. */
  readonly kinks: readonly number[];
  /** Whether the plan pays for lines beyond those included (then it jumps at {@link ModelSet.lineSteps}). */
  readonly paysExtraLines: boolean;
  /** The call charge as a line in the minutes, exact; null when calls never cost anything. */
  readonly calls: ChargeLine | null;
  /** From this minute on the bill is package + rounded calls (no top-up to the floor). */
  readonly linearFrom: number;
  /** Whether, from linearFrom on, averageMonthly is monthlyTotal plus a constant (see steadyAverage). */
  readonly steadyAverage: boolean;
}

/** The models of the available plans of one estimate, and where they jump. */
export interface ModelSet {
  readonly plans: readonly PlanModel[];
  /**
   * Integer minute counts m ≤ maxMinutes at which the lines needed at peak grow
   * (lines(m − 1) < lines(m)), counted from the fewest lines any plan includes.
   */
  readonly lineSteps: readonly number[];
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
  return {
    plans,
    lineSteps: plans.some((plan) => plan.paysExtraLines) ? lineSteps(bills, available, maxMinutes) : [],
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
 * The integer minutes on both sides of every change in any plan's cost formula
 * (available or not): a chart that draws straight lines between them and its
 * samples follows every kink and step of the curves.
 */
export function modelBreakpoints(tariffs: TariffSet, base: Quote, maxMinutes: number): number[] {
  const bills = exactBills(tariffs, base);
  const models = bills.plans.map((bill) => planModel(bills, bill, maxMinutes));
  const steps = models.some((plan) => plan.paysExtraLines) ? lineSteps(bills, bills.plans, maxMinutes) : [];
  const minutes = new Set<number>();
  for (const plan of models) {
    for (const kink of plan.kinks) minutes.add(Math.floor(kink)).add(Math.floor(kink) + 1);
  }
  for (const step of steps) minutes.add(step - 1).add(step);
  return [...minutes].filter((m) => m >= 0 && m <= maxMinutes).sort((a, b) => a - b);
}

/** Lines needed at peak for `minutes`, computed exactly as the engine does. */
function linesAt(bills: ExactBills, minutes: number): number {
  return linesNeeded(peakErlangs(minutes, bills.usage.resolved.peakSharePercent, bills.prepared.peakHoursPerMonth));
}

function lineSteps(bills: ExactBills, plans: readonly ExactBill[], maxMinutes: number): number[] {
  const included = plans.filter((bill) => bill.plan.lines !== null).map((bill) => bill.plan.lines!.included);
  const steps: number[] = [];
  const lines = (m: number) => linesAt(bills, m);
  const most = lines(maxMinutes);
  let from = 0;
  // Below the fewest included lines no plan pays for extra lines, so those steps change no price.
  for (let n = Math.max(lines(0), Math.min(...included)); n < most; n++) {
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
  const callsStart = calls ? quotientToNumber(calls.offset) / callsSlope : Infinity;
  const callsAt = (m: number) => (m > callsStart ? (m - callsStart) * callsSlope : 0);

  const kinks: number[] = [];
  if (callsSlope > 0 && callsStart > 0) kinks.push(callsStart);
  if (floor > packageLine && callsSlope > 0) kinks.push(callsStart + (floor - packageLine) / callsSlope);

  const taxRate = bills.prepared.tax?.rate.toNumber() ?? 0;
  const paysExtraLines = plan.lines !== null && !plan.lines.extraLineMonthly.isZero();
  const extraLines = new Map<number, number>();
  // The extra-lines line, exactly as the engine rounds it, per number of extra lines.
  const extraLinesLine = (count: number) => {
    let amount = extraLines.get(count);
    if (amount === undefined) {
      amount = extraLinesAmount(plan, count, mode).toNumber();
      extraLines.set(count, amount);
    }
    return amount;
  };
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

  return {
    id: plan.id,
    calls,
    linearFrom: linearFrom(bill, mode, maxMinutes),
    steadyAverage: steadyAverage(bill, bills.prepared.tax === null, mode),
    kinks,
    paysExtraLines,
    cost(m) {
      const basic = Math.max(floor, packageLine + callsAt(m));
      const count = paysExtraLines ? extraLinesFor(plan, linesAt(bills, m)) : 0;
      const extra = count > 0 ? extraLinesLine(count) : 0;
      return (basic + extra) * (1 + taxRate) + fixed;
    },
    margin(cost) {
      return rounding + FLOAT_RELATIVE * Math.abs(cost);
    },
  };
}
