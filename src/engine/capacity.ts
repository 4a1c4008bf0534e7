/**
 * Concurrent lines needed at peak, by the Erlang B formula (tariff-format.md §5).
 *
 * This is a traffic estimate, not money, so IEEE doubles are fine here. Both
 * exported helpers bound their inputs (MAX_LINES, MAX_ERLANGS in limits.ts),
 * so that no call can keep a page busy: the recursion costs one step per line.
 */
import { MAX_ERLANGS, MAX_LINES } from './limits.js';

/** The grade of service the spec asks for: at most 1 % of peak calls find every line busy. */
export const DEFAULT_BLOCKING = 0.01;

/**
 * Erlang B blocking probability: the share of calls that find all `lines`
 * busy when `erlangs` of traffic are offered.
 * Uses the stable recursion B(0) = 1, B(n) = E·B(n−1) / (n + E·B(n−1)).
 *
 * @param lines number of lines, an integer from 0 to 10,000 (MAX_LINES)
 * @param erlangs offered traffic in Erlangs, from 0 to MAX_ERLANGS (about 166,667)
 * @throws RangeError for lines or traffic outside those ranges
 */
export function erlangB(lines: number, erlangs: number): number {
  checkErlangs(erlangs);
  if (!Number.isInteger(lines) || lines < 0 || lines > MAX_LINES) {
    throw new RangeError(`lines must be an integer from 0 to ${MAX_LINES.toLocaleString('en')}, got ${lines}`);
  }
  let blocking = 1;
  for (let n = 1; n <= lines; n++) {
    const carried = erlangs * blocking;
    blocking = carried / (n + carried);
  }
  return blocking;
}

/**
 * The smallest number of lines N ≥ 1 whose Erlang B blocking at `erlangs`
 * is at most `blocking` (default 1 %).
 *
 * Runs the recursion once, from one line or, for more than 1,000 E, from a
 * little below the answer; N stays close to the traffic itself (about 790
 * lines for 757 E, 165,000 for the largest traffic), so even the largest
 * traffic takes a few thousand steps.
 *
 * @param erlangs offered traffic, from 0 to MAX_ERLANGS (about 166,667)
 * @param blocking the grade of service, strictly between 0 and 1
 * @throws RangeError for traffic or blocking outside those ranges
 */
export function linesNeeded(erlangs: number, blocking: number = DEFAULT_BLOCKING): number {
  checkErlangs(erlangs);
  if (!(blocking > 0 && blocking < 1)) {
    throw new RangeError(`blocking must lie strictly between 0 and 1, got ${blocking}`);
  }
  let n = 0;
  let b = 1;
  if (erlangs > SERIES_FROM) {
    // Lines carry at most their number in Erlangs, so E × (1 − B(n)) ≤ n: below
    // n = E × (1 − 2 × blocking) the blocking is above 2 × blocking, and the
    // recursion may start there from B(n) summed directly.
    const start = Math.floor(erlangs * (1 - 2 * blocking));
    const atStart = start > 0 ? erlangBSum(start, erlangs) : 1;
    if (atStart > blocking) {
      n = start;
      b = atStart;
    }
  }
  for (n++; ; n++) {
    const carried = erlangs * b;
    b = carried / (n + carried);
    if (b <= blocking) return n;
  }
}

/**
 * From this traffic on, linesNeeded starts its recursion near the answer
 * instead of at one line: 166,667 E takes about 4,000 steps instead of 165,000.
 */
const SERIES_FROM = 1000;

/**
 * Erlang B for `lines` below the traffic, from 1 / B(n) = Σ_{k=0..n} n! / ((n − k)! E^k):
 * the terms fall faster than a geometric series of ratio n / E, so a few
 * thousand of them reach double precision.
 */
function erlangBSum(lines: number, erlangs: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k <= lines; k++) {
    term *= (lines - k + 1) / erlangs;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return 1 / sum;
}

/**
 * Peak traffic in Erlangs: E = M × p / (peakHoursPerMonth × 60), from the
 * visitor's minutes (not the billed minutes).
 */
export function peakErlangs(minutesPerMonth: number, peakSharePercent: number, peakHoursPerMonth: number): number {
  return (minutesPerMonth * peakSharePercent) / 100 / (peakHoursPerMonth * 60);
}

function checkErlangs(erlangs: number): void {
  if (!Number.isFinite(erlangs) || erlangs < 0 || erlangs > MAX_ERLANGS) {
    throw new RangeError(`erlangs must be a number from 0 to ${MAX_ERLANGS.toLocaleString('en')}, got ${erlangs}`);
  }
}
