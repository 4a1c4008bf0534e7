/** Timing helpers shared by the benchmarks. */

export interface Timing {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly samples: number;
}

/**
 * Times `run(i)` for `samples` calls after `warmup` untimed calls (so the JIT
 * has settled) and returns the median and 95th percentile in milliseconds.
 */
export function time(run: (iteration: number) => unknown, samples = 2000, warmup = 500): Timing {
  for (let i = 0; i < warmup; i++) run(i);
  const durations: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    run(warmup + i);
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return {
    medianMs: durations[Math.floor(samples / 2)]!,
    p95Ms: durations[Math.floor(samples * 0.95)]!,
    samples,
  };
}

/** "0.123 ms" */
export function ms(value: number): string {
  return `${value.toFixed(3)} ms`;
}
