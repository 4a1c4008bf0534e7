/**
 * Switch points: the exact minute counts at which the cheapest plan changes,
 * for everything else the visitor set (peak share, regions, call length,
 * add-ons, number grade), and the cost curves the break-even chart draws.
 *
 * Totals are piecewise linear with steps (rounding to cents, monthly floors,
 * credit or included minutes running out, extra lines as peak traffic grows),
 * so the cheapest plan may change several times, and back. The search splits
 * 0…maxMinutes at every kink of some plan's cost formula; on each stretch a
 * floating-point model (switch-points-model.ts) rules out plans that are
 * certainly dearer by more than any rounding could explain, bounding the extra
 * lines by those needed at the stretch's ends (they only grow), and halves the
 * stretch where that does not settle it. Only where two plans
 * stay within that margin does it ask the real `estimate`, minute by minute, which
 * plan is cheapest. Every switch is then confirmed with `estimate` on both sides;
 * should the model ever disagree with the engine, a search that relies on nothing
 * but each plan's cost never decreasing with the minutes takes over.
 */
import { estimate, figuresByMinutes } from './estimate.js';
import { MINUTES_PER_MONTH } from './limits.js';
import { compareRankKeys, type RankKey } from './ranking.js';
import { taxKeepsDifferences } from './switch-points-exact.js';
import { buildModels, linesKeepDifferences, type ModelSet, type PlanModel } from './switch-points-model.js';
import type { Quote, TariffSet, Usage } from './types.js';

/** From `minutes` on (until the next switch point), `planId` is the cheapest plan. */
export interface SwitchPoint {
  /** An integer minute count per month. */
  readonly minutes: number;
  readonly planId: string;
}

/** Options of {@link switchPoints}; every one may be left out, and so may the whole (`undefined` or `null`). */
export interface SwitchPointOptions {
  /**
   * The end of the range searched, an integer 0 … 10,000,000. Default: the
   * minutes slider's end, the file's `defaults.maxMinutesPerMonth` (rounded
   * down to whole minutes).
   */
  readonly maxMinutes?: number;
  /** Consider only these plans, as `estimate`'s option of the same name. Default: every plan. */
  readonly planIds?: readonly string[];
}

/** Switch-point options with their defaults applied and the range checked. */
export interface MinuteRange {
  readonly maxMinutes: number;
  readonly planIds: readonly string[] | undefined;
}

/**
 * The range and plans a search over the minutes covers: `options` with the
 * file's defaults filled in, shared by every function that takes these options.
 *
 * @throws RangeError when maxMinutes is not an integer from 0 to 10,000,000
 */
export function minuteRange(tariffs: TariffSet, options: SwitchPointOptions | null = {}): MinuteRange {
  const given = options ?? {};
  const maxMinutes = given.maxMinutes ?? Math.floor(tariffs.defaults.maxMinutesPerMonth);
  return { maxMinutes: checkRange(maxMinutes), planIds: given.planIds ?? undefined };
}

/** The largest range accepted, the engine's own maximum minutes per month. */
const MAX_RANGE = MINUTES_PER_MONTH.max;
/** Stretches this short that still hold several candidates are settled minute by minute. */
const SCAN_WIDTH = 4;

/**
 * The integer minute counts in [0, maxMinutes] at which the cheapest plan (the
 * first available plan of `estimate`'s ranking) changes, starting with minute 0:
 * `[{minutes: 0, planId: 'a'}, {minutes: 2341, planId: 'b'}, …]` means b is the
 * cheapest plan from 2,341 minutes a month (and not at 2,340). Empty when no
 * plan is available (every plan lacks a chosen add-on).
 *
 * `usage.minutesPerMonth` is ignored; everything else is used as `estimate` uses it.
 * Without options the range is the minutes slider's, 0 … `defaults.maxMinutesPerMonth`,
 * over every plan.
 *
 * @throws RangeError when maxMinutes is not an integer from 0 to 10,000,000
 * @throws UsageError as `estimate` does, for usage it rejects
 */
export function switchPoints(tariffs: TariffSet, usage: Usage, options: SwitchPointOptions | null = {}): SwitchPoint[] {
  const { maxMinutes, planIds } = minuteRange(tariffs, options);
  return switchPointsFrom(tariffs, usage, estimate(tariffs, { ...usage, minutesPerMonth: 0 }, { planIds }), maxMinutes);
}

/** `switchPoints` from the estimate at 0 minutes of the same usage and plans (`base`), for callers that have it already. */
export function switchPointsFrom(tariffs: TariffSet, usage: Usage, base: Quote, maxMinutes: number): SwitchPoint[] {
  if (base.cheapestPlanId === null) return [];
  const models = buildModels(tariffs, base, maxMinutes);
  const exact = new ExactCheapest(tariffs, usage);

  const available = base.plans.filter((plan) => plan.available).map((plan) => plan.planId);
  const fast = searchWithModels(models, maxMinutes, exact);
  const last = fast[fast.length - 1]?.planId;
  if (fast[0]?.planId === base.cheapestPlanId && last === exact.cheapest(maxMinutes, available) && confirmed(fast, exact)) {
    return fast;
  }
  return searchByMonotonicity(available, maxMinutes, exact);
}

/** Asks the real engine which of some plans is cheapest, and what each costs. */
export class ExactCheapest {
  readonly #months: ReturnType<typeof figuresByMinutes>;

  readonly #tariffs: TariffSet;
  readonly #usage: Usage;

  constructor(
    tariffs: TariffSet,
    usage: Usage,
  ) {
    this.#tariffs = tariffs;
    this.#usage = usage;
    this.#months = figuresByMinutes(tariffs, usage);
  }

  /** The cheapest of `planIds` at `minutes`. */
  cheapest(minutes: number, planIds: readonly string[]): string {
    return this.#figures(minutes, planIds).cheapestPlanId!;
  }

  /** Each plan's ranking key at `minutes` (as its quote has it), by plan id. */
  keys(minutes: number, planIds: readonly string[]): Map<string, RankKey> {
    return new Map(this.#figures(minutes, planIds).plans.map((plan) => [plan.planId, plan]));
  }

  #figures(minutes: number, planIds: readonly string[]) {
    return this.#months.at(minutes, planIds);
  }

  /** The engine's quote of `planIds` at `minutes`. */
  quote(minutes: number, planIds: readonly string[]): Quote {
    return estimate(this.#tariffs, { ...this.#usage, minutesPerMonth: minutes }, { planIds });
  }
}

/** Appends "from `minutes`, `planId` is cheapest", merging with the run before it. */
function extend(points: SwitchPoint[], minutes: number, planId: string): void {
  if (points.length === 0 || points[points.length - 1]!.planId !== planId) points.push({ minutes, planId });
}

function searchWithModels(models: ModelSet, maxMinutes: number, exact: ExactCheapest): SwitchPoint[] {
  const points: SwitchPoint[] = [];
  for (const [start, end] of stretches(models, maxMinutes)) {
    settle(start, end, models.plans, points, exact, models);
  }
  return points;
}

/**
 * Splits 0…maxMinutes into integer stretches on which every plan's model is
 * linear but for its extra lines: a new stretch starts after every kink.
 */
function stretches(models: ModelSet, maxMinutes: number): [number, number][] {
  const starts = new Set<number>([0]);
  for (const plan of models.plans) {
    for (const kink of plan.kinks) {
      const start = Math.floor(kink) + 1;
      if (start > 0 && start <= maxMinutes) starts.add(start);
    }
  }
  const sorted = [...starts].sort((a, b) => a - b);
  return sorted.map((start, index) => [start, index + 1 < sorted.length ? sorted[index + 1]! - 1 : maxMinutes]);
}

/** Finds the cheapest plan at every minute of lo…hi (a stretch or part of one), in order. */
function settle(
  lo: number,
  hi: number,
  candidates: readonly PlanModel[],
  points: SwitchPoint[],
  exact: ExactCheapest,
  models: ModelSet,
): void {
  // The lines needed only grow with the minutes: each plan costs at least its
  // model with the fewest lines and at most its model with the most.
  const fewest = models.linesAt(lo);
  const most = models.linesAt(hi);
  const left = candidates.filter((_, p) => !dominated(p, lo, hi, fewest, most, candidates));

  if (left.length === 1) {
    extend(points, lo, left[0]!.id);
    return;
  }
  const ids = left.map((plan) => plan.id);
  if (left.every((plan) => plan.flatUntil >= hi && plan.extraLines(fewest) === plan.extraLines(most))) {
    // No plan's bill moves here, so neither does the exact ranking.
    extend(points, lo, exact.cheapest(lo, ids));
    return;
  }
  if (parallel(left, lo, fewest, most, models)) {
    // Their bills differ by the same amounts at every minute of lo…hi, if tax keeps that so.
    const quote = exact.quote(lo, ids);
    if (taxKeepsDifferences(quote, models.taxRate, models.rounding)) {
      extend(points, lo, quote.cheapestPlanId!);
      return;
    }
  }
  if (hi - lo < SCAN_WIDTH) {
    for (let m = lo; m <= hi; m++) extend(points, m, exact.cheapest(m, ids));
    return;
  }
  const mid = Math.floor((lo + hi) / 2);
  settle(lo, mid, left, points, exact, models);
  settle(mid + 1, hi, left, points, exact, models);
}

/**
 * Whether some other plan is cheaper than plan `p` all over lo…hi by more than
 * both models' margins: the models are linear there but for extra lines, so it
 * suffices that the other plan with the most lines costs less at both ends than
 * plan `p` with the fewest.
 */
function dominated(p: number, lo: number, hi: number, fewest: number, most: number, plans: readonly PlanModel[]): boolean {
  const plan = plans[p]!;
  const lowLo = plan.cost(lo, fewest) - plan.margin(lo, fewest);
  const lowHi = plan.cost(hi, fewest) - plan.margin(hi, fewest);
  for (let q = 0; q < plans.length; q++) {
    if (q === p) continue;
    const other = plans[q]!;
    if (other.cost(lo, most) + other.margin(lo, most) < lowLo && other.cost(hi, most) + other.margin(hi, most) < lowHi) return true;
  }
  return false;
}

/**
 * Whether, from `lo` on, every plan's bill is package + rounded calls with calls
 * of one exact slope and offsets a whole number of cents apart (ModelSet.callsApart),
 * extra lines that keep their differences (linesKeepDifferences), and an average
 * that follows the monthly total by a constant: then the rounded call lines, and
 * so the bills before tax and their averages, differ by constants.
 */
function parallel(plans: readonly PlanModel[], lo: number, fewest: number, most: number, models: ModelSet): boolean {
  const first = plans[0]!;
  if (!plans.every((plan) => plan.calls !== null && plan.linearFrom <= lo && plan.steadyAverage)) return false;
  if (!linesKeepDifferences(plans, fewest, most)) return false;
  return plans.every((plan) => plan === first || models.callsApart(first, plan));
}

/**
 * Checks every switch with the engine: the old plan still wins a minute before,
 * the new one at it (both ends of the range are checked against every plan).
 */
function confirmed(points: readonly SwitchPoint[], exact: ExactCheapest): boolean {
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1]!.planId;
    const { minutes, planId } = points[i]!;
    const pair = [before, planId];
    if (exact.cheapest(minutes - 1, pair) !== before || exact.cheapest(minutes, pair) !== planId) return false;
  }
  return true;
}

/**
 * The model-free search: relies only on each plan's averageMonthly (and monthly
 * total) never decreasing as the minutes grow. A plan cannot be cheapest anywhere
 * in lo…hi when another plan costs less at hi than it does at lo.
 */
export function searchByMonotonicity(planIds: readonly string[], maxMinutes: number, exact: ExactCheapest): SwitchPoint[] {
  const points: SwitchPoint[] = [];
  if (planIds.length === 0) return points;
  const walk = (lo: number, hi: number, ids: readonly string[], keysLo: Map<string, RankKey>, keysHi: Map<string, RankKey>) => {
    const left = ids.filter((id) => !ids.some((other) => other !== id && compareRankKeys(keysHi.get(other)!, keysLo.get(id)!) < 0));
    if (left.length === 1) {
      extend(points, lo, left[0]!);
      return;
    }
    if (hi - lo <= 1) {
      extend(points, lo, cheapestOf(keysLo, left));
      if (hi > lo) extend(points, hi, cheapestOf(keysHi, left));
      return;
    }
    const mid = Math.floor((lo + hi) / 2);
    const keysMid = exact.keys(mid, left);
    walk(lo, mid, left, keysLo, keysMid);
    // mid is settled by the left half; the right half starts one minute later.
    const keysNext = exact.keys(mid + 1, left);
    walk(mid + 1, hi, left, keysNext, keysHi);
  };
  walk(0, maxMinutes, planIds, exact.keys(0, planIds), exact.keys(maxMinutes, planIds));
  return points;
}

function cheapestOf(keys: Map<string, RankKey>, ids: readonly string[]): string {
  let best = keys.get(ids[0]!)!;
  for (const id of ids) if (compareRankKeys(keys.get(id)!, best) < 0) best = keys.get(id)!;
  return best.planId;
}

function checkRange(maxMinutes: number): number {
  if (!Number.isInteger(maxMinutes) || maxMinutes < 0 || maxMinutes > MAX_RANGE) {
    throw new RangeError(`maxMinutes must be an integer from 0 to ${MAX_RANGE.toLocaleString('en')}, got ${maxMinutes}`);
  }
  return maxMinutes;
}
