import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { estimate } from '../../engine/estimate.js';
import { formatMoney } from '../../i18n/format.js';
import { defineOnce, HotlineCalculator } from '../../index.js';
import {
  $,
  card,
  cards,
  displayedTotals,
  expectedTotals,
  fixtureCalculator,
  input,
  setValue,
  settle,
  text,
} from '../test-support/calculator-helpers.js';
import { describe, it } from '../test-support/mocha.js';
import { tariffFixture } from '../test-support/tariff-fixture.js';
import type { HotlinePlanSelectEvent, HotlineQuoteChangeEvent } from './events.js';

function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('<hotline-calculator>', () => {
  it('shows one card per plan, in the engine ranking, with the engine totals', async () => {
    const el = await fixtureCalculator();
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    expect(el.quote!.plans.map((p) => p.planId)).to.deep.equal(displayedTotals(el).map(([id]) => id));
  });

  it('marks the cheapest plan with the `cheapest` part and a visible badge', async () => {
    const el = await fixtureCalculator();
    const cheapestId = el.quote!.cheapestPlanId!;
    const marked = el.shadowRoot!.querySelectorAll('[part~="cheapest"]');
    expect(marked.length).to.equal(1);
    expect((marked[0] as HTMLElement).dataset.planId).to.equal(cheapestId);
    expect(text(card(el, cheapestId).shadowRoot!.querySelector('.badge.cheapest'))).to.equal('最省');
  });

  it('lists breakdown lines that are exactly the engine lines, ending in the monthly total', async () => {
    const el = await fixtureCalculator({ 'add-ons': 'ivr', 'number-grade': 'gold' });
    for (const plan of el.quote!.plans) {
      const root = card(el, plan.planId).shadowRoot!;
      const rows = [...root.querySelectorAll('table.monthly tbody tr')].map((row) => text(row.querySelector('td')));
      expect(rows).to.deep.equal(plan.lines.map((line) => formatMoney(line.amount, 'CNY', 'zh-CN')));
      expect(text(root.querySelector('table.monthly tfoot td'))).to.equal(formatMoney(plan.monthlyTotal, 'CNY', 'zh-CN'));
      const oneTime = [...root.querySelectorAll('table.one-time tbody tr')].map((row) => text(row.querySelector('td')));
      expect(oneTime).to.deep.equal(plan.oneTimeLines.map((line) => formatMoney(line.amount, 'CNY', 'zh-CN')));
      const figures = text(root.querySelector('.figures'));
      expect(figures).to.contain(formatMoney(plan.averageMonthly, 'CNY', 'zh-CN'));
      expect(figures).to.contain(formatMoney(plan.termTotal, 'CNY', 'zh-CN'));
    }
  });

  it('dims an unavailable plan and names the add-on it lacks', async () => {
    const el = await fixtureCalculator({ 'add-ons': 'recording' });
    const flat = card(el, 'a-flat');
    expect(flat.shadowRoot!.querySelector('.card.unavailable')).to.exist;
    expect(text(flat.shadowRoot!.querySelector('.reason'))).to.contain('通话录音');
    expect(cards(el).at(-1)!.dataset.planId).to.equal('a-flat');
  });

  it('always shows the prices-as-of date, the tax basis and the tariff notice', async () => {
    const el = await fixtureCalculator();
    const notice = text($(el, '[part="notice"]'));
    expect(notice).to.contain('价格截至 2026年3月1日');
    expect(notice).to.contain('示例资费，仅供测试');
  });

  it('shows the capacity line on every card', async () => {
    const el = await fixtureCalculator({ minutes: '60000', 'peak-share': '80' });
    const needed = el.quote!.linesNeeded;
    expect(text(card(el, 'a-credit').shadowRoot!.querySelector('.capacity'))).to.equal(
      `高峰时约 ${needed} 路同时通话；本套餐含 10 路`,
    );
  });

  it('takes the initial usage from its attributes', async () => {
    const el = await fixtureCalculator({
      minutes: '2500',
      'peak-share': '30',
      'average-call-seconds': '75',
      'add-ons': 'ivr recording',
      'number-grade': 'gold',
    });
    expect(el.usage).to.include({ minutesPerMonth: 2500, peakSharePercent: 30, averageCallSeconds: 75, numberGrade: 'gold' });
    expect(el.usage!.addOns).to.deep.equal(['ivr', 'recording']);
    expect(input(el, '#minutes-number').value).to.equal('2500');
    expect(input(el, '#peak-range').value).to.equal('30');
    expect(input(el, '#call-length-toggle').checked).to.be.true;
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
  });

  it('follows attribute changes after load', async () => {
    const el = await fixtureCalculator();
    el.setAttribute('minutes', '4321');
    await settle(el);
    expect(el.usage!.minutesPerMonth).to.equal(4321);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
  });

  it('clamps or ignores bad attribute values with one warning each, and keeps working', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixtureCalculator({
        minutes: 'lots',
        'peak-share': '140',
        'average-call-seconds': '-5',
        'add-ons': 'ivr fax',
        'number-grade': 'platinum',
        locale: 'fr',
      });
      el.requestUpdate();
      await settle(el);
      expect(el.usage).to.include({ minutesPerMonth: 1000, peakSharePercent: 100, averageCallSeconds: 1, numberGrade: 'standard' });
      expect(el.usage!.addOns).to.deep.equal(['ivr']);
      expect(warnings.messages.length).to.equal(6);
      expect(new Set(warnings.messages).size).to.equal(6);
      expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    } finally {
      warnings.restore();
    }
  });

  it('shows only the plans and carriers the page asks for', async () => {
    const byPlan = await fixtureCalculator({ plans: 'a-flat b-peak' });
    expect(displayedTotals(byPlan).map(([id]) => id).sort()).to.deep.equal(['a-flat', 'b-peak']);
    const byCarrier = await fixtureCalculator({ carriers: 'beta' });
    expect(displayedTotals(byCarrier).map(([id]) => id)).to.deep.equal(['b-peak']);
    expect(byCarrier.quote!.plans.map((p) => p.planId)).to.deep.equal(['b-peak']);
  });

  it('says so when the filters hide every plan', async () => {
    const el = await fixtureCalculator();
    for (const id of ['alpha', 'beta']) {
      const box = input(el, `[data-carrier="${id}"]`);
      box.checked = false;
      box.dispatchEvent(new Event('change'));
    }
    await settle(el);
    expect(cards(el)).to.have.length(0);
    expect(text($(el, '.empty'))).to.contain('没有符合筛选条件的套餐');
  });

  it('fills in cta-href, URL-encoded, and fires hotline-plan-select when the link is used', async () => {
    const el = await fixtureCalculator({ 'cta-href': '#apply?plan={plan}&c={carrier}&m={minutes}&t={total}&n={plan}' });
    const cheapest = el.quote!.plans[0];
    const link = card(el, cheapest.planId).shadowRoot!.querySelector<HTMLAnchorElement>('a[part="cta"]')!;
    expect(link.getAttribute('href')).to.equal(
      `#apply?plan=${cheapest.planId}&c=${cheapest.carrierId}&m=1000&t=${cheapest.monthlyTotal}&n=${cheapest.planId}`,
    );
    const fired = oneEvent(el, 'hotline-plan-select');
    link.click();
    const event = (await fired) as HotlinePlanSelectEvent;
    expect(event.detail.planId).to.equal(cheapest.planId);
    expect(event.detail.quote).to.equal(el.quote);
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('never renders a javascript: link from cta-href', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixtureCalculator({ 'cta-href': ' JaVaScRiPt:alert({plan})' });
      for (const c of cards(el)) expect(c.shadowRoot!.querySelector('a')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('has a choose button per available plan that fires hotline-plan-select', async () => {
    const el = await fixtureCalculator();
    const button = card(el, 'b-peak').shadowRoot!.querySelector<HTMLButtonElement>('button[part="cta"]')!;
    setTimeout(() => button.click());
    const event = (await oneEvent(el, 'hotline-plan-select')) as HotlinePlanSelectEvent;
    expect(event.detail).to.deep.include({ planId: 'b-peak', usage: el.usage, quote: el.quote });
  });

  it('accepts a usage object; the controls follow and the quote is read-only', async () => {
    const el = await fixtureCalculator();
    el.usage = { minutesPerMonth: 777, peakSharePercent: 25, addOns: ['ivr'], regionShares: { north: 1, south: 3 } };
    await settle(el);
    expect(input(el, '#minutes-number').value).to.equal('777');
    expect(input(el, '#peak-range').value).to.equal('25');
    expect(input(el, '[data-region="south"]').value).to.equal('75');
    expect(input(el, '[data-add-on="ivr"]').checked).to.be.true;
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    const quote = el.quote;
    expect(() => ((el as unknown as { quote: unknown }).quote = null)).to.throw();
    expect(el.quote).to.equal(quote);
  });

  it('fires hotline-quote-change with {usage, quote} at most once per animation frame', async () => {
    const el = await fixtureCalculator();
    await aTimeout(150);
    const seen: HotlineQuoteChangeEvent[] = [];
    el.addEventListener('hotline-quote-change', (e) => seen.push(e));
    for (let m = 100; m <= 2000; m += 100) {
      el.usage = { minutesPerMonth: m };
      await el.updateComplete;
    }
    await aTimeout(200);
    expect(seen.length).to.be.within(1, 3);
    const last = seen.at(-1)!;
    expect(last.detail.usage.minutesPerMonth).to.equal(2000);
    expect(last.detail.quote).to.equal(el.quote);
    expect(last.bubbles && last.composed).to.be.true;
  });

  it('re-renders in English when the locale changes', async () => {
    const el = await fixtureCalculator();
    el.locale = 'en';
    await settle(el);
    expect(text($(el, 'label[for="minutes-range"]'))).to.contain('minutes');
    expect(text($(el, 'label[for="peak-range"]'))).to.contain('peak');
    expect(input(el, '#minutes-range').getAttribute('aria-valuetext')).to.equal('1,000 minutes');
    expect(input(el, '#peak-range').getAttribute('aria-valuetext')).to.equal('peak 60%');
    expect(text($(el, 'label[for="region-south"]'))).to.equal('South');
    expect(input(el, '#minutes-number').getAttribute('aria-label')).to.contain('minutes');
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el, 'en'));
    expect(text(card(el, 'a-credit').shadowRoot!.querySelector('.per'))).to.equal('/month');
    expect(text($(el, '[part="notice"]'))).to.contain('Prices as of March 1, 2026');
  });

  it('is accessible in both locales', async () => {
    const el = await fixtureCalculator({ 'add-ons': 'recording', 'average-call-seconds': '90' });
    await expect(el).to.be.accessible();
    el.locale = 'en';
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('speaks a summary naming the cheapest plan, after the input settles', async () => {
    const el = await fixtureCalculator();
    await aTimeout(300);
    const status = $(el, '[role="status"]');
    const cheapest = el.quote!.plans[0];
    const name = (tariffFixture().plans as { id: string; name: Record<string, string> }[]).find(
      (p) => p.id === cheapest.planId,
    )!.name['zh-CN'];
    expect(text(status)).to.equal(`最省：${name}，每月 ${formatMoney(cheapest.monthlyTotal, 'CNY', 'zh-CN')}`);
    el.usage = { minutesPerMonth: 90000 };
    await settle(el);
    expect(text(status)).to.contain(name); // not yet updated: debounced
    await aTimeout(300);
    const now = el.quote!.plans[0];
    expect(text(status)).to.contain(formatMoney(now.monthlyTotal, 'CNY', 'zh-CN'));
  });

  it('keeps two instances independent', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <hotline-calculator minutes="300"></hotline-calculator>
      <hotline-calculator minutes="9000" locale="en"></hotline-calculator>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('hotline-calculator')] as HotlineCalculator[];
    await settle(a);
    await settle(b);
    setValue(input(a, '#peak-range'), 10);
    await settle(a);
    await settle(b);
    expect(a.usage).to.include({ minutesPerMonth: 300, peakSharePercent: 10 });
    expect(b.usage).to.include({ minutesPerMonth: 9000, peakSharePercent: 60 });
    expect(displayedTotals(b)).to.deep.equal(expectedTotals(b, 'en'));
    expect(displayedTotals(a)).to.deep.equal(expectedTotals(a));
  });

  it('uses the bundled tariffs when given none', async () => {
    const el = await fixture<HotlineCalculator>(html`<hotline-calculator></hotline-calculator>`);
    await settle(el);
    expect(el.tariffs).to.not.equal(null);
    expect(cards(el).length).to.equal(el.tariffs!.plans.length);
    const quote = estimate(el.tariffs!, el.usage!);
    expect(displayedTotals(el)).to.deep.equal(
      quote.plans.map((p) => [p.planId, formatMoney(p.monthlyTotal, 'CNY', 'zh-CN')]),
    );
  });

  it('warns once and never throws when defined twice', async () => {
    const warnings = captureWarnings();
    try {
      expect(defineOnce('hotline-calculator', class extends HTMLElement {})).to.be.false;
      expect(defineOnce('hotline-calculator', class extends HTMLElement {})).to.be.false;
      expect(warnings.messages).to.have.length(1);
      // A second copy of the script is a fresh module with its own guard:
      // it defines nothing and warns once, for both of its elements.
      await import(/* @vite-ignore */ `../../index.ts?second-copy=${Date.now()}`);
      expect(customElements.get('hotline-calculator')).to.equal(HotlineCalculator);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages.every((m) => m.includes('already defined'))).to.be.true;
    } finally {
      warnings.restore();
    }
  });
});
