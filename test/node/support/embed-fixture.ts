/**
 * Shared set-up of the embedding tests: a static server over dist/, one
 * browser launch per browser per test file, reused page, fixture pages built
 * the way a reseller would write them (probe first, then the classic script).
 */
import { after, before, describe } from 'node:test';
import { readFileSync } from 'node:fs';
import { launchBrowser, browsersUnderTest, type TestBrowser, type TestPage } from './browsers.js';
import { startStaticServer, type ServerOptions, type StaticServer } from './static-server.js';

export interface EmbedContext {
  page: TestPage;
  server: StaticServer;
}

/**
 * Declares `body`'s tests once per browser under test. `context` is filled
 * in before the first test runs.
 */
export function describeInBrowsers(
  title: string,
  body: (context: EmbedContext) => void,
  serverOptions: ServerOptions = {},
): void {
  for (const browserName of browsersUnderTest()) {
    describe(`${title} (${browserName})`, () => {
      const context = {} as EmbedContext;
      let browser: TestBrowser | undefined;
      before(async () => {
        context.server = await startStaticServer(serverOptions);
        browser = await launchBrowser(browserName);
        context.page = await browser.newPage();
      });
      after(async () => {
        await browser?.close();
        await context.server?.close();
      });
      body(context);
    });
  }
}

/** The script tag a reseller pastes. */
export const embedScript = '<script src="/hotline-calculator.js" defer></script>';

/** A fixture page: the probe first, then `head` and `body` as given. */
export function fixturePage({ title, head = embedScript, body }: { title: string; head?: string; body: string }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<script src="/e2e/probe.js"></script>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** A fresh copy of the bundled tariff document. */
export function defaultTariffs(): Record<string, any> {
  return JSON.parse(readFileSync(new URL('../../../src/tariffs/default.json', import.meta.url), 'utf8'));
}

/** A tariff document as an inline `<script type="application/json">` child, escaped as a page author must. */
export function inlineTariffs(document: unknown): string {
  const json = typeof document === 'string' ? document : JSON.stringify(document, null, 1);
  return `<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`;
}

/**
 * Waits until every `<hotline-calculator>` on the page shows plans or its
 * error panel (while a `tariffs-src` is loading it shows neither) and has
 * finished updating.
 */
export async function widgetsSettled(page: TestPage, timeoutMs = 10_000): Promise<void> {
  try {
    await page.waitFor(() => {
      // Self-contained (no probe), so that it works on any page, e.g. dist/embed.html.
      const hasPart = (root: ShadowRoot | null | undefined, part: string): boolean =>
        !!root &&
        (root.querySelector(`[part~="${part}"]`) !== null ||
          [...root.querySelectorAll('*')].some((element) => hasPart(element.shadowRoot, part)));
      const widgets = [...document.querySelectorAll('hotline-calculator')];
      return widgets.length > 0 && widgets.every((el) => hasPart(el.shadowRoot, 'plan') || hasPart(el.shadowRoot, 'error'));
    }, undefined, timeoutMs);
  } catch (error) {
    const states = await page.evaluate(() =>
      [...document.querySelectorAll('hotline-calculator')].map(
        (el) => `#${el.id}: "${(el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 160)}"`,
      ),
    );
    throw new Error(`the widgets did not settle (${error}):\n${states.join('\n')}`);
  }
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('hotline-calculator')].map((el: any) => el.updateComplete)),
  );
  // hotline-quote-change is sent at most once per frame: let the frame pass.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** What the probe recorded: uncaught errors, CSP violations, widget events. */
export interface ProbeRecord {
  errors: string[];
  violations: string[];
  events: { type: string; target: string; detail: any }[];
}

export function probeRecord(page: TestPage): Promise<ProbeRecord> {
  return page.evaluate(() => {
    const { errors, violations, events } = (window as any).__hotline;
    return { errors, violations, events };
  });
}

/** Everything that reached the page uncaught (pages without the probe: what the browser reported). */
export async function uncaughtErrors(page: TestPage): Promise<string[]> {
  const recorded = await page.evaluate(() => ((window as any).__hotline?.errors ?? []) as string[]);
  return [...page.pageErrors, ...recorded];
}

/** Only the digits of a displayed amount: "¥1,234.50" and "1234.50" both give "123450". */
export const digits = (text: string) => text.replace(/\D/g, '');
