/**
 * The tariff document compiled into the widget. A build replaces this module
 * with the document as the validator returns it (validate-bundled-tariffs.ts
 * checks it when the build starts) and the engine's quote of its default
 * usage, so that no page spends its first render checking what the build
 * already checked or pricing what the build already priced. Run from source
 * (tests, the dev server) it is the raw file, which the element validates on
 * first use.
 */
import type { Quote, TariffSet } from '../engine/types.js';
import document from './default.json';

export const bundled: {
  /** The raw document, to validate; null in a build. */
  readonly document: unknown;
  /** The validated tariffs, in a build; null from source. */
  readonly validated: TariffSet | null;
  /** `estimate(validated, {})`, in a build; null from source. */
  readonly defaultQuote: Quote | null;
} = { document, validated: null, defaultQuote: null };
