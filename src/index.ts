/**
 * The package entry: registers `<hotline-calculator>` (and the card, chart
 * and print-quote elements it uses) and re-exports the public API and types.
 *
 * Registration is guarded: a page that loads the script twice, or two builds
 * of it, gets one console warning and keeps the first definition.
 */
import { HotlineCalculator } from './components/hotline-calculator/hotline-calculator.js';
import { HotlinePlanCard } from './components/plan-card/plan-card.js';
import { HotlineBreakEvenChart } from './components/break-even-chart/break-even-chart.js';
import { HotlinePrintQuote } from './components/print-quote/print-quote.js';

export { HotlineCalculator } from './components/hotline-calculator/hotline-calculator.js';
export { HotlinePlanCard } from './components/plan-card/plan-card.js';
export type {
  HotlineCalculatorEventMap,
  HotlinePlanSelectDetail,
  HotlinePlanSelectEvent,
  HotlineQuoteChangeDetail,
  HotlineQuoteChangeEvent,
  HotlineTariffsErrorDetail,
  HotlineTariffsErrorEvent,
} from './components/hotline-calculator/events.js';
export type { Locale } from './i18n/strings.js';
export * from './engine/index.js';

let warned = false;

/**
 * Defines `name` unless something already did; warns once per page (not once
 * per element) when it had to skip. Never throws.
 */
export function defineOnce(name: string, constructor: CustomElementConstructor): boolean {
  try {
    if (customElements.get(name)) {
      if (!warned) {
        warned = true;
        console.warn(`<${name}> is already defined (the script was probably loaded twice); keeping the first definition.`);
      }
      return false;
    }
    // Through a variable, so that the manifest analyzer does not take this
    // generic call for the definition of an element named `name`.
    const registry: CustomElementRegistry = customElements;
    registry.define(name, constructor);
    return true;
  } catch (error) {
    console.warn(`<${name}> could not be defined:`, error);
    return false;
  }
}

defineOnce('hotline-plan-card', HotlinePlanCard);
defineOnce('hotline-break-even-chart', HotlineBreakEvenChart);
defineOnce('hotline-print-quote', HotlinePrintQuote);
defineOnce('hotline-calculator', HotlineCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'hotline-plan-card': HotlinePlanCard;
  }
  interface HTMLElementEventMap {
    'hotline-quote-change': import('./components/hotline-calculator/events.js').HotlineQuoteChangeEvent;
    'hotline-plan-select': import('./components/hotline-calculator/events.js').HotlinePlanSelectEvent;
    'hotline-tariffs-error': import('./components/hotline-calculator/events.js').HotlineTariffsErrorEvent;
  }
}
