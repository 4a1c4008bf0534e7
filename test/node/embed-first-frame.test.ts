// The first frame with prices shows the cards where they stay: what the
// calculator renders in its second frame (the controls below the minutes in
// two columns, the chart, actions and notes below the cards) moves no column
// of cards, at a phone's width and a desktop's, in both locales, with the
// built script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeInBrowsers, fixturePage, uncaughtErrors, widgetsSettled } from './support/embed-fixture.js';

/**
 * In the page, before the script: where the first card of each column
 * starts while the first frame's render is all there is (every card
 * rendered, the notes under them not yet), which is what that frame paints,
 * as `window.firstCards`. Looked at every
 * few milliseconds rather than per frame: the second frame's render waits
 * for the first frame's paint, and headless browsers may hold frames back.
 */
const watcher = `<script>
window.cardBoxes = () => {
  const el = document.getElementById('calc');
  const cards = [...(el?.shadowRoot?.querySelectorAll('hotline-plan-card') ?? [])];
  if (!cards.length || !cards.every((card) => card.shadowRoot?.querySelector('.card'))) return null;
  // Where each card starts. Not their heights: until a frame is painted, the cards' content-visibility keeps
  // them at their placeholder height, and with it where the cards below them start in one column.
  const columns = new Map();
  for (const card of cards) {
    const box = card.getBoundingClientRect();
    const x = Math.round(box.x);
    if (!columns.has(x)) columns.set(x, card.dataset.planId + ' at ' + x + ', ' + Math.round(box.y));
  }
  return [...columns.values()];
};
window.firstCards = new Promise((resolve) => {
  const look = () => {
    const secondFrame = document.getElementById('calc')?.shadowRoot?.querySelector('[part="notice"]');
    const boxes = cardBoxes();
    if (secondFrame) resolve('the second frame came before the first was seen');
    else if (boxes) resolve(boxes);
    else setTimeout(look);
  };
  look();
});
</script>`;

const page = (locale: string) =>
  fixturePage({
    title: `first frame (${locale})`,
    head: `${watcher}\n<script src="/hotline-calculator.js" defer></script>`,
    body: `<hotline-calculator id="calc" locale="${locale}"></hotline-calculator>`,
  });

describeInBrowsers('embedding: the first frame paints the cards where they stay', (context) => {
  for (const locale of ['zh-CN', 'en']) {
    for (const width of [360, 1280]) {
      test(`${locale} at ${width} px`, { timeout: 30_000 }, async () => {
        const { page: tab, server } = context;
        server.route(`/e2e/first-frame-${locale}.html`, { body: page(locale) });
        await tab.setViewport(width, 900);
        await tab.goto(server.url(`/e2e/first-frame-${locale}.html`));
        const first = await tab.evaluate(() => (window as any).firstCards as Promise<string[] | string>);
        assert.ok(Array.isArray(first), String(first));
        await widgetsSettled(tab);
        // Everything of the second frame is in: the notes under the cards.
        await tab.waitFor(() => (document.getElementById('calc') as any).shadowRoot.querySelector('[part="notice"]') !== null);
        const settled = await tab.evaluate(() => (window as any).cardBoxes() as string[]);
        assert.equal(first.length, width < 720 ? 1 : 2, `columns of cards: ${first}`);
        assert.deepEqual(settled, first);
        assert.deepEqual(await uncaughtErrors(tab), []);
      });
    }
  }
});
