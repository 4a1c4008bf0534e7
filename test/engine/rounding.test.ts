import { expect } from '@open-wc/testing';
import type { RoundingMode } from '../../src/engine/index.js';
import { makePlan, makeRegion, makeTariffs, taxExcluded } from '../support/tariff-builder.js';
import { line, planQuote } from './helpers.js';

// Each case is an exact tie (…x.xx5 exactly, or …x.xxxx5 for the rate): half-up
// rounds it up, half-even to the even neighbour. Several of them are values that
// binary floating point cannot hold (1.005 is 1.00499999… as a double).
const nothing = (rounding: RoundingMode, overrides: Parameters<typeof makePlan>[0] = {}) =>
  makeTariffs({ rounding, plans: [makePlan({ package: { includes: 'nothing', price: '0' }, ...overrides })] });

describe('exact ties under both rounding modes', () => {
  it('round a call charge of exactly 1.245', () => {
    // calls = 10 × 0.1245 = 1.245 → half-up 1.25, half-even 1.24.
    const usage = { minutesPerMonth: 10 };
    expect(line(planQuote(nothing('half-up', { ratePerMinute: '0.1245' }), usage), 'calls')).to.equal('1.25');
    expect(line(planQuote(nothing('half-even', { ratePerMinute: '0.1245' }), usage), 'calls')).to.equal('1.24');
  });

  it('round a package share of exactly 1.005 (a quotient, not a float)', () => {
    // P = 12.06 / 12 = 1.005 → half-up 1.01, half-even 1.00.
    const plan = { package: { includes: 'nothing', price: '12.06' }, ratePerMinute: '0' } as const;
    expect(line(planQuote(nothing('half-up', plan), { minutesPerMonth: 0 }), 'package')).to.equal('1.01');
    expect(line(planQuote(nothing('half-even', plan), { minutesPerMonth: 0 }), 'package')).to.equal('1.00');
  });

  it('round half-even up when the kept digit is odd', () => {
    // P = 12.18 / 12 = 1.015 → 1.02 in both modes (1 is odd, so half-even goes to 2).
    const plan = { package: { includes: 'nothing', price: '12.18' }, ratePerMinute: '0' } as const;
    expect(line(planQuote(nothing('half-up', plan), { minutesPerMonth: 0 }), 'package')).to.equal('1.02');
    expect(line(planQuote(nothing('half-even', plan), { minutesPerMonth: 0 }), 'package')).to.equal('1.02');
  });

  it('round an overage charge of exactly 0.045 from the credit formula', () => {
    // P = 100, R = 0.10, O = 0.15, M = 1000.3: X = 100.03; calls = 0.03 × 0.15 / 0.10 = 0.045
    // → half-up 0.05, half-even 0.04.
    const plan = { package: { includes: 'credit', price: '1200' }, ratePerMinute: '0.10', overageRatePerMinute: '0.15' } as const;
    const usage = { minutesPerMonth: 1000.3 };
    expect(line(planQuote(nothing('half-up', plan), usage), 'calls')).to.equal('0.05');
    expect(line(planQuote(nothing('half-even', plan), usage), 'calls')).to.equal('0.04');
  });

  it('round a charge of exactly 0.345 reached through normalized region weights', () => {
    // weights 3 : 1, factors 1.2 and 1 → φ = 4.6 / 4 = 1.15; calls = 3 × 1.15 × 0.10 = 0.345
    // → half-up 0.35, half-even 0.34.
    const build = (rounding: RoundingMode) =>
      makeTariffs({
        rounding,
        regions: [makeRegion('north'), makeRegion('south')],
        plans: [makePlan({ package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.10', regionMultipliers: { north: '1.2' } })],
      });
    const usage = { minutesPerMonth: 3, regionShares: { north: 3, south: 1 } };
    expect(line(planQuote(build('half-up'), usage), 'calls')).to.equal('0.35');
    expect(line(planQuote(build('half-even'), usage), 'calls')).to.equal('0.34');
  });

  it('round billed minutes of exactly 100.005 for display', () => {
    // a = 8 s, i = 6: ⌈8 / 6⌉ × 6 = 12 s; B = 66.67 × 12 / 8 = 100.005 → half-up 100.01, half-even 100.00.
    const plan = { billingIncrementSeconds: 6 };
    const usage = { minutesPerMonth: 66.67, averageCallSeconds: 8 };
    expect(planQuote(nothing('half-up', plan), usage).billedMinutes).to.equal('100.01');
    expect(planQuote(nothing('half-even', plan), usage).billedMinutes).to.equal('100.00');
  });

  it('round an add-on fee with four decimals', () => {
    // monthly 12.345 → half-up 12.35, half-even 12.34.
    const plan = { addOns: { ivr: { monthly: '12.345' } } };
    expect(line(planQuote(nothing('half-up', plan), { minutesPerMonth: 0, addOns: ['ivr'] }), 'add-on')).to.equal('12.35');
    expect(line(planQuote(nothing('half-even', plan), { minutesPerMonth: 0, addOns: ['ivr'] }), 'add-on')).to.equal('12.34');
  });

  it('round a tax of exactly 1.125', () => {
    // P = 150 / 12 = 12.50; tax = 0.09 × 12.50 = 1.125 → half-up 1.13 (total 13.63), half-even 1.12 (total 13.62).
    const plan = makePlan({ package: { includes: 'nothing', price: '150' }, ratePerMinute: '0' });
    const halfUp = planQuote(taxExcluded({ rounding: 'half-up', plans: [plan] }), { minutesPerMonth: 0 });
    const halfEven = planQuote(taxExcluded({ rounding: 'half-even', plans: [plan] }), { minutesPerMonth: 0 });
    expect([line(halfUp, 'tax'), halfUp.monthlyTotal]).to.deep.equal(['1.13', '13.63']);
    expect([line(halfEven, 'tax'), halfEven.monthlyTotal]).to.deep.equal(['1.12', '13.62']);
  });

  it('round an effective rate of exactly 0.02525 to four decimals', () => {
    // P = 12.12 / 12 = 1.01, no calls; rate = 1.01 / 40 = 0.02525 → half-up 0.0253, half-even 0.0252.
    const plan = { package: { includes: 'nothing', price: '12.12' }, ratePerMinute: '0' } as const;
    expect(planQuote(nothing('half-up', plan), { minutesPerMonth: 40 }).effectiveRatePerMinute).to.equal('0.0253');
    expect(planQuote(nothing('half-even', plan), { minutesPerMonth: 40 }).effectiveRatePerMinute).to.equal('0.0252');
  });

  it('round the one-time cost spread over the term', () => {
    // setup 0.06 over 12 months = 0.005 → averageMonthly = 0.00 + 0.01 (half-up) or + 0.00 (half-even).
    const plan = { package: { includes: 'nothing', price: '0' }, ratePerMinute: '0', setupFee: '0.06' } as const;
    expect(planQuote(nothing('half-up', plan), { minutesPerMonth: 0 }).averageMonthly).to.equal('0.01');
    expect(planQuote(nothing('half-even', plan), { minutesPerMonth: 0 }).averageMonthly).to.equal('0.00');
  });

  it('do not mistake a value next to a tie for one', () => {
    // P = 4.0201 / 4 = 1.005025, just above the tie → 1.01 even in half-even;
    // P = 4.0199 / 4 = 1.004975, just below it → 1.00 even in half-up.
    // (Prices this size leave the last month a positive rest, §4.11.)
    const above = { package: { includes: 'nothing', price: '4.0201' }, termMonths: 4, ratePerMinute: '0' } as const;
    const below = { package: { includes: 'nothing', price: '4.0199' }, termMonths: 4, ratePerMinute: '0' } as const;
    expect(line(planQuote(nothing('half-even', above), { minutesPerMonth: 0 }), 'package')).to.equal('1.01');
    expect(line(planQuote(nothing('half-up', below), { minutesPerMonth: 0 }), 'package')).to.equal('1.00');
  });
});
