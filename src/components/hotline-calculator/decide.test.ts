import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { amountDifference } from '../../engine/amounts.js';
import { cheapestRanges } from '../../engine/cheapest-ranges.js';
import { switchPoints } from '../../engine/switch-points.js';
import { formatMoney, formatNumber } from '../../i18n/format.js';
import '../../index.js';
import type { HotlineBreakEvenChart } from '../break-even-chart/break-even-chart.js';
import type { HotlinePrintQuote } from '../print-quote/print-quote.js';
import { $, card, cards, fixtureCalculator, input, setValue, settle, text } from '../../../test/support/calculator-helpers.js';
import { tariffFixture } from '../../../test/support/tariff-builder.js';
import type { HotlineCalculator } from './hotline-calculator.js';

/** Opens the chart panel and waits for the chart to draw. */
async function openChart(el: HotlineCalculator): Promise<HotlineBreakEvenChart> {
  const panel = $(el, '[part="chart"]') as HTMLDetailsElement;
  const toggled = oneEvent(panel, 'toggle');
  panel.open = true;
  await toggled;
  await settle(el);
  const chart = el.shadowRoot!.querySelector<HotlineBreakEvenChart>('hotline-break-even-chart')!;
  await chart.updateComplete;
  return chart;
}

function linePlanIds(chart: HotlineBreakEvenChart): string[] {
  return [...chart.shadowRoot!.querySelectorAll<SVGPathElement>('path.line')].map((path) => path.dataset.planId!).sort();
}

function shownPlanIds(el: HotlineCalculator): string[] {
  return el.quote!.plans.map((p) => p.planId).sort();
}

const PLAN_NAMES: Record<string, Record<'zh-CN' | 'en', string>> = {
  'a-credit': { 'zh-CN': '甲 年套餐', en: 'Alpha Annual' },
  'a-flat': { 'zh-CN': '甲 按量', en: 'Alpha Pay-as-you-go' },
  'b-peak': { 'zh-CN': '乙 分时套餐', en: 'Beta Time-of-day' },
};

describe('<hotline-calculator> break-even chart and switch points', () => {
  it('draws one line per shown plan, and follows the carrier filter and the other inputs', async () => {
    const el = await fixtureCalculator();
    const chart = await openChart(el);
    expect(linePlanIds(chart)).to.deep.equal(shownPlanIds(el));
    expect(chart.curves!.maxMinutes).to.equal(el.tariffs!.defaults.maxMinutesPerMonth);

    const beta = input(el, '[data-carrier="beta"]');
    beta.checked = false;
    beta.dispatchEvent(new Event('change'));
    await settle(el);
    await chart.updateComplete;
    expect(linePlanIds(chart)).to.deep.equal(['a-credit', 'a-flat']);

    const before = chart.curves;
    setValue(input(el, '#peak-range'), 10);
    await settle(el);
    expect(chart.curves).not.to.equal(before);
    expect(chart.curves!.curves.map((c) => c.planId)).to.deep.equal(['a-credit', 'a-flat']);
  });

  it('moves only the marker when the minutes change', async () => {
    const el = await fixtureCalculator();
    const chart = await openChart(el);
    const curves = chart.curves;
    setValue(input(el, '#minutes-number'), 4321);
    await settle(el);
    await chart.updateComplete;
    expect(chart.curves).to.equal(curves);
    expect(chart.minutes).to.equal(4321);
    expect(text(chart.shadowRoot!.querySelector('.current text'))).to.equal('您的用量：4,321 分钟');
  });

  it('states the cheapest plan over each range of minutes exactly as the engine finds them, in both locales', async () => {
    const el = await fixtureCalculator({ 'peak-share': '30' });
    await openChart(el);
    const expectedFor = (locale: 'zh-CN' | 'en') => {
      const ranges = cheapestRanges(el.tariffs!, el.usage!, { maxMinutes: 100_000, planIds: shownPlanIds(el) });
      expect(ranges.length).to.be.greaterThan(1);
      return ranges.map(({ from, to, planId }) => {
        const name = PLAN_NAMES[planId][locale];
        const span = `${formatNumber(from, locale)}–${formatNumber(to, locale)}`;
        return locale === 'en' ? `${span} minutes: ${name} is cheapest` : `${span} 分钟：${name} 最省`;
      });
    };
    const shown = () => [...el.shadowRoot!.querySelectorAll('.switch-points li')].map((li) => text(li));
    expect(shown()).to.deep.equal(expectedFor('zh-CN'));
    el.locale = 'en';
    await settle(el);
    expect(shown()).to.deep.equal(expectedFor('en'));

    input(el, '[data-add-on="recording"]').click();
    await settle(el);
    expect(shown()).to.deep.equal(expectedFor('en'));
  });

  it('computes nothing for the panel until it is opened', async () => {
    const el = await fixtureCalculator();
    expect(el.shadowRoot!.querySelector('.switch-points')).to.equal(null);
    expect(el.shadowRoot!.querySelector('hotline-break-even-chart')).to.equal(null);
    await openChart(el);
    expect(el.shadowRoot!.querySelector('.switch-points')).not.to.equal(null);
  });

  it('says so when one plan is cheapest over the whole range', async () => {
    const el = await fixtureCalculator({ plans: 'b-peak' });
    await openChart(el);
    expect(text($(el, '.switch-points'))).to.equal('每月 0–100,000 分钟内，乙 分时套餐 始终最省');
  });

  it('says an exact tie as a tie, not as a switch for one minute', async () => {
    // At 1,000 minutes both cost 100.00; the ranking's tie-break (by id) puts a-tie first
    // there alone. Below and above it, x-flat is cheaper.
    const document = tariffFixture() as Record<string, any>;
    document.plans = [
      { id: 'x-flat', carrier: 'alpha', name: 'X', termMonths: 1, package: { price: '0', includes: 'nothing' }, ratePerMinute: '0.1' },
      { id: 'a-tie', carrier: 'alpha', name: 'A', termMonths: 1, package: { price: '100', includes: 'credit', paidUpfront: false },
        ratePerMinute: '0.1', overageRatePerMinute: '0.2' },
    ];
    const el = await fixtureCalculator();
    el.tariffs = document;
    await settle(el);
    expect(switchPoints(el.tariffs!, el.usage!, { maxMinutes: 100_000 }).map((p) => p.minutes)).to.deep.equal([0, 1000, 1001]);
    await openChart(el);
    expect(text($(el, '.switch-points'))).to.equal('每月 0–100,000 分钟内，X 始终最省；1,000 分钟时X与A同价');
    el.locale = 'en';
    await settle(el);
    expect(text($(el, '.switch-points'))).to.equal('X is cheapest throughout 0–100,000 minutes a month. At 1,000 minutes, X and A cost the same');
  });

  it('is accessible with the chart open, in both locales', async () => {
    const el = await fixtureCalculator({ share: '' });
    await openChart(el);
    await expect(el).to.be.accessible();
    el.locale = 'en';
    await settle(el);
    await el.shadowRoot!.querySelector<HotlineBreakEvenChart>('hotline-break-even-chart')!.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<hotline-calculator> cards: the answer first', () => {
  const money = (amount: string) => formatMoney(amount, 'CNY', 'zh-CN');

  it('lead with the monthly average, then what is paid at signing and how much more than the best plan', async () => {
    const el = await fixtureCalculator({ 'add-ons': 'ivr' });
    const best = el.quote!.plans.find((p) => p.planId === el.quote!.cheapestPlanId)!;
    for (const plan of el.quote!.plans) {
      const root = card(el, plan.planId).shadowRoot!;
      expect(text(root.querySelector('[part="plan-total"] .amount'))).to.equal(money(plan.averageMonthly));
      expect(text(root.querySelector('[part="plan-total"] .per'))).to.equal('/月');
      expect(text(root.querySelector('.upfront'))).to.equal(
        plan.upfrontTotal === '0.00' ? '' : `签约时预付 ${money(plan.upfrontTotal)}`,
      );
      const more = text(root.querySelector('.more'));
      if (plan.planId === best.planId) expect(more).to.equal('');
      else expect(more).to.equal(`每月多 ${money(amountDifference(plan.averageMonthly, best.averageMonthly))}`);
    }
  });

  it('keep the term, its total, the last month and the effective rate in the details', async () => {
    const el = await fixtureCalculator();
    const plan = el.quote!.plans.find((p) => p.planId === 'b-peak')!;
    const root = card(el, 'b-peak').shadowRoot!;
    expect(text(root.querySelector('.carrier'))).to.equal('乙运营商 · 24 个月合约');
    const figures = text(root.querySelector('table.figures'));
    expect(figures).to.contain(`24 个月合计 ${money(plan.termTotal)}`);
    expect(figures).to.contain(money(plan.averageMonthly));
    expect(text(root.querySelector('table.monthly tfoot'))).to.contain(money(plan.monthlyTotal));
  });

  it('name the term in English', async () => {
    const el = await fixtureCalculator({ locale: 'en' });
    expect(text(card(el, 'a-flat').shadowRoot!.querySelector('.carrier'))).to.equal('Alpha Telecom · 1-month term');
    expect(text(card(el, 'b-peak').shadowRoot!.querySelector('.carrier'))).to.equal('Beta Telecom · 24-month term');
    expect(text(card(el, 'b-peak').shadowRoot!.querySelector('[part="plan-total"] .per'))).to.equal('/month');
  });
});

describe('<hotline-calculator> printable quote', () => {
  const originalPrint = window.print;
  afterEach(() => {
    window.print = originalPrint;
  });

  /**
   * Applies the element's print rules on screen (media emulation is not
   * available in every browser the tests run in).
   */
  function applyPrintRules(el: HotlineCalculator): void {
    const root = el.shadowRoot!;
    const rules = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    expect(rules).not.to.be.empty;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  async function printed(el: HotlineCalculator): Promise<HotlinePrintQuote> {
    let calls = 0;
    window.print = () => void calls++;
    $(el, 'button.print').click();
    await waitUntil(() => calls === 1, 'window.print was not called');
    const quote = el.shadowRoot!.querySelector<HotlinePrintQuote>('hotline-print-quote')!;
    await quote.updateComplete;
    return quote;
  }

  const printedPlans = (quote: HotlinePrintQuote) =>
    [...quote.shadowRoot!.querySelectorAll<HTMLElement>('section.plan')].map((s) => s.dataset.planId);

  it('prints the plan the visitor chose', async () => {
    const el = await fixtureCalculator({ minutes: '3000' });
    const chosen = el.quote!.plans[1].planId;
    card(el, chosen).shadowRoot!.querySelector<HTMLButtonElement>('[part="cta"]')!.click();
    await settle(el);
    const quote = await printed(el);
    expect(printedPlans(quote)).to.deep.equal([chosen]);
    expect(text(quote.shadowRoot!.querySelector('article'))).to.contain('每月通话 3,000 分钟');
  });

  it('prints the three cheapest plans when none was chosen', async () => {
    const el = await fixtureCalculator();
    const quote = await printed(el);
    expect(printedPlans(quote)).to.deep.equal(el.quote!.plans.filter((p) => p.available).slice(0, 3).map((p) => p.planId));
  });

  it('shows only the quote on paper, and only the controls and cards on screen', async () => {
    const el = await fixtureCalculator();
    const quote = await printed(el);
    expect(getComputedStyle(quote).display).to.equal('none');
    expect(getComputedStyle($(el, '.layout')).display).not.to.equal('none');
    applyPrintRules(el);
    expect(getComputedStyle(quote).display).to.equal('block');
    expect(getComputedStyle($(el, '.layout')).display).to.equal('none');
  });
});
