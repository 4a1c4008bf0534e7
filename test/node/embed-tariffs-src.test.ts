// Issue 4: a reseller's own tariffs through tariffs-src (or an inline JSON
// child): the file's plans replace the bundled ones, and every way of failing
// (HTTP error, timeout, not JSON, invalid) ends in the error panel and one
// hotline-tariffs-error, never in a thrown error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  defaultTariffs,
  describeInBrowsers,
  fixturePage,
  inlineTariffs,
  probeRecord,
  uncaughtErrors,
  widgetsSettled,
} from './support/embed-fixture.js';

/** A valid reseller file with one plan of its own. */
function resellerTariffs() {
  const tariffs = defaultTariffs();
  tariffs.plans = [{ ...tariffs.plans[0], id: 'reseller-only', name: 'Reseller special' }];
  return tariffs;
}

function invalidTariffs() {
  const tariffs = defaultTariffs();
  tariffs.plans[0].ratePerMinute = '-0.10';
  return tariffs;
}

const failures = {
  'not-found': { path: '/e2e/tariffs/missing.json' },
  'server-error': { path: '/e2e/tariffs/broken.json', route: { status: 500, body: 'Internal Server Error', type: 'text/plain' } },
  'invalid-json': { path: '/e2e/tariffs/truncated.json', route: { body: '{"schemaVersion": 1, "plans": [' } },
  'html-not-json': { path: '/e2e/tariffs/login.json', route: { body: '<!doctype html><title>Login</title>', type: 'text/html' } },
  'invalid-tariffs': { path: '/e2e/tariffs/invalid.json', route: { body: JSON.stringify(invalidTariffs()) } },
} as const;

const page = fixturePage({
  title: 'tariffs-src and inline tariffs',
  body: [
    '<hotline-calculator id="reseller" locale="en" tariffs-src="/e2e/tariffs/reseller.json"></hotline-calculator>',
    `<hotline-calculator id="inline-valid" locale="en">${inlineTariffs(resellerTariffs())}</hotline-calculator>`,
    ...Object.entries(failures).map(
      ([id, { path }]) => `<hotline-calculator id="${id}" locale="en" tariffs-src="${path}"></hotline-calculator>`,
    ),
    `<hotline-calculator id="inline-invalid-json" locale="en">${inlineTariffs('{"schemaVersion": 1,')}</hotline-calculator>`,
    `<hotline-calculator id="inline-invalid-tariffs" locale="zh-CN">${inlineTariffs(invalidTariffs())}</hotline-calculator>`,
  ].join('\n'),
});

const failingIds = [...Object.keys(failures), 'inline-invalid-json', 'inline-invalid-tariffs'];

function states() {
  const probe = (window as any).__hotline;
  return Object.fromEntries(
    [...document.querySelectorAll('hotline-calculator')].map((el) => {
      const panel = probe.parts(el, 'error')[0] as HTMLElement | undefined;
      return [
        el.id,
        {
          planIds: probe.parts(el, 'plan').map((card: HTMLElement) => card.dataset.planId),
          errorPanel: panel ? { visible: panel.checkVisibility(), text: probe.text(panel).trim() } : null,
        },
      ];
    }),
  );
}

describeInBrowsers('embedding: custom tariffs and their failures', (context) => {
  let shown: Record<string, { planIds: string[]; errorPanel: { visible: boolean; text: string } | null }>;
  let events: { type: string; target: string; detail: any }[];

  test('the page loads with no uncaught error', async () => {
    const { page: browserPage, server } = context;
    server.route('/e2e/tariffs/reseller.json', { body: JSON.stringify(resellerTariffs()) });
    for (const { path, ...rest } of Object.values(failures)) {
      if ('route' in rest) server.route(path, rest.route);
    }
    server.route('/e2e/tariffs-src.html', { body: page });
    await browserPage.goto(server.url('/e2e/tariffs-src.html'));
    await widgetsSettled(browserPage);
    shown = await browserPage.evaluate(states);
    events = (await probeRecord(browserPage)).events;
    assert.deepEqual(await uncaughtErrors(browserPage), []);
  });

  test("a reseller's file replaces the bundled plans (tariffs-src and inline)", () => {
    assert.deepEqual(shown.reseller.planIds, ['reseller-only']);
    assert.deepEqual(shown['inline-valid'].planIds, ['reseller-only']);
    assert.equal(shown.reseller.errorPanel, null);
  });

  for (const id of failingIds) {
    test(`${id}: error panel and one hotline-tariffs-error with issues`, () => {
      assert.deepEqual(shown[id].planIds, [], 'plans shown despite the failure');
      assert.ok(shown[id].errorPanel?.visible, 'no visible error panel');
      assert.ok((shown[id].errorPanel?.text.length ?? 0) > 10, 'the error panel says nothing');
      const mine = events.filter((event) => event.type === 'hotline-tariffs-error' && event.target === id);
      assert.equal(mine.length, 1, `${mine.length} hotline-tariffs-error events`);
      const issues = mine[0].detail?.issues;
      assert.ok(Array.isArray(issues) && issues.length > 0, 'no issues in the event');
      for (const issue of issues) {
        assert.equal(typeof issue.path, 'string');
        assert.ok(typeof issue.message === 'string' && issue.message.length > 0);
      }
    });
  }

  test("invalid tariffs carry the validator's paths", () => {
    for (const id of ['invalid-tariffs', 'inline-invalid-tariffs']) {
      const event = events.find((e) => e.type === 'hotline-tariffs-error' && e.target === id);
      const paths = event?.detail.issues.map((issue: { path: string }) => issue.path);
      assert.ok(paths?.includes('plans[0].ratePerMinute'), `${id}: ${paths}`);
    }
  });

  test('a tariffs-src that does not answer in time: error panel and the event', async () => {
    const { page: browserPage, server } = context;
    server.route('/e2e/tariffs/slow.json', { body: JSON.stringify(resellerTariffs()), delayMs: 3000 });
    server.route('/e2e/timeout.html', {
      body: fixturePage({
        title: 'tariffs-src timeout',
        head: '<script src="/hotline-calculator.js"></script>\n<script src="/e2e/short-timeout.js"></script>',
        body: '<hotline-calculator id="slow" locale="en" tariffs-src="/e2e/tariffs/slow.json"></hotline-calculator>',
      }),
    });
    const started = Date.now();
    await browserPage.goto(server.url('/e2e/timeout.html'));
    await widgetsSettled(browserPage);
    assert.ok(Date.now() - started < 2500, 'the widget waited for the slow file instead of timing out');
    const state = (await browserPage.evaluate(states)).slow;
    assert.deepEqual(state.planIds, []);
    assert.ok(state.errorPanel?.visible, 'no visible error panel');
    const errors = (await probeRecord(browserPage)).events.filter((event) => event.type === 'hotline-tariffs-error');
    assert.equal(errors.length, 1);
    assert.deepEqual(await uncaughtErrors(browserPage), []);
  });

  test('the working instances send no hotline-tariffs-error', () => {
    const wrong = events.filter(
      (event) => event.type === 'hotline-tariffs-error' && ['reseller', 'inline-valid'].includes(event.target),
    );
    assert.deepEqual(wrong, []);
  });
});
