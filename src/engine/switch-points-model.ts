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
 */
import { linesNeeded, peakErlangs } from './capacity.js';
import { fraction, multiply, roundToInteger, type Fraction } from './fraction.js';
import { exactCalls, firstLinearMinute, type ExactCalls } from './switch-points-exact.js';
import type { PlanQuote, Quote, ResolvedUsage, RoundingMode, TariffSet } from './types.js';

/**
 * Every line that does not vary with the minutes (package, extra lines for a
 * given count, add-ons, one-time fees over the term) is taken exact, so the model
 * only misses the rounding of the calls line (½ cent) and, with tax excluded, of
 * the tax line (½ cent plus the rate times the calls' ½ cent).
 */
const CALLS_ROUNDING = 0.005;
const TAX_ROUNDING = 0.005;
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
  /** Equal for two plans exactly when every price input that can differ between them is equal. */
  readonly signature: string;
  /**
   * The exact call charge in cents once it grows: slope × minutes − offset, for
   * minutes ≥ {@link linearFrom}; null when calls never cost anything.
   */
  readonly calls: ExactCalls | null;
  /** From this minute on the bill is package + rounded calls (no top-up to the floor). */
  readonly linearFrom: number;
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
  readonly taxRate: Fraction | null;
}

/**
 * Builds the models of the available plans of `base` (an estimate with the same
 * usage and plan filter; its minutes do not matter).
 */
export function buildModels(tariffs: TariffSet, base: Quote, maxMinutes: number): ModelSet {
  const usage = base.usage;
  const models = base.plans
    .filter((quote) => quote.available)
    .map((quote) => planModel(tariffs, usage, quote, maxMinutes));
  // Plans priced alike cost the same at every minute, and the ranking then puts the
  // smaller id first (plain string order), so its twins can never be the cheapest.
  const byPrice = new Map<string, PlanModel>();
  for (const model of models) {
    const twin = byPrice.get(model.signature);
    if (!twin || model.id < twin.id) byPrice.set(model.signature, model);
  }
  const plans = [...byPrice.values()];
  const included = base.plans
    .filter((quote) => quote.available && quote.linesIncluded !== null)
    .map((quote) => quote.linesIncluded!);
  const steps = plans.some((plan) => plan.paysExtraLines)
    ? lineSteps(usage.peakSharePercent, Number(tariffs.peakHoursPerMonth), Math.min(...included), maxMinutes)
    : [];
  return {
    plans,
    lineSteps: steps,
    rounding: tariffs.rounding,
    taxRate: tariffs.pricesIncludeTax ? null : fraction(tariffs.taxRate ?? '0'),
  };
}

/**
 * The integer minutes on both sides of every change in any plan's cost formula
 * (available or not): a chart that draws straight lines between them and its
 * samples follows every kink and step of the curves.
 */
export function modelBreakpoints(tariffs: TariffSet, base: Quote, maxMinutes: number): number[] {
  const usage = base.usage;
  const models = base.plans.map((quote) => planModel(tariffs, usage, quote, maxMinutes));
  const included = base.plans.filter((quote) => quote.linesIncluded !== null).map((quote) => quote.linesIncluded!);
  const steps = models.some((plan) => plan.paysExtraLines)
    ? lineSteps(usage.peakSharePercent, Number(tariffs.peakHoursPerMonth), Math.min(...included), maxMinutes)
    : [];
  const minutes = new Set<number>();
  for (const plan of models) {
    for (const kink of plan.kinks) minutes.add(Math.floor(kink)).add(Math.floor(kink) + 1);
  }
  for (const step of steps) minutes.add(step - 1).add(step);
  return [...minutes].filter((m) => m >= 0 && m <= maxMinutes).sort((a, b) => a - b);
}

/** Lines needed at peak for `minutes`, computed exactly as the engine does. */
export function linesAt(minutes: number, peakSharePercent: number, peakHoursPerMonth: number): number {
  return linesNeeded(peakErlangs(minutes, peakSharePercent, peakHoursPerMonth));
}

function lineSteps(peakSharePercent: number, peakHours: number, fewestIncluded: number, maxMinutes: number): number[] {
  const steps: number[] = [];
  const lines = (m: number) => linesAt(m, peakSharePercent, peakHours);
  const most = lines(maxMinutes);
  let from = 0;
  // Below the fewest included lines no plan pays for extra lines, so those steps change no price.
  for (let n = Math.max(lines(0), fewestIncluded); n < most; n++) {
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

function planModel(tariffs: TariffSet, usage: ResolvedUsage, quote: PlanQuote, maxMinutes: number): PlanModel {
  const plan = tariffs.plans.find((candidate) => candidate.id === quote.planId)!;
  const term = plan.termMonths;
  const packagePrice = Number(plan.package.price) / term;
  const rate = Number(plan.ratePerMinute);
  const overage = Number(plan.overageRatePerMinute);
  const grade = tariffs.numberGrades.find((candidate) => candidate.id === usage.numberGrade);
  const floor = Math.max(Number(plan.minimumMonthlySpend), Number(grade?.minimumMonthlySpend ?? 0));

  const seconds = usage.averageCallSeconds;
  const increment = plan.billingIncrementSeconds;
  const billedPerMinute = seconds === null ? 1 : (Math.ceil(seconds / increment) * increment) / seconds;
  const factor = regionFactor(tariffs, usage, plan.regionMultipliers) * bandFactor(usage, plan);
  const perMinute = billedPerMinute * factor;

  // Calls are zero up to `callsStart`, then grow by `callsSlope` a minute.
  let callsStart = 0;
  let callsSlope = 0;
  switch (plan.package.includes) {
    case 'nothing':
      callsSlope = perMinute * rate;
      break;
    case 'minutes':
      callsStart = plan.package.minutes / term / billedPerMinute;
      callsSlope = perMinute * overage;
      break;
    case 'credit':
      callsStart = perMinute * rate > 0 ? packagePrice / (perMinute * rate) : Infinity;
      callsSlope = Number.isFinite(callsStart) ? perMinute * overage : 0;
      break;
  }
  const callsAt = (m: number) => (m > callsStart ? (m - callsStart) * callsSlope : 0);
  const packageLine = lineAmount(quote, 'package');

  const kinks: number[] = [];
  if (callsSlope > 0 && callsStart > 0 && Number.isFinite(callsStart)) kinks.push(callsStart);
  if (floor > packageLine && callsSlope > 0) kinks.push(callsStart + (floor - packageLine) / callsSlope);

  const taxRate = tariffs.pricesIncludeTax ? 0 : Number(tariffs.taxRate);
  const extraLineMonthly = plan.lines ? fraction(plan.lines.extraLineMonthly) : null;
  const included = plan.lines?.included ?? Infinity;
  const peakHours = Number(tariffs.peakHoursPerMonth);
  const extraLines = new Map<number, number>();
  // The extra-lines line, exactly as the engine rounds it, per number of extra lines.
  const extraLinesLine = (count: number) => {
    let amount = extraLines.get(count);
    if (amount === undefined) {
      amount = Number(roundToInteger(multiply(extraLineMonthly!, fraction(count * 100)), tariffs.rounding)) / 100;
      extraLines.set(count, amount);
    }
    return amount;
  };
  // Add-ons, their tax and the one-time fees spread over the term do not change with the minutes.
  const fixed = fixedPart(quote);
  const rounding = CALLS_ROUNDING + (taxRate > 0 ? TAX_ROUNDING + taxRate * CALLS_ROUNDING : 0) + FLOAT_MARGIN;

  // Exact inputs only (fractions in lowest terms), so that equal signatures mean equal bills.
  const peakShare = usage.peakSharePercent;
  const signature = JSON.stringify([
    plan.package.includes,
    lowestTerms(plan.package.price, term),
    plan.package.includes === 'minutes' ? lowestTerms(String(plan.package.minutes), term) : null,
    plan.package.includes === 'nothing' ? null : Number(plan.overageRatePerMinute),
    plan.package.includes === 'minutes' ? null : rate,
    seconds === null ? null : increment,
    peakShare > 0 ? Number(plan.peakMultiplier) : null,
    peakShare < 100 ? Number(plan.offPeakMultiplier) : null,
    tariffs.regions.map((region) =>
      usage.regionShares[region.id] ? Number(plan.regionMultipliers[region.id] ?? 1) : null,
    ),
    floor,
    plan.lines ? [plan.lines.included, Number(plan.lines.extraLineMonthly)] : null,
    quote.averageMonthly,
    quote.monthlyTotal,
    quote.lines.filter((line) => line.kind !== 'calls' && line.kind !== 'minimum-top-up').map((line) => [line.kind, line.amount]),
  ]);

  const calls = exactCalls(tariffs, usage, plan);
  const linearFrom = calls ? firstLinearMinute(calls, plan, floor, tariffs.rounding, maxMinutes) : maxMinutes + 1;

  return {
    id: plan.id,
    signature,
    calls,
    linearFrom,
    kinks,
    paysExtraLines: extraLineMonthly !== null && extraLineMonthly.n > 0n,
    cost(m) {
      const basic = Math.max(floor, packageLine + callsAt(m));
      const extraCount = extraLineMonthly ? Math.max(0, linesAt(m, usage.peakSharePercent, peakHours) - included) : 0;
      const extra = extraCount > 0 ? extraLinesLine(extraCount) : 0;
      return (basic + extra) * (1 + taxRate) + fixed;
    },
    margin(cost) {
      return rounding + FLOAT_RELATIVE * Math.abs(cost);
    },
  };
}

function regionFactor(tariffs: TariffSet, usage: ResolvedUsage, multipliers: Readonly<Record<string, string>>): number {
  let weighted = 0;
  let total = 0;
  for (const region of tariffs.regions) {
    const weight = usage.regionShares[region.id] ?? 0;
    weighted += weight * Number(multipliers[region.id] ?? 1);
    total += weight;
  }
  return total > 0 ? weighted / total : 1;
}

function bandFactor(usage: ResolvedUsage, plan: TariffSet['plans'][number]): number {
  const peak = usage.peakSharePercent / 100;
  return peak * Number(plan.peakMultiplier) + (1 - peak) * Number(plan.offPeakMultiplier);
}

function lineAmount(quote: PlanQuote, kind: PlanQuote['lines'][number]['kind']): number {
  return Number(quote.lines.find((line) => line.kind === kind)?.amount ?? 0);
}

function fixedPart(quote: PlanQuote): number {
  let fixed = Number(quote.averageMonthly) - Number(quote.monthlyTotal);
  for (const line of quote.lines) {
    if (line.kind === 'add-on' || line.kind === 'value-added-tax') fixed += Number(line.amount);
  }
  return fixed;
}

/** `amount / divisor` in lowest terms, for an amount with at most 4 decimals: exact, unlike a float. */
function lowestTerms(amount: string, divisor: number): string {
  let numerator = Math.round(Number(amount) * 10_000);
  let denominator = divisor * 10_000;
  const divide = gcd(numerator, denominator);
  numerator /= divide;
  denominator /= divide;
  return `${numerator}/${denominator}`;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return Math.abs(a) || 1;
}
