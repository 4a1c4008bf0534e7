// The chart as a visitor's phone or desktop lays it out, with the bundled ten
// plans and the calculator's formatters, measured in the browser's real fonts:
// no label covers another or leaves the chart, no marker covers a label, and
// nothing makes the chart or the page wider than its container, focused or not.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import defaultTariffs from '../../tariffs/default.json';
import { costCurves } from '../../engine/cost-curves.js';
import { parseTariffs } from '../../tariffs/validate.js';
import { localize } from '../../tariffs/localized-text.js';
import { chartStringsFor } from '../../i18n/chart-strings.js';
import { formatCompactNumber, formatMoney, formatMoneyTick, formatNumber } from '../../i18n/format.js';
import { elementRegistrar } from '../define-once.js';
import { HotlineBreakEvenChart } from './break-even-chart.js';

elementRegistrar()('hotline-break-even-chart', HotlineBreakEvenChart);

type Locale = 'zh-CN' | 'en';

const tariffs = parseTariffs(defaultTariffs);
const CURVES = costCurves(tariffs, { peakSharePercent: 30 }, { maxMinutes: tariffs.defaults.maxMinutesPerMonth });
const WIDTHS = [280, 320, 360, 480, 1280];
/** A plan name with no place to break, as a tariff without names shows its ids. */
const UNBROKEN = 'mobile_5000_minutes_for_two_years_with_a_long_identifier';

let sheet: CSSStyleSheet | undefined;

/** A chart in a container `width` px wide (or as wide as the page), set up as the calculator sets it up. */
async function hostedChart(width: number | null, locale: Locale, minutes = 4_321): Promise<{ el: HotlineBreakEvenChart; host: HTMLElement }> {
  if (!sheet) {
    // The host page sizes the chart; a stylesheet is what a strict CSP allows.
    sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDTHS.map((w) => `.host-${w} { width: ${w}px; }`).join('\n'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const host = fixtureSync<HTMLDivElement>(html`<div class=${width ? `host-${width}` : 'host'}></div>`);
  const labels: Record<string, string> = {};
  for (const plan of tariffs.plans) labels[plan.id] = localize(plan.name, locale);
  labels[tariffs.plans[7]!.id] = UNBROKEN;
  const el = document.createElement('hotline-break-even-chart');
  el.curves = CURVES;
  el.labels = labels;
  el.minutes = minutes;
  el.strings = chartStringsFor(locale);
  el.formatMoney = (amount) => formatMoney(amount, tariffs.currency, locale);
  el.formatMoneyTick = (amount) => formatMoneyTick(amount, tariffs.currency, locale);
  el.formatMinutes = (m) => (locale === 'zh-CN' ? `${formatNumber(m, locale)}\u00a0分钟` : `${formatNumber(m, locale)} minutes`);
  el.formatMinutesTick = (m) => formatCompactNumber(m, locale);
  host.append(el);
  while (!(await el.updateComplete));
  return { el, host };
}

function root(el: HotlineBreakEvenChart): ShadowRoot {
  return el.shadowRoot!;
}

/** Focuses `target`, sending the focus event by hand where a background test page holds it back. */
function focusOn(target: SVGElement | HTMLElement): void {
  target.focus();
  if (!document.hasFocus()) target.dispatchEvent(new FocusEvent('focus'));
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function boxOf(element: Element, grow = 0): Box {
  const r = element.getBoundingClientRect();
  return { left: r.left - grow, top: r.top - grow, right: r.right + grow, bottom: r.bottom + grow };
}

/** Whether two boxes share more than a hair (antialiasing and rounding aside). */
function overlap(a: Box, b: Box): boolean {
  const hair = 0.5;
  return a.left < b.right - hair && b.left < a.right - hair && a.top < b.bottom - hair && b.top < a.bottom - hair;
}

function describeBox(element: Element): string {
  return `"${element.textContent}" (${element.getAttribute('class') ?? element.tagName})`;
}

/** The texts of the SVG that are labels (the count inside a merged marker is part of its marker). */
function labels(el: HotlineBreakEvenChart): SVGTextElement[] {
  return [...root(el).querySelectorAll<SVGTextElement>('svg.plot text:not(.marker-count)')].filter((t) => t.textContent!.trim());
}

function expectLabelsApartAndInside(el: HotlineBreakEvenChart, where: string): void {
  const plot = boxOf(root(el).querySelector('svg.plot')!);
  const texts = labels(el);
  for (const text of texts) {
    const box = boxOf(text);
    const inside = box.left >= plot.left - 0.5 && box.right <= plot.right + 0.5 && box.top >= plot.top - 0.5 && box.bottom <= plot.bottom + 0.5;
    expect(inside, `${describeBox(text)} leaves the chart, ${where}`).to.equal(true);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      expect(overlap(boxOf(texts[i]!), boxOf(texts[j]!)), `${describeBox(texts[i]!)} covers ${describeBox(texts[j]!)}, ${where}`).to.equal(false);
    }
  }
}

function expectMarkersOffLabels(el: HotlineBreakEvenChart, where: string): void {
  const markers = [...root(el).querySelectorAll<SVGCircleElement>('circle.switch')];
  expect(markers.length).to.be.at.least(2);
  for (const marker of markers) {
    // getBoundingClientRect leaves out the stroke: 3 px wide, 4 px when focused.
    const box = boxOf(marker, 2);
    for (const text of labels(el)) {
      expect(overlap(box, boxOf(text)), `the marker at ${marker.dataset.minutes} minutes covers ${describeBox(text)}, ${where}`).to.equal(false);
    }
  }
}

function expectNoOverflow(el: HotlineBreakEvenChart, host: HTMLElement, where: string): void {
  expect(el.scrollWidth, `the chart's scrollWidth, ${where}`).to.equal(el.clientWidth);
  expect(host.scrollWidth, `its container's scrollWidth, ${where}`).to.equal(host.clientWidth);
  expect(el.getBoundingClientRect().width, `the chart's width, ${where}`).to.be.at.most(host.clientWidth);
}

function size(el: HotlineBreakEvenChart): string {
  const r = el.getBoundingClientRect();
  return `${r.width}×${r.height}`;
}

/** Puts the chart in each state a visitor can, and calls `check` in each. */
async function eachState(el: HotlineBreakEvenChart, check: (state: string) => void): Promise<void> {
  check('at rest');
  const explorer = root(el).querySelector<SVGRectElement>('.explorer')!;
  focusOn(explorer);
  await el.updateComplete;
  check('with the plot focused');
  for (const key of ['End', 'Home', 'PageUp']) {
    await sendKeys({ press: key });
    await el.updateComplete;
    check(`after ${key}`);
  }
  for (const marker of root(el).querySelectorAll<SVGCircleElement>('circle.switch')) {
    focusOn(marker);
    await el.updateComplete;
    check(`with the switch marker at ${marker.dataset.minutes} minutes focused`);
  }
}

describe('<hotline-break-even-chart> in its container', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const width of WIDTHS) {
      it(`keeps its labels apart, inside, and clear of the markers at ${width} px (${locale})`, async () => {
        const { el } = await hostedChart(width, locale);
        expectLabelsApartAndInside(el, `at ${width} px`);
        expectMarkersOffLabels(el, `at ${width} px`);
        const ticks = [...root(el).querySelectorAll('.x-tick')].map((tick) => tick.textContent);
        expect(ticks[0]).to.equal('0');
        expect(ticks[ticks.length - 1]).to.equal(formatCompactNumber(100_000, locale));
        expect(ticks.length).to.be.at.least(5);
        // The visitor's minutes at either end of the range keep their label inside too.
        for (const minutes of [0, 100_000]) {
          el.minutes = minutes;
          await el.updateComplete;
          expectLabelsApartAndInside(el, `at ${width} px with ${minutes} minutes marked`);
        }
      });

      it(`is never wider than its container, and focus does not change its size, at ${width} px (${locale})`, async () => {
        const { el, host } = await hostedChart(width, locale);
        const atRest = size(el);
        await eachState(el, (state) => {
          expectNoOverflow(el, host, `${state} at ${width} px`);
          expect(size(el), `the chart's size ${state}`).to.equal(atRest);
        });
      });
    }

    it(`puts the plan the quote calls cheapest first, even among equal costs (${locale})`, async () => {
      const { el } = await hostedChart(360, locale);
      focusOn(root(el).querySelector<SVGRectElement>('.explorer')!);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      let ties = 0;
      for (const _ of CURVES.minutes) {
        const rows = [...root(el).querySelectorAll<HTMLElement>('.legend li')];
        expect(rows[0]!.classList.contains('cheapest-row'), root(el).querySelector('.readout-heading')!.textContent!).to.equal(true);
        const values = rows.map((row) => row.querySelector('.value > :first-child')!.textContent!.trim());
        if (values[0] === values[1]) ties++;
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
      }
      // The bundled plans tie at the switch points near 750 minutes.
      expect(ties).to.be.above(0);
    });

    it(`leaves a 320 px page without sideways scrolling (${locale})`, async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el } = await hostedChart(null, locale);
        const page = document.documentElement;
        const check = (state: string) => expect(page.scrollWidth, `the page's scrollWidth ${state}`).to.equal(page.clientWidth);
        expect(window.innerWidth).to.equal(320);
        await eachState(el, check);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
