// @web/test-runner configuration: every *.test.ts under src/ and test/ runs in
// Debian's Chromium and Firefox ESR (no browser is ever downloaded).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { countingReporter } from './test/support/counting-reporter.js';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const chromiumArgs = [
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...(asRoot ? ['--no-sandbox'] : []),
];

const wanted = (process.env.HOTLINE_BROWSERS ?? 'chromium,firefox').split(',');
const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: chromiumArgs,
      },
      // Test files run side by side; a page of its own browser context gets a
      // window of its own, so requestAnimationFrame and ResizeObserver keep
      // firing instead of being paused as in a background tab.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
      // Firefox's pages share one window, so a second page side by side is a
      // background tab whose frames and timers are held back (tests waiting
      // for a frame time out, axe reads a half-laid-out card): one at a time.
      concurrency: 1,
    }),
  );
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**', '!test/bench/**'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  concurrency: 2,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 20_000 } },
  browserStartTimeout: 120_000,
  browsers,
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig, target: 'es2022' })],
  reporters: [
    process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(),
    countingReporter(process.env.HOTLINE_COUNTS_FILE),
  ],
};
