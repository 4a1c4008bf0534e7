/**
 * Benchmark of bills from a call log in Node: summarizing a generated
 * 200,000-record log (12 months, both bands, every region, lengths from 0 s
 * to an hour), then quoting a profile of its 12 months for a generated
 * 10-plan file (budget: ≤ 20 ms). Prints median and worst, of the wall
 * clock and of this process's CPU time (what the code costs when the machine
 * is shared: the wall clock then also counts other processes' turns).
 */
import { quoteProfile, summarizeCalls, type CallRecord, type ProfileMonth } from '../../src/engine/index.js';
import { generatedTariffs } from '../support/random-tariffs.js';
import { loadavg } from 'node:os';
import { ms } from './measure.js';

const RECORDS = 200_000;
const BUDGET_PROFILE_MS = 20;

/** A deterministic log: calls spread over 2025, callers of every form, a few unanswered. */
function generatedRecords(count: number): CallRecord[] {
  const callers = ['13800138000', '(010) 8888-8888', '+852 9123 4567', '00853 2888 1234', '+1 415 555 0100', 'anonymous'];
  const pad = (value: number) => String(value).padStart(2, '0');
  const records: CallRecord[] = [];
  let seed = 12345;
  const next = (below: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % below;
  };
  for (let index = 0; index < count; index++) {
    const month = 1 + Math.floor((index * 12) / count);
    const second = next(86_400);
    const start = `2025-${pad(month)}-${pad(1 + next(28))} ${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}`;
    const seconds = next(10) === 0 ? 0 : 5 + next(next(4) === 0 ? 3600 : 300);
    records.push({ start, seconds, caller: callers[next(callers.length)]! });
  }
  return records;
}

interface Spread {
  readonly medianMs: number;
  readonly worstMs: number;
}

interface Spreads {
  readonly wall: Spread;
  readonly cpu: Spread;
}

function spread(durations: number[]): Spread {
  durations.sort((a, b) => a - b);
  return { medianMs: durations[Math.floor(durations.length / 2)]!, worstMs: durations[durations.length - 1]! };
}

function measure(run: () => unknown, samples: number, warmup: number): Spreads {
  for (let i = 0; i < warmup; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const usage = process.cpuUsage();
    const started = performance.now();
    run();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(usage);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: spread(wall), cpu: spread(cpu) };
}

function line(label: string, { wall, cpu }: Spreads, budget?: number): string {
  const verdict = (value: Spread) => (value.worstMs <= budget! ? 'ok' : value.medianMs <= budget! ? 'median ok, worst OVER' : 'OVER');
  const budgets = budget === undefined ? '' : `   budget ≤ ${budget} ms: wall ${verdict(wall)}, CPU ${verdict(cpu)}`;
  return (
    `  ${label.padEnd(50)} wall median ${ms(wall.medianMs)} worst ${ms(wall.worstMs)}` +
    `   CPU median ${ms(cpu.medianMs)} worst ${ms(cpu.worstMs)}${budgets}`
  );
}

/** Runs the call-log bill benchmarks and prints one line per scenario. */
export async function runProfileBench(): Promise<void> {
  console.log(`profile: bills from a call log, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`);
  const tariffs = generatedTariffs(10);
  const records = generatedRecords(RECORDS);
  const summarize = measure(() => summarizeCalls(tariffs, records), 7, 2);
  console.log(line(`summarize ${RECORDS.toLocaleString('en')} records`, summarize));

  const summary = summarizeCalls(tariffs, records);
  const months: ProfileMonth[] = summary.months.map((month) => ({ summary: month }));
  const classes = summary.months.reduce((sum, month) => sum + month.classes.length, 0);
  const profile = measure(() => quoteProfile(tariffs, months, { addOns: ['recording'], numberGrade: 'premium' }), 200, 20);
  console.log(line(`profile of ${months.length} months × ${tariffs.plans.length} plans (${classes} call classes)`, profile, BUDGET_PROFILE_MS));
}
