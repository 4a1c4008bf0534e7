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
 * Runs the recursion once, so the cost is O(N); N stays close to the traffic
 * itself (about 790 lines for 757 E, 165,000 for the largest traffic), so even
 * the largest usage takes about a millisecond.
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
  let b = 1;
  for (let n = 1; ; n++) {
    const carried = erlangs * b;
    b = carried / (n + carried);
    if (b <= blocking) return n;
  }
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
