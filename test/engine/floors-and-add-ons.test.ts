import { expect } from '@open-wc/testing';
import { estimate } from '../../src/engine/index.js';
import { makeGrade, makePlan, makeTariffs } from '../support/tariff-builder.js';
import { line, monthly, oneTime, planQuote } from './helpers.js';

// makePlan(): credit 1200 / 12 months → P = 100.00, R = O = 0.12, tax included.
const grades = [makeGrade('standard'), makeGrade('premium', '2000', '300'), makeGrade('silver', '500', '50')];

describe('monthly minimum spend', () => {
  it("tops up to the plan's floor when package and calls fall short", () => {
    // X = 500 × 0.12 = 60 ≤ 100 → calls 0.00; top-up = 120 − (100.00 + 0.00) = 20.00; total 120.00.
    const plan = planQuote(makeTariffs({ plans: [makePlan({ minimumMonthlySpend: '120' })] }), { minutesPerMonth: 500 });
    expect(monthly(plan)).to.deep.equal(['package 100.00', 'calls 0.00', 'minimum-top-up 20.00']);
    expect(plan.monthlyTotal).to.equal('120.00');
  });

  it('adds nothing when package and calls reach the floor', () => {
    // X = 1200 × 0.12 = 144 → calls 44.00; 100 + 44 = 144 ≥ 120 → top-up 0.00; total 144.00.
    const plan = planQuote(makeTariffs({ plans: [makePlan({ minimumMonthlySpend: '120' })] }), { minutesPerMonth: 1200 });
    expect(monthly(plan)).to.deep.equal(['package 100.00', 'calls 44.00', 'minimum-top-up 0.00']);
  });

  it("uses the number grade's floor when it is higher than the plan's", () => {
    // premium floor 300 > plan floor 120: top-up = 300 − 100.00 = 200.00; total 300.00; selection fee 2000.00.
    const tariffs = makeTariffs({ numberGrades: grades, plans: [makePlan({ minimumMonthlySpend: '120' })] });
    const plan = planQuote(tariffs, { minutesPerMonth: 500, numberGrade: 'premium' });
    expect(line(plan, 'minimum-top-up')).to.equal('200.00');
    expect(plan.monthlyTotal).to.equal('300.00');
    expect(oneTime(plan)).to.deep.equal(['setup 0.00', 'number-selection 2000.00']);
  });

  it("keeps the plan's floor when the grade's is lower", () => {
    // silver floor 50 < plan floor 120 → top-up = 120 − 100 = 20.00.
    const tariffs = makeTariffs({ numberGrades: grades, plans: [makePlan({ minimumMonthlySpend: '120' })] });
    expect(line(planQuote(tariffs, { minutesPerMonth: 500, numberGrade: 'silver' }), 'minimum-top-up')).to.equal('20.00');
  });

  it('computes the top-up from the rounded package and calls lines', () => {
    // P = 1000 / 12 = 83.333… → 83.33; calls = 10 × 0.3334 = 3.334 → 3.33; top-up = 90 − 86.66 = 3.34;
    // total = 83.33 + 3.33 + 3.34 = 90.00, the floor to the cent (exact amounts would give 3.33 and 89.99).
    const plan = makePlan({ package: { includes: 'nothing', price: '1000' }, ratePerMinute: '0.3334', minimumMonthlySpend: '90' });
    const quote = planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 10 });
    expect(monthly(quote)).to.deep.equal(['package 83.33', 'calls 3.33', 'minimum-top-up 3.34']);
    expect(quote.monthlyTotal).to.equal('90.00');
  });

  it('does not count add-ons toward the floor', () => {
    // floor 120: top-up = 120 − (100 + 0) = 20.00 although IVR adds 30.00; total 150.00.
    const plan = makePlan({ minimumMonthlySpend: '120', addOns: { ivr: { monthly: '30' } } });
    const quote = planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 500, addOns: ['ivr'] });
    expect(monthly(quote)).to.deep.equal(['package 100.00', 'calls 0.00', 'minimum-top-up 20.00', 'add-on:ivr 30.00']);
    expect(quote.monthlyTotal).to.equal('150.00');
  });
});

describe('number grades', () => {
  it('default to the first grade', () => {
    const quote = estimate(makeTariffs({ numberGrades: grades }), { minutesPerMonth: 1000 });
    expect(quote.usage.numberGrade).to.equal('standard');
    expect(oneTime(quote.plans[0]!)).to.deep.equal(['setup 0.00', 'number-selection 0.00']);
  });

  it('list no number selection when the file has no grades', () => {
    const quote = estimate(makeTariffs(), { minutesPerMonth: 1000 });
    expect(quote.usage.numberGrade).to.equal(null);
    expect(oneTime(quote.plans[0]!)).to.deep.equal(['setup 0.00']);
  });
});

describe('add-ons', () => {
  const plan = makePlan({
    addOns: { ivr: 'included', recording: { monthly: '15', oneTime: '100' }, ringback: { oneTime: '30' } },
  });

  it('show an included add-on as 0.00 a month, without a one-time line', () => {
    const quote = planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 1000, addOns: ['ivr'] });
    // 100.00 + calls (120 − 100) = 20.00 + 0.00 → total 120.00.
    expect(monthly(quote)).to.deep.equal(['package 100.00', 'calls 20.00', 'minimum-top-up 0.00', 'add-on:ivr 0.00']);
    expect(oneTime(quote)).to.deep.equal(['setup 0.00']);
    expect(quote.monthlyTotal).to.equal('120.00');
  });

  it('charge a paid add-on monthly and once, and spread the one-time fee over the term', () => {
    // monthly 120.00 + 15.00 = 135.00; one-time 100.00; average = 135.00 + 100 / 12 (8.333… → 8.33) = 143.33;
    // term total = 135.00 × 12 + 100.00 = 1720.00.
    const quote = planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 1000, addOns: ['recording'] });
    expect(line(quote, 'add-on')).to.equal('15.00');
    expect(oneTime(quote)).to.deep.equal(['setup 0.00', 'add-on:recording 100.00']);
    expect([quote.monthlyTotal, quote.oneTimeTotal, quote.averageMonthly, quote.termTotal]).to.deep.equal([
      '135.00',
      '100.00',
      '143.33',
      '1720.00',
    ]);
  });

  it('list an add-on with only a one-time fee at 0.00 a month, in the order the visitor chose', () => {
    const quote = planQuote(makeTariffs({ plans: [plan] }), { minutesPerMonth: 1000, addOns: ['ringback', 'recording'] });
    expect(monthly(quote).slice(3)).to.deep.equal(['add-on:ringback 0.00', 'add-on:recording 15.00']);
    expect(oneTime(quote)).to.deep.equal(['setup 0.00', 'add-on:ringback 30.00', 'add-on:recording 100.00']);
  });

  it('make a plan unavailable when it does not offer a chosen add-on, with figures from the ones it offers', () => {
    // p2 offers only IVR (10.00): unavailable for ringback; its figures still count IVR: 100 + 20 + 10 = 130.00.
    const partial = makePlan({ id: 'p2', addOns: { ivr: { monthly: '10' } } });
    const quote = estimate(makeTariffs({ plans: [partial, plan] }), { minutesPerMonth: 1000, addOns: ['ringback', 'ivr'] });
    const p2 = quote.plans.find((candidate) => candidate.planId === 'p2')!;
    expect(p2.available).to.equal(false);
    expect(p2.unavailableReason).to.deep.equal({ code: 'add-on-not-offered', addOnIds: ['ringback'] });
    expect(monthly(p2)).to.deep.equal(['package 100.00', 'calls 20.00', 'minimum-top-up 0.00', 'add-on:ivr 10.00']);
    expect(p2.monthlyTotal).to.equal('130.00');
    // p1 costs 120.00 + 0.00 + 0.00 = 120.00 a month plus 30.00 once: available, so ranked first.
    expect(quote.plans.map((candidate) => candidate.planId)).to.deep.equal(['p1', 'p2']);
    expect(quote.plans[0]!.unavailableReason).to.equal(null);
  });
});
