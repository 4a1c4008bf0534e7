// Issue 4: the marketers' tariff preview (dist/tariff-preview.html), served as
// built from a static host: a dropped file gets every problem with its path
// and line:column, or the live calculator and the totals table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultTariffs, describeInBrowsers, digits, uncaughtErrors } from './support/embed-fixture.js';
import type { TestPage } from './support/browsers.js';
import { estimate } from '../../src/engine/estimate.js';
import { parseTariffs } from '../../src/tariffs/validate.js';

/** Drops a file with `text` on the page, as a marketer dragging it from the desktop would. */
async function dropFile(page: TestPage, name: string, text: string) {
  await page.evaluate(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      const zone = document.getElementById('drop-zone')!;
      zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { name, text },
  );
  await page.waitFor((name) => document.getElementById('status')!.textContent!.startsWith(name), name);
}

function visibleReport() {
  const rows = (id: string) =>
    [...document.getElementById(id)!.querySelectorAll('tr')].map((row) =>
      [...row.children].map((cell) => (cell.textContent ?? '').trim()),
    );
  const calculator = document.getElementById('calculator') as any;
  return {
    status: document.getElementById('status')!.textContent!,
    problemsShown: !document.getElementById('problems')!.hidden,
    previewShown: !document.getElementById('preview')!.hidden,
    problems: rows('problem-rows'),
    totals: rows('totals-rows'),
    calculatorPlans: calculator.quote?.plans.map((plan: { planId: string }) => plan.planId) ?? [],
  };
}

// Served with a strict CSP: the page has no inline script or style to allow.
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";
const cspComplaints = (page: TestPage) =>
  page.consoleMessages.filter((message) => /content.security.policy/i.test(message.text));

describeInBrowsers('tariff preview page (strict CSP)', (context) => {
  test('a file with mistakes lists each with its path and line:column', async () => {
    const { page, server } = context;
    await page.goto(server.url('/tariff-preview.html'));
    const text = JSON.stringify(defaultTariffs(), null, 2)
      .replace('"ratePerMinute"', '"ratePerMinuite"')
      .replace(/"effectiveDate": "[^"]*"/, '"effectiveDate": "soon"');
    await dropFile(page, 'typo.json', text);
    const report = await page.evaluate(visibleReport);
    assert.ok(report.problemsShown && !report.previewShown);
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;
    // As tariffs:check: a wrong value at the value, an unknown field at its name.
    const expected = [
      [`${lineOf('"effectiveDate"')}:20`, 'effectiveDate'],
      [`${lineOf('"ratePerMinuite"')}:7`, 'plans[0] (telecom-600).ratePerMinuite'],
    ];
    for (const [where, path] of expected) {
      assert.ok(
        report.problems.some(([cellWhere, cellPath, message]) => cellWhere === where && cellPath === path && message),
        `no problem ${path} at ${where} in ${JSON.stringify(report.problems)}`,
      );
    }
    assert.ok(report.problems.some(([, path]) => path === 'plans[0] (telecom-600).ratePerMinute'), 'the missing field is listed');
    // In reading order, as tariffs:check lists them.
    const order = report.problems.map(([where]) => where.split(':').map(Number));
    assert.deepEqual(order, [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    assert.deepEqual(await uncaughtErrors(page), []);
  });

  test('text that is not JSON points at the line and column where it breaks', async () => {
    const { page } = context;
    await dropFile(page, 'broken.json', '{\n  "schemaVersion": 1,\n  "currency": "CNY",,\n}');
    const report = await page.evaluate(visibleReport);
    assert.equal(report.problems.length, 1);
    assert.equal(report.problems[0][0], '3:21');
    assert.match(report.problems[0][2], /extra comma: remove this ,/);
  });

  test('a valid file shows the live calculator and the totals at 300, 3,000 and 30,000 minutes', async () => {
    const { page } = context;
    const document = defaultTariffs();
    document.plans = document.plans.slice(0, 3);
    await dropFile(page, 'good.json', JSON.stringify(document));
    await page.waitFor(() => (window as any).document.getElementById('calculator').quote !== null);
    const report = await page.evaluate(visibleReport);
    assert.ok(report.previewShown && !report.problemsShown);
    const tariffs = parseTariffs(document);
    assert.deepEqual([...report.calculatorPlans].sort(), tariffs.plans.map((plan) => plan.id).sort());
    assert.equal(report.totals.length, 3);
    tariffs.plans.forEach((plan, index) => {
      const [name, ...cells] = report.totals[index];
      assert.ok(name.includes(plan.id));
      [300, 3000, 30000].forEach((minutesPerMonth, column) => {
        const quote = estimate(tariffs, { minutesPerMonth }).plans.find((p) => p.planId === plan.id)!;
        assert.equal(digits(cells[column]), digits(quote.monthlyTotal), `${plan.id} at ${minutesPerMonth}`);
      });
    });
    assert.deepEqual(await uncaughtErrors(page), []);
    assert.deepEqual(cspComplaints(page), []);
  });
}, { headers: (path): Record<string, string> => (path.endsWith('.html') ? { 'Content-Security-Policy': strictPolicy } : {}) });
