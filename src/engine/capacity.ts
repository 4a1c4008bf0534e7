/**
 * Concurrent lines needed at peak, by the Erlang B formula (tariff-format.md §5).
 *
 * This is a traffic estimate, not money, so IEEE doubles are fine here. Traffic
 * is capped at MAX_ERLANGS, which keeps the O(N) search for lines finite.
 */
import { MAX_ERLANGS } from './limits.js';

/** The grade of service the spec asks for: at most 1 % of peak calls find every line busy. */
export const DEFAULT_BLOCKING = 0.01;

/**
 * Erlang B blocking probability: the share of calls that find all `lines`
 * busy when `erlangs` of traffic are offered.
 * Uses the stable recursion B(0) = 1, B(n) = E·B(n−1) / (n + E·B(n−1)).
 *
 * @param lines number of lines, an integer ≥ 0
 * @param erlangs offered traffic in Erlangs, finite and ≥ 0
 */
export function erlangB(lines: number, erlangs: number): number {
  checkErlangs(erlangs);
  if (!Number.isInteger(lines) || lines < 0) {
    throw new RangeError(`lines must be an integer ≥ 0, got ${lines}`);
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
 * itself (about 790 lines for 757 E), so even the largest usage is quick.
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
    throw new RangeError(`erlangs must be a number from 0 to ${MAX_ERLANGS}, got ${erlangs}`);
  }
}
