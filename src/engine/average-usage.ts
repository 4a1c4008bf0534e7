/**
 * Where the sliders start after a call log (tariff-format.md §3 from §7): the
 * log's average month as a usage, so that a visitor going back from the log
 * to the sliders starts from their own calls, not from the file's defaults.
 */
import { MINUTES_PER_MONTH, CALL_SECONDS, clamp } from './limits.js';
import type { CallLogSummary, TariffSet, Usage } from './types.js';

/** Options of {@link averageUsage}. */
export interface AverageUsageOptions {
  /** Only these months (`"2026-03"`), e.g. without the partial ones; default every month of the log. */
  readonly months?: readonly string[];
}

/**
 * The average month of `summary`'s chosen months:
 * - `minutesPerMonth`: talk minutes / months, rounded to a whole minute (half up);
 * - `peakSharePercent`: the peak band's share of talk time, a whole percent (half up);
 * - `regionShares`: each region's talk seconds (weights, normalized by the engine);
 * - `averageCallSeconds`: talk seconds / answered calls, whole seconds (half up) within 1–3600, null without answered calls.
 *
 * Without talk time the peak share and region mix are left to the file's
 * defaults; with no month chosen the usage is empty (every default).
 */
export function averageUsage(tariffs: TariffSet, summary: CallLogSummary, options: AverageUsageOptions = {}): Usage {
  const wanted = options.months === undefined ? null : new Set(options.months);
  const months = summary.months.filter((month) => wanted === null || wanted.has(month.month));
  if (months.length === 0) return {};
  let talk = 0;
  let answered = 0;
  let peak = 0;
  const byRegion: Record<string, number> = {};
  for (const region of tariffs.regions) byRegion[region.id] = 0;
  for (const month of months) {
    answered += month.answeredCalls;
    for (const callClass of month.classes) {
      const seconds = callClass.seconds * callClass.count;
      talk += seconds;
      if (callClass.band === 'peak') peak += seconds;
      if (Object.hasOwn(byRegion, callClass.regionId)) byRegion[callClass.regionId]! += seconds;
    }
  }
  const minutes = clamp(roundedRatio(talk, 60 * months.length), MINUTES_PER_MONTH);
  const averageCallSeconds = answered === 0 ? null : clamp(roundedRatio(talk, answered), CALL_SECONDS);
  if (talk === 0) return { minutesPerMonth: minutes, averageCallSeconds };
  return { minutesPerMonth: minutes, peakSharePercent: roundedRatio(peak * 100, talk), regionShares: byRegion, averageCallSeconds };
}

/** a / b rounded half up to a whole number (a ≥ 0, b > 0 integers). */
function roundedRatio(a: number, b: number): number {
  // ⌊(2a + b) / 2b⌋ in integers: a floating-point quotient could round up to the next whole number.
  const x = 2 * a + b;
  const y = 2 * b;
  return (x - (x % y)) / y;
}
