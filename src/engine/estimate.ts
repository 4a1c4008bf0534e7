/**
 * The engine's entry point: a TariffSet and the visitor's usage in, a ranked,
 * itemized Quote out (tariff-format.md §3–§5).
 */
import { billedMinutes } from './billing.js';
import { linesNeeded, peakErlangs } from './capacity.js';
import { ONE, formatFixed, roundQuotient, type Quotient } from './exact.js';
import { quotePlan, type QuoteContext } from './plan-quote.js';
import { prepareTariffs } from './prepare.js';
import { rankPlans } from './ranking.js';
import { rateFactors } from './rate-factors.js';
import { selectionParts } from './selection.js';
import type { Quote, TariffSet, Usage } from './types.js';
import { resolveUsage, toExactUsage } from './usage.js';

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
  const prepared = prepareTariffs(tariffs);
  const exactUsage = toExactUsage(prepared, resolveUsage(tariffs, usage));
  const resolved = exactUsage.resolved;
  const erlangs = peakErlangs(resolved.minutesPerMonth, resolved.peakSharePercent, prepared.peakHoursPerMonth);
  const lines = linesNeeded(erlangs);

  const billedByIncrement = new Map<number, { exact: Quotient; shown: string }>();
  const context: QuoteContext = {
    prepared,
    minutes: { n: exactUsage.minutes, d: ONE },
    linesNeeded: lines,
    selection: selectionParts(prepared, resolved.addOns, resolved.numberGrade).get,
    factor: rateFactors(prepared, exactUsage).get,
    billed(incrementSeconds) {
      let billed = billedByIncrement.get(incrementSeconds);
      if (!billed) {
        const exact = billedMinutes(exactUsage.minutes, exactUsage.callSeconds, incrementSeconds);
        billed = { exact, shown: formatFixed(roundQuotient(exact.n, exact.d, 2, prepared.rounding), 2) };
        billedByIncrement.set(incrementSeconds, billed);
      }
      return billed;
    },
  };

  const wanted = options.planIds ? new Set(options.planIds) : null;
  const plans = wanted ? prepared.plans.filter((plan) => wanted.has(plan.id)) : prepared.plans;
  const ranked = rankPlans(plans.map((plan) => quotePlan(plan, context)));

  return {
    currency: tariffs.currency,
    effectiveDate: tariffs.effectiveDate,
    usage: resolved,
    plans: ranked,
    cheapestPlanId: ranked.find((plan) => plan.available)?.planId ?? null,
    peakErlangs: erlangs,
    linesNeeded: lines,
  };
}
