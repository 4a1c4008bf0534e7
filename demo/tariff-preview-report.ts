/**
 * What the tariff preview shows for a file, as plain data: every validation
 * problem with where it is in the text, or the monthly totals of each plan at
 * a few volumes. No DOM here.
 */
import { estimate } from '../src/engine/estimate.js';
import type { TariffIssue, TariffSet } from '../src/engine/types.js';
import { validateTariffsText } from '../src/tariffs/validate.js';
import { issueLocator } from '../src/tariffs/issue-location.js';
import type { JsonLocation } from '../src/tariffs/json-locate.js';

/** The volumes of the totals table, in minutes per month. */
export const PREVIEW_VOLUMES = [300, 3_000, 30_000] as const;

export interface LocatedIssue extends TariffIssue {
  /** Where the problem is in the text, as tariffs:check reports it (see src/tariffs/issue-location.ts). */
  readonly location: JsonLocation;
}

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
    const locate = issueLocator(text);
    const issues = result.issues.map((issue) => ({ ...issue, location: locate(issue) }));
    return { ok: false, issues: issues.sort(byLocation) };
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

/** In reading order, as an editor shows them. */
function byLocation(a: LocatedIssue, b: LocatedIssue): number {
  return a.location.line - b.location.line || a.location.column - b.location.column;
}
