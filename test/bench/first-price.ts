/**
 * First price: how soon a visitor on a mid-range phone sees plan cards.
 * Headless Chromium with the CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`)
 * loads the production one-script build the way a reseller's page does
 * (`<script src defer>`, the bundled tariffs) with one calculator, then with
 * two, then on a page painted before the script is added (paintedPage), each
 * run in a fresh page on a URL of its own (no code cache). It prints the
 * medians of
 *
 * - evaluation: the script's own run, first statement to last (marks added
 *   around the served copy), element definitions and upgrades included;
 * - first card: from the end of the script to the frame in which the first
 *   plan card of every calculator on the page was painted.
 *
 * Budget: first card ≤ 60 ms median with one calculator. Beside them it
 * prints the same figures for a bare Lit element with one card
 * (bare-lit-element.ts), loaded in turn with the calculator: what any
 * element takes on that browser and machine, which the budget cannot undercut.
 * `HOTLINE_BENCH_PROFILE=file.cpuprofile` also writes a CDP CPU profile of
 * one throttled one-calculator load, for Chrome DevTools' Performance panel;
 * `HOTLINE_BENCH_SCRIPT=path/to/hotline-calculator.js` measures that build
 * instead (an older one, to compare).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../node/support/static-server.js';
import { bareElementScript, embedScript } from './browser.js';

const RUNS = Number(process.env.HOTLINE_BENCH_RUNS ?? 11);
const THROTTLING = Number(process.env.HOTLINE_BENCH_THROTTLING ?? 4);
const BUDGET_ONE_MS = 60;

const page = (calculators: number) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>first price</title>
<script src="/bench/hotline-calculator.js?run=RUN" defer></script>
</head><body>${'<hotline-calculator locale="en"></hotline-calculator>'.repeat(calculators)}</body></html>`;

/**
 * A reseller's page that is on screen before the script arrives (a script
 * loaded late, or added by a tag manager): its text painted, then, two frames
 * after its load event, the script tag added. What the widget adds to a page
 * that has already paid for its own first frame.
 */
const paintedPage = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>first price, page painted first</title></head>
<body><h1>Reseller</h1><p>The page's own text, painted before the calculator's script arrives.</p>
<hotline-calculator locale="en"></hotline-calculator>
<script>addEventListener('load', () => requestAnimationFrame(() => requestAnimationFrame(() => {
  const script = document.createElement('script');
  script.src = '/bench/hotline-calculator.js?run=RUN';
  document.head.append(script);
})));</script></body></html>`;

/**
 * In the page, from the end of the script: resolves with the time (relative
 * to that end) of the first frame painted after every calculator showed a
 * plan card. Checked once per frame; the paint follows the frame's callbacks,
 * so the time is taken in a task posted from that frame.
 */
function watchFirstCards(): void {
  const win = window as any;
  win.hotlineFirstCard = new Promise<number>((resolve) => {
    const channel = new MessageChannel();
    const hasCard = (el: Element) =>
      el.shadowRoot?.querySelector('hotline-plan-card')?.shadowRoot?.querySelector('.card') != null;
    const frame = () => {
      const calculators = [...document.querySelectorAll('hotline-calculator')];
      if (calculators.length && calculators.every(hasCard)) {
        channel.port1.onmessage = () => resolve(performance.now() - performance.getEntriesByName('hotline-script-end')[0]!.startTime);
        channel.port2.postMessage(null);
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

// tsx compiles this file with esbuild's keepNames, which wraps named inner
// functions in `__name(fn, "name")`; the functions sent to the page need it.
const keepNamesShim = 'globalThis.__name = globalThis.__name || function (fn) { return fn; };';

/** The served script: the build with marks at its first and last statement, then the watcher. */
const instrumented = (script: string) =>
  `performance.mark('hotline-script-start');\n${script}\n;performance.mark('hotline-script-end');${keepNamesShim}(${watchFirstCards})();`;

interface Load {
  evaluationMs: number;
  firstCardMs: number;
}

async function load(tab: Page, url: string): Promise<Load> {
  await tab.goto(url);
  // A page that adds the script late has no watcher yet when it has loaded.
  await tab.waitForFunction(() => (window as any).hotlineFirstCard !== undefined);
  const firstCardMs = await tab.evaluate(() => (window as any).hotlineFirstCard as Promise<number>);
  const evaluationMs = await tab.evaluate(
    () => performance.measure('hotline-evaluation', 'hotline-script-start', 'hotline-script-end').duration,
  );
  return { evaluationMs, firstCardMs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);

/** Runs the first-price benchmark and prints its medians against the budget. */
export async function runFirstPriceBench(): Promise<void> {
  const server = await startStaticServer();
  const given = process.env.HOTLINE_BENCH_SCRIPT;
  const script = given ? readFileSync(given, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '') : await embedScript();
  server.route('/bench/hotline-calculator.js', { body: instrumented(script) });
  server.route('/bench/bare.js', { body: instrumented(await bareElementScript()) });
  // Each run's page names the script with a query of its own: no compiled code is reused from the run before.
  const pageUrl = (calculators: number | 'painted', run: string, bare = false) => {
    const path = `/bench/page-${run}${bare ? '-bare' : ''}.html`;
    const html = (calculators === 'painted' ? paintedPage() : page(calculators)).replace('RUN', run);
    server.route(path, { body: bare ? html.replace('/bench/hotline-calculator.js', '/bench/bare.js') : html });
    return server.url(path);
  };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    headless: true,
  });
  try {
    console.log(`first price: ${given ?? 'production build'} in headless Chromium ${browser.version()}, CPU throttled ${THROTTLING}×, median of ${RUNS} runs`);
    /** A fresh page (nothing cached from the run before) with the CPU throttled. */
    const throttledTab = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(keepNamesShim);
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING });
      return { context, tab, cdp };
    };
    const throttledLoad = async (url: string): Promise<Load> => {
      const { context, tab } = await throttledTab();
      const result = await load(tab, url);
      await context.close();
      return result;
    };
    const line = (label: string, loads: Load[], budget = '') => {
      const evaluation = median(loads.map((l) => l.evaluationMs));
      const firstCard = median(loads.map((l) => l.firstCardMs));
      const verdict = budget && `   budget first card ≤ ${BUDGET_ONE_MS} ms: ${firstCard <= BUDGET_ONE_MS ? 'ok' : 'OVER'}`;
      console.log(`  ${label.padEnd(24)} evaluation ${ms(evaluation)}   script end → first card painted ${ms(firstCard)}${verdict}`);
    };
    const scenarios = [
      ['1 calculator', 'one', 1],
      ['2 calculators', 'two', 2],
      ['1, page painted first', 'painted', 'painted'],
    ] as const;
    for (const [label, path, calculators] of scenarios) {
      const loads: Load[] = [];
      const bare: Load[] = [];
      // In turn, so that a machine busy for a while slows both alike.
      for (let run = 0; run < RUNS; run++) {
        loads.push(await throttledLoad(pageUrl(calculators, `${path}-${run}`)));
        bare.push(await throttledLoad(pageUrl(calculators, `${path}-${run}`, true)));
      }
      line(label, loads, path === 'one' ? 'budget' : '');
      line(`  a bare Lit element${calculators === 2 ? ' ×2' : ''}`, bare);
    }
    const profilePath = process.env.HOTLINE_BENCH_PROFILE;
    if (profilePath) {
      const { context, tab, cdp } = await throttledTab();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await load(tab, pageUrl(1, 'profile'));
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(profilePath, JSON.stringify(profile));
      console.log(`  CPU profile of one load written to ${profilePath}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
