// The whole term and what is paid at signing (tariff-format.md §4.11, §4.12),
// computed by hand.
import { expect } from '@open-wc/testing';
import { estimate } from '../../src/engine/index.js';
import { makePlan, makeTariffs, taxExcluded } from '../support/tariff-builder.js';
import { monthly, planQuote } from './helpers.js';

/** The figures of the term, in one object for short assertions. */
function term(plan: ReturnType<typeof planQuote>) {
  const { monthlyTotal, lastMonthTotal, termTotal, averageMonthly, upfrontTotal } = plan;
  return { monthlyTotal, lastMonthTotal, termTotal, averageMonthly, upfrontTotal };
}

describe('the whole term (§4.11)', () => {
  it('charges a 5,000 two-year package to the cent: 23 × 208.33 + 208.41', () => {
    // P = 5000 / 24 = 208.333…; round(P) = 208.33; last = 5000.00 − 23 × 208.33 = 208.41.
    // 1,000 minutes × 0.12 = 120 of calls, within the credit: no call charge.
    const plan = makePlan({ termMonths: 24, package: { includes: 'credit', price: '5000' }, ratePerMinute: '0.12' });
    const quote = planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 1000 });
    expect(monthly(quote)).to.deep.equal(['package 208.33', 'calls 0.00', 'minimum-top-up 0.00']);
    expect(term(quote)).to.deep.equal({
      monthlyTotal: '208.33',
      lastMonthTotal: '208.41',
      termTotal: '5000.00',
      averageMonthly: '208.33', // 5000.00 / 24 = 208.333…
      upfrontTotal: '5000.00', // a credit package is paid at signing
    });
  });

  it("rounds a one-month term of a 4-decimal price once, by the file's mode", () => {
    // 99.985: half-up gives 99.99; half-even (a tie, 8 is even) gives 99.98. The only month is the last.
    for (const [rounding, amount] of [['half-up', '99.99'], ['half-even', '99.98']] as const) {
      const plan = makePlan({ termMonths: 1, package: { includes: 'credit', price: '99.985' }, ratePerMinute: '0.1' });
      const quote = planQuote(makeTariffs({ rounding, plans: [plan] }), { minutesPerMonth: 500 });
      expect(term(quote), rounding).to.deep.equal({
        monthlyTotal: amount,
        lastMonthTotal: amount,
        termTotal: amount,
        averageMonthly: amount,
        upfrontTotal: amount,
      });
    }
  });

  it('recomputes the top-up of the last month from its own lines: the floor still binds', () => {
    // 1000 over 12: package 83.33, last 1000.00 − 11 × 83.33 = 83.37. At 850 minutes × 0.10 = 85,
    // calls = 85 − 83.333… = 1.666… → 1.67. Typical: 83.33 + 1.67 = 85.00, top-up 15.00 → 100.00;
    // last: 83.37 + 1.67 = 85.04, top-up 14.96 → 100.00 (not 100.04).
    const plan = makePlan({ package: { includes: 'credit', price: '1000' }, ratePerMinute: '0.10', minimumMonthlySpend: '100' });
    const quote = planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 850 });
    expect(monthly(quote)).to.deep.equal(['package 83.33', 'calls 1.67', 'minimum-top-up 15.00']);
    expect(term(quote)).to.deep.equal({
      monthlyTotal: '100.00',
      lastMonthTotal: '100.00',
      termTotal: '1200.00',
      averageMonthly: '100.00',
      upfrontTotal: '1000.00',
    });
  });

  it('lets the floor bind in the last month alone, when its package line is a cent smaller', () => {
    // 200 over 3: package round(66.666…) = 66.67, last 200.00 − 2 × 66.67 = 66.66. At 700 minutes
    // × 0.10 = 70, calls = 70 − 66.666… = 3.333… → 3.33. Typical: 66.67 + 3.33 = 70.00, no top-up;
    // last: 66.66 + 3.33 = 69.99 → top-up 0.01 → 70.00. The term: 3 × 70.00 = 210.00.
    const plan = makePlan({ termMonths: 3, package: { includes: 'credit', price: '200' }, ratePerMinute: '0.10', minimumMonthlySpend: '70' });
    const quote = planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 700 });
    expect(monthly(quote)).to.deep.equal(['package 66.67', 'calls 3.33', 'minimum-top-up 0.00']);
    expect(term(quote)).to.deep.equal({
      monthlyTotal: '70.00',
      lastMonthTotal: '70.00',
      termTotal: '210.00',
      averageMonthly: '70.00',
      upfrontTotal: '200.00',
    });
  });

  it('rounds every month down when the last month would pay less than nothing', () => {
    // 1.00 over 111 months: round(0.00900…) = 0.01, but 1.00 − 110 × 0.01 = −0.10; so every month
    // pays 0.00 (P rounded down) and the last month 1.00. Average: 1.00 / 111 = 0.009… → 0.01.
    const plan = makePlan({ termMonths: 111, package: { includes: 'nothing', price: '1' }, ratePerMinute: '0' });
    const quote = planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 0 });
    expect(monthly(quote)).to.deep.equal(['package 0.00', 'calls 0.00', 'minimum-top-up 0.00']);
    expect(term(quote)).to.deep.equal({
      monthlyTotal: '0.00',
      lastMonthTotal: '1.00',
      termTotal: '1.00',
      averageMonthly: '0.01',
      upfrontTotal: '0.00', // nothing included: not prepaid by default
    });
  });
});

describe('paid at signing (§4.12)', () => {
  it('adds the tax on a prepaid package when tax is excluded, besides the one-time fees', () => {
    // 1200 over 12 at 9 %: upfront = setup 100.00 + its tax 9.00 + package 1200.00 + its tax 108.00 = 1417.00.
    // Each month: package 100.00, calls 0 (500 × 0.12 = 60, within the credit), tax 9.00 → 109.00.
    // Term: 12 × 109.00 + one-time 109.00 = 1417.00; average 1417.00 / 12 = 118.083… → 118.08.
    const plan = makePlan({ setupFee: '100' });
    const quote = planQuote(taxExcluded({ plans: [plan] }), { minutesPerMonth: 500 });
    expect(quote.oneTimeTotal).to.equal('109.00');
    expect(term(quote)).to.deep.equal({
      monthlyTotal: '109.00',
      lastMonthTotal: '109.00',
      termTotal: '1417.00',
      averageMonthly: '118.08',
      upfrontTotal: '1417.00',
    });
  });

  it('counts only the one-time fees for a package paid month by month', () => {
    const plan = makePlan({ setupFee: '100', package: { includes: 'credit', price: '1200', paidUpfront: false } });
    expect(planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 500 }).upfrontTotal).to.equal('100.00');
  });

  it('counts a package that includes nothing when the file says it is prepaid', () => {
    const plan = makePlan({ termMonths: 12, package: { includes: 'nothing', price: '600', paidUpfront: true } });
    expect(planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 500 }).upfrontTotal).to.equal('600.00');
  });
});

describe('ranking by the average of the whole term (§4)', () => {
  it('ranks by averageMonthly: a two-year package that costs less per month comes first', () => {
    // a: 1200/12 → 100.00 a month; b: 2300/24 → 95.83 (last 95.91), average 2300 / 24 = 95.83.
    const a = makePlan({ id: 'a', package: { includes: 'credit', price: '1200' } });
    const b = makePlan({ id: 'b', termMonths: 24, package: { includes: 'credit', price: '2300' } });
    const quote = estimate(makeTariffs({ plans: [a, b] }), { minutesPerMonth: 100 });
    expect(quote.plans.map((p) => [p.planId, p.averageMonthly])).to.deep.equal([
      ['b', '95.83'],
      ['a', '100.00'],
    ]);
    expect(quote.cheapestPlanId).to.equal('b');
  });
});
