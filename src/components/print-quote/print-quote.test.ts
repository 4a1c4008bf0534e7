import { expect, fixture, html } from '@open-wc/testing';
import { estimate } from '../../engine/estimate.js';
import { quoteProfile } from '../../engine/index.js';
import { formatMoney } from '../../i18n/format.js';
import { parseTariffs } from '../../tariffs/validate.js';
import { tariffFixture } from '../../../test/support/tariff-builder.js';
import { elementRegistrar } from '../define-once.js';
import { HotlinePrintQuote } from './print-quote.js';

const defineOnce = elementRegistrar();
defineOnce('hotline-print-quote', HotlinePrintQuote);

const tariffs = parseTariffs(tariffFixture());
const printedOn = new Date(2026, 10, 25);

async function render(locale: 'zh-CN' | 'en', planId: string | null, minutes = 1000) {
  const quote = estimate(tariffs, { minutesPerMonth: minutes });
  const el = await fixture<HotlinePrintQuote>(html`<hotline-print-quote
    locale=${locale}
    .tariffs=${tariffs}
    .quote=${quote}
    .planId=${planId}
    .printedOn=${printedOn}
  ></hotline-print-quote>`);
  return { el, quote, root: el.shadowRoot! };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The amount printed in the row whose heading is `heading`. */
const row = (root: ParentNode, heading: string) =>
  text([...root.querySelectorAll('tr')].find((tr) => text(tr.querySelector('th')) === heading)?.querySelector('td'));

describe('<hotline-print-quote>', () => {
  it('lists the chosen plan with every monthly and one-time line, its totals and the dates', async () => {
    const { quote, root } = await render('en', 'a-credit');
    const plan = quote.plans.find((p) => p.planId === 'a-credit')!;
    const sections = root.querySelectorAll('section.plan');
    expect(sections.length).to.equal(1);
    expect(sections[0].getAttribute('data-plan-id')).to.equal('a-credit');
    const rows = [...sections[0].querySelectorAll('tr')].map((tr) => text(tr));
    expect(rows.length).to.equal(plan.lines.length + 1 + plan.oneTimeLines.length + 1 + 2);
    const body = text(root.querySelector('article'));
    const cny = new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY' });
    expect(body).to.contain('Chosen plan');
    expect(row(root, 'Monthly total')).to.equal(cny.format(plan.monthlyTotal as unknown as number));
    expect(row(root, 'Calls')).to.equal('CN¥25.00');
    expect(row(root, 'Total over the 12-month term')).to.equal('CN¥1,500.00');
    expect(plan.termTotal).to.equal('1500.00');
    expect(body).to.contain('Printed on November 25, 2026');
    expect(body).to.contain('Prices effective March 1, 2026');
    expect(body).to.contain('1,000 call minutes a month');
    expect(body).to.contain('60% of calls at peak hours');
    expect(body).to.contain('North 60%, South 40%');
  });

  it('lists the three cheapest available plans in the engine ranking when none is chosen', async () => {
    const { quote, root } = await render('en', null);
    const expected = quote.plans.filter((p) => p.available).slice(0, 3).map((p) => p.planId);
    const listed = [...root.querySelectorAll('section.plan')].map((s) => s.getAttribute('data-plan-id'));
    expect(listed).to.deep.equal(expected);
    expect(text(root.querySelector('h2:nth-of-type(2)'))).to.equal('The three cheapest plans');
  });

  it('writes the totals in 人民币大写 in zh-CN, and not in en', async () => {
    const { quote, root } = await render('zh-CN', 'a-credit');
    const plan = quote.plans.find((p) => p.planId === 'a-credit')!;
    const words = [...root.querySelectorAll('.words')].map((p) => text(p));
    expect(plan.monthlyTotal).to.equal('125.00');
    expect(words[0]).to.equal('大写：人民币壹佰贰拾伍元整');
    expect(words).to.have.length(2);
    const english = await render('en', 'a-credit');
    expect(english.root.querySelectorAll('.words').length).to.equal(0);
  });

  it('is accessible in both locales', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { el } = await render(locale, null);
      await expect(el).to.be.accessible();
    }
  });

  it("prints the call log's quote while one is in use: each month, their sum, the one-time fees and the average month", async () => {
    const quote = estimate(tariffs, { minutesPerMonth: 1000 });
    const profile = quoteProfile(tariffs, [
      { month: '2026-01', usage: { minutesPerMonth: 400 } },
      { month: '2026-02', usage: { minutesPerMonth: 2500 } },
    ]);
    for (const [locale, expected] of [
      ['zh-CN', { usage: '按您的通话记录估算，共 2 个月', months: ['2026年1月', '2026年2月'], total: '通话记录 2 个月合计', average: '平均每月' }],
      ['en', { usage: 'Estimated from your call log: 2 months', months: ['January 2026', 'February 2026'], total: "Total over the log's 2 months", average: 'Average per month' }],
    ] as const) {
      const el = await fixture<HotlinePrintQuote>(html`<hotline-print-quote
        locale=${locale} .tariffs=${tariffs} .quote=${quote} .profile=${profile} .planId=${null} .printedOn=${printedOn}
      ></hotline-print-quote>`);
      const root = el.shadowRoot!;
      const money = (amount: string) => formatMoney(amount, 'CNY', locale);
      const body = text(root.querySelector('article'));
      expect(body).to.contain(expected.usage);
      expect(body).not.to.contain(locale === 'en' ? 'call minutes a month' : '每月通话');
      const listed = profile.plans.filter((p) => p.available).slice(0, 3);
      expect([...root.querySelectorAll<HTMLElement>('section.plan')].map((s) => s.dataset.planId)).to.deep.equal(listed.map((p) => p.planId));
      const first = root.querySelector('section.plan')!;
      expect(row(first, expected.months[0])).to.equal(money(listed[0]!.months[0]!.monthlyTotal));
      expect(row(first, expected.months[1])).to.equal(money(listed[0]!.months[1]!.monthlyTotal));
      expect(row(first, expected.total)).to.equal(money(listed[0]!.profileTotal));
      expect(row(first, expected.average)).to.equal(money(listed[0]!.profileAverageMonthly));
      // Not the sliders' figures of the same plan.
      const slider = quote.plans.find((p) => p.planId === listed[0]!.planId)!;
      expect(body).not.to.contain(money(slider.termTotal));
    }
  });
});
