/**
 * Benchmark of the engine on a tariff file at the bounds of tariff-format.md
 * §2 (bounds-tariffs.ts: 200 plans, 50 regions, 10-digit amounts, 1000×
 * multipliers, tax excluded, half-even): a full estimate, the switch points
 * and cheapest ranges over the longest slider (0–10,000,000 minutes), and the
 * cost curves, with 220 peak hours a month and with 1 (the fewest the format
 * allows, which makes the most concurrent lines).
 *
 * Prints the median and the worst wall time of a few runs after a warm-up,
 * and the median CPU time beside them (on a loaded machine the wall time
 * stretches, the CPU time much less), against the budget of the whole set.
 * Never fails.
 */
import { availableParallelism, loadavg } from 'node:os';
import { cheapestRanges, costCurves, estimate, switchPoints, type TariffSet, type Usage } from '../../src/engine/index.js';
import { boundsTariffs, boundsUsage } from './bounds-tariffs.js';

/** What the whole set may take, one run of each, on an idle machine. */
const BUDGET_MS = 1000;
const RUNS = 5;

interface Run {
  /** Median wall time. */
  readonly wallMs: number;
  /** The slowest run's wall time. */
  readonly worstMs: number;
  /** Median CPU time of this process. */
  readonly cpuMs: number;
}

/** Wall and CPU times of `RUNS` runs of `run`, after one untimed run. */
export function measure(run: (iteration: number) => unknown): Run {
  run(0);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    run(i);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { wallMs: median(wall), worstMs: Math.max(...wall), cpuMs: median(cpu) };
}

/**
 * The functions timed, each with its arguments. Every run moves the peak
 * share a little, as a visitor does, so that nothing of the run before is
 * reused but the file's converted strings.
 */
function scenarios(tariffs: TariffSet, base: Usage): readonly { readonly name: string; readonly run: (iteration: number) => unknown }[] {
  const usage = (iteration: number): Usage => ({ ...base, peakSharePercent: 60 + iteration / 10 });
  return [
    { name: 'estimate (200 plans)', run: (i) => estimate(tariffs, usage(i)) },
    { name: 'switchPoints (0–10,000,000 minutes)', run: (i) => switchPoints(tariffs, usage(i)) },
    { name: 'cheapestRanges', run: (i) => cheapestRanges(tariffs, usage(i)) },
    { name: 'costCurves (32 samples)', run: (i) => costCurves(tariffs, usage(i)) },
  ];
}

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

/** Runs the bounds benchmark and prints one line per function and file. */
export async function runBoundsBench(): Promise<void> {
  console.log(
    `engine at the bounds of the format (Node ${process.version}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  for (const peakHoursPerMonth of ['220', '1']) {
    const tariffs = boundsTariffs({ peakHoursPerMonth });
    const usage = boundsUsage(tariffs);
    // Converting the file's strings happens once per file (a new object each run here); time it apart.
    const first = measure(() => estimate(structuredClone(tariffs), usage));
    console.log(`  ${`${peakHoursPerMonth} peak hours a month`.padEnd(46)}${'median'.padStart(11)}${'worst'.padStart(11)}${'median cpu'.padStart(13)}`);
    const line = (name: string, run: Run) => console.log(`    ${name.padEnd(44)} ${ms(run.wallMs)} ${ms(run.worstMs)}   ${ms(run.cpuMs)}`);
    line("a new file's first estimate", first);
    let wall = 0;
    let worst = 0;
    let cpu = 0;
    for (const scenario of scenarios(tariffs, usage)) {
      const run = measure(scenario.run);
      wall += run.wallMs;
      worst += run.worstMs;
      cpu += run.cpuMs;
      line(scenario.name, run);
    }
    line('the whole set', { wallMs: wall, worstMs: worst, cpuMs: cpu });
    console.log(`    budget of the whole set ≤ ${BUDGET_MS} ms of CPU: ${cpu <= BUDGET_MS ? 'ok' : 'OVER'}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runBoundsBench();
