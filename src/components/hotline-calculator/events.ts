/**
 * The element's public events. All bubble and cross the shadow boundary
 * (`composed`), so a page can listen on the element or on `document`.
 *
 * While the visitor's call log is in use (tariff-format.md §7), the quote in
 * `hotline-quote-change` and `hotline-plan-select` is the log's profile quote
 * and `source` is `'call-log'`. A call log's details carry month summaries and
 * counts only: never a phone number, a call's time or any row of the file.
 */
import type { MonthSummary, ProfileQuote } from '../../engine/index.js';
import type { Quote, ResolvedUsage, TariffIssue } from '../../engine/types.js';

/** The call log behind a profile quote: summaries and counts, no phone number. */
export interface HotlineCallLogDetail {
  /** The months the quote counts, in order (band, region and length classes, peak concurrency). */
  readonly months: readonly MonthSummary[];
  /** Months of the log the visitor left out (`"2026-03"`). */
  readonly excludedMonths: readonly string[];
  /** Calls read from the log. */
  readonly records: number;
  /** Rows of the file that could not be read (counted, never billed). */
  readonly unreadable: number;
}

/** A quote for the sliders' usage. */
export interface HotlineUsageQuote {
  readonly source: 'usage';
  /** The usage the quote was computed for. */
  readonly usage: ResolvedUsage;
  readonly quote: Quote;
}

/** A quote for the visitor's call log, month by month. */
export interface HotlineCallLogQuote {
  readonly source: 'call-log';
  /** The sliders' usage; only its add-ons and number grade apply to the profile. */
  readonly usage: ResolvedUsage;
  /** Plans ranked by their average over the log's months (`profileAverageMonthly`). */
  readonly quote: ProfileQuote;
  readonly callLog: HotlineCallLogDetail;
}

/** Detail of `hotline-quote-change`: `source` says whether the quote is for the sliders or for a call log. */
export type HotlineQuoteChangeDetail = HotlineUsageQuote | HotlineCallLogQuote;

/** Detail of `hotline-plan-select`: the chosen plan's id with the quote it was chosen from. */
export type HotlinePlanSelectDetail = HotlineQuoteChangeDetail & {
  /** The chosen plan's id from the tariff file. */
  readonly planId: string;
};

/** Detail of `hotline-tariffs-error`. */
export interface HotlineTariffsErrorDetail {
  /** What went wrong, each with a JSON path (empty for the document or the request). */
  readonly issues: readonly TariffIssue[];
}

/** Fired after each recompute, at most once per animation frame. */
export type HotlineQuoteChangeEvent = CustomEvent<HotlineQuoteChangeDetail>;
/** Fired when a visitor chooses a plan (its button, or its apply link). */
export type HotlinePlanSelectEvent = CustomEvent<HotlinePlanSelectDetail>;
/** Fired when the tariffs could not be loaded or are invalid. */
export type HotlineTariffsErrorEvent = CustomEvent<HotlineTariffsErrorDetail>;

/** Event names mapped to their types, for `addEventListener` typing. */
export interface HotlineCalculatorEventMap {
  'hotline-quote-change': HotlineQuoteChangeEvent;
  'hotline-plan-select': HotlinePlanSelectEvent;
  'hotline-tariffs-error': HotlineTariffsErrorEvent;
}

declare global {
  interface HTMLElementEventMap extends HotlineCalculatorEventMap {}
}

/** A bubbling, composed event of the element's public map. */
export function hotlineEvent<K extends keyof HotlineCalculatorEventMap>(
  type: K,
  detail: HotlineCalculatorEventMap[K]['detail'],
): HotlineCalculatorEventMap[K] {
  return new CustomEvent(type, { detail, bubbles: true, composed: true }) as HotlineCalculatorEventMap[K];
}
