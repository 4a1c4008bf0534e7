// The marketers' tariff preview (dist/tariff-preview.html), served as built
// from a static host: a dropped file gets every problem with its path and
// line:column, or the live calculator and the totals table; with the file now
// live beside it, what the edit changes; usable at 320 px and by keyboard and
// screen reader (axe finds nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultTariffs, describeInBrowsers, digits, uncaughtErrors, widgetsSettled } from './support/embed-fixture.js';
import type { TestPage } from './support/browsers.js';
import { estimate } from '../../src/engine/estimate.js';
import { parseTariffs } from '../../src/tariffs/validate.js';
import { compareTariffs } from '../../src/engine/compare-tariffs.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const editedText = readFileSync(new URL('../fixtures/tariffs-three-prices-one-plan-removed.json', import.meta.url), 'utf8');

/** A file whose problems have long paths, which a narrow screen must wrap at `.` and `[`. */
function longPathsText(): string {
  const document = defaultTariffs();
  // Ids and field names as long as real ones get; a name wider than the
  // column itself would still break inside rather than widen the page.
  document.plans[0].regionMultipliers = { 'hong-kong-macao': '1.5' };
  document.plans[0].addOns.ivr = { monthly: '10', oneTimeRecordingFeeForTheMenu: '50' };
  return JSON.stringify(document, null, 2);
}

/** In the page: the rows of the "what changed" tables, as a marketer reads them. */
function visibleChanges() {
  const rows = (id: string) =>
    [...document.getElementById(id)!.querySelectorAll('tr')].map((row) =>
      [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
  return {
    shown: !document.getElementById('changes')!.hidden && !document.getElementById('changes-result')!.hidden,
    rows: rows('change-rows'),
    cheapest: rows('cheapest-rows'),
    added: document.getElementById('plans-added')!.textContent!.replace(/\s+/g, ' ').trim(),
    removed: document.getElementById('plans-removed')!.textContent!.replace(/\s+/g, ' ').trim(),
    status: document.getElementById('status')!.textContent!,
  };
}

/** In the page: how wide the page and each visible table box are, and whether each path wraps only at `.` and `[`. */
function layout() {
  const root = document.documentElement;
  const boxes = [...document.querySelectorAll<HTMLElement>('.table-box')].filter((box) => box.checkVisibility());
  const paths = [...document.querySelectorAll<HTMLElement>('#problem-rows code')];
  // The lines a path's text is on: the distinct tops of its text's boxes (the
  // empty boxes of <wbr> do not count).
  const linesOf = (node: Node) => {
    const texts: Node[] = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode(); text; text = walker.nextNode()) texts.push(text);
    const tops = texts.flatMap((text) => {
      const range = document.createRange();
      range.selectNodeContents(text);
      return [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
    });
    return new Set(tops).size;
  };
  return {
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    boxes: boxes.map((box) => ({
      label: document.getElementById(box.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '',
      role: box.getAttribute('role'),
      tabIndex: box.tabIndex,
      left: box.getBoundingClientRect().left,
      right: box.getBoundingClientRect().right,
      scrolls: box.scrollWidth > box.clientWidth,
      overflowX: getComputedStyle(box).overflowX,
    })),
    paths: paths.map((code) => ({
      text: code.textContent!,
      breaks: code.querySelectorAll('wbr').length,
      lines: linesOf(code),
      // Each name between two <wbr> (a text node, or the element holding it).
      segmentLines: [...code.childNodes].filter((n) => n.nodeName !== 'WBR').map(linesOf),
      fits: code.getBoundingClientRect().right <= code.parentElement!.getBoundingClientRect().right + 0.5,
    })),
  };
}

/** Runs axe on the page (served from the page's own origin, so a strict CSP allows it); returns the violations. */
async function axeViolations(page: TestPage): Promise<string[]> {
  await page.evaluate(async () => {
    if ((window as any).axe) return;
    const script = document.createElement('script');
    script.src = '/axe.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map(
      (v: any) => `${v.id}: ${v.help} — ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`,
    );
  });
}

/**
 * Drops a file with `text` on a drop zone (`drop-zone`: the file to check,
 * `against-zone`: the file now live), as a marketer dragging it from the
 * desktop would; waits until the live region names it.
 */
async function dropFile(page: TestPage, name: string, text: string, zoneId = 'drop-zone') {
  await page.evaluate(
    ({ name, text, zoneId }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      const zone = document.getElementById(zoneId)!;
      document.getElementById('status')!.textContent = '';
      zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { name, text, zoneId },
  );
  await page.waitFor((name) => document.getElementById('status')!.textContent!.includes(name), name);
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

  test('beside the edited file, the file now live: each plan before → after with the difference, plans removed, the cheapest plan', async () => {
    const { page, server } = context;
    await page.goto(server.url('/tariff-preview.html'));
    await dropFile(page, 'edited.json', editedText);
    await page.evaluate(() => document.getElementById('against-bundled')!.click());
    await page.waitFor(() => !document.getElementById('changes-result')!.hidden);
    const seen = await page.evaluate(visibleChanges);
    assert.ok(seen.shown);
    const comparison = compareTariffs(parseTariffs(defaultTariffs()), parseTariffs(JSON.parse(editedText)));
    // Three rows per plan: the plan's cell spans them.
    assert.equal(seen.rows.length, comparison.plans.length * 3);
    const telecom = seen.rows.findIndex((row) => row[0].includes('telecom-600'));
    assert.deepEqual(seen.rows.slice(telecom, telecom + 3), [
      ['电信 600 元年套餐telecom-600', '300', '50.00', '50.00', '0.00'],
      ['3,000', '437.50', '442.31', '+4.81'],
      ['30,000', '4,487.50', '4,492.31', '+4.81'],
    ]);
    const peak = seen.rows.findIndex((row) => row[0].includes('unicom-peak'));
    assert.deepEqual(seen.rows[peak + 2], ['30,000', '3,120.00', '2,808.00', '-312.00']);
    const removed = seen.rows.findIndex((row) => row[0].includes('mobile-regional'));
    assert.deepEqual(seen.rows[removed], ['移动 分地区计费mobile-regional已移除 removed', '300', '100.00', '—', '—']);
    assert.equal(seen.removed, '移动 分地区计费mobile-regional');
    assert.equal(seen.added, '无 none');
    assert.deepEqual(seen.cheapest, [
      ['300', '电信 600 元年套餐telecom-600', '电信 600 元年套餐telecom-600不变 unchanged'],
      ['3,000', '移动 两年 5000 元套餐mobile-5000-2y', '联通 分时段计费unicom-peak'],
      ['30,000', '移动 两年 5000 元套餐mobile-5000-2y', '联通 分时段计费unicom-peak'],
    ]);
    // The polite live region says what changed.
    assert.match(seen.status, /3 plans changed, 0 added, 1 removed; the cheapest plan differs at 2 of 3 volumes/);
    assert.deepEqual(await uncaughtErrors(page), []);
    assert.deepEqual(cspComplaints(page), []);
  });

  test('the file now live can be dropped too, before or after the file to check; a broken one is named with its problems', async () => {
    const { page, server } = context;
    await page.goto(server.url('/tariff-preview.html'));
    const older = defaultTariffs();
    older.plans = older.plans.filter((plan: { id: string }) => plan.id !== 'unicom-1800');
    await dropFile(page, 'live.json', JSON.stringify(older), 'against-zone');
    assert.equal(await page.evaluate(() => document.getElementById('changes-result')!.hidden), true, 'nothing to compare yet');
    await dropFile(page, 'new.json', JSON.stringify(defaultTariffs()));
    const seen = await page.evaluate(visibleChanges);
    assert.ok(seen.shown);
    assert.equal(seen.added, '联通 1800 元年套餐unicom-1800');
    const added = seen.rows.findIndex((row) => row[0].includes('unicom-1800'));
    assert.deepEqual(seen.rows[added], ['联通 1800 元年套餐unicom-1800新增 added', '300', '—', '150.00', '—']);
    assert.match(seen.status, /^new\.json：有效.*对比 live\.json：.*0 plans changed, 1 added, 0 removed/);

    await dropFile(page, 'live-broken.json', '{"schemaVersion": 1, "currency": "yuan"}', 'against-zone');
    const broken = await page.evaluate(() => ({
      result: document.getElementById('changes-result')!.hidden,
      problems: document.getElementById('against-problem-list')!.textContent!,
      status: document.getElementById('status')!.textContent!,
    }));
    assert.equal(broken.result, true);
    assert.match(broken.problems, /1:34 currency/);
    assert.match(broken.status, /the file now live has problems; nothing compared/);
  });

  test('the drop zones are buttons that open the file picker; the live region is polite', async () => {
    const { page, server } = context;
    await page.goto(server.url('/tariff-preview.html'));
    const opened = await page.evaluate(() => {
      const opened: string[] = [];
      for (const id of ['file-input', 'against-input']) {
        document.getElementById(id)!.addEventListener('click', (event) => {
          opened.push(id);
          event.preventDefault(); // no real dialog in a headless test
        });
      }
      for (const id of ['drop-zone', 'against-zone']) {
        const zone = document.getElementById(id)!;
        zone.focus();
        if (document.activeElement !== zone || zone.tagName !== 'BUTTON') return [`${id} is not a focusable button`];
        zone.click();
      }
      return opened;
    });
    assert.deepEqual(opened, ['file-input', 'against-input']);
    const region = await page.evaluate(() => {
      const status = document.getElementById('status')!;
      return [status.getAttribute('role'), status.getAttribute('aria-live')];
    });
    assert.deepEqual(region, ['status', 'polite']);
  });

  for (const width of [320, 1280]) {
    test(`at ${width} px the page never scrolls sideways; paths wrap at . and [; tables scroll in their own labelled box`, async () => {
      const { page, server } = context;
      await page.setViewport(width, 900);
      try {
        await page.goto(server.url('/tariff-preview.html'));
        await dropFile(page, 'long-paths.json', longPathsText());
        const problems = await page.evaluate(layout);
        assert.ok(problems.scrollWidth <= problems.clientWidth, `page ${problems.scrollWidth} > ${problems.clientWidth} px`);
        const longPaths = problems.paths.filter((p) => p.text.includes('hong-kong') || p.text.includes('oneTime'));
        assert.equal(longPaths.length, 2, JSON.stringify(problems.paths));
        for (const path of problems.paths) {
          assert.ok(path.fits, `${path.text} sticks out of its cell`);
          assert.ok(path.segmentLines.every((lines) => lines === 1), `${path.text} breaks inside a name: ${path.segmentLines}`);
        }
        if (width === 320) assert.ok(longPaths.every((p) => p.lines > 1), 'long paths wrap on a narrow screen');
        else assert.ok(problems.paths.every((p) => p.lines === 1), `paths stay on one line on a wide screen: ${JSON.stringify(problems.paths)}`);

        await dropFile(page, 'edited.json', editedText);
        await page.evaluate(() => document.getElementById('against-bundled')!.click());
        await page.waitFor(() => !document.getElementById('changes-result')!.hidden);
        await widgetsSettled(page);
        const report = await page.evaluate(layout);
        assert.ok(report.scrollWidth <= report.clientWidth, `page ${report.scrollWidth} > ${report.clientWidth} px`);
        assert.equal(report.boxes.length, 3, 'changes, cheapest plan and totals');
        for (const box of report.boxes) {
          assert.equal(box.role, 'region');
          assert.equal(box.tabIndex, 0, 'a box that scrolls can be scrolled from the keyboard');
          assert.ok(box.label.length > 0, 'the box is labelled by its heading');
          assert.ok(box.left >= 0 && box.right <= report.clientWidth + 0.5, `${box.label}: ${box.left}–${box.right}`);
          assert.equal(box.overflowX, 'auto');
        }
        if (width === 320) assert.ok(report.boxes.some((box) => box.scrolls), 'a wide table scrolls inside its box');
        else assert.ok(report.boxes.every((box) => !box.scrolls), 'at 1280 px every table fits');
        assert.deepEqual(await uncaughtErrors(page), []);
      } finally {
        await page.setViewport(1280, 900);
      }
    });
  }

  test('axe finds no accessibility problem with problems listed, nor with the comparison and the calculator shown', async () => {
    const { page, server } = context;
    server.route('/axe.js', { body: axeSource, type: 'text/javascript; charset=utf-8' });
    await page.goto(server.url('/tariff-preview.html'));
    assert.deepEqual(await axeViolations(page), [], 'empty page');
    await dropFile(page, 'long-paths.json', longPathsText());
    assert.deepEqual(await axeViolations(page), [], 'problems listed');
    await dropFile(page, 'edited.json', editedText);
    await page.evaluate(() => document.getElementById('against-bundled')!.click());
    await page.waitFor(() => !document.getElementById('changes-result')!.hidden);
    await widgetsSettled(page);
    assert.deepEqual(await axeViolations(page), [], 'comparison and calculator');
  });
}, { headers: (path): Record<string, string> => (path.endsWith('.html') ? { 'Content-Security-Policy': strictPolicy } : {}) });
