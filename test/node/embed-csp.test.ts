// Issue 4: the widget under a strict Content-Security-Policy
// (no inline script or style, no eval), against the built script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  defaultTariffs,
  describeInBrowsers,
  fixturePage,
  probeRecord,
  uncaughtErrors,
  widgetsSettled,
} from './support/embed-fixture.js';

const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";

const tariffs = defaultTariffs();
const firstPlan = tariffs.plans[0];

const widgetsPage = fixturePage({
  title: 'strict CSP',
  body: `
<hotline-calculator id="zh" locale="zh-CN" cta-href="/apply?plan={plan}&amp;total={total}"></hotline-calculator>
<hotline-calculator id="en" locale="en" minutes="30000" share></hotline-calculator>
<hotline-calculator id="remote" locale="en" tariffs-src="/e2e/csp-tariffs.json"></hotline-calculator>`,
});

/**
 * Moves every slider and switches on every option that is off (add-ons, call
 * length), so that whatever the widget styles dynamically gets applied.
 * Options that are on (the carriers shown) stay on, so plans stay visible.
 */
function touchEveryControl() {
  const probe = (window as any).__hotline;
  for (const input of probe.deepAll('input[type="range"]') as HTMLInputElement[]) {
    const max = Number(input.max || 100);
    const min = Number(input.min || 0);
    input.value = String(Math.round(min + (max - min) * 0.37));
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  for (const input of probe.deepAll('input[type="checkbox"]') as HTMLInputElement[]) {
    if (!input.checked) input.click();
  }
}

/** CSP complaints the browser logged to the console. */
const cspConsoleMessages = (messages: { text: string }[]) =>
  messages.filter((message) => /content.security.policy/i.test(message.text));

describeInBrowsers(
  'embedding: strict CSP',
  (context) => {
    test('the widget renders and reacts with no CSP violation', async () => {
      const { page, server } = context;
      server.route('/e2e/csp.html', { body: widgetsPage });
      server.route('/e2e/csp-tariffs.json', { body: JSON.stringify(tariffs) });
      await page.goto(server.url('/e2e/csp.html'));
      await widgetsSettled(page);
      await page.evaluate(touchEveryControl);
      await widgetsSettled(page);

      const rendered = await page.evaluate(() => {
        const probe = (window as any).__hotline;
        return [...document.querySelectorAll('hotline-calculator')].map((el) => ({
          id: el.id,
          plans: probe.parts(el, 'plan').length,
          errors: probe.parts(el, 'error').length,
          total: probe.parts(el, 'plan-total')[0]?.textContent?.trim() ?? '',
        }));
      });
      for (const widget of rendered) {
        assert.ok(widget.plans > 0 && widget.errors === 0, `${widget.id} did not render its plans`);
        assert.match(widget.total, /\d/, `${widget.id} shows no total`);
      }
      const { violations } = await probeRecord(page);
      assert.deepEqual(violations, []);
      assert.deepEqual(cspConsoleMessages(page.consoleMessages), []);
      assert.deepEqual(await uncaughtErrors(page), []);
    });

    test('the error panel renders with no CSP violation', async () => {
      const { page, server } = context;
      server.route('/e2e/csp-error.html', {
        body: fixturePage({
          title: 'strict CSP, bad tariffs',
          body: '<hotline-calculator locale="en" tariffs-src="/e2e/missing-tariffs.json"></hotline-calculator>',
        }),
      });
      await page.goto(server.url('/e2e/csp-error.html'));
      await widgetsSettled(page);
      const panels = await page.evaluate(
        () => (window as any).__hotline.parts(document.querySelector('hotline-calculator'), 'error').length,
      );
      assert.ok(panels > 0, 'no error panel');
      assert.deepEqual((await probeRecord(page)).violations, []);
      assert.deepEqual(cspConsoleMessages(page.consoleMessages), []);
      assert.deepEqual(await uncaughtErrors(page), []);
    });

    test('dist/embed.html, the reseller example, renders under the policy too', async () => {
      const { page, server } = context;
      await page.goto(server.url('/embed.html'));
      await widgetsSettled(page);
      const widgets = await page.evaluate(() =>
        [...document.querySelectorAll('hotline-calculator')].map((el: any) => el.quote?.plans.length ?? 0),
      );
      assert.ok(widgets.length >= 1 && widgets.every((plans) => plans > 0), `plans per widget: ${widgets}`);
      assert.deepEqual(cspConsoleMessages(page.consoleMessages), []);
      assert.deepEqual(await uncaughtErrors(page), []);
    });

    // Proves the two tests above can fail: this page really enforces the
    // policy, and the probe sees a violation when one happens.
    test('the policy is enforced and violations are seen', async () => {
      const { page, server } = context;
      server.route('/e2e/csp-check.html', {
        body: fixturePage({ title: 'CSP check', head: '<script src="/e2e/csp-check.js"></script>', body: '' }),
      });
      await page.goto(server.url('/e2e/csp-check.html'));
      const outcome = await page.evaluate(() => (window as any).__cspCheck);
      assert.equal(outcome.evaluated, 'blocked');
      assert.notEqual(outcome.inlineStyle, 'rgb(255, 0, 0)');
      await page.waitFor(() => (window as any).__hotline.violations.length >= 2);
    });
  },
  { headers: (path): Record<string, string> => (path.endsWith('.html') ? { 'Content-Security-Policy': strictPolicy } : {}) },
);
