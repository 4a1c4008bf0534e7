/**
 * The usage-dependent quantities of one plan's bill, as exact quotients:
 * billed minutes, the rate factor and the call charge (tariff-format.md §4,
 * steps 1, 2 and 4). Nothing here is rounded.
 */
import { Dec, HUNDRED, ONE, ZERO } from './exact.js';
import type { PreparedPlan } from './prepare.js';
import type { ExactUsage } from './usage.js';

/** An exact non-negative rational number n / d (d > 0). */
export interface Quotient {
  readonly n: Dec;
  readonly d: Dec;
}

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
  let steps = callSeconds.divToInt(increment);
  if (!callSeconds.minus(steps.times(increment)).isZero()) steps = steps.plus(ONE);
  return { n: minutes.times(steps.times(increment)), d: callSeconds };
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

/** The month's call charge before rounding, by package kind. */
export function callCharge(plan: PreparedPlan, billed: Quotient, factor: Quotient): Quotient {
  switch (plan.kind) {
    case 'nothing':
      // Every billed minute at the package rate.
      return { n: times(times(billed.n, factor.n), plan.rate), d: times(billed.d, factor.d) };
    case 'minutes': {
      // Minutes beyond A = minutes / termMonths, at the overage rate:
      // (B − A) = (Bn × T − minutes × Bd) / (Bd × T).
      const excess = billed.n.times(plan.term).minus(plan.includedMinutes.times(billed.d));
      if (excess.lte(ZERO)) return NO_CHARGE;
      return {
        n: times(excess, factor.n).times(plan.overage),
        d: times(billed.d, factor.d).times(plan.term),
      };
    }
    case 'credit': {
      // X = B × φ × R at package rates; the part above P = price / T is
      // repriced at the overage rate: (X − P) × O / R.
      const xN = times(times(billed.n, factor.n), plan.rate);
      const xD = times(billed.d, factor.d);
      const uncovered = xN.times(plan.term).minus(plan.price.times(xD));
      if (uncovered.lte(ZERO)) return NO_CHARGE;
      return { n: uncovered.times(plan.overage), d: times(xD, plan.termTimesRate) };
    }
  }
}
