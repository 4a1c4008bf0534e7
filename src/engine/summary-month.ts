/**
 * A month of a call log (tariff-format.md §7) as the month a bill prices:
 * for a plan with increment i, the billed minutes B = Σ count × ⌈d/i⌉ × i / 60
 * and the rate factor Φ / B, with Φ = Σ B_{b,r} × band b's × region r's
 * multiplier, so that plan-bill.ts prices Φ exactly where §4 prices B × φ.
 * The month's peak concurrency stands in for Erlang B, its talk time for M.
 */
import { Dec, ONE, ZERO, formatFixed, roundQuotient, type Quotient } from './exact.js';
import type { QuoteContext } from './plan-bill.js';
import type { PreparedPlan, PreparedTariffs } from './prepare.js';
import type { SelectionPart } from './selection.js';
import type { MonthSummary } from './types.js';
import { UsageError } from './usage.js';

const SIXTY = new Dec(60);

/** A summary's calls in arrays, by slot: band (peak 0, off-peak 1) × regions + region. */
interface Lengths {
  readonly slots: number[];
  readonly seconds: number[];
  readonly counts: number[];
  readonly slotCount: number;
}

/** Billed steps of one increment: per slot and in all, exact. */
interface Steps {
  readonly bySlot: readonly Dec[];
  readonly total: Dec;
}

/**
 * The quote context of a month summary.
 *
 * @param field where the summary is, for errors (`months[2].summary`)
 * @throws UsageError when the summary names an unknown region or band, or its counts are not whole numbers ≥ 0
 */
export function summaryMonth(
  prepared: PreparedTariffs,
  summary: MonthSummary,
  selection: (plan: PreparedPlan) => SelectionPart,
  field: string,
): QuoteContext {
  const lengths = readLengths(prepared, summary, field);
  const concurrency = summary.peakConcurrency;
  if (!Number.isSafeInteger(concurrency) || concurrency < 0) {
    throw new UsageError(`${field}.peakConcurrency`, `must be a whole number ≥ 0, got ${String(concurrency)}`);
  }
  const stepsByIncrement = new Map<number, Steps>();
  const stepsOf = (increment: number): Steps => {
    let steps = stepsByIncrement.get(increment);
    if (!steps) {
      steps = billedSteps(lengths, increment);
      stepsByIncrement.set(increment, steps);
    }
    return steps;
  };
  const billedByIncrement = new Map<number, { exact: Quotient; shown: string }>();
  return {
    prepared,
    // Talk time is billed time at a 1-second increment.
    minutes: { n: stepsOf(1).total, d: SIXTY },
    linesNeeded: Math.max(1, concurrency),
    selection,
    billed(increment) {
      let billed = billedByIncrement.get(increment);
      if (!billed) {
        const exact = { n: stepsOf(increment).total.times(increment), d: SIXTY };
        billed = { exact, shown: formatFixed(roundQuotient(exact.n, exact.d, 2, prepared.rounding), 2) };
        billedByIncrement.set(increment, billed);
      }
      return billed;
    },
    factor(plan) {
      if (plan.uniformBandFactor !== null && plan.uniformRegionFactor !== null) {
        return { n: plan.uniformBandFactor.times(plan.uniformRegionFactor), d: ONE };
      }
      const steps = stepsOf(plan.incrementSeconds);
      if (steps.total.isZero()) return { n: ZERO, d: ONE };
      // Φ / B: the increment's i / 60 cancels out.
      const regions = prepared.regionIds.length;
      let weighted = ZERO;
      steps.bySlot.forEach((slotSteps, slot) => {
        if (slotSteps.isZero()) return;
        const band = slot < regions ? plan.peak : plan.offPeak;
        weighted = weighted.plus(slotSteps.times(band).times(plan.regionFactors[slot % regions]!));
      });
      return { n: weighted, d: steps.total };
    },
  };
}

function readLengths(prepared: PreparedTariffs, summary: MonthSummary, field: string): Lengths {
  const regions = prepared.regionIds;
  const slots: number[] = [];
  const seconds: number[] = [];
  const counts: number[] = [];
  const classes = summary.classes;
  if (!Array.isArray(classes)) throw new UsageError(`${field}.classes`, 'must be a list of call classes');
  classes.forEach((callClass, index) => {
    const at = `${field}.classes[${index}]`;
    const region = regions.indexOf(callClass.regionId);
    if (region < 0) throw new UsageError(`${at}.regionId`, `unknown region ${JSON.stringify(callClass.regionId)}`);
    if (callClass.band !== 'peak' && callClass.band !== 'offPeak') {
      throw new UsageError(`${at}.band`, `must be "peak" or "offPeak", got ${JSON.stringify(callClass.band)}`);
    }
    for (const key of ['seconds', 'count'] as const) {
      const value = callClass[key];
      if (!Number.isSafeInteger(value) || value < 0) throw new UsageError(`${at}.${key}`, `must be a whole number ≥ 0, got ${String(value)}`);
    }
    slots.push((callClass.band === 'peak' ? 0 : regions.length) + region);
    seconds.push(callClass.seconds);
    counts.push(callClass.count);
  });
  return { slots, seconds, counts, slotCount: 2 * regions.length };
}

/**
 * Σ count × ⌈d / i⌉ per slot and in all, exact: in JS numbers while every sum
 * stays a safe integer (they then were exact all along, the terms being ≥ 0),
 * otherwise again in BigInt.
 */
function billedSteps(lengths: Lengths, increment: number): Steps {
  const { slots, seconds, counts, slotCount } = lengths;
  const sums = new Array<number>(slotCount).fill(0);
  for (let k = 0; k < slots.length; k++) {
    const d = seconds[k]!;
    const rest = d % increment;
    sums[slots[k]!] += ((d - rest) / increment + (rest > 0 ? 1 : 0)) * counts[k]!;
  }
  let total = 0;
  for (const sum of sums) total += sum;
  if (Number.isSafeInteger(total)) return { bySlot: sums.map((sum) => new Dec(sum)), total: new Dec(total) };
  const big = new Array<bigint>(slotCount).fill(0n);
  const step = BigInt(increment);
  for (let k = 0; k < slots.length; k++) {
    const d = BigInt(seconds[k]!);
    big[slots[k]!] += ((d + step - 1n) / step) * BigInt(counts[k]!);
  }
  const bySlot = big.map((sum) => new Dec(sum.toString()));
  return { bySlot, total: bySlot.reduce((a, b) => a.plus(b), ZERO) };
}
