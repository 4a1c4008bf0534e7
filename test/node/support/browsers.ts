/**
 * One small interface over Debian's Chromium (playwright-core) and Firefox ESR
 * (puppeteer-core), so that each embedding test runs unchanged in both.
 * No browser is ever downloaded. `HOTLINE_BROWSERS=chromium|firefox|chromium,firefox`
 * picks the browsers, as for the browser test runner.
 */
import { chromium, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface ConsoleMessage {
  /** `log`, `warning`, `error`, … (puppeteer's `warn` is reported as `warning`). */
  readonly type: string;
  readonly text: string;
}

export interface TestPage {
  readonly browserName: BrowserName;
  /** Opens `url` and waits for its load event; clears the logs below first. */
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn` returns a truthy value in the page. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Prints the page to PDF, as the browser's own print would (no events sent by the test). */
  pdf(): Promise<Uint8Array>;
  /** Sets the viewport (CSS pixels) for what follows. */
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Emulates forced colours (Windows' high-contrast themes) for what follows;
   * false where the browser's automation cannot.
   */
  forcedColors(active: boolean): Promise<boolean>;
  /** Uncaught errors and unhandled rejections that reached the page. */
  readonly pageErrors: string[];
  readonly consoleMessages: ConsoleMessage[];
  /** Every URL the page requested, from any origin. */
  readonly requests: string[];
}

export interface TestBrowser {
  readonly name: BrowserName;
  newPage(): Promise<TestPage>;
  close(): Promise<void>;
}

export const viewport = { width: 1280, height: 900 };

// tsx compiles these tests with esbuild's keepNames, which wraps named inner
// functions in `__name(fn, "name")`; functions sent to the page need it too.
const keepNamesShim = 'globalThis.__name = globalThis.__name || function (fn) { return fn; };';

export function browsersUnderTest(): BrowserName[] {
  const wanted = (process.env.HOTLINE_BROWSERS ?? 'chromium,firefox').split(',');
  return (['chromium', 'firefox'] as const).filter((name) => wanted.includes(name));
}

export async function launchBrowser(name: BrowserName): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function launchChromium(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
    headless: true,
  });
  return {
    name: 'chromium',
    async newPage() {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(keepNamesShim);
      return wrapPlaywright(await context.newPage());
    },
    close: () => browser.close(),
  };
}

async function launchFirefox(): Promise<TestBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  return {
    name: 'firefox',
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.evaluateOnNewDocument(keepNamesShim);
      return wrapPuppeteer(page);
    },
    close: () => browser.close(),
  };
}

function logs() {
  const pageErrors: string[] = [];
  const consoleMessages: ConsoleMessage[] = [];
  const requests: string[] = [];
  const clear = () => {
    pageErrors.splice(0);
    consoleMessages.splice(0);
    requests.splice(0);
  };
  return { pageErrors, consoleMessages, requests, clear };
}

function wrapPlaywright(page: PlaywrightPage): TestPage {
  const log = logs();
  page.on('pageerror', (error) => log.pageErrors.push(String(error.stack ?? error)));
  page.on('console', (message) => log.consoleMessages.push({ type: message.type(), text: message.text() }));
  page.on('request', (request) => log.requests.push(request.url()));
  return {
    browserName: 'chromium',
    ...log,
    async goto(url) {
      log.clear();
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 5000) {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async forcedColors(active) {
      await page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
      return true;
    },
    pdf: async () => new Uint8Array(await page.pdf()),
  };
}

function wrapPuppeteer(page: PuppeteerPage): TestPage {
  const log = logs();
  page.on('pageerror', (error) => log.pageErrors.push(String((error as Error).stack ?? error)));
  page.on('console', (message) => {
    const type = message.type() === 'warn' ? 'warning' : message.type();
    log.consoleMessages.push({ type, text: message.text() });
  });
  page.on('request', (request) => log.requests.push(request.url()));
  return {
    browserName: 'firefox',
    ...log,
    async goto(url) {
      log.clear();
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 5000) {
      await page.waitForFunction(fn as never, { timeout: timeoutMs }, arg);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    async forcedColors(active) {
      try {
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: active ? 'active' : 'none' }]);
        return true;
      } catch {
        return false; // WebDriver BiDi has no media-feature emulation
      }
    },
    pdf: async () => new Uint8Array(await page.pdf()),
  };
}
