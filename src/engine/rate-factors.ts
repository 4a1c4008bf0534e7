/**
 * Every plan's rate factor φ for one usage (tariff-format.md §4, step 2),
 * kept while the usage's peak share and region weights stay the same. φ sums
 * a product per region, so a file of 200 plans and 50 regions spends most of
 * an estimate on it; while a visitor moves the minutes slider (and while the
 * switch-point search asks for thousands of minute counts) it does not change.
 */
import { rateFactor } from './billing.js';
import type { Quotient } from './exact.js';
import type { PreparedPlan, PreparedTariffs } from './prepare.js';
import type { ExactUsage } from './usage.js';

interface FactorCache {
  readonly key: string;
  readonly factors: Map<PreparedPlan, Quotient>;
}

const lastFactors = new WeakMap<PreparedTariffs, FactorCache>();

/**
 * The rate factors of `usage`: `get(plan)` computes a plan's factor on first
 * use and keeps it until a usage with another peak share or region mix is
 * estimated.
 */
export function rateFactors(prepared: PreparedTariffs, usage: ExactUsage): { get(plan: PreparedPlan): Quotient } {
  // Decimals print canonically, so equal keys mean equal inputs.
  const key = `${usage.peakPercent.toString()}|${usage.weights.join(',')}`;
  let cache = lastFactors.get(prepared);
  if (!cache || cache.key !== key) {
    cache = { key, factors: new Map() };
    lastFactors.set(prepared, cache);
  }
  const factors = cache.factors;
  return {
    get(plan) {
      let factor = factors.get(plan);
      if (!factor) {
        factor = rateFactor(plan, usage);
        factors.set(plan, factor);
      }
      return factor;
    },
  };
}
