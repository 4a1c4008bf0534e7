/**
 * What an edit of a tariff file changes for visitors: every plan's average
 * monthly cost (`averageMonthly`, the figure plans are ranked by) at a few
 * volumes in the file now live and in the edited file, the difference, the
 * plans added and removed, and the cheapest plan at each volume before and
 * after. Plain data, exact decimal strings; the tariffs:check CLI and the
 * tariff preview page render it.
 */
import { amountDifference } from './amounts.js';
import { estimate } from './estimate.js';
import type { DecimalString, LocalizedText, Quote, TariffSet } from './types.js';

/** The volumes compared by default, in minutes per month (those of the totals tables). */
export const COMPARED_MINUTES = [300, 3_000, 30_000] as const;

/** Whether a plan is in both files, only the edited one, or only the one now live. */
export type PlanPresence = 'kept' | 'added' | 'removed';

/** One plan at one volume. */
export interface ComparedAmount {
  readonly minutesPerMonth: number;
  /** averageMonthly in the file now live; null when the plan is not in it. */
  readonly before: DecimalString | null;
  /** averageMonthly in the edited file; null when the plan is not in it. */
  readonly after: DecimalString | null;
  /** after − before with two decimals ("12.50", "-3.00", "0.00"); null unless the plan is in both. */
  readonly difference: DecimalString | null;
}

export interface ComparedPlan {
  readonly planId: string;
  /** The plan's name in the edited file, or in the file now live for a removed plan. */
  readonly name: LocalizedText;
  readonly presence: PlanPresence;
  /** One entry per compared volume, in the order of the volumes. */
  readonly amounts: readonly ComparedAmount[];
}

/** The cheapest plan at one volume, as the calculator ranks them. */
export interface CheapestChange {
  readonly minutesPerMonth: number;
  readonly before: string | null;
  readonly after: string | null;
}

export interface TariffComparison {
  readonly currency: string;
  readonly minutes: readonly number[];
  /** The edited file's plans in its order, then the removed plans in the order of the file now live. */
  readonly plans: readonly ComparedPlan[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly cheapest: readonly CheapestChange[];
}

/**
 * Compares the file now live (`before`) with an edited one (`after`) at each
 * of `minutes`, at the files' default usage otherwise.
 *
 * @throws UsageError when a volume is outside the engine's range (MINUTES_PER_MONTH in limits.ts)
 */
export function compareTariffs(
  before: TariffSet,
  after: TariffSet,
  minutes: readonly number[] = COMPARED_MINUTES,
): TariffComparison {
  const beforeQuotes = minutes.map((minutesPerMonth) => estimate(before, { minutesPerMonth }));
  const afterQuotes = minutes.map((minutesPerMonth) => estimate(after, { minutesPerMonth }));
  const beforeIds = new Set(before.plans.map((plan) => plan.id));
  const afterIds = new Set(after.plans.map((plan) => plan.id));
  const added = after.plans.filter((plan) => !beforeIds.has(plan.id)).map((plan) => plan.id);
  const removed = before.plans.filter((plan) => !afterIds.has(plan.id)).map((plan) => plan.id);

  const compared = (planId: string, name: LocalizedText, presence: PlanPresence): ComparedPlan => ({
    planId,
    name,
    presence,
    amounts: minutes.map((minutesPerMonth, i) => {
      const was = averageOf(beforeQuotes[i], planId);
      const is = averageOf(afterQuotes[i], planId);
      return {
        minutesPerMonth,
        before: was,
        after: is,
        difference: was !== null && is !== null ? amountDifference(is, was) : null,
      };
    }),
  });

  return {
    currency: after.currency,
    minutes: [...minutes],
    plans: [
      ...after.plans.map((plan) => compared(plan.id, plan.name, beforeIds.has(plan.id) ? 'kept' : 'added')),
      ...before.plans.filter((plan) => !afterIds.has(plan.id)).map((plan) => compared(plan.id, plan.name, 'removed')),
    ],
    added,
    removed,
    cheapest: minutes.map((minutesPerMonth, i) => ({
      minutesPerMonth,
      before: beforeQuotes[i].cheapestPlanId,
      after: afterQuotes[i].cheapestPlanId,
    })),
  };
}

/** The plan's ranking figure in a quote at default usage; null when the file has no such plan or it is unavailable. */
function averageOf(quote: Quote, planId: string): DecimalString | null {
  const plan = quote.plans.find((p) => p.planId === planId);
  return plan?.available ? plan.averageMonthly : null;
}
