/**
 * Exact facts about a plan's call charge for the switch-point search: the charge
 * in cents as an exact linear function of the minutes, and the minute from which
 * the bill is package plus that charge (the floor no longer binding). Two plans
 * whose charges have the same slope and offsets a whole number of cents apart
 * differ by a constant at every minute there, however the cents round.
 */
import {
  ZERO_FRACTION, add, ceiling, divide, fraction, multiply, roundToInteger, subtract, type Fraction,
} from './fraction.js';
import type { Plan, ResolvedUsage, RoundingMode, TariffSet } from './types.js';

/** A plan's call charge in cents as slope × minutes − offset, where it is positive. */
export interface ExactCalls {
  readonly slope: Fraction;
  readonly offset: Fraction;
}

/** The call charge in cents as slope × minutes − offset, exactly (tariff-format.md §4 steps 1, 2, 4). */
export function exactCalls(tariffs: TariffSet, usage: ResolvedUsage, plan: Plan): ExactCalls | null {
  const seconds = usage.averageCallSeconds;
  let billedPerMinute: Fraction = { n: 1n, d: 1n };
  if (seconds !== null) {
    const increment = fraction(plan.billingIncrementSeconds);
    const steps = ceiling(divide(fraction(seconds), increment));
    billedPerMinute = divide(multiply({ n: steps, d: 1n }, increment), fraction(seconds));
  }
  let weighted = ZERO_FRACTION;
  let total = ZERO_FRACTION;
  for (const region of tariffs.regions) {
    const weight = fraction(usage.regionShares[region.id] ?? 0);
    weighted = add(weighted, multiply(weight, fraction(plan.regionMultipliers[region.id] ?? '1')));
    total = add(total, weight);
  }
  const peak = fraction(usage.peakSharePercent);
  const band = divide(
    add(multiply(peak, fraction(plan.peakMultiplier)), multiply(subtract(fraction(100), peak), fraction(plan.offPeakMultiplier))),
    fraction(100),
  );
  const factor = multiply(total.n === 0n ? fraction(1) : divide(weighted, total), band);
  const perMinute = multiply(multiply(billedPerMinute, factor), fraction(100));
  const rate = fraction(plan.ratePerMinute);
  const overage = fraction(plan.overageRatePerMinute);
  const term = fraction(plan.termMonths);

  let slope: Fraction;
  let offset: Fraction;
  switch (plan.package.includes) {
    case 'nothing':
      slope = multiply(perMinute, rate);
      offset = ZERO_FRACTION;
      break;
    case 'minutes':
      slope = multiply(perMinute, overage);
      offset = multiply(multiply(divide(fraction(plan.package.minutes), term), factor), multiply(overage, fraction(100)));
      break;
    case 'credit':
      if (rate.n === 0n) return null;
      slope = multiply(perMinute, overage);
      offset = multiply(divide(fraction(plan.package.price), term), multiply(divide(overage, rate), fraction(100)));
      break;
  }
  return slope.n === 0n ? null : { slope, offset };
}

/**
 * The first minute from which calls are charged and the monthly floor no longer
 * binds, found on the exact rounded lines; maxMinutes + 1 when there is none.
 */
export function firstLinearMinute(calls: ExactCalls, plan: Plan, floor: number, mode: RoundingMode, maxMinutes: number): number {
  const packageCents = roundToInteger(multiply(divide(fraction(plan.package.price), fraction(plan.termMonths)), fraction(100)), mode);
  const floorCents = roundToInteger(multiply(fraction(floor), fraction(100)), mode);
  // slope × m − offset over one common denominator, left unreduced: rounding does not need lowest terms.
  const a = calls.slope.n * calls.offset.d;
  const b = calls.offset.n * calls.slope.d;
  const d = calls.slope.d * calls.offset.d;
  const charged = (m: number) => {
    const n = a * BigInt(m) - b;
    return n < 0n ? null : packageCents + roundToInteger({ n, d }, mode);
  };
  let lo = Math.min(Number(ceiling(divide(calls.offset, calls.slope))), maxMinutes + 1);
  let hi = maxMinutes + 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const cents = charged(mid);
    if (cents !== null && cents >= floorCents) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
