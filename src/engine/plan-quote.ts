/**
 * One plan's quote: the usage-dependent monthly lines (package, calls,
 * minimum top-up, extra lines, tax) joined with the selection part (add-ons,
 * one-time lines), and the totals (tariff-format.md §4, steps 3–13): a
 * typical month, the last month of the term (which pays the rest of the
 * package price), the whole term, its monthly average and what is paid at
 * signing. Each line is rounded once to 0.01; top-up and tax come from lines
 * already rounded, as on a real bill.
 *
 * This is the only place a month is priced. What the month's calls are comes
 * from the context: a visitor's usage (§3) gives billed minutes B and a rate
 * factor φ; a month of a call log (§7) gives B and Φ / B, with which the
 * same formulas price Φ where §4 prices B × φ.
 */
import { callCharge } from './billing.js';
import { Dec, ONE, ZERO, add, formatFixed, roundDecimal, roundQuotient, type Quotient } from './exact.js';
import type { PreparedPlan, PreparedTariffs } from './prepare.js';
import type { SelectionPart } from './selection.js';
import type { MonthlyLineKind, PlanQuote, QuoteLine, RoundingMode } from './types.js';

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

/** Computes one plan's quote for the context's usage. */
export function quotePlan(plan: PreparedPlan, context: QuoteContext): PlanQuote {
  const prepared = context.prepared;
  const mode = prepared.rounding;
  const selection = context.selection(plan);
  const billed = context.billed(plan.incrementSeconds);

  const charge = callCharge(plan.calls, billed.exact, context.factor(plan));
  const calls = roundQuotient(charge.n, charge.d, 2, mode);
  const extraLines = extraLinesFor(plan, context.linesNeeded);
  const extra = plan.lines ? extraLinesAmount(plan, extraLines, mode) : null;
  const floor = selection.floor;
  // A month's bill for a package line: calls, extra lines and add-ons are the
  // same every month; the top-up and tax follow from the month's own lines.
  const month = (packageLine: Dec) => {
    const charged = add(packageLine, calls);
    const topUp = floor.gt(charged) ? roundDecimal(floor.minus(charged), 2, mode) : ZERO;
    const basicServices = add(add(charged, topUp), extra ?? ZERO);
    const tax = prepared.tax ? roundDecimal(prepared.tax.rate.times(basicServices), 2, mode) : null;
    return { topUp, tax, total: add(add(basicServices, selection.monthlyCharges), tax ?? ZERO) };
  };
  const typical = month(plan.packageLine);
  const last = plan.lastPackageLine.eq(plan.packageLine) ? typical : month(plan.lastPackageLine);

  const lines: QuoteLine<MonthlyLineKind>[] = [
    { kind: 'package', amount: plan.packageAmount },
    { kind: 'calls', amount: formatFixed(calls, 2) },
    { kind: 'minimum-top-up', amount: formatFixed(typical.topUp, 2) },
  ];
  if (extra) lines.push({ kind: 'extra-lines', amount: formatFixed(extra, 2) });
  lines.push(...selection.addOnLines);
  if (typical.tax) {
    lines.push(
      { kind: 'tax', amount: formatFixed(typical.tax, 2) },
      { kind: 'value-added-tax', amount: formatFixed(selection.valueAddedTax ?? ZERO, 2) },
    );
  }

  const termTotal = add(add(typical.total.times(plan.term.minus(ONE)), last.total), selection.oneTimeTotal);
  return {
    planId: plan.id,
    carrierId: plan.plan.carrier,
    available: selection.unavailableReason === null,
    unavailableReason: selection.unavailableReason,
    termMonths: plan.termMonths,
    lines,
    oneTimeLines: selection.oneTimeLines.slice(),
    billedMinutes: billed.shown,
    monthlyTotal: formatFixed(typical.total, 2),
    lastMonthTotal: formatFixed(last.total, 2),
    oneTimeTotal: formatFixed(selection.oneTimeTotal, 2),
    averageMonthly: formatFixed(roundQuotient(termTotal, plan.term, 2, mode, plan.doubleTerm), 2),
    termTotal: formatFixed(termTotal, 2),
    upfrontTotal: formatFixed(add(selection.oneTimeTotal, plan.packageAtSigning), 2),
    effectiveRatePerMinute: effectiveRate(typical.total, context.minutes, mode),
    linesNeeded: context.linesNeeded,
    linesIncluded: plan.lines ? plan.lines.included : null,
    extraLines,
    dependsOn: { ...plan.dependsOn },
  };
}

/**
 * total / minutes to four decimals, or null below one minute a month: the
 * rate of a fraction of a minute says nothing (and 1e-300 minutes would make
 * it a 300-digit number).
 */
function effectiveRate(total: Dec, minutes: Quotient, mode: RoundingMode): string | null {
  if (minutes.n.lt(minutes.d)) return null;
  const numerator = minutes.d === ONE ? total : total.times(minutes.d);
  return formatFixed(roundQuotient(numerator, minutes.n, 4, mode), 4);
}

/** Lines the plan charges for beyond those it includes, when `linesNeeded` are needed at peak (§5). */
export function extraLinesFor(plan: PreparedPlan, linesNeeded: number): number {
  return plan.lines ? Math.max(0, linesNeeded - plan.lines.included) : 0;
}

/** The extra-lines line for `count` extra lines, rounded (§4 step 7). */
export function extraLinesAmount(plan: PreparedPlan, count: number, mode: RoundingMode): Dec {
  return plan.lines ? roundDecimal(plan.lines.extraLineMonthly.times(count), 2, mode) : ZERO;
}
