/**
 * Exact decimal arithmetic for the engine.
 *
 * Every value the engine handles is a finite decimal (tariff strings, the
 * visitor's JS numbers) or a quotient of two of them. Sums and products of
 * finite decimals are finite decimals, so they are exact as long as decimal.js
 * never rounds them to its precision. The private clone below therefore uses
 * decimal.js's maximum precision: additions, subtractions and multiplications
 * are computed in full (their cost depends on the digits actually present, not
 * on the precision setting), and the engine never calls `div`, whose cost does
 * depend on it. Quotients are kept as numerator/denominator pairs and only
 * rounded at the end, by integer division with an exact remainder, so that a
 * value of exactly x.xx5 is recognized as a tie.
 */
import Decimal from 'decimal.js';
import type { RoundingMode } from './types.js';

/** decimal.js with a precision no value of the engine can reach: nothing is rounded implicitly. */
export const Dec = Decimal.clone({ precision: 1e9, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });
export type Dec = Decimal;

/** An exact non-negative rational number n / d (d > 0), not necessarily in lowest terms. */
export interface Quotient {
  readonly n: Dec;
  readonly d: Dec;
}

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const TWO = new Dec(2);
export const HUNDRED = new Dec(100);

const DOUBLE_SCALE: Record<number, Dec> = { 2: new Dec(200), 4: new Dec(20000) };
const UNSCALE: Record<number, Dec> = { 2: new Dec('0.01'), 4: new Dec('0.0001') };

const DECIMAL_MODE: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
};

/**
 * Converts a tariff amount or a visitor's number to an exact Decimal.
 * A JS number converts through its shortest round-trip string, so 0.1 is 0.1.
 * Negative zero becomes zero, so that no amount ever prints as "-0.00".
 */
export function dec(value: string | number): Dec {
  if (value === 0) return ZERO;
  return new Dec(value);
}

/** Rounds a finite decimal to `places` decimals with the file's rounding mode (exact). */
export function roundDecimal(value: Dec, places: 2 | 4, mode: RoundingMode): Dec {
  // Most amounts already fit; checking is far cheaper than rounding.
  if (value.decimalPlaces() <= places) return value;
  return value.toDecimalPlaces(places, DECIMAL_MODE[mode]);
}

/**
 * Rounds the exact quotient numerator/denominator (both ≥ 0, denominator > 0)
 * to `places` decimals with the file's rounding mode.
 *
 * With x = numerator × 10^places / denominator, one exact integer division
 * gives ⌊x + ½⌋ (x rounded half up); it leaves no remainder exactly when x
 * is a tie, and half-even then steps back to the even neighbour. No digit of
 * x is ever approximated, however many it would need.
 */
export function roundQuotient(
  numerator: Dec,
  denominator: Dec,
  places: 2 | 4,
  mode: RoundingMode,
  doubleDenominator?: Dec,
): Dec {
  if (denominator === ONE) return roundDecimal(numerator, places, mode);
  if (numerator.isZero()) return ZERO;
  const twiceDenominator = doubleDenominator ?? denominator.times(TWO);
  // units = ⌊(2·n·10^places + d) / 2d⌋ is n·10^places / d rounded half up;
  // a zero remainder of that division marks an exact tie.
  const shifted = numerator.times(DOUBLE_SCALE[places]!).plus(denominator);
  let units = shifted.divToInt(twiceDenominator);
  if (mode === 'half-even' && isOdd(units) && units.times(twiceDenominator).eq(shifted)) {
    units = units.minus(ONE);
  }
  return units.times(UNSCALE[places]!);
}

/** The smallest integer ≥ numerator / denominator (both ≥ 0, denominator > 0). */
export function ceilQuotient(numerator: Dec, denominator: Dec): Dec {
  const whole = numerator.divToInt(denominator);
  return whole.times(denominator).eq(numerator) ? whole : whole.plus(ONE);
}

/**
 * Whether a non-negative integer is odd, from its digits without printing
 * them: decimal.js keeps them in words of 7 (the documented `d` and `e`),
 * the first word holding e mod 7 + 1 of them and trailing zero words dropped,
 * so the units digit ends word ⌊e / 7⌋, if there is one.
 */
function isOdd(integer: Dec): boolean {
  const words = integer.d;
  const units = Math.floor(integer.e / 7);
  return units < words.length && (words[units]! & 1) === 1;
}

/**
 * Formats an amount already rounded to `places` decimals with exactly that
 * many decimals. (`toString` plus padding: several times faster than
 * `toFixed`, and never in exponent form since the clone's exponent limits are
 * at their maximum.)
 */
export function formatFixed(value: Dec, places: 2 | 4): string {
  const text = value.toString();
  const point = text.indexOf('.');
  if (point < 0) return text + (places === 2 ? '.00' : '.0000');
  const missing = places - (text.length - point - 1);
  if (missing === 0) return text;
  if (missing < 0) return value.toFixed(places); // not rounded beforehand: cannot happen
  return text + ZEROS[missing]!;
}

const ZEROS = ['', '0', '00', '000'];

/** a + b, skipping decimal.js for the many zero amounts of a quote. */
export function add(a: Dec, b: Dec): Dec {
  if (b.isZero()) return a;
  if (a.isZero()) return b;
  return a.plus(b);
}

/** Whether two quotients are the same number (cross-multiplied, so lowest terms are not needed). */
export function sameQuotient(a: Quotient, b: Quotient): boolean {
  return a.n.times(b.d).eq(b.n.times(a.d));
}

/** A decimal.js clone for approximations only: 20 significant digits are plenty for a double. */
const Approximate = Decimal.clone({ precision: 20, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });

/**
 * A quotient as a JS number close to it (within a few units in the last
 * place), for estimates that never decide a price. Divided as decimals first:
 * numerator and denominator may each lie beyond the range of a double (region
 * weights of 1e300, 10-digit prices times 1000× multipliers) when their
 * quotient does not.
 */
export function quotientToNumber(value: Quotient): number {
  return new Approximate(value.n).div(value.d).toNumber();
}

/** The larger of two Decimals (the first one on a tie). */
export function maxDec(a: Dec, b: Dec): Dec {
  return b.gt(a) ? b : a;
}
