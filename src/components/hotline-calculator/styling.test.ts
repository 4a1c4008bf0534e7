import { expect, fixtureSync, html } from '@open-wc/testing';
import { planCardStyles } from '../plan-card/plan-card.styles.js';
import { $, card, fixtureCalculator, settle } from '../../../test/support/calculator-helpers.js';
import { tariffFixture } from '../../../test/support/tariff-builder.js';
import { HotlineCalculator } from './hotline-calculator.js';
import { calculatorStyles } from './hotline-calculator.styles.js';

const pageStyles: HTMLStyleElement[] = [];

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
});
