/**
 * The element's public events. All bubble and cross the shadow boundary
 * (`composed`), so a page can listen on the element or on `document`.
 */
import type { Quote, ResolvedUsage, TariffIssue } from '../../engine/types.js';

/** Detail of `hotline-quote-change`. */
export interface HotlineQuoteChangeDetail {
  /** The usage the quote was computed for. */
  readonly usage: ResolvedUsage;
  readonly quote: Quote;
}

/** Detail of `hotline-plan-select`. */
export interface HotlinePlanSelectDetail {
  /** The chosen plan's id from the tariff file. */
  readonly planId: string;
  readonly usage: ResolvedUsage;
  readonly quote: Quote;
}

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
