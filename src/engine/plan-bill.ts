/**
 * The only place a month is priced (tariff-format.md §4, steps 3–11): one
 * plan's calls, minimum top-up, extra lines and tax lines for one month, and
 * from them the last month of the term, the term's total and its monthly
 * average. Each line is rounded once to 0.01; top-up and tax come from lines
 * already rounded, as on a real bill. Nothing here is formatted: quotes
 * (plan-quote.ts), the switch-point search, cost curves and profiles all read
 * these figures.
 *
 * What the month's calls are comes from the context: a visitor's usage (§3)
 * gives billed minutes B and a rate factor φ; a month of a call log (§7)
 * gives B and Φ / B, with which the same formulas price Φ where §4 prices
 * B × φ.
 */
import { callCharge } from './billing.js';
import { Dec, ONE, ZERO, add, roundDecimal, roundQuotient, type Quotient } from './exact.js';
import type { PreparedPlan, PreparedTariffs } from './prepare.js';
import type { SelectionPart } from './selection.js';
import type { RoundingMode } from './types.js';

/** What every plan of one month's quote shares: the month's calls and the chosen add-ons and grade. */
export interface QuoteContext {
  readonly prepared: PreparedTariffs;
  /** The month's talk minutes M, exact: the effective rate is the total over them. */
  readonly minutes: Quotient;
  /** Concurrent lines needed (§5), or seen (§7), at peak; at least 1. */
  readonly linesNeeded: number;
  /** Billed minutes for a billing increment, exact and as shown (0.01). */
  billed(incrementSeconds: number): { readonly exact: Quotient; readonly shown: string };
  /** The plan's rate factor: the average multiplier of its rate over the billed minutes. */
  factor(plan: PreparedPlan): Quotient;
  /** The plan's add-on and one-time part for the chosen add-ons and grade. */
  selection(plan: PreparedPlan): SelectionPart;
}

/** The lines of one month that follow from its package line. */
export interface MonthLines {
  readonly topUp: Dec;
  /** Null when prices include tax. */
  readonly tax: Dec | null;
  /** The month's total: every line, rounded, added up. */
  readonly total: Dec;
}

/** One plan's bill for a typical month of the context. */
export interface MonthBill {
  readonly plan: PreparedPlan;
  readonly selection: SelectionPart;
  readonly billed: { readonly exact: Quotient; readonly shown: string };
  /** The calls line, rounded. */
  readonly calls: Dec;
  readonly extraLines: number;
  /** The extra-lines line, rounded; null for a plan with unlimited lines. */
  readonly extra: Dec | null;
  /** The typical month: every month of the term but the last (§4.11). */
  readonly typical: MonthLines;
}

/** The whole term of a plan at one month's usage (§4.11). */
export interface TermBill {
  /** The last month: it pays the rest of the rounded package price. */
  readonly last: MonthLines;
  /** (termMonths − 1) × typical + last + one-time, exact. */
  readonly termTotal: Dec;
  /** termTotal / termMonths, rounded: the ranking figure. */
  readonly averageMonthly: Dec;
}

/** Prices a typical month of `plan` for the context's calls. */
export function billMonth(plan: PreparedPlan, context: QuoteContext): MonthBill {
  const mode = context.prepared.rounding;
  const selection = context.selection(plan);
  const billed = context.billed(plan.incrementSeconds);
  const charge = callCharge(plan.calls, billed.exact, context.factor(plan));
  const calls = roundQuotient(charge.n, charge.d, 2, mode);
  const extraLines = extraLinesFor(plan, context.linesNeeded);
  const extra = plan.lines ? extraLinesAmount(plan, extraLines, mode) : null;
  const typical = monthLines(selection, calls, extra, plan.packageLine, context.prepared);
  return { plan, selection, billed, calls, extraLines, extra, typical };
}

/** The last month, the term's total and its average, from a typical month's bill. */
export function billTerm(bill: MonthBill, prepared: PreparedTariffs): TermBill {
  const { plan, selection, typical } = bill;
  // Calls, extra lines and add-ons are the same every month; the top-up and tax follow from the month's own lines.
  const last = plan.lastPackageLine.eq(plan.packageLine)
    ? typical
    : monthLines(selection, bill.calls, bill.extra, plan.lastPackageLine, prepared);
  const termTotal = add(add(typical.total.times(plan.term.minus(ONE)), last.total), selection.oneTimeTotal);
  return { last, termTotal, averageMonthly: roundQuotient(termTotal, plan.term, 2, prepared.rounding, plan.doubleTerm) };
}

/** A month's top-up, tax and total for a package line (steps 5, 8 and 9). */
function monthLines(selection: SelectionPart, calls: Dec, extra: Dec | null, packageLine: Dec, prepared: PreparedTariffs): MonthLines {
  const mode = prepared.rounding;
  const floor = selection.floor;
  const charged = add(packageLine, calls);
  const topUp = floor.gt(charged) ? roundDecimal(floor.minus(charged), 2, mode) : ZERO;
  const basicServices = add(add(charged, topUp), extra ?? ZERO);
  const tax = prepared.tax ? roundDecimal(prepared.tax.rate.times(basicServices), 2, mode) : null;
  return { topUp, tax, total: add(add(basicServices, selection.monthlyCharges), tax ?? ZERO) };
}

/** Lines the plan charges for beyond those it includes, when `linesNeeded` are needed at peak (§5). */
export function extraLinesFor(plan: PreparedPlan, linesNeeded: number): number {
  return plan.lines ? Math.max(0, linesNeeded - plan.lines.included) : 0;
}

/** The extra-lines line for `count` extra lines, rounded (§4 step 7). */
export function extraLinesAmount(plan: PreparedPlan, count: number, mode: RoundingMode): Dec {
  return plan.lines ? roundDecimal(plan.lines.extraLineMonthly.times(count), 2, mode) : ZERO;
}
