import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { planCardStyles } from '../plan-card/plan-card.styles.js';
import { $, card, fixtureCalculator, settle, text } from '../../../test/support/calculator-helpers.js';
import { tariffFixture } from '../../../test/support/tariff-builder.js';
import { HotlineCalculator } from './hotline-calculator.js';
import { calculatorStyles } from './hotline-calculator.styles.js';

const pageStyles: HTMLStyleElement[] = [];

/** WCAG contrast of two computed colours, `rgb(…)` or `color(srgb …)`. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const scale = color.startsWith('color(') ? 1 : 255;
    const [r, g, b] = color.match(/[\d.]+/g)!.map((n) => Number(n) / scale);
    const linear = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function addPageStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  pageStyles.push(style);
}

async function sized(width: number): Promise<HotlineCalculator> {
  // fixtureSync: a plain wrapper would make fixture() wait for an animation
  // frame, which a page in the background never gets.
  const wrapper = fixtureSync<HTMLDivElement>(html`<div><hotline-calculator></hotline-calculator></div>`);
  wrapper.style.width = `${width}px`;
  const el = wrapper.querySelector('hotline-calculator')!;
  el.tariffs = tariffFixture();
  await settle(el);
  return el;
}

describe('styling hooks and layout', () => {
  afterEach(() => pageStyles.splice(0).forEach((s) => s.remove()));

  it('exposes every documented part to the page', async () => {
    const el = await fixtureCalculator({ 'cta-href': 'https://reseller.example/apply?plan={plan}' });
    const parts = ['controls', 'results', 'plan', 'cheapest', 'plan-total', 'breakdown', 'cta', 'notice'];
    addPageStyle(parts.map((p) => `hotline-calculator::part(${p}) { outline: 3px solid rgb(1, 2, 3); }`).join('\n'));
    const cheapest = card(el, el.quote!.cheapestPlanId!);
    const targets = [
      $(el, '.controls'),
      $(el, '.results'),
      cheapest,
      cheapest.shadowRoot!.querySelector('[part="plan-total"]')!,
      cheapest.shadowRoot!.querySelector('[part="breakdown"]')!,
      cheapest.shadowRoot!.querySelector('[part="cta"]')!,
      $(el, '[part="notice"]'),
    ];
    for (const target of targets) expect(getComputedStyle(target).outlineColor).to.equal('rgb(1, 2, 3)');
  });

  it('takes its colours from the --hotline-* custom properties', async () => {
    const el = await fixtureCalculator();
    el.style.setProperty('--hotline-accent', 'rgb(200, 0, 100)');
    el.style.setProperty('--hotline-text', 'rgb(10, 20, 30)');
    const badge = card(el, el.quote!.cheapestPlanId!).shadowRoot!.querySelector('.badge.cheapest')!;
    expect(getComputedStyle(badge).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle($(el, '.root')).color).to.equal('rgb(10, 20, 30)');
  });

  it('sizes everything from its own font size, never the page root (no rem)', async () => {
    const sheets = [...calculatorStyles, ...planCardStyles].map((s) => s.cssText).join('\n');
    expect(sheets).to.not.match(/\d\s*rem\b/);
    addPageStyle('html { font-size: 5px !important; } * { line-height: 50px !important; color: red !important; }');
    const el = await fixtureCalculator();
    expect(getComputedStyle($(el, '.root')).fontSize).to.equal('16px');
    expect(getComputedStyle($(el, '.root')).color).to.not.equal('rgb(255, 0, 0)');
  });

  it('puts controls beside the results from 720 px and above them when narrow', async () => {
    const wide = await sized(960);
    const controls = $(wide, '.controls').getBoundingClientRect();
    const results = $(wide, '.results').getBoundingClientRect();
    expect(results.left).to.be.greaterThan(controls.right - 1);
    expect(controls.width).to.be.within(960 * 0.25, 960 * 0.42);
    const narrow = await sized(500);
    expect($(narrow, '.results').getBoundingClientRect().top).to.be.greaterThan(
      $(narrow, '.controls').getBoundingClientRect().bottom - 1,
    );
  });

  it('keeps the "sample prices" badge readable on the README dark theme, which leaves --hotline-danger as it is', async () => {
    addPageStyle(`hotline-calculator.dark {
      --hotline-accent: #7cb7ff; --hotline-accent-contrast: #0b1a2b; --hotline-text: #e8edf3; --hotline-muted: #aab4c0;
      --hotline-surface: #14181f; --hotline-muted-surface: #1f252e; --hotline-border: #8793a3; }`);
    for (const theme of ['', 'dark']) {
      const bundled = await fixture<HotlineCalculator>(html`<hotline-calculator class=${theme}></hotline-calculator>`);
      await settle(bundled);
      const ratio = contrast(getComputedStyle($(bundled, '.sample-badge')).color, getComputedStyle($(bundled, '.root')).backgroundColor);
      expect(ratio, `theme "${theme}"`).to.be.at.least(4.5);
    }
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const el = await sized(320);
    el.usage = { minutesPerMonth: 9_999_999, averageCallSeconds: 3599, addOns: ['ivr', 'recording'] };
    await settle(el);
    for (const node of [el, $(el, '.root'), $(el, '.layout')]) {
      expect(node.scrollWidth, node.className || node.tagName).to.be.at.most(320);
    }
    for (const c of el.shadowRoot!.querySelectorAll('hotline-plan-card')) {
      expect(c.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
  });

  it('gives every slider, box and button a target of at least 24 px', async () => {
    const el = await fixtureCalculator({ 'average-call-seconds': '60' });
    const targets = el.shadowRoot!.querySelectorAll<HTMLElement>('input[type="range"], label.check, button, input.number');
    expect(targets.length).to.be.greaterThan(8);
    for (const target of targets) {
      // The result bar of the other layout is not rendered at all; the skip
      // link shows only when focused (answer-first.test.ts measures it then).
      if (!target.checkVisibility() || target.classList.contains('skip-link')) continue;
      const box = target.getBoundingClientRect();
      expect(box.height, target.id || target.className).to.be.at.least(24);
      expect(box.width, target.id || target.className).to.be.at.least(24);
    }
  });

  it('gives every slider, box, field, button and disclosure a target of at least 44 × 44 px on a phone', async () => {
    const el = await sized(360);
    $(el, '.options-toggle').click();
    await settle(el);
    const cardRoots = [...el.shadowRoot!.querySelectorAll('hotline-plan-card')].map((c) => c.shadowRoot!);
    const targets = [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>('input[type="range"], label.check, button, input.number, summary'),
      ...cardRoots.flatMap((root) => [...root.querySelectorAll<HTMLElement>('summary, .action')]),
    ].filter((target) => target.checkVisibility() && !target.classList.contains('skip-link'));
    expect(targets.length).to.be.greaterThan(15);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      const name = `${target.tagName.toLowerCase()}.${target.className} "${text(target).slice(0, 20)}"`;
      expect(box.height, name).to.be.at.least(44);
      expect(box.width, name).to.be.at.least(44);
    }
  });

  it('lays out cards side by side without empty bands: a shorter card keeps its spare room above its action, aligned with its row', async () => {
    const el = await sized(1280);
    const all = [...el.shadowRoot!.querySelectorAll('hotline-plan-card')];
    const rows = new Map<number, Element[]>();
    for (const c of all) {
      const top = Math.round(c.getBoundingClientRect().top);
      rows.set(top, [...(rows.get(top) ?? []), c]);
    }
    expect([...rows.values()].some((row) => row.length > 1), 'cards side by side').to.equal(true);
    for (const row of rows.values()) {
      const actions = row.map((c) => c.shadowRoot!.querySelector('.action')!.getBoundingClientRect().bottom);
      for (const bottom of actions) expect(bottom).to.be.closeTo(actions[0]!, 1);
    }
    for (const c of all) {
      const article = c.shadowRoot!.querySelector('.card')!;
      const gap = parseFloat(getComputedStyle(article).rowGap);
      const blocks = [...article.children].filter(
        (child) => !child.classList.contains('action') && child.getBoundingClientRect().height > 0 && text(child) !== '',
      );
      for (let i = 1; i < blocks.length; i++) {
        const space = blocks[i]!.getBoundingClientRect().top - blocks[i - 1]!.getBoundingClientRect().bottom;
        expect(space, `an empty band above "${text(blocks[i])}" in ${c.dataset.planId}`).to.be.at.most(gap + 1);
      }
    }
  });

  it('wraps Chinese between characters, so that each line of a paragraph runs to its edge, and never splits a number from its unit', async () => {
    const el = await sized(320);
    $(el, '.options-toggle').click();
    await settle(el);
    const cardRoots = [...el.shadowRoot!.querySelectorAll('hotline-plan-card')].map((c) => c.shadowRoot!);
    const paragraphs = [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>('.log-privacy, .log-hint, .hint, [part="notice"] p'),
      ...cardRoots.flatMap((root) => [...root.querySelectorAll<HTMLElement>('.summary, .capacity')]),
    ];
    let measured = 0;
    for (const paragraph of paragraphs) {
      if (!paragraph.checkVisibility()) continue;
      const lines = textLines(paragraph);
      if (lines.length < 2) continue;
      measured++;
      const style = getComputedStyle(paragraph);
      const edge = paragraph.getBoundingClientRect().right - parseFloat(style.paddingRight);
      for (let i = 0; i + 1 < lines.length; i++) {
        const line = lines[i]!.filter((c) => !/\s/.test(c.ch) || c.ch === '\u00a0');
        const gap = edge - line[line.length - 1]!.right;
        // A line ends short only by what could not break: the next line's first character, or its number with its unit.
        expect(gap, `a short line in "${text(paragraph)}"`).to.be.below(leadingPiece(lines[i + 1]!) + 0.5 * parseFloat(style.fontSize));
      }
    }
    expect(measured, 'paragraphs on more than one line').to.be.at.least(3);
    const roots = [el.shadowRoot!, ...cardRoots];
    let joined = 0;
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.checkVisibility()) continue;
        for (const match of node.textContent!.matchAll(/[\d.,%]+\u00a0\S/g)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          expect(range.getClientRects().length, `"${match[0]}" split across lines`).to.equal(1);
          joined++;
        }
      }
    }
    expect(joined).to.be.greaterThan(5);
  });
});

interface Glyph {
  ch: string;
  top: number;
  height: number;
  right: number;
  width: number;
}

/** An element's characters where they are drawn, line by line. */
function textLines(element: Element): Glyph[][] {
  const lines: Glyph[][] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent!.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      if (rect.height === 0) continue;
      const glyph = { ch: node.textContent![i]!, top: rect.top, height: rect.height, right: rect.right, width: rect.width };
      const line = lines.find((l) => Math.abs(l[0]!.top - rect.top) < rect.height / 2);
      if (line) line.push(glyph);
      else lines.push([glyph]);
    }
  }
  return lines.sort((a, b) => a[0]!.top - b[0]!.top);
}

/** The width of a line's first piece that no line may break inside: a Chinese character (with the punctuation after it) or a run of Latin letters and digits (with a unit joined by a no-break space). */
function leadingPiece(line: Glyph[]): number {
  const chinese = /[\u3400-\u9fff]/;
  const closing = /[，。；：、）」』！？]/;
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const { ch } = line[i]!;
    const next = line[i + 1]?.ch;
    width += line[i]!.width;
    if (next === undefined || next === ' ') break;
    if ((chinese.test(ch) || closing.test(ch)) && !closing.test(next)) break;
    if (chinese.test(next) && ch !== '\u00a0' && !/[（「『]/.test(ch)) break;
  }
  return width;
}
