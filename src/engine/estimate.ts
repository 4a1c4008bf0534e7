/**
 * The engine's entry point: a TariffSet and the visitor's usage in, a ranked,
 * itemized Quote out (tariff-format.md §3–§5).
 */
import { formatFixed } from './exact.js';
import { billMonth, billTerm } from './plan-bill.js';
import { quotePlan } from './plan-quote.js';
import type { PreparedPlan, PreparedTariffs } from './prepare.js';
import { rankPlans, type Rankable } from './ranking.js';
import type { Quote, TariffSet, Usage } from './types.js';
import { usageMonth } from './usage-month.js';

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

/** A plan's ranking figures, as its quote has them. */
export type PlanFigures = Rankable;

/**
 * Only what ranks the plans of {@link estimate} (averageMonthly, monthlyTotal,
 * availability), for searches over thousands of minute counts: the same bill,
 * without lines and the other figures of a quote.
 */
export function estimateFigures(
  tariffs: TariffSet,
  usage: Usage,
  options: EstimateOptions = {},
): { readonly plans: readonly PlanFigures[]; readonly cheapestPlanId: string | null } {
  const context = usageMonth(tariffs, usage).context;
  const figures = chosenPlans(context.prepared, options.planIds).map((plan): PlanFigures => {
    const bill = billMonth(plan, context);
    return {
      planId: plan.id,
      available: bill.selection.unavailableReason === null,
      averageMonthly: formatFixed(billTerm(bill, context.prepared).averageMonthly, 2),
      monthlyTotal: formatFixed(bill.typical.total, 2),
    };
  });
  const ranked = rankPlans(figures);
  return { plans: ranked, cheapestPlanId: ranked.find((plan) => plan.available)?.planId ?? null };
}

/** The file's plans, or those of them named in `planIds`, in the file's order. */
export function chosenPlans(prepared: PreparedTariffs, planIds: readonly string[] | undefined): readonly PreparedPlan[] {
  if (!planIds) return prepared.plans;
  const wanted = new Set(planIds);
  return prepared.plans.filter((plan) => wanted.has(plan.id));
}
