// The answer first, on any screen (the built script on a reseller-like page,
// Chromium and Firefox): at 320, 360, 768 and 1280 px the cheapest plan's name
// and monthly figure are within the first 900 px once the minutes change; on
// narrow hosts they stay in view while the visitor scrolls through the other
// controls; with every panel open the page never scrolls sideways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeInBrowsers, fixturePage, uncaughtErrors, widgetsSettled } from './support/embed-fixture.js';

const WIDTHS = [320, 360, 768, 1280];
const page = (locale: string) =>
  fixturePage({
    title: 'layout',
    body: `<main style="margin: 0 auto; max-width: 1200px"><p>Reseller header</p><hotline-calculator id="calc" locale="${locale}" add-ons="ivr"></hotline-calculator></main>`,
  });

/** In the page: the visitor types 3,000 minutes; returns where the answer is and what it says. */
async function typeMinutes() {
  const el = document.getElementById('calc') as any;
  const root = el.shadowRoot as ShadowRoot;
  const field = root.querySelector<HTMLInputElement>('#minutes-number')!;
  field.value = '3000';
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  const cheapest = el.quote.plans.find((p: any) => p.planId === el.quote.cheapestPlanId);
  const name = el.tariffs.plans.find((p: any) => p.id === cheapest.planId).name;
  const bar = [...root.querySelectorAll<HTMLElement>('.result-bar')].find((b) => b.checkVisibility())!;
  const rect = bar.getBoundingClientRect();
  return {
    text: (bar.textContent ?? '').replace(/\s+/g, ' '),
    names: typeof name === 'string' ? [name] : Object.values(name),
    average: cheapest.averageMonthly.replace(/\.00$/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ','),
    bottom: rect.bottom + window.scrollY,
  };
}

/** In the page: opens "more options", scrolls to its last control, moves it; returns whether the bar stayed in view. */
async function scrollThroughOptions() {
  const el = document.getElementById('calc') as any;
  const root = el.shadowRoot as ShadowRoot;
  const toggle = root.querySelector<HTMLButtonElement>('.options-toggle')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
  const inputs = [...root.querySelectorAll<HTMLInputElement>('.options-panel input[type="checkbox"]')];
  const last = inputs[inputs.length - 1]!;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const seen: { inView: boolean; text: string }[] = [];
  for (const target of [inputs[0]!, last]) {
    target.scrollIntoView({ block: 'end' });
    await frame();
    target.click();
    await el.updateComplete;
    await frame();
    const bar = [...root.querySelectorAll<HTMLElement>('.result-bar')].find((b) => b.checkVisibility())!;
    const rect = bar.getBoundingClientRect();
    seen.push({ inView: rect.top >= -1 && rect.bottom <= innerHeight + 1, text: (bar.textContent ?? '').replace(/\s+/g, ' ') });
  }
  return seen;
}

/** In the page: opens every panel and disclosure, focuses the chart; returns the page's widths. */
async function openEverything() {
  const el = document.getElementById('calc') as any;
  const root = el.shadowRoot as ShadowRoot;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const toggle = root.querySelector<HTMLButtonElement>('.options-toggle')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  root.querySelector<HTMLButtonElement>('.show-all')?.click();
  await el.updateComplete;
  for (const details of root.querySelectorAll('details')) details.open = true;
  // The panel computes its ranges and curves once its toggle event has come.
  for (let i = 0; i < 200 && !root.querySelector('hotline-break-even-chart'); i++) await frame();
  await el.updateComplete;
  for (const card of root.querySelectorAll<any>('hotline-plan-card')) {
    card.shadowRoot.querySelector('details').open = true;
  }
  const chart = root.querySelector<any>('hotline-break-even-chart');
  await chart?.updateComplete;
  const explorer = chart?.shadowRoot.querySelector('.explorer') as SVGElement | undefined;
  explorer?.focus();
  explorer?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
  await frame();
  const html = document.documentElement;
  return { scrollWidth: html.scrollWidth, clientWidth: html.clientWidth, chart: !!chart, widget: el.scrollWidth - el.clientWidth };
}

describeInBrowsers('embedding: the answer in view at every width', (context) => {
  for (const locale of ['zh-CN', 'en']) {
    for (const width of WIDTHS) {
      test(`${locale} at ${width} px: the cheapest plan is within the first 900 px after the minutes change`, async () => {
        const { page: tab, server } = context;
        server.route(`/e2e/layout-${locale}.html`, { body: page(locale) });
        await tab.setViewport(width, 900);
        await tab.goto(server.url(`/e2e/layout-${locale}.html`));
        await widgetsSettled(tab);
        const answer = await tab.evaluate(typeMinutes);
        assert.ok(answer.names.some((name) => answer.text.includes(String(name))), `the bar names the cheapest plan: ${answer.text}`);
        assert.ok(answer.text.includes(answer.average), `the bar shows ${answer.average}: ${answer.text}`);
        assert.ok(answer.bottom <= 900, `the answer ends at ${Math.round(answer.bottom)} px`);
        if (width < 720) {
          for (const { inView, text } of await tab.evaluate(scrollThroughOptions)) {
            assert.ok(inView, `the result bar left the screen while the controls scrolled (${text})`);
          }
        }
        const sizes = await tab.evaluate(openEverything);
        assert.ok(sizes.chart, 'the chart is open');
        assert.equal(sizes.scrollWidth, sizes.clientWidth, 'the page scrolls sideways with every panel open');
        assert.equal(sizes.widget, 0, 'the widget is wider than its box');
        assert.deepEqual(await uncaughtErrors(tab), []);
      });
    }
  }
});
