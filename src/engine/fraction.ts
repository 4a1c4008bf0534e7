/**
 * Exact rational numbers on BigInt, for the few exact facts the switch-point
 * search needs about a plan's call charge (its slope and offset in cents).
 * Decimals from tariff strings and from JS numbers (through their shortest
 * round-trip string, as the engine reads them) convert without loss.
 */
import type { RoundingMode } from './types.js';

/** n / d in lowest terms, d > 0. */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO_FRACTION: Fraction = { n: 0n, d: 1n };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** A decimal string or a finite JS number, exactly. */
export function fraction(value: string | number): Fraction {
  const match = DECIMAL.exec(String(value));
  if (!match) throw new RangeError(`not a finite decimal: ${String(value)}`);
  const [, sign, whole, decimals = '', exponent = '0'] = match;
  let n = BigInt(whole! + decimals) * (sign === '-' ? -1n : 1n);
  let d = 10n ** BigInt(decimals.length);
  const shift = Number(exponent);
  if (shift >= 0) n *= 10n ** BigInt(shift);
  else d *= 10n ** BigInt(-shift);
  return reduce(n, d);
}

export function add(a: Fraction, b: Fraction): Fraction {
  return reduce(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function subtract(a: Fraction, b: Fraction): Fraction {
  return reduce(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function multiply(a: Fraction, b: Fraction): Fraction {
  return reduce(a.n * b.n, a.d * b.d);
}

/** a / b; b must not be zero. */
export function divide(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new RangeError('division by zero');
  return reduce(a.n * b.d * (b.n < 0n ? -1n : 1n), a.d * (b.n < 0n ? -b.n : b.n));
}

export function equal(a: Fraction, b: Fraction): boolean {
  return a.n === b.n && a.d === b.d;
}

/** The smallest integer ≥ a. */
export function ceiling(a: Fraction): bigint {
  const q = a.n / a.d;
  return a.n > q * a.d ? q + 1n : q;
}

/** a (≥ 0) rounded to an integer with the file's rounding mode. */
export function roundToInteger(a: Fraction, mode: RoundingMode): bigint {
  const twice = 2n * a.n;
  const up = (twice + a.d) / (2n * a.d); // ⌊a + ½⌋
  if (mode === 'half-even' && (twice + a.d) % (2n * a.d) === 0n && up % 2n !== 0n) return up - 1n;
  return up;
}

function reduce(n: bigint, d: bigint): Fraction {
  const divisor = gcd(n < 0n ? -n : n, d);
  return divisor > 1n ? { n: n / divisor, d: d / divisor } : { n, d };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}
