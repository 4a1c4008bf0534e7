/**
 * Exact facts about the plans' bills for the switch-point search, taken from
 * the engine's own terms (prepare.ts, billing.ts, selection.ts) and rounded
 * with its own rounding (exact.ts): where a plan's bill becomes package plus
 * calls, which plans are priced alike, and which plans' call charges stay a
 * whole number of cents apart.
 */
import { billedMinutes, callChargeLine, type ChargeLine } from './billing.js';
import { Dec, HUNDRED, ONE, TWO, ZERO, ceilQuotient, dec, maxDec, roundQuotient, sameQuotient } from './exact.js';
import { prepareTariffs, type PreparedPlan, type PreparedTariffs } from './prepare.js';
import { rateFactors } from './rate-factors.js';
import { selectionParts, type SelectionPart } from './selection.js';
import type { Quote, RoundingMode, TariffSet } from './types.js';
import { toExactUsage, type ExactUsage } from './usage.js';

const HALF_CENT = dec('0.005');

/** The smaller of two Decimals. */
const minDec = (a: Dec, b: Dec): Dec => (maxDec(a, b) === a ? b : a);

/** One plan's bill for a fixed usage apart from the minutes, in the engine's exact terms. */
export interface ExactBill {
  readonly plan: PreparedPlan;
  /** The chosen add-ons' and number grade's part: floor, add-on charges, one-time fees. */
  readonly selection: SelectionPart;
  /** The call charge as a line in the minutes, or null when calls never cost anything. */
  readonly calls: ChargeLine | null;
}

/** The engine's view of a tariff file and a usage whose minutes vary. */
export interface ExactBills {
  readonly prepared: PreparedTariffs;
  readonly usage: ExactUsage;
  /** The plans of `quote`, in its order. */
  readonly plans: readonly ExactBill[];
}

/**
 * The exact bills of the plans of `quote` for its usage (the minutes do not
 * matter), as the engine computes them.
 */
export function exactBills(tariffs: TariffSet, quote: Quote): ExactBills {
  const prepared = prepareTariffs(tariffs);
  const exactUsage = toExactUsage(prepared, quote.usage);
  const resolved = quote.usage;
  const selection = selectionParts(prepared, resolved.addOns, resolved.numberGrade);
  const factors = rateFactors(prepared, exactUsage);
  const byId = new Map(prepared.plans.map((plan) => [plan.id, plan]));
  const plans = quote.plans.map((planQuote): ExactBill => {
    const plan = byId.get(planQuote.planId)!;
    const perMinute = billedMinutes(ONE, exactUsage.callSeconds, plan.incrementSeconds);
    return { plan, selection: selection.get(plan), calls: callChargeLine(plan.calls, perMinute, factors.get(plan)) };
  });
  return { prepared, usage: exactUsage, plans };
}

/**
 * The first minute from which the plan's bill is package plus rounded calls,
 * calls are charged and the monthly floor no longer binds; maxMinutes + 1
 * when there is none in range.
 */
export function linearFrom({ plan, selection, calls }: ExactBill, mode: RoundingMode, maxMinutes: number): number {
  if (calls === null) return maxMinutes + 1;
  // The charge at m is (a × m − b) / d, over one common denominator left unreduced.
  const a = calls.slope.n.times(calls.offset.d);
  const b = calls.offset.n.times(calls.slope.d);
  const d = calls.slope.d.times(calls.offset.d);
  // Both the typical and the last month (§4.11) must be past the floor.
  const shortOfFloor = selection.floor.minus(minDec(plan.packageLine, plan.lastPackageLine));
  let first: Dec;
  if (!shortOfFloor.gt(ZERO)) {
    // Calls are charged from ⌈offset / slope⌉ on, and the floor never binds.
    first = ceilQuotient(b, a);
  } else {
    // Floor and package line are whole cents, so the shortfall t is too: the calls
    // line, rounded to cents, reaches t once the charge reaches t − ½ cent, except
    // when the charge is exactly that and the engine's rounding breaks the tie
    // downwards; the next minute then charges more and reaches t.
    first = ceilQuotient(shortOfFloor.minus(HALF_CENT).times(d).plus(b), a);
    const rounded = roundQuotient(a.times(first).minus(b), d, 2, mode);
    if (shortOfFloor.gt(rounded)) first = first.plus(ONE);
  }
  return first.gt(maxMinutes) ? maxMinutes + 1 : first.toNumber();
}

/**
 * The last minute (at most maxMinutes) up to which the plan's bill, in the
 * typical and in the last month, is what it is at minute 0, extra lines
 * apart: the rounded calls line stays within what the monthly floor tops up
 * anyway (nothing, without a floor above the package lines).
 */
export function flatUntil({ plan, selection, calls }: ExactBill, mode: RoundingMode, maxMinutes: number): number {
  if (calls === null) return maxMinutes;
  const a = calls.slope.n.times(calls.offset.d);
  const b = calls.offset.n.times(calls.slope.d);
  const d = calls.slope.d.times(calls.offset.d);
  // Floor and package lines are whole cents, so the room under the floor is too.
  const room = maxDec(ZERO, selection.floor.minus(maxDec(plan.packageLine, plan.lastPackageLine)));
  // The calls line rounds to at most `room` while the charge (a × m − b) / d is
  // at most room + ½ cent, unless the charge is exactly that and the rounding
  // breaks the tie upwards.
  let last = room.plus(HALF_CENT).times(d).plus(b).divToInt(a);
  if (last.gt(maxMinutes)) return maxMinutes;
  const charge = a.times(last).minus(b);
  if (charge.gt(ZERO) && roundQuotient(charge, d, 2, mode).gt(room)) last = last.minus(ONE);
  return last.toNumber();
}

/**
 * Whether the plan's averageMonthly is its monthlyTotal plus a constant,
 * wherever its bill is package plus calls (from {@link linearFrom} on). The
 * average is (termMonths − 1) × monthly + last + one-time fees, over the term,
 * rounded: with tax included, or no last-month difference, last − monthly is
 * the constant δ = last package line − package line, and monthly is whole
 * cents, so the rounding adds a constant too, except for a half-cent under
 * half-even rounding, whose ties go by the parity of the monthly total.
 */
export function steadyAverage({ plan, selection }: ExactBill, taxIncluded: boolean, mode: RoundingMode): boolean {
  const delta = plan.lastPackageLine.minus(plan.packageLine);
  if (!taxIncluded && !delta.isZero()) return false;
  if (mode === 'half-up') return true;
  // (δ + O) / T in cents is a tie when twice it is an odd integer.
  const twiceCents = delta.plus(selection.oneTimeTotal).times(HUNDRED).times(TWO);
  return !(twiceCents.divToInt(plan.term).times(plan.term).eq(twiceCents) && isOdd(twiceCents.divToInt(plan.term)));
}

function isOdd(integer: Dec): boolean {
  return !integer.divToInt(TWO).times(TWO).eq(integer);
}

/**
 * The plans with a price of their own. Plans equal in everything a quote's
 * monthlyTotal and averageMonthly are made of (plan-quote.ts) cost the same at
 * every minute, and the ranking then puts the smallest id first (plain string
 * order), so of such twins only that one is kept. The others keep their order.
 */
export function withoutTwins(plans: readonly ExactBill[]): ExactBill[] {
  const kept: ExactBill[] = [];
  // Decimals print canonically, so plans with different keys cannot be twins.
  const byKey = new Map<string, number[]>();
  for (const bill of plans) {
    const key = fixedPriceKey(bill);
    const candidates = byKey.get(key) ?? [];
    const twin = candidates.find((index) => sameCalls(kept[index]!.calls, bill.calls));
    if (twin === undefined) {
      byKey.set(key, [...candidates, kept.length]);
      kept.push(bill);
    } else if (bill.plan.id < kept[twin]!.plan.id) {
      kept[twin] = bill;
    }
  }
  return kept;
}

/** Everything the bill is made of apart from the call charge (the term: its last month and average, §4.11). */
function fixedPriceKey({ plan, selection }: ExactBill): string {
  const lines = plan.lines === null ? '' : `${plan.lines.included}×${plan.lines.extraLineMonthly.toString()}`;
  return [
    plan.packageLine,
    plan.lastPackageLine,
    plan.termMonths,
    selection.floor,
    selection.monthlyCharges,
    selection.oneTimeTotal,
    lines,
  ].join(' ');
}

function sameCalls(a: ChargeLine | null, b: ChargeLine | null): boolean {
  if (a === null || b === null) return a === b;
  return sameQuotient(a.slope, b.slope) && sameQuotient(a.offset, b.offset);
}

/**
 * Whether two call charges have one slope and offsets a whole number of cents
 * apart (an even number under half-even rounding, whose ties depend on the
 * parity of the last digit): then, wherever both are charged, their rounded
 * call lines differ by a constant.
 */
export function callsApartByCents(a: ChargeLine, b: ChargeLine, mode: RoundingMode): boolean {
  if (!sameQuotient(a.slope, b.slope)) return false;
  const difference = a.offset.n.times(b.offset.d).minus(b.offset.n.times(a.offset.d));
  return wholeCents(difference, a.offset.d.times(b.offset.d), mode);
}

/**
 * With tax excluded, tax = round(rate × taxable lines) keeps constant differences
 * between the plans of `quote` only when rate × each difference of their taxable
 * lines is itself whole cents.
 */
export function taxKeepsDifferences(quote: Quote, taxRate: Dec | null, mode: RoundingMode): boolean {
  if (taxRate === null) return true;
  const taxable = quote.plans.map((plan) =>
    plan.lines
      .filter((line) => line.kind === 'package' || line.kind === 'calls' || line.kind === 'minimum-top-up' || line.kind === 'extra-lines')
      .reduce((sum, line) => sum.plus(dec(line.amount)), ZERO),
  );
  return taxable.every((amount) => wholeCents(taxRate.times(amount.minus(taxable[0]!)), ONE, mode));
}

/** Whether n / d (in yuan, of either sign) is a whole number of cents, and an even one under half-even rounding. */
function wholeCents(n: Dec, d: Dec, mode: RoundingMode): boolean {
  const cents = n.times(HUNDRED);
  const unit = mode === 'half-even' ? d.times(TWO) : d;
  return cents.divToInt(unit).times(unit).eq(cents);
}
