/**
 * What the tariff preview shows for a file, as plain data: every validation
 * problem with where it is in the text, or the monthly totals of each plan at
 * a few volumes. No DOM here.
 */
import { estimate } from '../src/engine/estimate.js';
import type { TariffSet } from '../src/engine/types.js';
import { validateTariffsText } from '../src/tariffs/validate.js';
import { explainIssues, type ExplainedIssue } from '../src/tariffs/explain.js';

/** The volumes of the totals table, in minutes per month. */
export const PREVIEW_VOLUMES = [300, 3_000, 30_000] as const;

/**
 * A problem as tariffs:check shows it (src/tariffs/explain.ts): where it is,
 * its path naming the plan, a message that says how to fix it.
 */
export type LocatedIssue = ExplainedIssue;

export interface PlanTotals {
  readonly planId: string;
  /** One monthly total per volume of PREVIEW_VOLUMES, or null when the plan is unavailable. */
  readonly monthlyTotals: readonly (string | null)[];
}

export type PreviewReport =
  | { readonly ok: false; readonly issues: readonly LocatedIssue[] }
  | {
      readonly ok: true;
      readonly tariffs: TariffSet;
      readonly document: unknown;
      readonly totals: readonly PlanTotals[];
      /** The cheapest plan at each volume (by average monthly cost, one-time fees included, as the widget ranks). */
      readonly cheapest: readonly (string | null)[];
    };

/** Validates a tariff file's text and says what the preview should show. */
export function previewReport(text: string): PreviewReport {
  const result = validateTariffsText(text);
  if (!result.ok) {
    return { ok: false, issues: explainIssues(text, result.issues) };
  }
  const quotes = PREVIEW_VOLUMES.map((minutesPerMonth) => estimate(result.tariffs, { minutesPerMonth }));
  return {
    ok: true,
    tariffs: result.tariffs,
    document: JSON.parse(text),
    totals: result.tariffs.plans.map((plan) => ({
      planId: plan.id,
      monthlyTotals: quotes.map((quote) => {
        const planQuote = quote.plans.find((p) => p.planId === plan.id);
        return planQuote?.available ? planQuote.monthlyTotal : null;
      }),
    })),
    cheapest: quotes.map((quote) => quote.cheapestPlanId),
  };
}
