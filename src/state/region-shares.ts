/**
 * Caller-region mix: the engine takes any non-negative weights and normalizes
 * them; the visitor sees whole percentages that always add up to exactly 100.
 * These are shares of calls, not money, so plain numbers are fine here.
 */

/**
 * Whole percentages for the weights, summing to exactly 100 (largest-remainder
 * method: floor every share, then hand the missing points to the largest
 * remainders, ties to the earlier region). All-zero weights give all zeros.
 */
export function wholePercentages(weights: readonly number[]): number[] {
  // Scaled by the largest weight first, so that weights near the largest
  // double (1e308) do not overflow their sum to Infinity.
  const largest = Math.max(0, ...weights);
  if (!(largest > 0) || !Number.isFinite(largest)) return weights.map(() => 0);
  const scaled = weights.map((w) => w / largest);
  const total = scaled.reduce((sum, w) => sum + w, 0);
  const exact = scaled.map((w) => (w / total) * 100);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let missing = 100 - floors.reduce((sum, x) => sum + x, 0);
  const order = exact
    .map((x, index) => ({ index, remainder: x - floors[index] }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    floors[index] += 1;
    missing -= 1;
  }
  return floors;
}

/**
 * New weights after the visitor sets one region to `percent`: that region
 * gets exactly `percent` of 100, the others share the rest in their current
 * proportions (evenly when they were all zero).
 */
export function setRegionPercent(
  shares: Readonly<Record<string, number>>,
  regionIds: readonly string[],
  regionId: string,
  percent: number,
): Record<string, number> {
  const target = Math.min(100, Math.max(0, percent));
  const others = regionIds.filter((id) => id !== regionId);
  // Scaled as in wholePercentages: huge weights keep their proportions.
  const largest = Math.max(0, ...others.map((id) => shares[id] ?? 0));
  const share = (id: string) => (largest > 0 ? (shares[id] ?? 0) / largest : 0);
  const othersTotal = others.reduce((sum, id) => sum + share(id), 0);
  const rest = 100 - target;
  const next: Record<string, number> = {};
  for (const id of regionIds) {
    if (id === regionId) next[id] = target;
    else if (othersTotal > 0) next[id] = (share(id) / othersTotal) * rest;
    else next[id] = rest / others.length;
  }
  if (others.length === 0) next[regionId] = 100;
  return next;
}
