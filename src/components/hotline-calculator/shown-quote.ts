/**
 * The quote on screen: the profile quote of the visitor's call log while one
 * is in use, else the estimate for the sliders' usage. Both rank their plans
 * and name the cheapest; each plan has one headline figure.
 */
import type { PlanQuote, ProfilePlanQuote, ProfileQuote, Quote } from '../../engine/index.js';
import type { ReadyState } from '../../state/calculator-state.js';

export type ShownQuote = Quote | ProfileQuote;
export type ShownPlan = PlanQuote | ProfilePlanQuote;

export function shownQuote(state: ReadyState): ShownQuote | null {
  return state.profileQuote ?? state.quote;
}

/** The figure plans are ranked by: the monthly average over the term, or over the log's months. */
export function headline(plan: ShownPlan): string {
  return 'profileAverageMonthly' in plan ? plan.profileAverageMonthly : plan.averageMonthly;
}

export function cheapestPlan(quote: ShownQuote | null): ShownPlan | null {
  const plans: readonly ShownPlan[] = quote?.plans ?? [];
  return plans.find((p) => p.planId === quote?.cheapestPlanId) ?? null;
}
