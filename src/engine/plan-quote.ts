/**
 * One plan's quote as the engine hands it out: the month's bill and the
 * term's figures (plan-bill.ts, where every price is computed) as lines and
 * totals with exactly two decimals, the effective rate, what is paid at
 * signing, and the plan's capacity (tariff-format.md §4, steps 3–13).
 */
import { billMonth, billTerm, type MonthBill, type QuoteContext } from './plan-bill.js';
import { Dec, ONE, ZERO, add, formatFixed, roundQuotient, type Quotient } from './exact.js';
import type { PreparedPlan } from './prepare.js';
import type { MonthlyLineKind, PlanQuote, QuoteLine, RoundingMode } from './types.js';

/** Computes one plan's quote for the context's month. */
export function quotePlan(plan: PreparedPlan, context: QuoteContext): PlanQuote {
  const mode = context.prepared.rounding;
  const bill = billMonth(plan, context);
  const term = billTerm(bill, context.prepared);
  const { selection, typical } = bill;
  return {
    planId: plan.id,
    carrierId: plan.plan.carrier,
    available: selection.unavailableReason === null,
    unavailableReason: selection.unavailableReason,
    termMonths: plan.termMonths,
    lines: monthlyLines(bill),
    oneTimeLines: selection.oneTimeLines.slice(),
    billedMinutes: bill.billed.shown,
    monthlyTotal: formatFixed(typical.total, 2),
    lastMonthTotal: formatFixed(term.last.total, 2),
    oneTimeTotal: formatFixed(selection.oneTimeTotal, 2),
    averageMonthly: formatFixed(term.averageMonthly, 2),
    termTotal: formatFixed(term.termTotal, 2),
    upfrontTotal: formatFixed(add(selection.oneTimeTotal, plan.packageAtSigning), 2),
    effectiveRatePerMinute: effectiveRate(typical.total, context.minutes, mode),
    linesNeeded: context.linesNeeded,
    linesIncluded: plan.lines ? plan.lines.included : null,
    extraLines: bill.extraLines,
    dependsOn: { ...plan.dependsOn },
  };
}

/** A typical month's lines in the order of tariff-format.md §4. */
export function monthlyLines(bill: MonthBill): QuoteLine<MonthlyLineKind>[] {
  const { plan, selection, typical } = bill;
  const lines: QuoteLine<MonthlyLineKind>[] = [
    { kind: 'package', amount: plan.packageAmount },
    { kind: 'calls', amount: formatFixed(bill.calls, 2) },
    { kind: 'minimum-top-up', amount: formatFixed(typical.topUp, 2) },
  ];
  if (bill.extra) lines.push({ kind: 'extra-lines', amount: formatFixed(bill.extra, 2) });
  lines.push(...selection.addOnLines);
  if (typical.tax) {
    lines.push(
      { kind: 'tax', amount: formatFixed(typical.tax, 2) },
      { kind: 'value-added-tax', amount: formatFixed(selection.valueAddedTax ?? ZERO, 2) },
    );
  }
  return lines;
}

/**
 * total / minutes to four decimals, or null below one minute a month: the
 * rate of a fraction of a minute says nothing (and 1e-300 minutes would make
 * it a 300-digit number).
 */
export function effectiveRate(total: Dec, minutes: Quotient, mode: RoundingMode): string | null {
  if (minutes.n.lt(minutes.d)) return null;
  const numerator = minutes.d === ONE ? total : total.times(minutes.d);
  return formatFixed(roundQuotient(numerator, minutes.n, 4, mode), 4);
}
