import { expect } from '@open-wc/testing';
import { estimate } from '../../src/engine/index.js';
import { makePlan, makeTariffs } from '../support/tariff-builder.js';
import { monthly, planQuote } from './helpers.js';

/** A flat plan: nothing included, `rate` per minute, so 1000 minutes cost 1000 × rate. */
const flat = (id: string, rate: string, overrides: Parameters<typeof makePlan>[0] = {}) =>
  makePlan({ id, package: { includes: 'nothing', price: '0' }, ratePerMinute: rate, ...overrides });

const ranking = (plans: ReturnType<typeof makePlan>[], usage = {}) =>
  estimate(makeTariffs({ plans }), { minutesPerMonth: 1000, ...usage }).plans.map((plan) => plan.planId);

describe('ranking', () => {
  it('ranks by average monthly cost, one-time fees included', () => {
    // a: 100.00 a month + setup 240 / 12 = 20.00 → 120.00; b: 110.00 → 110.00; so b before a.
    expect(ranking([flat('a', '0.10', { setupFee: '240' }), flat('b', '0.11')])).to.deep.equal(['b', 'a']);
  });

  it('breaks a tie in average by the lower monthly total', () => {
    // a: 100.00 + 120 / 12 = 110.00; b: 110.00 + 0 = 110.00; a's monthly 100.00 < 110.00 → a first.
    expect(ranking([flat('b', '0.11'), flat('a', '0.10', { setupFee: '120' })])).to.deep.equal(['a', 'b']);
  });

  it('breaks a full tie by id compared as plain strings', () => {
    // All cost 100.00: "p10" < "p9" < "q" character by character.
    expect(ranking([flat('q', '0.10'), flat('p9', '0.10'), flat('p10', '0.10')])).to.deep.equal(['p10', 'p9', 'q']);
  });

  it('ranks unavailable plans last, even when cheaper, and among themselves the same way', () => {
    // cheap (50.00) and cheaper (40.00) lack IVR; dear (150.00) has it.
    const plans = [
      flat('cheap', '0.05'),
      flat('dear', '0.15', { addOns: { ivr: 'included' } }),
      flat('cheaper', '0.04'),
    ];
    const quote = estimate(makeTariffs({ plans }), { minutesPerMonth: 1000, addOns: ['ivr'] });
    expect(quote.plans.map((plan) => plan.planId)).to.deep.equal(['dear', 'cheaper', 'cheap']);
    expect(quote.cheapestPlanId).to.equal('dear');
  });

  it('has no cheapest plan when none is available', () => {
    const quote = estimate(makeTariffs({ plans: [flat('a', '0.10'), flat('b', '0.09')] }), { addOns: ['ivr'] });
    expect(quote.cheapestPlanId).to.equal(null);
    expect(quote.plans.map((plan) => plan.planId)).to.deep.equal(['b', 'a']);
  });

  it('quotes only the plans asked for, ignoring ids the file does not have', () => {
    const tariffs = makeTariffs({ plans: [flat('a', '0.10'), flat('b', '0.09'), flat('c', '0.08')] });
    const quote = estimate(tariffs, { minutesPerMonth: 1000 }, { planIds: ['a', 'b', 'gone'] });
    expect(quote.plans.map((plan) => plan.planId)).to.deep.equal(['b', 'a']);
    expect(quote.cheapestPlanId).to.equal('b');
  });
});

describe('totals over the term', () => {
  it('adds the one-time cost to the term total and spreads it in the average', () => {
    // worked example 125.00 a month, setup 99: average = 125.00 + 99 / 12 (8.25) = 133.25;
    // term total = 125.00 × 12 + 99.00 = 1599.00.
    const plan = makePlan({ overageRatePerMinute: '0.15', setupFee: '99' });
    const quote = planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 1000 });
    expect([quote.monthlyTotal, quote.oneTimeTotal, quote.averageMonthly, quote.termTotal]).to.deep.equal([
      '125.00',
      '99.00',
      '133.25',
      '1599.00',
    ]);
  });

  it('has no effective rate at 0 minutes but still charges the package', () => {
    // M = 0: calls 0.00, package 100.00, rate null (no division by zero).
    const quote = planQuote(makeTariffs(), { minutesPerMonth: 0 });
    expect(monthly(quote)).to.deep.equal(['package 100.00', 'calls 0.00', 'minimum-top-up 0.00']);
    expect(quote.effectiveRatePerMinute).to.equal(null);
  });

  it('has no effective rate below one minute, and one from one minute on', () => {
    // 100.00 / 1e-300 would be a 303-digit rate; 100.00 / 0.999 = 100.1001…
    for (const minutesPerMonth of [1e-300, Number.MIN_VALUE, 0.5, 0.999]) {
      const quote = planQuote(makeTariffs(), { minutesPerMonth });
      expect(quote.effectiveRatePerMinute, `${minutesPerMonth}`).to.equal(null);
      expect(quote.monthlyTotal).to.equal('100.00');
    }
    // 1 minute: calls 0.12 are inside the credit; 100.00 / 1 = 100.0000.
    expect(planQuote(makeTariffs(), { minutesPerMonth: 1 }).effectiveRatePerMinute).to.equal('100.0000');
    // 1.5 minutes: 100.00 / 1.5 = 66.6666… → 66.6667.
    expect(planQuote(makeTariffs(), { minutesPerMonth: 1.5 }).effectiveRatePerMinute).to.equal('66.6667');
  });
});
