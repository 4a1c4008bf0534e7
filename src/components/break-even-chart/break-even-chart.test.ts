import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { costCurves, type CostCurves } from '../../engine/cost-curves.js';
import { parseTariffs } from '../../tariffs/validate.js';
import { EXTRA_LINES, TAX_TIES_AND_TWINS } from '../../../test/switch-points/fixtures.js';
import { elementRegistrar } from '../define-once.js';
import { HotlineBreakEvenChart } from './break-even-chart.js';
import { chartStringsFor, DEFAULT_CHART_STRINGS } from '../../i18n/chart-strings.js';
import { logScale, MINUTES_KNEE } from './log-scale.js';
import { MARKER_REACH } from './chart-geometry.js';

// Mocha's globals, provided by the test runner.

const defineOnce = elementRegistrar();
defineOnce('hotline-break-even-chart', HotlineBreakEvenChart);

const tariffs = parseTariffs(EXTRA_LINES);
const DATA: CostCurves = costCurves(tariffs, { peakSharePercent: 80 }, { maxMinutes: 20_000, samples: 16 });
const LABELS = { 'small-lines': 'Small', unlimited: 'Unlimited', 'many-lines': 'Many lines' };
const money = (amount: string) => `¥${Number(amount).toFixed(2)}`;
const minutesText = (minutes: number) => `${minutes.toLocaleString('en')} minutes`;

async function chart(width = 640, minutes: number | null = 5_000, data: CostCurves = DATA): Promise<HotlineBreakEvenChart> {
  // fixtureSync: `fixture` waits for an animation frame, which a test page in
  // the background (the runner shows several at once) may never get.
  const wrapper = fixtureSync<HTMLDivElement>(html`<div class="host-${width}"></div>`);
  // The host page sizes the chart; a stylesheet is what a strict CSP allows.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`.host-${width} { width: ${width}px; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const el = document.createElement('hotline-break-even-chart');
  el.curves = data;
  el.labels = LABELS;
  el.minutes = minutes;
  el.formatMoney = money;
  el.formatMinutes = minutesText;
  wrapper.append(el);
  // The first render measures the host and renders again at its width.
  while (!(await el.updateComplete));
  return el;
}

/**
 * Focuses `target`. Firefox holds back focus events while the test page is
 * not the front one (the runner shows several at once); the event a visitor's
 * browser would deliver is then sent by hand.
 */
function focusOn(target: SVGElement): void {
  target.focus();
  if (!document.hasFocus()) target.dispatchEvent(new FocusEvent('focus'));
}

function root(el: HotlineBreakEvenChart): ShadowRoot {
  return el.shadowRoot!;
}

function textOf(element: Element | null): string {
  return element!.textContent!.replace(/\s+/g, ' ').trim();
}

/** The read-out: its heading and the legend's rows, with their values while a point is read. */
function readout(el: HotlineBreakEvenChart): string {
  return textOf(root(el).querySelector('.readout'));
}

function readoutHeading(el: HotlineBreakEvenChart): string {
  return textOf(root(el).querySelector('.readout-heading'));
}

/** The plan ids of the legend's rows, top to bottom. */
function legendOrder(el: HotlineBreakEvenChart): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('.legend li')].map((li) => li.dataset.planId!);
}

function pointOf(planId: string, minutes: number) {
  return DATA.curves.find((curve) => curve.planId === planId)!.points.find((point) => point.minutes === minutes)!;
}

/** WCAG relative luminance of an `rgb(r, g, b)` or `color(srgb r g b)` colour. */
function luminance(color: string): number {
  const scale = color.startsWith('color(') ? 1 : 255;
  const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((channel) => {
    const c = channel / scale;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('<hotline-break-even-chart>', () => {
  it('draws one line per plan, in the tariff order', async () => {
    const el = await chart();
    const lines = [...root(el).querySelectorAll('path.line')];
    expect(lines.map((line) => line.getAttribute('data-plan-id'))).to.deep.equal(['small-lines', 'unlimited', 'many-lines']);
    for (const line of lines) expect(line.getAttribute('d')).to.match(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
    expect(root(el).querySelector('[part="chart"]')).to.exist;
    expect([...root(el).querySelectorAll('.legend li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Small',
      'Unlimited',
      'Many lines',
    ]);
  });

  it('marks the visitor’s minutes, and moves the mark with them', async () => {
    const el = await chart(640, 5_000);
    const marker = () => root(el).querySelector('.current line');
    const x = Number(marker()!.getAttribute('x1'));
    expect(root(el).querySelector('.current text')!.textContent).to.contain('5,000 minutes');
    el.minutes = 15_000;
    await el.updateComplete;
    const later = Number(marker()!.getAttribute('x1'));
    // On the log-like axis (log-scale.ts), 0 sits a marker's reach inside the plot.
    const plot = root(el).querySelector('.explorer')!;
    const start = Number(plot.getAttribute('x')) + MARKER_REACH;
    const width = Number(plot.getAttribute('width')) - MARKER_REACH;
    const scale = logScale(DATA.maxMinutes, MINUTES_KNEE);
    expect(x).to.be.closeTo(start + width * scale.share(5_000), 1);
    expect(later).to.be.closeTo(start + width * scale.share(15_000), 1);
    expect(x - start).to.be.above(width / 2);
    el.minutes = null;
    await el.updateComplete;
    expect(marker()).to.equal(null);
  });

  it('draws each cheapest stretch thick, on the plan that is cheapest there', async () => {
    const el = await chart();
    const stretches = [...root(el).querySelectorAll('path.cheapest')];
    expect(stretches.map((path) => path.getAttribute('data-plan-id'))).to.deep.equal(DATA.switchPoints.map((point) => point.planId));
    expect(DATA.switchPoints.length).to.be.at.least(4);
    stretches.forEach((path, i) => {
      expect(Number(path.getAttribute('data-from'))).to.equal(DATA.switchPoints[i]!.minutes);
      const next = DATA.switchPoints[i + 1];
      expect(Number(path.getAttribute('data-to'))).to.equal(next ? next.minutes - 1 : DATA.maxMinutes);
      expect(getComputedStyle(path).strokeWidth).to.equal('5px');
    });
    expect(getComputedStyle(root(el).querySelector('path.line')!).strokeWidth).to.equal('1.5px');
  });

  it('reads out every plan’s value at a switch point when it gets keyboard focus', async () => {
    const el = await chart();
    expect(readoutHeading(el)).to.equal(DEFAULT_CHART_STRINGS.exploreHint);
    const second = DATA.switchPoints[1]!;
    const markers = [...root(el).querySelectorAll<SVGCircleElement>('circle.switch')];
    // Switches too close to tell apart share a marker (see the test below).
    const shown = markers.flatMap((marker) => marker.dataset.switches!.split(' ').map(Number));
    expect(shown).to.deep.equal(DATA.switchPoints.map((point) => point.minutes));
    expect(markers[1]!.dataset.minutes).to.equal(String(second.minutes));
    const name = LABELS[second.planId as keyof typeof LABELS];
    expect(markers[1]!.getAttribute('aria-label')).to.equal(`From ${minutesText(second.minutes)} a month, ${name} is cheapest`);
    focusOn(markers[1]!);
    await el.updateComplete;
    const text = readout(el);
    expect(text).to.contain(`At ${minutesText(second.minutes)} a month`);
    for (const curve of DATA.curves) expect(text).to.contain(money(pointOf(curve.planId, second.minutes).averageMonthly));
    expect(text).to.contain(`${name} ${money(pointOf(second.planId, second.minutes).averageMonthly)} (cheapest)`);
  });

  it('steps along the curves with the arrow keys once the plot has focus', async () => {
    const el = await chart(640, 5_000);
    const explorer = root(el).querySelector<SVGRectElement>('.explorer')!;
    focusOn(explorer);
    await el.updateComplete;
    const minutes = DATA.minutes;
    const start = minutes.reduce((best, m) => (Math.abs(m - 5_000) < Math.abs(best - 5_000) ? m : best));
    expect(explorer.getAttribute('aria-valuenow')).to.equal(String(start));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const next = minutes[minutes.indexOf(start) + 1]!;
    expect(explorer.getAttribute('aria-valuenow')).to.equal(String(next));
    expect(explorer.getAttribute('aria-valuetext')).to.contain(money(pointOf('many-lines', next).averageMonthly));
    expect(readout(el)).to.contain(`At ${minutesText(next)} a month`);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(explorer.getAttribute('aria-valuenow')).to.equal(String(DATA.maxMinutes));
    expect(root(el).querySelectorAll('.active circle.dot')).to.have.length(DATA.curves.length);
  });

  it('reads out the nearest point under the pointer', async () => {
    const el = await chart(640, null);
    const plot = root(el).querySelector<SVGSVGElement>('svg.plot')!;
    const explorer = root(el).querySelector('.explorer')!.getBoundingClientRect();
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: explorer.right - 1, clientY: explorer.top + 5, bubbles: true }));
    await el.updateComplete;
    expect(readout(el)).to.contain(`At ${minutesText(DATA.maxMinutes)} a month`);
  });

  it('gives the switch points as text and the costs there as a table', async () => {
    const el = await chart();
    const items = [...root(el).querySelectorAll('.switches li')].map((li) => li.textContent!.trim());
    expect(items[0]).to.equal(`${LABELS[DATA.switchPoints[0]!.planId as keyof typeof LABELS]} is cheapest at first`);
    expect(items).to.have.length(DATA.switchPoints.length);
    const rows = root(el).querySelectorAll('table tbody tr');
    expect(rows).to.have.length(DATA.switchPoints.length);
    const cells = [...rows[1]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).to.deep.equal(DATA.curves.map((curve) => money(pointOf(curve.planId, DATA.switchPoints[1]!.minutes).averageMonthly)));
  });

  it('keeps its text at full size at 320 px by following the width in its viewBox', async () => {
    const el = await chart(320);
    const plot = root(el).querySelector('svg.plot')!;
    expect(plot.getAttribute('viewBox')).to.match(/^0 0 320 \d+$/);
    expect(plot.getBoundingClientRect().width).to.be.closeTo(320, 1);
    const tick = root(el).querySelector('.x-tick')!;
    expect(tick.getBoundingClientRect().height).to.be.at.least(10);
    // As many x ticks as fit without touching (chart-fit.test.ts checks that they do not).
    const ticks = [...root(el).querySelectorAll('.x-tick')].map((t) => t.textContent);
    expect(ticks).to.deep.equal(['0', '100', '1k', '2k', '5k', '20k']);
  });

  it('labels the axes with the tick formatters it is given', async () => {
    const el = await chart();
    el.formatMinutesTick = (minutes) => `${minutes / 10_000}万`;
    el.formatMoneyTick = (amount) => `¥${amount}`;
    await el.updateComplete;
    const xTicks = [...root(el).querySelectorAll('.x-tick')].map((tick) => tick.textContent);
    expect(xTicks[0]).to.equal('0万');
    expect(xTicks[xTicks.length - 1]).to.equal('2万');
    const yTicks = [...root(el).querySelectorAll('.y-tick')].map((tick) => tick.textContent);
    expect(yTicks[0]).to.equal('¥0');
    expect(yTicks.every((tick) => /^¥\d+$/.test(tick!))).to.equal(true);
  });

  it('uses no inline style attributes and series colours of at least 3:1 on white', async () => {
    const el = await chart();
    expect(root(el).querySelectorAll('[style]')).to.have.length(0);
    const surface = luminance('rgb(255, 255, 255)');
    for (let i = 0; i < 8; i++) {
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      probe.setAttribute('class', `line series-${i}`);
      root(el).querySelector('svg.plot')!.append(probe);
      const contrast = (surface + 0.05) / (luminance(getComputedStyle(probe).stroke) + 0.05);
      expect(contrast, `series ${i}`).to.be.at.least(3);
      probe.remove();
    }
  });

  it('keeps series colours of at least 3:1 on the README dark theme', async () => {
    const el = await chart();
    el.style.setProperty('--hotline-text', '#e8edf3');
    el.style.setProperty('--hotline-accent', '#7cb7ff');
    const surface = luminance('rgb(20, 24, 31)');
    for (let i = 0; i < 8; i++) {
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      probe.setAttribute('class', `line series-${i}`);
      root(el).querySelector('svg.plot')!.append(probe);
      const contrast = (luminance(getComputedStyle(probe).stroke) + 0.05) / (surface + 0.05);
      expect(contrast, `series ${i}`).to.be.at.least(3);
      probe.remove();
    }
  });

  it('shows plans lacking a chosen add-on as a dotted line', async () => {
    const data = costCurves(parseTariffs(TAX_TIES_AND_TWINS), { addOns: ['recording'] }, { maxMinutes: 2_000 });
    const el = await chart(640, 100, data);
    const unavailable = root(el).querySelector('path.line[data-plan-id="no-recording"]')!;
    expect(unavailable.classList.contains('unavailable')).to.equal(true);
    expect(getComputedStyle(unavailable).strokeDasharray).to.not.equal('none');
  });

  it('is accessible', async () => {
    const el = await chart();
    await expect(el).to.be.accessible();
    focusOn(root(el).querySelector<SVGCircleElement>('circle.switch')!);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('reads a point with a tap, and keeps it when the finger lifts', async () => {
    const el = await chart(640, null);
    const plot = root(el).querySelector<SVGSVGElement>('svg.plot')!;
    const explorer = root(el).querySelector('.explorer')!.getBoundingClientRect();
    const at = { clientX: explorer.right - 1, clientY: explorer.top + 5, bubbles: true, pointerType: 'touch' };
    plot.dispatchEvent(new PointerEvent('pointerdown', at));
    plot.dispatchEvent(new PointerEvent('pointerleave', at));
    await el.updateComplete;
    expect(readoutHeading(el)).to.equal(`At ${minutesText(DATA.maxMinutes)} a month`);
    plot.dispatchEvent(new PointerEvent('pointerleave', { ...at, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(readoutHeading(el)).to.equal(DEFAULT_CHART_STRINGS.exploreHint);
  });

  it('lists the plans in the read-out cheapest first, at every point', async () => {
    const el = await chart(640, 0);
    const explorer = root(el).querySelector<SVGRectElement>('.explorer')!;
    focusOn(explorer);
    await el.updateComplete;
    const minutes = DATA.minutes;
    for (const at of minutes) {
      expect(explorer.getAttribute('aria-valuenow')).to.equal(String(at));
      // The engine's ranking: average monthly cost, monthly total, plan id.
      const expected = DATA.curves
        .map((curve) => ({ id: curve.planId, point: pointOf(curve.planId, at) }))
        .sort(
          (a, b) =>
            Number(a.point.averageMonthly) - Number(b.point.averageMonthly) ||
            Number(a.point.monthlyTotal) - Number(b.point.monthlyTotal) ||
            (a.id < b.id ? -1 : 1),
        )
        .map((plan) => plan.id);
      expect(legendOrder(el), `at ${at}`).to.deep.equal(expected);
      const cheapest = [...DATA.switchPoints].reverse().find((point) => point.minutes <= at)!.planId;
      const marked = root(el).querySelector<HTMLElement>('.legend li.cheapest-row')!;
      expect(marked.dataset.planId).to.equal(cheapest);
      expect(legendOrder(el)[0], 'the cheapest comes first').to.equal(cheapest);
      expect(textOf(marked)).to.contain('(cheapest)');
      // The spoken value text follows the same order.
      const spoken = explorer.getAttribute('aria-valuetext')!;
      const positions = expected.map((id) => spoken.indexOf(LABELS[id as keyof typeof LABELS]));
      expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(legendOrder(el)).to.deep.equal(DATA.curves.map((curve) => curve.planId));
    expect(root(el).querySelectorAll('.legend .value > :first-child:not(:empty)')).to.have.length(0);
  });

  it('keeps its size while a point is read, from the cheapest to the dearest', async () => {
    const el = await chart(320, 5_000);
    const size = () => {
      const box = el.getBoundingClientRect();
      return [box.width, box.height];
    };
    const atRest = size();
    focusOn(root(el).querySelector<SVGRectElement>('.explorer')!);
    await el.updateComplete;
    expect(size()).to.deep.equal(atRest);
    for (const key of ['End', 'Home']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(size(), key).to.deep.equal(atRest);
    }
  });

  it('merges switch markers that would touch into one that counts and names them', async () => {
    const el = await chart(640);
    const markers = [...root(el).querySelectorAll<SVGCircleElement>('circle.switch')];
    const centres = markers.map((marker) => [Number(marker.getAttribute('cx')), Number(marker.getAttribute('cy'))] as const);
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) {
        const [a, b] = [centres[i]!, centres[j]!];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1]), `markers ${i} and ${j}`).to.be.at.least(16);
      }
    }
    const merged = markers.find((marker) => marker.dataset.switches!.includes(' '));
    expect(merged, 'a marker standing for several switches').to.exist;
    const switches = merged!.dataset.switches!.split(' ').map(Number);
    const texts = switches.map((minutes) => {
      const planId = DATA.switchPoints.find((point) => point.minutes === minutes)!.planId;
      return `From ${minutesText(minutes)} a month, ${LABELS[planId as keyof typeof LABELS]} is cheapest`;
    });
    expect(merged!.getAttribute('aria-label')).to.equal(texts.join('. '));
    const count = [...root(el).querySelectorAll('.marker-count')].map((text) => text.textContent);
    expect(count).to.include(String(switches.length));
    focusOn(merged!);
    await el.updateComplete;
    expect(readoutHeading(el)).to.equal(`At ${minutesText(switches[0]!)} a month`);
    merged!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(readoutHeading(el)).to.equal(DEFAULT_CHART_STRINGS.exploreHint);
  });

  it('labels the visitor’s minutes with the locale’s words', async () => {
    const el = await chart(640, 5_000);
    el.strings = chartStringsFor('zh-CN');
    el.formatMinutes = (minutes) => `${minutes.toLocaleString('zh-CN')}\u00a0分钟`;
    await el.updateComplete;
    expect(root(el).querySelector('.current text')!.textContent).to.equal('您的用量：5,000\u00a0分钟');
  });

  it('keeps the table of costs for screen readers in a box that clips it', async () => {
    const el = await chart(320);
    const box = root(el).querySelector('table')!.parentElement!;
    expect(box.classList.contains('visually-hidden')).to.equal(true);
    expect(box.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(box).overflow).to.equal('hidden');
    // The table itself keeps its natural width, which is why the box hides it.
    expect(root(el).querySelector('table')!.getBoundingClientRect().width).to.be.above(1);
  });

  it('is accessible in both locales with the plot or a switch marker focused', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await chart();
      el.strings = chartStringsFor(locale);
      await el.updateComplete;
      focusOn(root(el).querySelector<SVGRectElement>('.explorer')!);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      focusOn(root(el).querySelector<SVGCircleElement>('circle.switch.group') ?? root(el).querySelector<SVGCircleElement>('circle.switch')!);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('registers once, however often it is asked to', () => {
    expect(defineOnce('hotline-break-even-chart', HotlineBreakEvenChart)).to.be.false;
    expect(customElements.get('hotline-break-even-chart')).to.equal(HotlineBreakEvenChart);
  });
});
