import { expect } from '@open-wc/testing';
import type { PlanQuote } from '../../engine/types.js';
import type { HotlineCalculator } from '../hotline-calculator/hotline-calculator.js';
import { card, cards, fixtureCalculator, input, setValue, settle } from '../../../test/support/calculator-helpers.js';
import { samePlanQuote } from './same-plan-quote.js';
import { estimate } from '../../engine/estimate.js';
import { parseTariffs } from '../../tariffs/validate.js';
import { tariffFixture } from '../../../test/support/tariff-builder.js';
import type { HotlinePlanCard } from './plan-card.js';
import './plan-card.js';

/** A card for the fixture's cheapest plan, added to the page; resolves with what its first frame shows. */
async function firstFrameOfCard(expanded: boolean): Promise<{ card: HotlinePlanCard; price: boolean; tables: number }> {
  const tariffs = parseTariffs(tariffFixture());
  const el = document.createElement('hotline-plan-card');
  el.tariffs = tariffs;
  el.quote = estimate(tariffs, {}).plans[0]!;
  el.expanded = expanded;
  document.body.append(el);
  // Lit renders in a microtask; a frame callback registered now runs just before that frame is painted.
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      resolve({
        card: el,
        price: el.shadowRoot!.querySelector('[part="plan-total"]') !== null,
        tables: el.shadowRoot!.querySelectorAll('details table').length,
      }),
    ),
  );
}

/** Where an element's text is drawn (its cell may be wider). */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** Counts each card's renders from now on. */
function countRenders(el: HotlineCalculator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cards(el)) {
    const id = c.dataset.planId!;
    counts.set(id, 0);
    const render = c.render.bind(c);
    c.render = () => {
      counts.set(id, counts.get(id)! + 1);
      return render();
    };
  }
  return counts;
}

describe('<hotline-plan-card>', () => {
  it('re-renders only the cards whose numbers changed', async () => {
    const el = await fixtureCalculator();
    const renders = countRenders(el);
    const cheapestBefore = el.quote!.cheapestPlanId;
    // Only b-peak prices by region.
    setValue(input(el, '[data-region="south"]'), 45);
    await settle(el);
    expect(el.quote!.cheapestPlanId).to.equal(cheapestBefore);
    expect(renders.get('b-peak')).to.equal(1);
    expect(renders.get('a-credit')).to.equal(0);
    expect(renders.get('a-flat')).to.equal(0);
  });

  it('does not re-render any card when the same usage is set again', async () => {
    const el = await fixtureCalculator();
    const renders = countRenders(el);
    el.usage = { ...el.usage! };
    await settle(el);
    expect([...renders.values()]).to.deep.equal([0, 0, 0]);
  });

  it('re-renders every card when the locale changes', async () => {
    const el = await fixtureCalculator();
    const renders = countRenders(el);
    el.locale = 'en';
    await settle(el);
    expect([...renders.values()]).to.deep.equal([1, 1, 1]);
  });

  it('keeps an opened breakdown with its plan when the ranking changes', async () => {
    const el = await fixtureCalculator({ minutes: '100' });
    const before = cards(el).map((c) => c.dataset.planId);
    const details = card(el, 'a-flat').shadowRoot!.querySelector('details')!;
    details.open = true;
    await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    await settle(el);
    el.usage = { minutesPerMonth: 20000 };
    await settle(el);
    expect(cards(el).map((c) => c.dataset.planId)).to.not.deep.equal(before);
    for (const c of cards(el)) {
      expect(c.shadowRoot!.querySelector('details')!.open, c.dataset.planId).to.equal(c.dataset.planId === 'a-flat');
    }
  });

  it('has a breakdown and a total as parts, and its data-plan-id', async () => {
    const el = await fixtureCalculator();
    const c = card(el, 'a-credit');
    expect(c.getAttribute('part')).to.match(/\bplan\b/);
    expect(c.getAttribute('exportparts')).to.contain('plan-total');
    const root = c.shadowRoot!;
    expect(root.querySelector('[part="plan-total"]')).to.exist;
    expect(root.querySelector('details[part="breakdown"]')).to.exist;
    expect(root.querySelector('[part="cta"]')).to.exist;
  });

  it("rules each breakdown total across the table, its amount under the other amounts", async () => {
    const { card: el } = await firstFrameOfCard(true);
    try {
      el.style.width = '320px';
      await el.updateComplete;
      for (const table of el.shadowRoot!.querySelectorAll<HTMLTableElement>('details table')) {
        const sums = table.querySelectorAll('tfoot tr');
        expect(table.querySelectorAll('tbody .sum').length, 'a line that is not a total is not ruled as one').to.equal(0);
        const amounts = [...table.querySelectorAll('tbody td')].map((td) => td.getBoundingClientRect().right);
        for (const sum of sums) {
          expect(sum.parentElement!.tagName).to.equal('TFOOT');
          const [label, amount] = [sum.querySelector('th')!, sum.querySelector('td')!];
          expect(sum.getBoundingClientRect().width).to.be.closeTo(table.getBoundingClientRect().width, 1);
          expect(amount.getBoundingClientRect().right).to.be.closeTo(amounts[0]!, 1);
          expect(textBox(amount).left - textBox(label).right, 'space between a total and its amount').to.be.greaterThan(8);
        }
      }
    } finally {
      el.remove();
    }
  });

  it("paints its price first and the closed breakdown's tables after, before updateComplete resolves", async () => {
    const { card: el, price, tables } = await firstFrameOfCard(false);
    try {
      expect(price).to.equal(true);
      expect(tables).to.equal(0);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('details table').length).to.be.at.least(2);
    } finally {
      el.remove();
    }
  });

  it("has an open breakdown's tables in its first frame, and adds them at once when opened", async () => {
    const open = await firstFrameOfCard(true);
    open.card.remove();
    expect(open.tables).to.be.at.least(2);
    const closed = await firstFrameOfCard(false);
    try {
      const details = closed.card.shadowRoot!.querySelector('details')!;
      details.open = true;
      await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
      await closed.card.updateComplete;
      expect(closed.card.shadowRoot!.querySelectorAll('details table').length).to.be.at.least(2);
    } finally {
      closed.card.remove();
    }
  });

  it('compares plan quotes by content', async () => {
    const el = await fixtureCalculator();
    const quote = el.quote!.plans[0];
    const copy: PlanQuote = JSON.parse(JSON.stringify(quote));
    expect(samePlanQuote(quote, copy)).to.be.true;
    expect(samePlanQuote(quote, { ...copy, monthlyTotal: '0.01' })).to.be.false;
    const lines = copy.lines.map((l, i) => (i === 0 ? { ...l, amount: '9.99' } : l));
    expect(samePlanQuote(quote, { ...copy, lines })).to.be.false;
    expect(samePlanQuote(quote, { ...copy, linesNeeded: copy.linesNeeded + 1 })).to.be.false;
  });
});

describe('<hotline-plan-card> tariff text', () => {
  it('never breaks a line inside a rate ("0.11 元/分钟") or between a number and its unit in a plan name or summary, at any width', async () => {
    const { default: bundled } = await import('../../tariffs/default.json');
    const tariffs = parseTariffs(bundled);
    const quote = estimate(tariffs, {});
    const box = document.createElement('div');
    document.body.append(box);
    const rates = /(?:\d[\d,.]*[ \u00a0])?\p{Script=Han}{1,2}\/(?:分钟|秒|天|月|年|次|路|个)|\d[\d,.]*[ \u00a0]\p{Script=Han}{1,2}/gu;
    let checked = 0;
    try {
      for (const plan of quote.plans) {
        const el = document.createElement('hotline-plan-card');
        el.tariffs = tariffs;
        el.quote = plan;
        el.locale = 'zh-CN';
        box.replaceChildren(el);
        await el.updateComplete;
        const texts = [...el.shadowRoot!.querySelectorAll('h3, .summary')];
        for (let width = 200; width <= 420; width += 3) {
          box.style.width = `${width}px`;
          for (const element of texts) {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of node.textContent!.matchAll(rates)) {
                const range = document.createRange();
                range.setStart(node, match.index!);
                range.setEnd(node, match.index! + match[0].length);
                expect(range.getClientRects().length, `"${match[0]}" split at ${width} px`).to.equal(1);
                checked++;
              }
            }
          }
        }
      }
    } finally {
      box.remove();
    }
    expect(checked).to.be.greaterThan(500);
  });
});
