// Issue 4: a host page with aggressive global CSS (test/e2e/hostile.css) must
// not change how the widget looks: the same sizes, colours and visible text
// as on a clean page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeInBrowsers, embedScript, fixturePage, uncaughtErrors, widgetsSettled } from './support/embed-fixture.js';

const widget = '<hotline-calculator id="calc" locale="en" minutes="3000"></hotline-calculator>';
const cleanPage = fixturePage({ title: 'clean host page', body: widget });
const hostilePage = fixturePage({
  title: 'hostile host page',
  head: `<link rel="stylesheet" href="/e2e/hostile.css">\n${embedScript}`,
  body: `<h1>Reseller</h1>\n${widget}\n<div>hidden by the page's own CSS</div>`,
});

/** Sizes, colours and visibility of the parts a visitor reads. */
async function measure() {
  const probe = (window as any).__hotline;
  const el = document.getElementById('calc') as HTMLElement;
  // Cards off screen may be laid out at a placeholder size (content-visibility);
  // show each once, so that every card has its real size wherever the page put the widget.
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (const card of probe.parts(el, 'plan') as Element[]) {
    card.scrollIntoView({ block: 'center' });
    await frame();
  }
  window.scrollTo(0, 0);
  await frame();
  const box = (element: Element | undefined) => {
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return {
      width: Math.round(rect.width),
      height: Math.round(rect.height),
      visible: element.checkVisibility() && rect.width > 0 && rect.height > 0,
      fontSize: style.fontSize,
      fontFamily: style.fontFamily,
      lineHeight: style.lineHeight,
      color: style.color,
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  };
  const cards = probe.parts(el, 'plan') as Element[];
  return {
    host: box(el),
    results: box(probe.parts(el, 'results')[0] ?? cards[0]?.parentElement ?? undefined),
    planTotal: box(probe.parts(el, 'plan-total')[0]),
    notice: box(probe.parts(el, 'notice')[0]),
    cards: cards.map((card) => box(card)),
  };
}

describeInBrowsers('embedding: hostile global CSS', (context) => {
  let clean: Awaited<ReturnType<typeof measure>>;
  let hostile: Awaited<ReturnType<typeof measure>>;

  test('the widget renders on both pages without errors', async () => {
    const { page, server } = context;
    server.route('/e2e/clean.html', { body: cleanPage });
    server.route('/e2e/hostile.html', { body: hostilePage });
    await page.goto(server.url('/e2e/clean.html'));
    await widgetsSettled(page);
    clean = await page.evaluate(measure);
    assert.deepEqual(await uncaughtErrors(page), []);
    await page.goto(server.url('/e2e/hostile.html'));
    await widgetsSettled(page);
    hostile = await page.evaluate(measure);
    assert.deepEqual(await uncaughtErrors(page), []);
    // The hostile sheet is really applied to the page itself.
    const pageHeading = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color);
    assert.equal(pageHeading, 'rgb(255, 0, 255)');
  });

  test('plan totals keep their font size, line height, font and colour', () => {
    assert.ok(clean.planTotal && hostile.planTotal, 'no plan-total part');
    const { fontSize, lineHeight, fontFamily, color } = clean.planTotal;
    assert.deepEqual(
      {
        fontSize: hostile.planTotal.fontSize,
        lineHeight: hostile.planTotal.lineHeight,
        fontFamily: hostile.planTotal.fontFamily,
        color: hostile.planTotal.color,
      },
      { fontSize, lineHeight, fontFamily, color },
    );
    assert.notEqual(hostile.planTotal.color, 'rgb(255, 0, 255)');
  });

  test('every plan card and the notice stay visible with the same text', () => {
    assert.ok(clean.cards.length > 0);
    assert.equal(hostile.cards.length, clean.cards.length);
    hostile.cards.forEach((card, index) => {
      assert.ok(card?.visible, `card ${index} is hidden`);
      assert.equal(card?.text, clean.cards[index]?.text);
      assert.equal(card?.color, clean.cards[index]?.color);
    });
    assert.ok(hostile.notice?.visible, 'the notice is hidden');
    assert.equal(hostile.notice?.text, clean.notice?.text);
  });

  test('the layout keeps its size', () => {
    const near = (a: number | undefined, b: number | undefined, label: string) =>
      assert.ok(a !== undefined && b !== undefined && Math.abs(a - b) <= 1, `${label}: ${a} vs ${b}`);
    near(hostile.host?.width, clean.host?.width, 'widget width');
    near(hostile.host?.height, clean.host?.height, 'widget height');
    near(hostile.results?.width, clean.results?.width, 'results width');
    near(hostile.results?.height, clean.results?.height, 'results height');
    hostile.cards.forEach((card, index) => {
      near(card?.width, clean.cards[index]?.width, `card ${index} width`);
      near(card?.height, clean.cards[index]?.height, `card ${index} height`);
    });
  });
});
