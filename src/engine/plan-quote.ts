/**
 * One plan's quote: the usage-dependent monthly lines (package, calls,
 * minimum top-up, extra lines, tax) joined with the selection part (add-ons,
 * one-time lines), and the totals (tariff-format.md §4, steps 3–12). Each
 * line is rounded once to 0.01; top-up and tax come from lines already
 * rounded, as on a real bill.
 */
import { callCharge, rateFactor } from './billing.js';
import { Dec, ZERO, add, formatFixed, roundDecimal, roundQuotient, type Quotient } from './exact.js';
import type { PreparedPlan, PreparedTariffs } from './prepare.js';
import type { SelectionPart } from './selection.js';
import type { MonthlyLineKind, PlanQuote, QuoteLine, RoundingMode } from './types.js';
import type { ExactUsage } from './usage.js';

/** What every plan of one estimate shares. */
export interface QuoteContext {
  readonly prepared: PreparedTariffs;
  readonly usage: ExactUsage;
  readonly linesNeeded: number;
  /** Billed minutes for a billing increment, exact and as shown (0.01). */
  billed(incrementSeconds: number): { readonly exact: Quotient; readonly shown: string };
  /** The plan's add-on and one-time part for the chosen add-ons and grade. */
  selection(plan: PreparedPlan): SelectionPart;
  /** Twice the minutes per month: the effective rate's doubled denominator. */
  readonly doubleMinutes: Dec;
}

/** Computes one plan's quote for the context's usage. */
export function quotePlan(plan: PreparedPlan, context: QuoteContext): PlanQuote {
  const { prepared, usage } = context;
  const mode = prepared.rounding;
  const selection = context.selection(plan);
  const billed = context.billed(plan.incrementSeconds);

  const charge = callCharge(plan.calls, billed.exact, rateFactor(plan, usage));
  const calls = roundQuotient(charge.n, charge.d, 2, mode);
  const floor = selection.floor;
  const charged = add(plan.packageLine, calls);
  const topUp = floor.gt(charged) ? roundDecimal(floor.minus(charged), 2, mode) : ZERO;
  let basicServices = add(charged, topUp);

  const lines: QuoteLine<MonthlyLineKind>[] = [
    { kind: 'package', amount: plan.packageAmount },
    { kind: 'calls', amount: formatFixed(calls, 2) },
    { kind: 'minimum-top-up', amount: formatFixed(topUp, 2) },
  ];
  const extraLines = extraLinesFor(plan, context.linesNeeded);
  if (plan.lines) {
    const extra = extraLinesAmount(plan, extraLines, mode);
    lines.push({ kind: 'extra-lines', amount: formatFixed(extra, 2) });
    basicServices = add(basicServices, extra);
  }
  lines.push(...selection.addOnLines);

  let monthlyTotal = add(basicServices, selection.monthlyCharges);
  if (prepared.tax) {
    const tax = roundDecimal(prepared.tax.rate.times(basicServices), 2, mode);
    lines.push(
      { kind: 'tax', amount: formatFixed(tax, 2) },
      { kind: 'value-added-tax', amount: formatFixed(selection.valueAddedTax ?? ZERO, 2) },
    );
    monthlyTotal = add(monthlyTotal, tax);
  }

  const averageMonthly = add(monthlyTotal, selection.oneTimePerMonth);
  const minutes = usage.minutes;
  return {
    planId: plan.id,
    carrierId: plan.plan.carrier,
    available: selection.unavailableReason === null,
    unavailableReason: selection.unavailableReason,
    termMonths: plan.termMonths,
    lines,
    oneTimeLines: selection.oneTimeLines.slice(),
    billedMinutes: billed.shown,
    monthlyTotal: formatFixed(monthlyTotal, 2),
    oneTimeTotal: formatFixed(selection.oneTimeTotal, 2),
    averageMonthly: formatFixed(averageMonthly, 2),
    termTotal: formatFixed(add(monthlyTotal.times(plan.term), selection.oneTimeTotal), 2),
    effectiveRatePerMinute: minutes.isZero()
      ? null
      : formatFixed(roundQuotient(monthlyTotal, minutes, 4, mode, context.doubleMinutes), 4),
    linesNeeded: context.linesNeeded,
    linesIncluded: plan.lines ? plan.lines.included : null,
    extraLines,
    dependsOn: { ...plan.dependsOn },
  };
}

/** Lines the plan charges for beyond those it includes, when `linesNeeded` are needed at peak (§5). */
export function extraLinesFor(plan: PreparedPlan, linesNeeded: number): number {
  return plan.lines ? Math.max(0, linesNeeded - plan.lines.included) : 0;
}

/** The extra-lines line for `count` extra lines, rounded (§4 step 7). */
export function extraLinesAmount(plan: PreparedPlan, count: number, mode: RoundingMode): Dec {
  return plan.lines ? roundDecimal(plan.lines.extraLineMonthly.times(count), 2, mode) : ZERO;
}
