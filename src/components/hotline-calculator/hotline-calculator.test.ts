import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { estimate } from '../../engine/estimate.js';
import { formatMoney } from '../../i18n/format.js';
import '../../index.js';
import {
  $,
  card,
  cards,
  displayedTotals,
  expectedTotals,
  fixtureCalculator,
  input,
  settle,
  text,
} from '../../../test/support/calculator-helpers.js';
import { tariffFixture } from '../../../test/support/tariff-builder.js';
import type { HotlineCalculator } from './hotline-calculator.js';

describe('<hotline-calculator> results', () => {
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
    // The page's own filters contradict each other: a plan of the other carrier.
    el.setAttribute('plans', 'b-peak');
    el.setAttribute('carriers', 'alpha');
    await settle(el);
    expect(text($(el, '.empty'))).to.contain('本页面暂无可比较的套餐');
  });

  it('re-renders in English when the locale changes', async () => {
    const el = await fixtureCalculator();
    el.locale = 'en';
    await settle(el);
    expect(text($(el, 'label[for="minutes-range"]'))).to.contain('minutes');
    expect(text($(el, 'label[for="peak-range"]'))).to.contain('peak');
    expect(input(el, '#minutes-range').getAttribute('aria-valuetext')).to.equal('1,000\u00a0minutes');
    expect(input(el, '#peak-range').getAttribute('aria-valuetext')).to.equal('Peak 60%');
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
    const upfront = formatMoney(cheapest.upfrontTotal, 'CNY', 'zh-CN');
    expect(text(status)).to.equal(`最省：${name}，平均每月 ${formatMoney(cheapest.averageMonthly, 'CNY', 'zh-CN')} · 签约时预付 ${upfront}`);
    el.usage = { minutesPerMonth: 90000 };
    await settle(el);
    expect(text(status)).to.contain(name); // not yet updated: debounced
    await aTimeout(300);
    const now = el.quote!.plans[0];
    expect(text(status)).to.contain(formatMoney(now.averageMonthly, 'CNY', 'zh-CN'));
  });

  it('uses the bundled tariffs when given none', async () => {
    const el = await fixture<HotlineCalculator>(html`<hotline-calculator></hotline-calculator>`);
    await settle(el);
    expect(el.tariffs).to.not.equal(null);
    // The best three, then "show all" for the rest.
    const quote = estimate(el.tariffs!, el.usage!);
    expect(displayedTotals(el)).to.deep.equal(
      quote.plans.slice(0, 3).map((p) => [p.planId, formatMoney(p.averageMonthly, 'CNY', 'zh-CN')]),
    );
    const showAll = $(el, '.show-all');
    expect(text(showAll)).to.equal(`显示全部 ${el.tariffs!.plans.length} 个套餐`);
    showAll.click();
    await settle(el);
    expect(cards(el).length).to.equal(el.tariffs!.plans.length);
    expect(displayedTotals(el)).to.deep.equal(
      quote.plans.map((p) => [p.planId, formatMoney(p.averageMonthly, 'CNY', 'zh-CN')]),
    );
  });
});
