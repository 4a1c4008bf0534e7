/**
 * Arithmetic on the quote's own amounts (decimal strings with two decimals),
 * for figures the interface shows beside them, such as how much more one plan
 * costs than another. Exact, like every amount of the engine.
 */
import { dec, formatFixed } from './exact.js';
import type { DecimalString } from './types.js';

/** `a − b` for two quote amounts, with two decimals ("350.00" − "300.50" → "49.50"); may be negative. */
export function amountDifference(a: DecimalString, b: DecimalString): DecimalString {
  return formatFixed(dec(a).minus(dec(b)), 2);
}
