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
import { elementRegistrar } from './components/define-once.js';

export { HotlineCalculator } from './components/hotline-calculator/hotline-calculator.js';
export { HotlinePlanCard } from './components/plan-card/plan-card.js';
export { HotlineBreakEvenChart } from './components/break-even-chart/break-even-chart.js';
export { HotlinePrintQuote } from './components/print-quote/print-quote.js';
export type {
  HotlineCalculatorEventMap,
  HotlineCallLogDetail,
  HotlineCallLogQuote,
  HotlineUsageQuote,
  HotlinePlanSelectDetail,
  HotlinePlanSelectEvent,
  HotlineQuoteChangeDetail,
  HotlineQuoteChangeEvent,
  HotlineTariffsErrorDetail,
  HotlineTariffsErrorEvent,
} from './components/hotline-calculator/events.js';
export type { Locale } from './i18n/strings.js';
export type { CallRecord } from './call-log/index.js';
export * from './engine-api.js';
export type { DefineOnce } from './components/define-once.js';

/**
 * Defines `name` unless something already did; warns once per copy of the
 * script (not once per element) when it had to skip. Never throws.
 */
export const defineOnce = elementRegistrar();

defineOnce('hotline-plan-card', HotlinePlanCard);
defineOnce('hotline-break-even-chart', HotlineBreakEvenChart);
defineOnce('hotline-print-quote', HotlinePrintQuote);
defineOnce('hotline-calculator', HotlineCalculator);
