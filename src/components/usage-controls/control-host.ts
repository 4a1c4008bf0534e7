/**
 * What a usage control needs from the element that hosts it. Controls are
 * small classes (not elements) rendered into the host's shadow root: they
 * keep stable event handlers, read the calculator's state at render time and
 * change it through the state's own methods; they never compute prices.
 */
import type { Locale, Strings } from '../../i18n/strings.js';
import type { ReadyState } from '../../state/calculator-state.js';

export interface ControlHost {
  /** The calculator's state; every change re-renders the element. */
  readonly state: ReadyState;
  readonly locale: Locale;
  readonly strings: Strings;
}

/** Reads an input's value as a finite number, or null (an empty or half-typed field). */
export function inputNumber(event: Event): number | null {
  const input = event.target as HTMLInputElement;
  if (input.value.trim() === '') return null;
  const value = Number(input.value);
  return Number.isFinite(value) ? value : null;
}
