// Forced colours (Windows' high-contrast themes), which widget.md asks the
// widget to be usable in: the browser repaints every border and background in
// the theme's few colours, so whatever the styles draw with colour alone must
// still say what it means. Emulated where the browser's automation can
// (Chromium); Firefox's WebDriver BiDi cannot, and says so as a skip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeInBrowsers, fixturePage, widgetsSettled } from './support/embed-fixture.js';

const page = fixturePage({
  title: 'forced colours',
  body: '<hotline-calculator id="calc" locale="zh-CN"></hotline-calculator>',
});

/** In the page: which sides of the "more options" marker are painted, closed and then open. */
async function markerSides() {
  const el = document.getElementById('calc') as any;
  const toggle = el.shadowRoot.querySelector('.options-toggle') as HTMLButtonElement;
  const painted = () => {
    const style = getComputedStyle(toggle, '::before');
    return (['Top', 'Right', 'Bottom', 'Left'] as const).filter(
      (side) => style.getPropertyValue(`border-${side.toLowerCase()}-color`) !== 'rgba(0, 0, 0, 0)',
    );
  };
  const closed = painted();
  toggle.click();
  await el.updateComplete;
  const open = painted();
  return { closed, open, expanded: toggle.getAttribute('aria-expanded') };
}

describeInBrowsers('in forced colours', (context) => {
  test('the "more options" marker is still a triangle pointing right when closed and down when open', async (t) => {
    const { page: tab, server } = context;
    await tab.setViewport(360, 900);
    if (!(await tab.forcedColors(true))) {
      t.skip(`${tab.browserName}'s automation cannot emulate forced colours`);
      return;
    }
    try {
      server.route('/forced-colors.html', { body: page });
      await tab.goto(server.url('/forced-colors.html'));
      await widgetsSettled(tab);
      const sides = await tab.evaluate(markerSides);
      // A square (all four sides painted) says neither open nor closed.
      assert.deepEqual(sides, { closed: ['Left'], open: ['Top'], expanded: 'true' });
    } finally {
      await tab.forcedColors(false);
    }
  });
});
