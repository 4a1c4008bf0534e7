// Issue 4: the script pasted twice (or two copies of it) and two differently
// set up instances on one page, against the built dist/hotline-calculator.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localize } from '../../src/tariffs/localized-text.js';
import {
  defaultTariffs,
  describeInBrowsers,
  digits,
  fixturePage,
  probeRecord,
  uncaughtErrors,
  widgetsSettled,
} from './support/embed-fixture.js';

const tariffs = defaultTariffs();
const allPlanIds: string[] = tariffs.plans.map((plan: { id: string }) => plan.id);
const filteredPlanIds = allPlanIds.slice(0, 2);

const page = fixturePage({
  title: 'two copies, two instances',
  head: `
<script src="/hotline-calculator.js" defer></script>
<script src="/hotline-calculator.js?second-copy" defer></script>`,
  body: `
<hotline-calculator id="a" locale="zh-CN" minutes="300" max-plans="0"></hotline-calculator>
<hotline-calculator id="b" locale="en" minutes="30000" max-plans="0" plans="${filteredPlanIds.join(' ')}"></hotline-calculator>`,
});

interface Shown {
  minutes: number;
  quoted: Record<string, string>;
  cards: { planId: string; total: string | undefined; text: string }[];
}

/** What one instance shows: its cards (id, headline figure, text) and its quote's headline figures. */
function shown(id: string): Shown {
  const probe = (window as any).__hotline;
  const el = document.getElementById(id) as any;
  return {
    minutes: el.quote.usage.minutesPerMonth as number,
    quoted: Object.fromEntries(el.quote.plans.map((p: any) => [p.planId, p.averageMonthly])) as Record<string, string>,
    cards: probe.parts(el, 'plan').map((card: HTMLElement) => ({
      planId: card.dataset.planId as string,
      total: probe.parts(card, 'plan-total')[0]?.textContent ?? card.querySelector('[part~="plan-total"]')?.textContent ?? undefined,
      text: probe.text(card) as string,
    })),
  };
}

describeInBrowsers('embedding: script included twice, two instances', (context) => {
  test('loading the script twice throws nothing and warns once', async () => {
    const { page: browserPage, server } = context;
    server.route('/e2e/twice.html', { body: page });
    await browserPage.goto(server.url('/e2e/twice.html'));
    await widgetsSettled(browserPage);
    assert.deepEqual(await uncaughtErrors(browserPage), []);
    const warnings = browserPage.consoleMessages.filter((message) => message.type === 'warning');
    assert.equal(warnings.length, 1, `expected one warning, got ${JSON.stringify(warnings)}`);
    assert.equal(
      await browserPage.evaluate(() => typeof customElements.get('hotline-calculator')),
      'function',
    );
  });

  test('the script makes no request besides itself', () => {
    // The browser's own favicon probe and data: URLs (Firefox loads a built-in
    // font that way) are not requests of the page.
    const requested = context.page.requests
      .map((url) => new URL(url))
      .filter((url) => url.pathname !== '/favicon.ico' && url.protocol !== 'data:')
      .map((url) => (url.origin === context.server.origin ? url.pathname + url.search : url.href));
    assert.deepEqual(requested.sort(), [
      '/e2e/probe.js',
      '/e2e/twice.html',
      '/hotline-calculator.js',
      '/hotline-calculator.js?second-copy',
    ]);
  });

  test('each instance keeps its own locale, usage and plan filter', async () => {
    const a = await context.page.evaluate(shown, 'a');
    const b = await context.page.evaluate(shown, 'b');
    assert.equal(a.minutes, 300);
    assert.equal(b.minutes, 30000);
    assert.deepEqual(a.cards.map((card) => card.planId).sort(), [...allPlanIds].sort());
    assert.deepEqual(b.cards.map((card) => card.planId).sort(), [...filteredPlanIds].sort());
    for (const [instance, locale] of [[a, 'zh-CN'], [b, 'en']] as const) {
      for (const card of instance.cards) {
        const plan = tariffs.plans.find((p: { id: string }) => p.id === card.planId);
        assert.ok(card.text.includes(localize(plan.name, locale)), `${card.planId} is not named in ${locale}`);
        assert.equal(digits(card.total ?? ''), digits(instance.quoted[card.planId]), `${card.planId} total`);
      }
    }
    // Same plan, different minutes: the instances really computed separately.
    const shared = filteredPlanIds[0];
    assert.notEqual(a.quoted[shared], b.quoted[shared]);
  });

  test('changing one instance leaves the other untouched', async () => {
    const { page: browserPage } = context;
    const before = await browserPage.evaluate(shown, 'b');
    await browserPage.evaluate(() => {
      (window as any).__hotline.events.length = 0;
      (document.getElementById('a') as any).usage = { minutesPerMonth: 5000 };
    });
    await widgetsSettled(browserPage);
    const a = await browserPage.evaluate(shown, 'a');
    const b = await browserPage.evaluate(shown, 'b');
    assert.equal(a.minutes, 5000);
    for (const card of a.cards) assert.equal(digits(card.total ?? ''), digits(a.quoted[card.planId]));
    assert.deepEqual(b, before);
    const { events } = await probeRecord(browserPage);
    const changes = events.filter((event) => event.type === 'hotline-quote-change');
    assert.ok(changes.length >= 1, 'a sends hotline-quote-change');
    assert.deepEqual([...new Set(changes.map((event) => event.target))], ['a']);
    assert.deepEqual(await uncaughtErrors(browserPage), []);
  });
});
