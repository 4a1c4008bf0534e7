/**
 * Every limit and pattern of the tariff format and of usage
 * (tariff-format.md §2 and §3), in one place. The validator, the engine, the
 * element's controls, its attributes and the share codec all read them here,
 * so a limit changes in one line.
 *
 * Declarations, and the one way to hold a number inside a range, so that any
 * layer may import it.
 */

/** A closed range of numbers, `min` ≤ x ≤ `max`. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** `value` moved into `range` (a value inside it is returned unchanged). */
export function clamp(value: number, range: Range): number {
  return Math.min(range.max, Math.max(range.min, value));
}

/**
 * A number as a page or a link writes it: plain decimal notation, an optional
 * minus sign (for a range to clamp), no exponent, hex, grouping or unit.
 */
export const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Ids of regions, carriers, add-ons, grades and plans. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,47}$/;

/** Minutes per month the engine accepts (the slider's end is the file's `defaults.maxMinutesPerMonth`). */
export const MINUTES_PER_MONTH: Range = { min: 0, max: 10_000_000 };

/** The end of the minutes slider, `defaults.maxMinutesPerMonth`. */
export const SLIDER_MAX_MINUTES: Range = { min: 1, max: MINUTES_PER_MONTH.max };

/** `peakSharePercent`. */
export const PEAK_SHARE_PERCENT: Range = { min: 0, max: 100 };

/** `averageCallSeconds`, when set. */
export const CALL_SECONDS: Range = { min: 1, max: 3600 };

/** A plan's `termMonths`. */
export const TERM_MONTHS: Range = { min: 1, max: 120 };

/** A plan's `billingIncrementSeconds`. */
export const BILLING_INCREMENT_SECONDS: Range = { min: 1, max: 3600 };

/** `peakHoursPerMonth`: at most the hours of a 31-day month. */
export const PEAK_HOURS_PER_MONTH: Range = { min: 1, max: 744 };

/** Minutes of a `minutes` package over its whole term. */
export const PACKAGE_MINUTES: Range = { min: 0, max: 1_000_000_000 };

/** A plan's `lines.included`. */
export const INCLUDED_LINES: Range = { min: 1, max: 1_000_000 };

/** ISO weekdays of a peak window: 1 = Monday … 7 = Sunday. */
export const WEEKDAY: Range = { min: 1, max: 7 };

/** A tax rate. */
export const TAX_RATE: Range = { min: 0, max: 1 };

/** Decimal places of money in a tariff file, and of floors (`minimumMonthlySpend`). */
export const MONEY_PLACES = 4;
export const FLOOR_PLACES = 2;

/** Integer digits of money in a tariff file: every amount is below 10,000,000,000 (v1.1). */
export const MONEY_INTEGER_DIGITS = 10;

/** Decimal places of multipliers and of a region's `defaultShare`. */
export const FACTOR_PLACES = 4;

/** `peakMultiplier`, `offPeakMultiplier` and each of `regionMultipliers` (v1.1). */
export const MULTIPLIER: Range = { min: 0, max: 1000 };

/** A region's `defaultShare` (v1.1). */
export const DEFAULT_SHARE: Range = { min: 0, max: 1_000_000 };

/**
 * The most items each list of a tariff file may hold (v1.1; `callerPrefixes`
 * per region). With the bounds above, no valid file can make any computation slow.
 */
export const MAX_ITEMS = {
  plans: 200,
  regions: 50,
  addOns: 50,
  numberGrades: 20,
  carriers: 20,
  peakWindows: 20,
  callerPrefixes: 50,
} as const;

/** Tariff documents above this size (UTF-8 bytes of their JSON text) are refused unread. */
export const MAX_DOCUMENT_BYTES = 1 << 20;

/** Values nested deeper than this are refused unread. */
export const MAX_DOCUMENT_DEPTH = 32;

/**
 * Peak traffic the capacity estimate accepts, in Erlangs: the most a usage can
 * offer (10,000,000 minutes, all at peak, in a month of 1 peak hour: about
 * 166,667 E). It bounds `linesNeeded`, whose search is linear in the traffic.
 */
export const MAX_ERLANGS = MINUTES_PER_MONTH.max / (PEAK_HOURS_PER_MONTH.min * 60);

/**
 * Lines `erlangB` accepts: its recursion takes one step per line, and 10,000
 * lines already carry about 10,000 E at 1 % blocking, far more than any 400
 * number needs.
 */
export const MAX_LINES = 10_000;
