/**
 * A visitor's usage (tariff-format.md §3) as the month a quote prices: the
 * usage resolved, its billed minutes per billing increment, its rate factors,
 * and the lines needed at peak by Erlang B (§5).
 */
import { billedMinutes } from './billing.js';
import { linesNeeded, peakErlangs } from './capacity.js';
import { ONE, formatFixed, roundQuotient, type Quotient } from './exact.js';
import type { QuoteContext } from './plan-bill.js';
import { prepareTariffs } from './prepare.js';
import { rateFactors } from './rate-factors.js';
import { selectionParts } from './selection.js';
import type { ResolvedUsage, TariffSet, Usage } from './types.js';
import { resolveUsage, toExactUsage } from './usage.js';

/** A usage's month: what the quote context was made from, and the context. */
export interface UsageMonth {
  /** The usage with every default applied. */
  readonly resolved: ResolvedUsage;
  /** Peak traffic in Erlangs (§5). */
  readonly erlangs: number;
  readonly context: QuoteContext;
}

/**
 * The quote context of `usage`.
 *
 * @throws UsageError when the usage is out of range or names unknown ids
 */
export function usageMonth(tariffs: TariffSet, usage: Usage): UsageMonth {
  const prepared = prepareTariffs(tariffs);
  const exactUsage = toExactUsage(prepared, resolveUsage(tariffs, usage));
  const resolved = exactUsage.resolved;
  const erlangs = peakErlangs(resolved.minutesPerMonth, resolved.peakSharePercent, prepared.peakHoursPerMonth);
  const billedByIncrement = new Map<number, { exact: Quotient; shown: string }>();
  return {
    resolved,
    erlangs,
    context: {
      prepared,
      minutes: { n: exactUsage.minutes, d: ONE },
      linesNeeded: linesNeeded(erlangs),
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
    },
  };
}
