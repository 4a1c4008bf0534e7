/**
 * Browser benchmark of the call-log import (src/call-log/) in headless
 * Chromium: a generated 200,000-row export (about 15 MB, UTF-8 and GBK) is
 * fetched as a Blob, like a dropped file, then opened and read to the end.
 *
 * Figures: the total time from `openCallLog` to the report (budget ≤ 2 s),
 * and the longest the page was blocked (budget ≤ 100 ms), seen two ways: the
 * longest gap between turns of a message loop running beside the import, and
 * the longest `longtask` entry. Median of 3 runs after one warm-up run.
 *
 * `npm run bench` runs it; alone: `node --import tsx test/bench/call-log.ts`.
 * Prints the figures against their budgets; never fails (benchmarks are not tests).
 */
import { build } from 'esbuild';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../node/support/browsers.js';
import { startStaticServer } from '../node/support/static-server.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const ROWS = 200_000;
const BUDGET = { totalMs: 2000, blockedMs: 100 };

/** The import as a classic script defining `HotlineCallLog`. */
async function importScript(): Promise<string> {
  const result = await build({
    entryPoints: [repo + 'src/call-log/index.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'HotlineCallLog',
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

const page = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>call-log import bench</title>
<script src="/bench/call-log.js"></script></head><body></body></html>`;

interface Run {
  readonly totalMs: number;
  readonly longestGapMs: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  readonly records: number;
  readonly megabytes: number;
}

/**
 * A generated export of `rows` calls, as bytes in `encoding`: a header, then
 * caller, called number, start, end, talk time and direction (about 75 bytes a row).
 */
function generatedExport(rows: number, encoding: 'utf-8' | 'gbk'): Buffer {
  // GBK bytes of the header and of 呼入 / 呼出; everything else is ASCII.
  const text = (utf8: string, gbk: string) => (encoding == 'gbk' ? Buffer.from(gbk, 'hex') : Buffer.from(utf8));
  const header = text('主叫号码,被叫号码,开始时间,结束时间,通话时长(秒),呼叫类型', 'd6f7bdd0bac5c2eb2cb1bbbdd0bac5c2eb2cbfaacabccab1bce42cbde1caf8cab1bce42ccda8bbb0cab1b3a428c3eb292cbaf4bdd0c0e0d0cd');
  const directions = [text('呼入', 'baf4c8eb'), text('呼出', 'baf4b3f6')];
  const lineEnd = Buffer.from('\r\n');
  const two = (n: number) => String(n).padStart(2, '0');
  const parts = [header, lineEnd];
  for (let i = 0; i < rows; i++) {
    const day = `2026-03-${two((i % 28) + 1)} ${two(i % 24)}`;
    const seconds = (i * 37) % 1800;
    const caller = `1${38 + (i % 60)}${String((i * 7919) % 1e8).padStart(8, '0')}`;
    const end = `${day}:${two(Math.floor(seconds / 60))}:${two(seconds % 60)}`;
    parts.push(Buffer.from(`${caller},4008001234,${day}:05:09,${end},${seconds},`), directions[i % 2]!, lineEnd);
  }
  return Buffer.concat(parts);
}

/** In the page: fetches the export as a Blob (as a dropped file would be), then times one import of it. */
async function importOnce(url: string): Promise<Run> {
  const api = (window as any).HotlineCallLog;
  const file = await (await fetch(url)).blob();

  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  // A message loop beside the import: the gap between its turns is how long the page was blocked.
  const channel = new MessageChannel();
  let running = true;
  let lastTurn = performance.now();
  let longestGap = 0;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - lastTurn);
    lastTurn = now;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);

  const started = performance.now();
  const log = await api.openCallLog(file);
  let records = 0;
  await log.read({ onRecords: (batch: unknown[]) => void (records += batch.length) });
  const totalMs = performance.now() - started;
  running = false;
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  channel.port1.close();
  return {
    totalMs,
    longestGapMs: longestGap,
    longestTaskMs: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
    records,
    megabytes: file.size / 1e6,
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const verdict = (value: number, budget: number) => (value <= budget ? 'ok' : 'OVER');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs the call-log import benchmark and prints one line per encoding. */
export async function runCallLogBench(): Promise<void> {
  const server = await startStaticServer();
  server.route('/bench/call-log.js', { body: await importScript() });
  server.route('/bench/call-log.html', { body: page });
  for (const encoding of ['utf-8', 'gbk'] as const) {
    // The route serves bytes as they are (its type says string, for text routes).
    const body = generatedExport(ROWS, encoding) as unknown as string;
    server.route(`/bench/${encoding}.csv`, { body, type: 'application/octet-stream' });
  }
  const browser = await launchBrowser('chromium');
  try {
    const tab = await browser.newPage();
    await tab.goto(server.url('/bench/call-log.html'));
    const version = await tab.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? navigator.userAgent);
    // A loaded machine stretches every task (the OS takes the page's thread away): say how loaded it is.
    const load = loadavg()[0]!.toFixed(1);
    console.log(
      `call-log import: ${ROWS.toLocaleString('en')} rows from a Blob, in headless ${version} (median of 3 runs; ` +
        `load average ${load} on ${availableParallelism()} cores)`,
    );
    for (const encoding of ['utf-8', 'gbk'] as const) {
      const url = `/bench/${encoding}.csv`;
      await tab.evaluate(importOnce, url);
      const runs: Run[] = [];
      for (let i = 0; i < 3; i++) runs.push(await tab.evaluate(importOnce, url));
      const total = median(runs.map((run) => run.totalMs));
      const gap = Math.max(...runs.map((run) => run.longestGapMs));
      const task = Math.max(...runs.map((run) => run.longestTaskMs));
      const longTasks = runs.map((run) => run.longTasks).join('/');
      console.log(
        `  ${`${encoding}, ${runs[0]!.megabytes.toFixed(1)} MB, ${runs[0]!.records.toLocaleString('en')} records`.padEnd(40)}` +
          ` total ${ms(total)} (budget ${BUDGET.totalMs} ms: ${verdict(total, BUDGET.totalMs)})` +
          `   longest block ${ms(gap)}, longest long task ${task ? ms(task) : 'none'} (budget ${BUDGET.blockedMs} ms: ${verdict(Math.max(gap, task), BUDGET.blockedMs)})` +
          `   long tasks per run ${longTasks}`,
      );
    }
    if (tab.pageErrors.length) console.log(`  page errors: ${tab.pageErrors.join('\n  ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runCallLogBench();
