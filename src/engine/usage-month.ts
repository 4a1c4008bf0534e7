/**
 * A visitor's usage (tariff-format.md §3) as the month a quote prices: the
 * usage resolved, its billed minutes per billing increment, its rate factors,
 * and the lines needed at peak by Erlang B (§5).
 */
import { billedMinutes } from './billing.js';
import { linesNeeded, peakErlangs } from './capacity.js';
import { ONE, dec, formatFixed, roundQuotient, type Quotient } from './exact.js';
import type { QuoteContext } from './plan-bill.js';
import { prepareTariffs, type PreparedTariffs } from './prepare.js';
import { rateFactors } from './rate-factors.js';
import { selectionParts } from './selection.js';
import type { ResolvedUsage, TariffSet, Usage } from './types.js';
import { resolveUsage, toExactUsage, type ExactUsage } from './usage.js';

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
  return exactUsageMonth(prepared, toExactUsage(prepared, resolveUsage(tariffs, usage)));
}

/**
 * The months of one usage at any minute counts, resolved and checked once:
 * `at(minutes)` is `usageMonth` of the usage with those minutes (from 0 to
 * 10,000,000, not checked again), for searches that ask thousands of them.
 *
 * @throws UsageError when the usage is out of range or names unknown ids
 */
export function usageMonths(tariffs: TariffSet, usage: Usage): { at(minutes: number): UsageMonth } {
  const prepared = prepareTariffs(tariffs);
  const exactUsage = toExactUsage(prepared, resolveUsage(tariffs, { ...usage, minutesPerMonth: 0 }));
  return {
    at(minutes) {
      const resolved = { ...exactUsage.resolved, minutesPerMonth: minutes };
      return exactUsageMonth(prepared, { ...exactUsage, resolved, minutes: dec(minutes) });
    },
  };
}

function exactUsageMonth(prepared: PreparedTariffs, exactUsage: ExactUsage): UsageMonth {
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
