import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatMoney } from '../../i18n/format.js';
import '../../index.js';
import { $, card, cards, displayedTotals, expectedTotals, fixtureCalculator, input, settle, text } from '../../../test/support/calculator-helpers.js';
import { tariffFixture } from '../../../test/support/tariff-builder.js';
import type { HotlineCalculator } from './hotline-calculator.js';

/** The result bar the layout shows (one copy per layout; the other is not rendered). */
function visibleBar(el: HotlineCalculator): HTMLElement {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.result-bar')].find((bar) => bar.checkVisibility())!;
}

/** A calculator in a box `width` px wide. */
async function inBox(width: number, attributes: Record<string, string> = {}): Promise<HotlineCalculator> {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  const el = document.createElement('hotline-calculator') as HotlineCalculator;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  box.append(el);
  el.tariffs = tariffFixture();
  await settle(el);
  return el;
}

/** The visitor presses Shift+Tab: focus moves back one stop. */
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('<hotline-calculator>: the answer first', () => {
  for (const [width, first, later] of [
    [1000, [], ['.more-options', '[part="chart"]', '.actions', '[part="notice"]']],
    // In one column the other controls sit above the cards: they come at once, so that the cards never move down.
    [360, ['.more-options'], ['[part="chart"]', '.actions', '[part="notice"]']],
  ] as const) {
    it(`paints the minutes, the result bar and the cards first in a ${width} px box; what lies below them follows`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
      const el = document.createElement('hotline-calculator') as HotlineCalculator;
      el.tariffs = tariffFixture();
      box.append(el);
      const present = (selector: string) => el.shadowRoot!.querySelector(selector) !== null;
      const shown = ['input[type="range"]', '.result-bar', 'hotline-plan-card', ...first];
      // Lit renders in a microtask; a frame callback registered now runs just before that frame is painted.
      const firstFrame = await new Promise<Record<string, boolean>>((resolve) =>
        requestAnimationFrame(() => resolve(Object.fromEntries([...shown, ...later].map((s) => [s, present(s)])))),
      );
      expect(firstFrame).to.deep.equal(Object.fromEntries([...shown.map((s) => [s, true]), ...later.map((s) => [s, false])]));
      await settle(el);
      for (const selector of later) expect(present(selector), selector).to.equal(true);
    });
  }

  it('names the cheapest plan, its monthly average and what it costs at signing in the result bar', async () => {
    const el = await fixtureCalculator();
    const cheapest = el.quote!.plans.find((p) => p.planId === el.quote!.cheapestPlanId)!;
    const bar = text(visibleBar(el));
    expect(bar).to.contain('甲 年套餐');
    expect(bar).to.contain(`${formatMoney(cheapest.averageMonthly, 'CNY', 'zh-CN')}/月`);
    expect(bar).to.contain(`签约时预付 ${formatMoney(cheapest.upfrontTotal, 'CNY', 'zh-CN')}`);
  });

  it('puts the result bar under the minutes on a narrow host and at the top of the results on a wide one', async () => {
    const narrow = await inBox(360);
    expect(visibleBar(narrow).classList.contains('narrow')).to.equal(true);
    expect(visibleBar(narrow).closest('.controls')).not.to.equal(null);
    const wide = await inBox(1000);
    expect(visibleBar(wide).classList.contains('wide')).to.equal(true);
    expect(visibleBar(wide).closest('.results')).not.to.equal(null);
  });

  it('jumps to the cards when the bar is tapped', async () => {
    const el = await inBox(360);
    visibleBar(el).click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#plans'));
  });

  it('keeps every control but the minutes behind "more options", closed on narrow hosts and open on wide ones', async () => {
    const narrow = await inBox(360);
    const toggle = $(narrow, '.options-toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(($(narrow, '#more-options') as HTMLElement).hidden).to.equal(true);
    expect($(narrow, '#more-options').contains($(narrow, '#peak-range'))).to.equal(true);
    expect($(narrow, '#more-options').contains($(narrow, '#minutes-range'))).to.equal(false);
    toggle.click();
    await settle(narrow);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(($(narrow, '#more-options') as HTMLElement).hidden).to.equal(false);

    const wide = await inBox(1000);
    expect($(wide, '.options-toggle').getAttribute('aria-expanded')).to.equal('true');
  });

  it('says what is set in the label of "more options"', async () => {
    const el = await fixtureCalculator({ 'peak-share': '30', 'add-ons': 'ivr', 'number-grade': 'gold' });
    expect(text($(el, '.options-summary'))).to.equal('高峰 30% · 北方 60% · 语音导航 · 靓号');
    const beta = input(el, '[data-carrier="beta"]');
    beta.checked = false;
    beta.dispatchEvent(new Event('change'));
    await settle(el);
    expect(text($(el, '.options-summary'))).to.equal('高峰 30% · 北方 60% · 语音导航 · 靓号 · 仅甲运营商');
    el.locale = 'en';
    await settle(el);
    expect(text($(el, '.options-summary'))).to.equal('Peak 30% · North 60% · IVR · Gold · Only Alpha Telecom');
  });

  it('shows the best plans up to max-plans, then "show all"; 0 shows every plan', async () => {
    const two = await fixtureCalculator({ 'max-plans': '2' });
    expect(cards(two).map((c) => c.dataset.planId)).to.deep.equal(two.quote!.plans.slice(0, 2).map((p) => p.planId));
    const showAll = $(two, '.show-all');
    expect(text(showAll)).to.equal('显示全部 3 个套餐');
    expect(showAll.getAttribute('aria-expanded')).to.equal('false');
    showAll.click();
    await settle(two);
    expect(cards(two)).to.have.length(3);
    expect(displayedTotals(two)).to.deep.equal(expectedTotals(two));
    expect(text(showAll)).to.equal('只显示最省的 2 个');

    const all = await fixtureCalculator({ 'max-plans': '0' });
    expect(cards(all)).to.have.length(3);
    expect(all.shadowRoot!.querySelector('.show-all')).to.equal(null);
  });

  it('warns about a max-plans that is not a whole number and shows three', async () => {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const document = tariffFixture() as Record<string, any>;
      document.plans = [0, 1, 2, 3].flatMap((n) => (document.plans as Record<string, unknown>[]).map((p) => ({ ...p, id: `${p.id}-${n}` })));
      const el = await fixture<HotlineCalculator>(html`<hotline-calculator max-plans="lots"></hotline-calculator>`);
      el.tariffs = document;
      await settle(el);
      expect(cards(el)).to.have.length(3);
      expect(warnings.some((w) => w.includes('max-plans="lots"'))).to.equal(true);
    } finally {
      console.warn = original;
    }
  });

  it('folds the plans that lack a chosen add-on into one line that says why', async () => {
    const el = await fixtureCalculator({ 'add-ons': 'recording' });
    const group = $(el, '.unavailable-group') as HTMLDetailsElement;
    expect(text(group.querySelector('summary'))).to.equal('1 个套餐不提供通话录音');
    expect(group.open).to.equal(false);
    const flat = card(el, 'a-flat');
    expect(group.contains(flat)).to.equal(true);
    // No large price: the reason, and the figure without the add-on, small.
    const root = flat.shadowRoot!;
    expect(text(root.querySelector('.reason'))).to.equal('暂不可选：本套餐不提供通话录音');
    expect(root.querySelector('.total')).to.equal(null);
    el.locale = 'en';
    await settle(el);
    expect(text($(el, '.unavailable-group summary'))).to.equal('One plan does not offer Call recording');
  });

  for (const locale of ['en', 'zh-CN']) {
    it(`keeps each card's headline figure and its "per month" inside the card, three abreast or one (${locale})`, async () => {
      for (const width of [1280, 1000, 760, 320]) {
        const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
        const el = document.createElement('hotline-calculator') as HotlineCalculator;
        el.setAttribute('locale', locale);
        box.append(el);
        await settle(el);
        for (const c of cards(el)) {
          const edge = c.shadowRoot!.querySelector('.card')!.getBoundingClientRect().right;
          for (const part of c.shadowRoot!.querySelectorAll('.total .amount, .total .per')) {
            expect(part.getBoundingClientRect().right, `${c.dataset.planId} ${part.className} at ${width} px`).to.be.at.most(edge);
          }
        }
        box.remove();
      }
    });
  }

  it('says in the results heading that the bundled prices are samples, and leads to the notice', async () => {
    const bundled = await fixture<HotlineCalculator>(html`<hotline-calculator></hotline-calculator>`);
    await settle(bundled);
    const badge = $(bundled, '.sample-badge');
    expect(text(badge)).to.equal('示例价格');
    badge.click();
    expect(bundled.shadowRoot!.activeElement).to.equal($(bundled, '[part="notice"]'));
    const own = await fixtureCalculator();
    expect(own.shadowRoot!.querySelector('.sample-badge')).to.equal(null);
  });

  it('on a narrow host, brings a control that Shift+Tab reaches at the top of the screen in below the result bar, not behind it', async () => {
    // In English at 320 px the bar runs to four lines.
    const el = await inBox(320, { locale: 'en' });
    const toggle = $(el, '.options-toggle');
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    await settle(el);
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.options-panel input, .options-panel button')];
    expect(controls.length).to.be.at.least(3);
    for (const [target, next] of [[controls[0]!, controls[1]!], [controls[2]!, controls[3]!]]) {
      // The visitor has tabbed on past `target`; the page has scrolled it up to just under the screen's top edge.
      next.focus({ preventScroll: true });
      window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - 10);
      await shiftTab();
      expect(el.shadowRoot!.activeElement).to.equal(target);
      const bar = visibleBar(el).getBoundingClientRect();
      expect(target.getBoundingClientRect().top, `${target.outerHTML.slice(0, 60)} under the bar`).to.be.at.least(bar.bottom);
    }
    window.scrollTo(0, 0);
  });

  it('on a wide host, brings a card that Shift+Tab reaches at the top of the screen in below the result bar, not behind it', async () => {
    const el = await inBox(1000, { locale: 'en', 'cta-href': 'https://reseller.example/apply?plan={plan}' });
    // Room below, so that the page can scroll any card up to the top of the screen.
    const room = document.createElement('div');
    room.style.height = '2000px';
    el.after(room);
    const shown = cards(el).filter((c) => c.checkVisibility());
    const card = shown[shown.length - 1]!;
    const details = card.shadowRoot!.querySelector<HTMLElement>('summary')!;
    // The visitor has tabbed on to the card's apply link; the page has scrolled its details up to the screen's top edge.
    card.shadowRoot!.querySelector<HTMLElement>('[part="cta"]')!.focus({ preventScroll: true });
    window.scrollTo(0, details.getBoundingClientRect().top + window.scrollY - 10);
    await shiftTab();
    expect(card.shadowRoot!.activeElement).to.equal(details);
    const bar = visibleBar(el).getBoundingClientRect();
    expect(details.getBoundingClientRect().top, 'the details under the bar').to.be.at.least(bar.bottom);
    window.scrollTo(0, 0);
  });

  it('has a skip link to the results as its first focus stop', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await fixtureCalculator();
    before.focus();
    await sendKeys({ press: 'Tab' });
    const skip = el.shadowRoot!.activeElement as HTMLElement;
    expect(skip?.classList.contains('skip-link')).to.equal(true);
    expect(text(skip)).to.equal('跳到结果');
    expect(skip.getBoundingClientRect().height).to.be.at.least(24);
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#results'));
  });

  it('is accessible with every panel open, in both locales', async () => {
    const el = await fixtureCalculator({ 'add-ons': 'recording', share: '' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.show-all')?.click();
    await settle(el);
    for (const details of el.shadowRoot!.querySelectorAll('details')) {
      const toggled = oneEvent(details, 'toggle');
      details.open = true;
      await toggled;
    }
    for (const c of cards(el)) c.shadowRoot!.querySelector('details')!.open = true;
    await settle(el);
    await expect(el).to.be.accessible();
    el.locale = 'en';
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
