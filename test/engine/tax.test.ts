import { expect } from '@open-wc/testing';
import { makeGrade, makePlan, taxExcluded } from '../support/tariff-builder.js';
import { monthly, oneTime, planQuote } from './helpers.js';

// Tax excluded: 9 % on package, calls, top-up, extra lines and setup;
// 6 % on add-ons and number selection; each from the rounded lines.
const workedExample = makePlan({ ratePerMinute: '0.12', overageRatePerMinute: '0.15' });

describe('prices without tax', () => {
  it('add 9 % tax on package and calls, and a value-added tax line', () => {
    // package 100.00 + calls 25.00 + top-up 0.00 = 125.00; tax = 0.09 × 125.00 = 11.25;
    // value-added tax = 0.06 × 0 = 0.00; total 136.25. One-time: setup 0.00, tax 0.00, value-added tax 0.00.
    const plan = planQuote(taxExcluded({ plans: [workedExample] }), { minutesPerMonth: 1000 });
    expect(monthly(plan)).to.deep.equal([
      'package 100.00',
      'calls 25.00',
      'minimum-top-up 0.00',
      'tax 11.25',
      'value-added-tax 0.00',
    ]);
    expect(plan.monthlyTotal).to.equal('136.25');
    expect(oneTime(plan)).to.deep.equal(['setup 0.00', 'tax 0.00', 'value-added-tax 0.00']);
  });

  it('add 6 % value-added tax on add-ons, after the add-on lines', () => {
    // add-ons 10.00 + 5.55 = 15.55; value-added tax = 0.06 × 15.55 = 0.933 → 0.93;
    // total = 125.00 + 15.55 + 11.25 + 0.93 = 152.73.
    const plan = makePlan({ ...workedExample, addOns: { ivr: { monthly: '10' }, recording: { monthly: '5.55' } } });
    const quote = planQuote(taxExcluded({ plans: [plan] }), { minutesPerMonth: 1000, addOns: ['ivr', 'recording'] });
    expect(monthly(quote)).to.deep.equal([
      'package 100.00',
      'calls 25.00',
      'minimum-top-up 0.00',
      'add-on:ivr 10.00',
      'add-on:recording 5.55',
      'tax 11.25',
      'value-added-tax 0.93',
    ]);
    expect(quote.monthlyTotal).to.equal('152.73');
  });

  it('compute the tax from the rounded lines, not from the exact amounts', () => {
    // P = 1000 / 12 = 83.333… → 83.33; calls = 5 × 0.10 = 0.50; tax = 0.09 × (83.33 + 0.50) = 7.5447 → 7.54.
    // (From the exact amounts it would be 0.09 × 83.8333… = 7.545 → 7.55.) Total 83.33 + 0.50 + 7.54 = 91.37.
    const plan = makePlan({ package: { includes: 'nothing', price: '1000' }, ratePerMinute: '0.10' });
    const quote = planQuote(taxExcluded({ plans: [plan] }), { minutesPerMonth: 5 });
    expect(monthly(quote)).to.deep.equal([
      'package 83.33',
      'calls 0.50',
      'minimum-top-up 0.00',
      'tax 7.54',
      'value-added-tax 0.00',
    ]);
    expect(quote.monthlyTotal).to.equal('91.37');
  });

  it('tax one-time fees: 9 % on setup, 6 % on add-ons and number selection', () => {
    // setup 199 → tax 0.09 × 199 = 17.91; add-on 50 + selection 2000 → value-added tax 0.06 × 2050 = 123.00;
    // one-time total = 199 + 50 + 2000 + 17.91 + 123.00 = 2389.91.
    const plan = makePlan({ setupFee: '199', addOns: { ivr: { oneTime: '50' } } });
    const tariffs = taxExcluded({ plans: [plan], numberGrades: [makeGrade('standard'), makeGrade('premium', '2000')] });
    const quote = planQuote(tariffs, { minutesPerMonth: 1000, addOns: ['ivr'], numberGrade: 'premium' });
    expect(oneTime(quote)).to.deep.equal([
      'setup 199.00',
      'add-on:ivr 50.00',
      'number-selection 2000.00',
      'tax 17.91',
      'value-added-tax 123.00',
    ]);
    expect(quote.oneTimeTotal).to.equal('2389.91');
  });

  it('use the tax rate for value-added services when the file gives no separate rate', () => {
    // add-on 10.00 × 0.09 = 0.90.
    const plan = makePlan({ addOns: { ivr: { monthly: '10' } } });
    const quote = planQuote(taxExcluded({ plans: [plan], valueAddedTaxRate: null }), { minutesPerMonth: 0, addOns: ['ivr'] });
    expect(monthly(quote).slice(-2)).to.deep.equal(['tax 9.00', 'value-added-tax 0.90']);
  });

  it('tax the minimum top-up like the package', () => {
    // floor 120, P = 100, X = 500 × 0.12 = 60 ≤ P → calls 0; top-up 20.00; tax = 0.09 × 120.00 = 10.80; total 130.80.
    const plan = makePlan({ minimumMonthlySpend: '120' });
    const quote = planQuote(taxExcluded({ plans: [plan] }), { minutesPerMonth: 500 });
    expect(monthly(quote)).to.deep.equal([
      'package 100.00',
      'calls 0.00',
      'minimum-top-up 20.00',
      'tax 10.80',
      'value-added-tax 0.00',
    ]);
    expect(quote.monthlyTotal).to.equal('130.80');
  });

  it('list no tax lines when prices include tax', () => {
    const plan = planQuote(taxExcluded({ pricesIncludeTax: true, taxRate: null, valueAddedTaxRate: null }), { minutesPerMonth: 1000 });
    expect(plan.lines.map((entry) => entry.kind)).to.deep.equal(['package', 'calls', 'minimum-top-up']);
    expect(plan.oneTimeLines.map((entry) => entry.kind)).to.deep.equal(['setup']);
  });
});
