/**
 * Timing tests that hold on a loaded two-core machine: instead of an absolute
 * bound, which fails whenever the machine is busy, a test compares the time of
 * the same work at size n and at size k·n, measured side by side. Linear work
 * grows about k times, quadratic work about k² times; the bound sits in
 * between, so noise that slows both measurements alike does not matter.
 *
 * Each size is timed several times, in turn with the other, and the fastest
 * run counts (a run is never faster than the work itself, only slower when
 * the machine is busy); runs shorter than `minMs` are repeated within one
 * measurement so that coarse timers (Firefox rounds `performance.now()`)
 * still give a usable figure. Works in Node and in browsers.
 */

export interface GrowthOptions {
  /** The factor between the two sizes (default 8: linear ≈ 8, quadratic ≈ 64). */
  readonly k?: number;
  /** Timed runs per size; the fastest counts (default 3). */
  readonly runs?: number;
  /** A measurement repeats the work until it has taken at least this long (default 20 ms). */
  readonly minMs?: number;
}

export interface Growth {
  /** Milliseconds per call at n and at k·n (the fastest measurement of each). */
  readonly small: number;
  readonly large: number;
  /** large / small. */
  readonly ratio: number;
  readonly k: number;
}

/** The fastest time per call of `work`, over `runs` measurements of at least `minMs` each. */
export function timePerCall(work: () => void, runs = 3, minMs = 20): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    let calls = 0;
    const started = performance.now();
    let elapsed = 0;
    do {
      work();
      calls++;
      elapsed = performance.now() - started;
    } while (elapsed < minMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/**
 * Times `prepare(n)`'s work and `prepare(k·n)`'s work. `prepare` builds the
 * input (untimed) and returns the work to time, so that generating a large
 * input never counts. The two are timed in turn (small, large, small, …), so
 * that a busy spell of the machine falls on both rather than on one.
 */
export function measureGrowth(prepare: (n: number) => () => void, n: number, options: GrowthOptions = {}): Growth {
  const { k = 8, runs = 3, minMs = 20 } = options;
  const smallWork = prepare(n);
  const largeWork = prepare(k * n);
  smallWork(); // warm up: compile the code paths before timing them
  let small = Infinity;
  let large = Infinity;
  for (let run = 0; run < runs; run++) {
    small = Math.min(small, timePerCall(smallWork, 1, minMs));
    large = Math.min(large, timePerCall(largeWork, 1, minMs));
  }
  return { small, large, ratio: large / Math.max(small, 1e-3), k };
}

/**
 * Throws unless the work grows at most linearly (up to a log factor, the
 * memory effects of large inputs, and noise): its time at k·n must stay below
 * `slack`·k times its time at n (default slack 4: for k = 8 the bound is 32,
 * half of the 64 that quadratic work shows; linear work measures 8 to about
 * 25 on a busy two-core machine, as the larger input no longer fits in the
 * caches, while the inputs these tests need stay under 1 MiB and the
 * smaller ones fit). A ratio over the bound is measured once
 * more, keeping the fastest times of both rounds: noise rarely strikes twice
 * in the same place, quadratic work always does. Returns the measurement,
 * for a test to log.
 */
export function assertLinear(
  prepare: (n: number) => () => void,
  n: number,
  options: GrowthOptions & { readonly slack?: number } = {},
): Growth {
  const bound = (options.slack ?? 4) * (options.k ?? 8);
  let growth = measureGrowth(prepare, n, options);
  if (!(growth.ratio < bound)) {
    const again = measureGrowth(prepare, n, options);
    const small = Math.min(growth.small, again.small);
    const large = Math.min(growth.large, again.large);
    growth = { small, large, ratio: large / Math.max(small, 1e-3), k: growth.k };
  }
  if (!(growth.ratio < bound)) {
    throw new Error(
      `the work grows faster than linearly: ${growth.small.toFixed(2)} ms at n, ${growth.large.toFixed(2)} ms ` +
        `at ${growth.k}·n, ratio ${growth.ratio.toFixed(1)} ≥ ${bound} (linear ≈ ${growth.k}, quadratic ≈ ${growth.k ** 2})`,
    );
  }
  return growth;
}
