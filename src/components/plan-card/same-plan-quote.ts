/**
 * Whether two plan quotes would render identically. The engine returns new
 * objects on every estimate; comparing their content lets a card whose numbers
 * did not move skip its update entirely.
 */
import type { PlanQuote, QuoteLine } from '../../engine/types.js';

function sameLines(a: readonly QuoteLine[], b: readonly QuoteLine[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].kind !== b[i].kind || a[i].amount !== b[i].amount || a[i].id !== b[i].id) return false;
  }
  return true;
}

function sameReason(a: PlanQuote['unavailableReason'], b: PlanQuote['unavailableReason']): boolean {
  if (a === null || b === null) return a === b;
  return a.code === b.code && a.addOnIds.join(' ') === b.addOnIds.join(' ');
}

export function samePlanQuote(a: PlanQuote | undefined, b: PlanQuote | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return (
    a.planId === b.planId &&
    a.carrierId === b.carrierId &&
    a.available === b.available &&
    a.termMonths === b.termMonths &&
    a.monthlyTotal === b.monthlyTotal &&
    a.oneTimeTotal === b.oneTimeTotal &&
    a.averageMonthly === b.averageMonthly &&
    a.termTotal === b.termTotal &&
    a.effectiveRatePerMinute === b.effectiveRatePerMinute &&
    a.billedMinutes === b.billedMinutes &&
    a.linesNeeded === b.linesNeeded &&
    a.linesIncluded === b.linesIncluded &&
    a.extraLines === b.extraLines &&
    sameReason(a.unavailableReason, b.unavailableReason) &&
    sameLines(a.lines, b.lines) &&
    sameLines(a.oneTimeLines, b.oneTimeLines)
  );
}
