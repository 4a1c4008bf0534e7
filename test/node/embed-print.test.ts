// Printing that does not depend on timing: a print the browser starts itself
// (printing the page to PDF, no event sent by the test) shows the complete
// quote of every calculator, in Chromium and Firefox, read back from the PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { estimate } from '../../src/engine/estimate.js';
import { parseTariffs } from '../../src/tariffs/validate.js';
import { defaultTariffs, describeInBrowsers, fixturePage, uncaughtErrors, widgetsSettled } from './support/embed-fixture.js';

/**
 * The text of every page of a PDF, spaces and line ends folded. NFKC, because
 * PDF text of CJK fonts may come back as compatibility characters (⽉ for 月).
 */
async function pdfText(data: Uint8Array): Promise<string> {
  const document = await getDocument({ data, disableFontFace: true, useSystemFonts: false }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('') + '\n';
  }
  return text.normalize('NFKC').replace(/\s+/g, '');
}

const tariffs = parseTariffs(defaultTariffs());
/** What a printed quote names: the three cheapest plans at the page's usage. */
const cheapest = (minutesPerMonth: number) => estimate(tariffs, { minutesPerMonth }).plans.slice(0, 3);
const amount = (value: string) => Number(value).toLocaleString('en-US', { minimumFractionDigits: 2 });

const page = fixturePage({
  title: 'printing',
  body: `
<hotline-calculator id="zh" minutes="3000"></hotline-calculator>
<hotline-calculator id="en" locale="en" minutes="500"></hotline-calculator>`,
});

describeInBrowsers('embedding: printing that does not depend on timing', (context) => {
  test('a print the browser starts shows every calculator’s complete quote', async () => {
    const { page: tab, server } = context;
    server.route('/e2e/print.html', { body: page });
    await tab.goto(server.url('/e2e/print.html'));
    await widgetsSettled(tab);
    const text = await pdfText(await tab.pdf());
    // Firefox's PDF maps some CJK glyphs to no character: the Chinese quote is
    // checked by its title, figures and amounts; the English one word for word.
    assert.ok(text.includes('400电话资费估算单'), 'no Chinese quote on paper');
    assert.ok(text.includes('3,000'), 'the Chinese quote lacks its usage');
    assert.ok(text.includes('400numbercostestimate'), 'no English quote on paper');
    assert.ok(text.includes('500callminutesamonth'), 'the English quote lacks its usage');
    for (const [minutes, locale] of [[3000, 'zh-CN'], [500, 'en']] as const) {
      for (const plan of cheapest(minutes)) {
        if (locale === 'en') {
          const name = (tariffs.plans.find((p) => p.id === plan.planId)!.name as Record<string, string>).en!;
          assert.ok(text.includes(name.replace(/\s+/g, '')), `${plan.planId} is not on the English quote`);
        }
        assert.ok(text.includes(amount(plan.monthlyTotal)), `${plan.planId}'s monthly total ${plan.monthlyTotal} is not on paper`);
        assert.ok(text.includes(amount(plan.termTotal)), `${plan.planId}'s term total ${plan.termTotal} is not on paper`);
      }
    }
    // The calculators' controls are not printed.
    assert.ok(!text.includes('更多条件') && !text.includes('Moreoptions'), 'the controls were printed');
    assert.deepEqual(await uncaughtErrors(tab), []);
  });
});
