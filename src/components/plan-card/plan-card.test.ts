import { expect } from '@open-wc/testing';
import type { PlanQuote } from '../../engine/types.js';
import type { HotlineCalculator } from '../hotline-calculator/hotline-calculator.js';
import { card, cards, fixtureCalculator, input, setValue, settle } from '../../../test/support/calculator-helpers.js';
import { samePlanQuote } from './same-plan-quote.js';

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
