// Issue 4: tariff files are data from outside. Markup in their text renders
// as text, a `javascript:` URL never becomes a link, whether the file comes
// as an inline <script type="application/json"> child or through tariffs-src.
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
import type { TestPage } from './support/browsers.js';

const planName = `<img src=x onerror="window.__pwned='plan name'">`;
const planSummary = `<script>window.__pwned='summary'</script>`;
const notice = `<iframe src="javascript:window.__pwned='notice'"></iframe><b>bold?</b>`;
const carrierName = `<a href="javascript:window.__pwned='carrier'">carrier</a>`;
const regionName = `<svg onload="window.__pwned='region'"></svg>`;

/** Valid tariffs whose visitor-facing text is all markup. */
function markupTariffs() {
  const tariffs = defaultTariffs();
  tariffs.plans[0].name = planName;
  tariffs.plans[0].summary = planSummary;
  tariffs.notice = notice;
  tariffs.carriers[0].name = carrierName;
  tariffs.regions[0].name = regionName;
  return tariffs;
}

/** Tariffs the validator must reject: unsafe URL schemes, and a key that is markup. */
function unsafeUrlTariffs() {
  const tariffs = defaultTariffs();
  tariffs.carriers[0].url = "javascript:window.__pwned='carrier url'";
  tariffs.plans[0].source = 'data:text/html,<script>parent.__pwned=1</script>';
  tariffs.plans[0][`<img src=x onerror="window.__pwned='key'">`] = 1;
  return tariffs;
}

/** Every trace markup or a URL could leave in the page. */
function traces() {
  const probe = (window as any).__hotline;
  const all = probe.deepAll('*') as Element[];
  const unsafeUrls = all.flatMap((element) =>
    [...element.attributes]
      .filter((attribute) => /^(href|src|action|formaction|xlink:href|data)$/i.test(attribute.name))
      .map((attribute) => attribute.value)
      .filter((value) => !/^(https?:|mailto:|tel:|#|\/|\?|[\w.-]+(\/|$))/i.test(value.trim()) || /^\s*javascript:/i.test(value)),
  );
  const eventHandlers = all.flatMap((element) =>
    [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((a) => `${element.localName} ${a.name}`),
  );
  const widgets = [...document.querySelectorAll('hotline-calculator')];
  const injected = widgets.flatMap((el) =>
    (probe.deepAll('img, script, iframe, object, embed, svg[onload]', el.shadowRoot) as Element[]).map((e) => e.localName),
  );
  return {
    pwned: (window as any).__pwned ?? null,
    unsafeUrls,
    eventHandlers,
    injected,
    widgets: widgets.map((el) => ({
      id: el.id,
      text: probe.text(el) as string,
      plans: probe.parts(el, 'plan').length,
      errorPanel: probe.parts(el, 'error').some((panel: Element) => panel.checkVisibility()),
    })),
  };
}

async function noTraces(page: TestPage) {
  const found = await page.evaluate(traces);
  assert.equal(found.pwned, null, 'markup from the tariffs ran');
  assert.deepEqual(found.unsafeUrls, [], 'a link or source with an unsafe scheme');
  assert.deepEqual(found.eventHandlers, [], 'an inline event handler attribute');
  assert.deepEqual(found.injected, [], 'an element made from tariff text');
  assert.deepEqual(await uncaughtErrors(page), []);
  return found;
}

describeInBrowsers('embedding: untrusted tariff text and URLs', (context) => {
  test('markup in tariff text renders as text (inline JSON and tariffs-src)', async () => {
    const { page, server } = context;
    server.route('/e2e/tariffs/markup.json', { body: JSON.stringify(markupTariffs()) });
    server.route('/e2e/markup.html', {
      body: fixturePage({
        title: 'markup in tariff text',
        body: `
<hotline-calculator id="inline" locale="en" max-plans="0">${inlineTariffs(markupTariffs())}</hotline-calculator>
<hotline-calculator id="remote" locale="en" max-plans="0" tariffs-src="tariffs/markup.json"></hotline-calculator>`,
      }),
    });
    await page.goto(server.url('/e2e/markup.html'));
    await widgetsSettled(page);
    const found = await noTraces(page);
    for (const widget of found.widgets) {
      assert.ok(widget.plans > 0 && !widget.errorPanel, `${widget.id} did not accept valid tariffs`);
      assert.ok(widget.text.includes(planName), `${widget.id} does not show the plan name as text`);
      assert.ok(widget.text.includes(notice), `${widget.id} does not show the notice as text`);
    }
    assert.ok(!server.requests.some((path) => /^\/e2e\/x\b/.test(path)), 'the <img> was requested');
  });

  for (const [how, body] of [
    ['an inline JSON child', `<hotline-calculator id="w" locale="en">${inlineTariffs(unsafeUrlTariffs())}</hotline-calculator>`],
    ['tariffs-src', '<hotline-calculator id="w" locale="en" tariffs-src="/e2e/tariffs/unsafe-url.json"></hotline-calculator>'],
  ] as const) {
    test(`javascript: and data: URLs from ${how} are refused with the error panel, never linked`, async () => {
      const { page, server } = context;
      server.route('/e2e/tariffs/unsafe-url.json', { body: JSON.stringify(unsafeUrlTariffs()) });
      server.route('/e2e/unsafe-url.html', { body: fixturePage({ title: 'unsafe URLs', body }) });
      await page.goto(server.url('/e2e/unsafe-url.html'));
      await widgetsSettled(page);
      const found = await noTraces(page);
      assert.ok(found.widgets[0].errorPanel, 'no error panel');
      assert.equal(found.widgets[0].plans, 0);
      const { events } = await probeRecord(page);
      const errors = events.filter((event) => event.type === 'hotline-tariffs-error');
      assert.equal(errors.length, 1, 'one hotline-tariffs-error');
      const paths = errors[0].detail.issues.map((issue: { path: string }) => issue.path);
      assert.ok(paths.includes('carriers[0].url'), `issues: ${paths}`);
      assert.ok(paths.includes('plans[0].source'), `issues: ${paths}`);
    });
  }
});
