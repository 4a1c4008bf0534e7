import { expect } from '@open-wc/testing';
import { makePlan, makeTariffs } from '../support/tariff-builder.js';
import { monthly, planQuote } from './helpers.js';

// tariff-format.md §6: credit package 1200 for 12 months, R = 0.12, O = 0.15,
// 60 s increment, no multipliers, tax included.
const tariffs = makeTariffs({
  plans: [makePlan({ package: { includes: 'credit', price: '1200' }, ratePerMinute: '0.12', overageRatePerMinute: '0.15' })],
});

describe('the worked example of tariff-format.md §6', () => {
  it('1000 minutes without a call length cost 125.00', () => {
    // P = 1200 / 12 = 100.00; X = 1000 × 0.12 = 120 > P;
    // calls = (120 − 100) × 0.15 / 0.12 = 25.00; top-up 0; total 125.00; rate 125 / 1000 = 0.1250.
    const plan = planQuote(tariffs, { minutesPerMonth: 1000, averageCallSeconds: null });
    expect(monthly(plan)).to.deep.equal(['package 100.00', 'calls 25.00', 'minimum-top-up 0.00']);
    expect(plan.monthlyTotal).to.equal('125.00');
    expect(plan.effectiveRatePerMinute).to.equal('0.1250');
    expect(plan.billedMinutes).to.equal('1000.00');
  });

  it('with 150 s calls billed per started minute the same usage costs 155.00', () => {
    // ⌈150 / 60⌉ × 60 = 180 s billed per call: B = 1000 × 180 / 150 = 1200; X = 1200 × 0.12 = 144;
    // calls = (144 − 100) × 0.15 / 0.12 = 55.00; total 155.00; rate 155 / 1000 = 0.1550.
    const plan = planQuote(tariffs, { minutesPerMonth: 1000, averageCallSeconds: 150 });
    expect(monthly(plan)).to.deep.equal(['package 100.00', 'calls 55.00', 'minimum-top-up 0.00']);
    expect(plan.billedMinutes).to.equal('1200.00');
    expect(plan.monthlyTotal).to.equal('155.00');
    expect(plan.effectiveRatePerMinute).to.equal('0.1550');
  });
});
