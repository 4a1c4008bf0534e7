/**
 * What a usage control needs from the element that hosts it. Controls are
 * small classes (not elements) rendered into the host's shadow root: they
 * keep stable event handlers, read the host's state at render time and report
 * changes back; they never compute prices.
 */
import type { Quote, ResolvedUsage, TariffSet } from '../../engine/types.js';
import type { Locale, Strings } from '../../i18n/strings.js';

export interface ControlHost {
  readonly tariffs: TariffSet;
  readonly usage: ResolvedUsage;
  /** The current quote, or null while none can be computed. */
  readonly quote: Quote | null;
  readonly locale: Locale;
  readonly strings: Strings;
  /** Applies a change from a control; the host recomputes in its next update. */
  changeUsage(patch: Partial<ResolvedUsage>): void;
  /** Carriers the visitor may filter by (after the page's `carriers`/`plans` filters). */
  readonly carrierChoices: readonly string[];
  /** Carriers currently shown. */
  readonly shownCarriers: ReadonlySet<string>;
  setCarrierShown(carrierId: string, shown: boolean): void;
}

/** Reads an input's value as a finite number, or null (an empty or half-typed field). */
export function inputNumber(event: Event): number | null {
  const input = event.target as HTMLInputElement;
  if (input.value.trim() === '') return null;
  const value = Number(input.value);
  return Number.isFinite(value) ? value : null;
}
