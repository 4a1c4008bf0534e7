/**
 * Browser benchmark of `<hotline-calculator>` in headless Chromium, on the
 * production one-script build (built in memory from the current sources):
 *
 * (a) input latency: 200 inputs on the minutes slider (and 200 on its number
 *     field), `performance.mark` at the input event, `performance.measure`
 *     when `el.updateComplete` resolves. Budgets: median ≤ 2 ms and p95 ≤ 5 ms
 *     with the default tariffs, median ≤ 8 ms with a generated 50-plan file.
 * (b) 1,000 rapid inputs, one per task, watched by a `longtask`
 *     PerformanceObserver. Budget: no task over 50 ms.
 * (c) switch points (`src/engine/switch-points.ts`) for 10 plans over
 *     0–100,000 minutes, timed in the page. Budget: ≤ 10 ms.
 *
 * Prints the figures against their budgets; never fails (benchmarks are not tests).
 */
import { build, type Rolldown } from 'vite';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../node/support/browsers.js';
import { startStaticServer } from '../node/support/static-server.js';
import { generatedTariffs } from '../support/random-tariffs.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

const BUDGET = {
  defaultMedianMs: 2,
  defaultP95Ms: 5,
  generatedMedianMs: 8,
  longTaskMs: 50,
  switchPointsMs: 10,
};

/** Builds one bundle in memory and returns its code. */
async function bundle(options: Parameters<typeof build>[0]): Promise<string> {
  const result = await build({ logLevel: 'silent', ...options, build: { ...options?.build, write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the build produced no script');
  return chunk.code;
}

/** The production classic script, exactly as `npm run build` makes it, minus the file. */
export const embedScript = () => bundle({ configFile: repo + 'vite.config.ts', mode: 'iife' });

/** bare-lit-element.ts as a classic script, built as the production one is: the first-price floor. */
export const bareElementScript = () =>
  bundle({
    configFile: false,
    root: repo,
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: { target: 'es2022', minify: true, lib: { entry: repo + 'test/bench/bare-lit-element.ts', formats: ['iife'], name: 'HotlineBare' } },
  });

/** `benchSwitchPoints` as a classic script defining `HotlineBench`. */
const switchPointsScript = () =>
  bundle({
    configFile: false,
    root: repo,
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      target: 'es2022',
      minify: true,
      lib: { entry: repo + 'test/bench/browser-switch-points.ts', formats: ['iife'], name: 'HotlineBench' },
    },
  });

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>hotline-calculator bench</title>
<script src="/bench/hotline-calculator.js"></script>
<script src="/bench/switch-points.js"></script>
</head><body><hotline-calculator id="calc" locale="en"></hotline-calculator></body></html>`;

interface Latency {
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  samples: number;
}

/** In the page: `samples` inputs on one minutes control, each timed from the event to `updateComplete`. */
async function inputLatency({ control, samples }: { control: 'range' | 'number'; samples: number }): Promise<Latency> {
  const el = document.getElementById('calc') as any;
  await el.updateComplete;
  const input = (el.shadowRoot.querySelector(`#minutes-${control}`) ??
    el.shadowRoot.querySelector(`input[type="${control}"]`)) as HTMLInputElement;
  const min = Number(input.min || 0);
  const max = Number(input.max || 100000);
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  performance.clearMeasures('hotline-input');
  for (let i = 0; i < samples + 20; i++) {
    // A spread of values, each different from the last (golden-ratio steps over the range).
    input.value = String(Math.round(min + ((i * 0.618034) % 1) * (max - min)));
    const started = performance.mark('hotline-input-start');
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    // The first 20 warm the JIT up and are not counted.
    if (i >= 20) performance.measure('hotline-input', { start: started.startTime, end: performance.now() });
    await nextTask();
  }
  const durations = performance
    .getEntriesByName('hotline-input', 'measure')
    .map((entry) => entry.duration)
    .sort((a, b) => a - b);
  return {
    medianMs: durations[Math.floor(durations.length / 2)]!,
    p95Ms: durations[Math.floor(durations.length * 0.95)]!,
    maxMs: durations[durations.length - 1]!,
    samples: durations.length,
  };
}

/** In the page: 1,000 slider inputs as fast as the browser delivers tasks; the longest long task. */
async function rapidInputs(count: number): Promise<{ longTasks: number[]; totalMs: number; finalMinutes: number; shown: number }> {
  const el = document.getElementById('calc') as any;
  const input = (el.shadowRoot.querySelector('#minutes-range') ??
    el.shadowRoot.querySelector('input[type="range"]')) as HTMLInputElement;
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const channel = new MessageChannel();
  const nextTask = () =>
    new Promise<void>((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  const max = Number(input.max || 100000);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    input.value = String(Math.round(((i * 0.618034) % 1) * max));
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await nextTask();
  }
  await el.updateComplete;
  const totalMs = performance.now() - started;
  // Let the observer deliver what the last frames produced.
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  return { longTasks, totalMs, finalMinutes: el.quote.usage.minutesPerMonth, shown: el.quote.plans.length };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const verdict = (value: number, budget: number) => (value <= budget ? 'ok' : 'OVER');

function latencyLine(label: string, latency: Latency, medianBudget: number, p95Budget?: number): string {
  const budgets = [`median ≤ ${medianBudget} ms: ${verdict(latency.medianMs, medianBudget)}`];
  if (p95Budget !== undefined) budgets.push(`p95 ≤ ${p95Budget} ms: ${verdict(latency.p95Ms, p95Budget)}`);
  return (
    `  ${label.padEnd(52)} median ${ms(latency.medianMs)}   p95 ${ms(latency.p95Ms)}   max ${ms(latency.maxMs)}` +
    `   (${latency.samples} inputs)   budget ${budgets.join(', ')}`
  );
}

/** Runs the browser benchmarks and prints one line per figure. */
export async function runBrowserBench(): Promise<void> {
  const [script, switchPoints] = await Promise.all([embedScript(), switchPointsScript()]);
  const server = await startStaticServer();
  server.route('/bench/hotline-calculator.js', { body: script });
  server.route('/bench/switch-points.js', { body: switchPoints });
  server.route('/bench/index.html', { body: page });
  const browser = await launchBrowser('chromium');
  try {
    const tab = await browser.newPage();
    const version = await tab.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? navigator.userAgent);
    console.log(`browser: <hotline-calculator> (production build) in headless ${version}`);
    await tab.goto(server.url('/bench/index.html'));
    await tab.waitFor(() => (document.getElementById('calc') as any)?.quote != null, undefined, 10_000);
    const plans = await tab.evaluate(() => (document.getElementById('calc') as any).quote.plans.length);

    const slider = await tab.evaluate(inputLatency, { control: 'range' as const, samples: 200 });
    console.log(latencyLine(`(a) default tariffs (${plans} plans), minutes slider`, slider, BUDGET.defaultMedianMs, BUDGET.defaultP95Ms));
    const field = await tab.evaluate(inputLatency, { control: 'number' as const, samples: 200 });
    console.log(latencyLine(`    default tariffs (${plans} plans), minutes number field`, field, BUDGET.defaultMedianMs, BUDGET.defaultP95Ms));

    const rapid = await tab.evaluate(rapidInputs, 1000);
    const longest = rapid.longTasks.length ? Math.max(...rapid.longTasks) : 0;
    console.log(
      `  ${'(b) 1,000 rapid slider inputs, default tariffs'.padEnd(52)} ` +
        `${rapid.longTasks.length} long tasks${rapid.longTasks.length ? `, longest ${ms(longest)}` : ''}` +
        `   total ${ms(rapid.totalMs)}   budget no task > ${BUDGET.longTaskMs} ms: ${verdict(longest, BUDGET.longTaskMs)}`,
    );

    await tab.evaluate((tariffs) => {
      (document.getElementById('calc') as any).tariffs = tariffs;
    }, JSON.parse(JSON.stringify(generatedTariffs(50))));
    await tab.waitFor(() => (document.getElementById('calc') as any).quote?.plans.length === 50, undefined, 10_000);
    const generated = await tab.evaluate(inputLatency, { control: 'range' as const, samples: 200 });
    console.log(latencyLine('    generated 50-plan file, minutes slider', generated, BUDGET.generatedMedianMs));
    // For information (the long-task budget is set for the default tariffs).
    const rapidGenerated = await tab.evaluate(rapidInputs, 300);
    const longestGenerated = rapidGenerated.longTasks.length ? Math.max(...rapidGenerated.longTasks) : 0;
    console.log(
      `  ${'    300 rapid slider inputs, 50 plans (no budget)'.padEnd(52)} ` +
        `${rapidGenerated.longTasks.length} long tasks${rapidGenerated.longTasks.length ? `, longest ${ms(longestGenerated)}` : ''}` +
        `   total ${ms(rapidGenerated.totalMs)}`,
    );

    // (c) Switch points (src/engine/switch-points.ts), timed inside the page.
    const points = await tab.evaluate(() => (window as any).HotlineBench.benchSwitchPoints(30));
    console.log(
      `  ${'(c) switchPoints, 10 plans, 0–100,000 minutes'.padEnd(52)} median ${ms(points.medianMs)}   p95 ${ms(points.p95Ms)}` +
        `   (${points.switches} switch points)   budget ≤ ${BUDGET.switchPointsMs} ms: ${verdict(points.medianMs, BUDGET.switchPointsMs)}`,
    );
    if (tab.pageErrors.length) console.log(`  page errors: ${tab.pageErrors.join('\n  ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
