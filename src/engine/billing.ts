/**
 * The usage-dependent quantities of one plan's bill, as exact quotients:
 * billed minutes, the rate factor and the call charge (tariff-format.md §4,
 * steps 1, 2 and 4). Nothing here is rounded.
 *
 * The call charge is one formula for every package kind, fed by the plan's
 * call terms (call-terms.ts). The engine evaluates it at the visitor's
 * minutes; the switch-point search takes the same formula as a line in the
 * minutes (callChargeLine).
 */
import type { CallTerms } from './call-terms.js';
import { Dec, HUNDRED, ONE, ZERO, ceilQuotient, type Quotient } from './exact.js';
import type { PreparedPlan } from './prepare.js';
import type { ExactUsage } from './usage.js';

const NO_CHARGE: Quotient = { n: ZERO, d: ONE };

/** Multiplies, skipping the shared ONE that the fast paths use. */
function times(a: Dec, b: Dec): Dec {
  if (a === ONE) return b;
  if (b === ONE) return a;
  return a.times(b);
}

/**
 * Billed minutes: B = M × (⌈a/i⌉ × i) / a with a known average call length a
 * and billing increment i (seconds), otherwise B = M.
 */
export function billedMinutes(minutes: Dec, callSeconds: Dec | null, incrementSeconds: number): Quotient {
  if (callSeconds === null) return { n: minutes, d: ONE };
  const increment = new Dec(incrementSeconds);
  return { n: minutes.times(ceilQuotient(callSeconds, increment).times(increment)), d: callSeconds };
}

/**
 * Rate factor φ = (Σ_r s_r × regionMultiplier_r) × (p × peak + (1 − p) × offPeak),
 * with s_r the normalized region weights and p the peak share.
 */
export function rateFactor(plan: PreparedPlan, usage: ExactUsage): Quotient {
  let regionN: Dec;
  let regionD: Dec;
  if (plan.uniformRegionFactor !== null) {
    // Normalized shares sum to 1, so a common factor passes through unchanged.
    regionN = plan.uniformRegionFactor;
    regionD = ONE;
  } else {
    regionN = ZERO;
    usage.weights.forEach((weight, index) => {
      if (!weight.isZero()) regionN = regionN.plus(weight.times(plan.regionFactors[index]!));
    });
    regionD = usage.weightSum;
  }
  let bandN: Dec;
  let bandD: Dec;
  if (plan.uniformBandFactor !== null) {
    bandN = plan.uniformBandFactor;
    bandD = ONE;
  } else {
    const offPeakPercent = HUNDRED.minus(usage.peakPercent);
    bandN = usage.peakPercent.times(plan.peak).plus(offPeakPercent.times(plan.offPeak));
    bandD = HUNDRED;
  }
  return { n: times(regionN, bandN), d: times(regionD, bandD) };
}

/**
 * The month's call charge before rounding:
 * rate × max(0, φ × (B − includedMinutes) − creditMinutes), for B billed minutes
 * and rate factor φ.
 */
export function callCharge(terms: CallTerms, billed: Quotient, factor: Quotient): Quotient {
  const { includedMinutes: included, creditMinutes: credit, rate } = terms;
  if (rate.isZero()) return NO_CHARGE;
  let n = billed.n;
  let d = billed.d;
  if (included !== null) {
    // B − included; at or below zero, nothing is left to charge whatever φ is.
    n = times(n, included.d).minus(times(included.n, d));
    if (n.lte(ZERO)) return NO_CHARGE;
    d = times(d, included.d);
  }
  n = times(n, factor.n);
  d = times(d, factor.d);
  if (credit !== null) {
    n = times(n, credit.d).minus(times(credit.n, d));
    if (n.lte(ZERO)) return NO_CHARGE;
    d = times(d, credit.d);
  }
  return { n: times(n, rate), d };
}

/** A call charge as a function of the visitor's minutes M: max(0, slope × M − offset). */
export interface ChargeLine {
  /** Money per minute the visitor talks, > 0. */
  readonly slope: Quotient;
  /** slope × the minute at which calls start to cost, ≥ 0. */
  readonly offset: Quotient;
}

/**
 * callCharge's formula as a line in the visitor's minutes M, every other input
 * fixed: with B = M × perMinute, rate × (φ × (B − includedMinutes) − creditMinutes)
 * has slope rate × φ × perMinute and offset rate × (φ × includedMinutes + creditMinutes).
 * Null when calls never cost anything.
 *
 * @param perMinute billed minutes per minute, billedMinutes(1, …)
 */
export function callChargeLine(terms: CallTerms, perMinute: Quotient, factor: Quotient): ChargeLine | null {
  const { includedMinutes: included, creditMinutes: credit, rate } = terms;
  const slope = { n: times(times(rate, factor.n), perMinute.n), d: times(factor.d, perMinute.d) };
  if (slope.n.isZero()) return null;
  let n = ZERO;
  let d = ONE;
  if (included !== null) {
    n = times(factor.n, included.n);
    d = times(factor.d, included.d);
  }
  if (credit !== null) {
    n = times(n, credit.d).plus(times(credit.n, d));
    d = times(d, credit.d);
  }
  return { slope, offset: { n: times(n, rate), d } };
}
