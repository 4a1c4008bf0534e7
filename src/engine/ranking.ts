/**
 * The order of plans in a quote (tariff-format.md §4): available plans first,
 * then by average monthly cost, monthly total, and id.
 */
import type { PlanQuote } from './types.js';

/**
 * What the ranking compares between two plans. A PlanQuote is one; the
 * switch-point search compares quotes of different minute counts with it.
 */
export type RankKey = Pick<PlanQuote, 'averageMonthly' | 'monthlyTotal' | 'planId'>;

/** What ranks a plan: its rank key and whether it is available. */
export type Rankable = RankKey & Pick<PlanQuote, 'available'>;

/** Returns the plans (quotes, or anything with their rank key) ranked, cheapest first; unavailable plans last, ranked the same way. */
export function rankPlans<T extends Rankable>(plans: readonly T[]): T[] {
  return [...plans].sort(comparePlans);
}

function comparePlans(a: Rankable, b: Rankable): number {
  if (a.available !== b.available) return a.available ? -1 : 1;
  return compareRankKeys(a, b);
}

/** Negative when `a` ranks before `b`: averageMonthly, then monthlyTotal, then id. */
export function compareRankKeys(a: RankKey, b: RankKey): number {
  return (
    compareAmounts(a.averageMonthly, b.averageMonthly) ||
    compareAmounts(a.monthlyTotal, b.monthlyTotal) ||
    compareIds(a.planId, b.planId)
  );
}

/**
 * Compares two quote amounts exactly by their text: they are non-negative,
 * have exactly two decimals and no leading zeros, so the longer is larger
 * and equal lengths compare digit by digit.
 */
export function compareAmounts(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return compareIds(a, b);
}

/** Plain string order (UTF-16 code units), so "p10" comes before "p9", in every locale. */
function compareIds(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
