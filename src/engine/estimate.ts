/**
 * The engine's entry point: a TariffSet and the visitor's usage in, a ranked,
 * itemized Quote out (tariff-format.md §3–§5).
 */
import { formatFixed } from './exact.js';
import { billMonth, billTerm, type QuoteContext } from './plan-bill.js';
import { quotePlan } from './plan-quote.js';
import { prepareTariffs, type PreparedPlan, type PreparedTariffs } from './prepare.js';
import { rankPlans, type Rankable } from './ranking.js';
import type { Quote, TariffSet, Usage } from './types.js';
import { usageMonth, usageMonths } from './usage-month.js';

export { UsageError } from './usage.js';

/** Options of {@link estimate}. */
export interface EstimateOptions {
  /**
   * Quote only these plans (the UI's filters). Ids the file does not have are
   * ignored, so a filter kept across a tariff change never fails.
   */
  readonly planIds?: readonly string[];
}

/**
 * Estimates every plan's monthly cost for the visitor's usage.
 *
 * Amounts in the quote are decimal strings with exactly two decimals
 * (`"125.00"`), the effective rate has four. Plans come ranked: available
 * plans by `averageMonthly`, then `monthlyTotal`, then id; unavailable plans
 * (a chosen add-on not offered) last, ranked the same way.
 *
 * @param tariffs a validated tariff set (see `parseTariffs`); its decimal
 *   strings are converted once and cached for later calls with the same object
 * @param usage what the visitor set; missing fields take the file's defaults
 * @throws UsageError when the usage is out of range or names unknown ids
 */
export function estimate(tariffs: TariffSet, usage: Usage, options: EstimateOptions = {}): Quote {
  const month = usageMonth(tariffs, usage);
  const context = month.context;
  const ranked = rankPlans(chosenPlans(context.prepared, options.planIds).map((plan) => quotePlan(plan, context)));
  return {
    currency: tariffs.currency,
    effectiveDate: tariffs.effectiveDate,
    usage: month.resolved,
    plans: ranked,
    cheapestPlanId: ranked.find((plan) => plan.available)?.planId ?? null,
    peakErlangs: month.erlangs,
    linesNeeded: context.linesNeeded,
  };
}

/**
 * The quote `estimate` gives for the same tariffs and usage with only the
 * plans of `planIds` (all without): each plan is quoted on its own, so the
 * others keep their figures and their order.
 */
export function narrowQuote(quote: Quote, planIds: readonly string[] | undefined): Quote {
  if (!planIds) return quote;
  const wanted = new Set(planIds);
  const plans = quote.plans.filter((plan) => wanted.has(plan.planId));
  return { ...quote, plans, cheapestPlanId: plans.find((plan) => plan.available)?.planId ?? null };
}

/** A plan's ranking figures, as its quote has them. */
export type PlanFigures = Rankable;

/** The plans of an estimate by their ranking figures only. */
export interface RankedFigures {
  /** Ranked as the quote's plans. */
  readonly plans: readonly PlanFigures[];
  readonly cheapestPlanId: string | null;
}

/**
 * Only what ranks the plans of {@link estimate} (averageMonthly, monthlyTotal,
 * availability), for searches over thousands of minute counts: the same bill,
 * without lines and the other figures of a quote, and the usage resolved
 * once. `at(minutes, planIds)` ranks the plans (or those of `planIds`) at a
 * minute count from 0 to 10,000,000 (not checked again); `usage.minutesPerMonth`
 * is ignored.
 *
 * @throws UsageError as `estimate` does
 */
export function figuresByMinutes(
  tariffs: TariffSet,
  usage: Usage,
): { at(minutes: number, planIds?: readonly string[]): RankedFigures } {
  const months = usageMonths(tariffs, usage);
  const prepared = prepareTariffs(tariffs);
  return {
    at(minutes, planIds) {
      const context = months.at(minutes).context;
      const ranked = rankPlans(chosenPlans(prepared, planIds).map((plan) => planFigures(plan, context)));
      return { plans: ranked, cheapestPlanId: ranked.find((plan) => plan.available)?.planId ?? null };
    },
  };
}

/** A plan's ranking figures for a month's calls: its bill without lines. */
export function planFigures(plan: PreparedPlan, context: QuoteContext): PlanFigures {
  const bill = billMonth(plan, context);
  return {
    planId: plan.id,
    available: bill.selection.unavailableReason === null,
    averageMonthly: formatFixed(billTerm(bill, context.prepared).averageMonthly, 2),
    monthlyTotal: formatFixed(bill.typical.total, 2),
  };
}

/** The file's plans, or those of them named in `planIds`, in the file's order. */
export function chosenPlans(prepared: PreparedTariffs, planIds: readonly string[] | undefined): readonly PreparedPlan[] {
  if (!planIds) return prepared.plans;
  const wanted = new Set(planIds);
  return prepared.plans.filter((plan) => wanted.has(plan.id));
}
