import { expect } from '@open-wc/testing';
import { compareTariffs } from '../../src/engine/compare-tariffs.js';
import { makePlan, makeTariffs } from '../support/tariff-builder.js';

// Every figure below is averageMonthly, worked out by hand (one region, no
// peak or region factors, 60-second billing, default usage otherwise).
const floor = (ratePerMinute: string) =>
  makePlan({ id: 'floor-120', termMonths: 1, package: { includes: 'nothing', price: '0' }, ratePerMinute, minimumMonthlySpend: '120' });
const before = makeTariffs({
  plans: [
    // 300 min: 33 < 120 → 120.00; 3,000: 330.00; 30,000: 3,300.00.
    floor('0.11'),
    // Credit 1200/12 = 100 a month at 0.12: 300 min: 36 → 100.00; 3,000: 360.00; 30,000: 3,600.00.
    makePlan({ id: 'credit-1200' }),
    // Credit 600/12 = 50 at 0.15: 300 min: 45 → 50.00; 3,000: 450.00; 30,000: 4,500.00.
    makePlan({ id: 'old-600', package: { includes: 'credit', price: '600' }, ratePerMinute: '0.15' }),
  ],
});
const after = makeTariffs({
  plans: [
    // 0.12: 300 min: 36 → 120.00 (0.00); 3,000: 360.00 (+30.00); 30,000: 3,600.00 (+300.00).
    floor('0.12'),
    // 0.11 plus a 100 setup fee over 12 months:
    // 300 min: (1,200 + 100) / 12 = 108.333… → 108.33 (+8.33);
    // 3,000: (12 × 330 + 100) / 12 = 338.333… → 338.33 (−21.67);
    // 30,000: (12 × 3,300 + 100) / 12 = 3,308.333… → 3,308.33 (−291.67).
    makePlan({ id: 'credit-1200', ratePerMinute: '0.11', setupFee: '100' }),
    // 0.115, no floor: 34.50; 345.00; 3,450.00.
    makePlan({ id: 'new-115', termMonths: 1, package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.115' }),
  ],
});

describe('compareTariffs', () => {
  const comparison = compareTariffs(before, after);
  const rows = Object.fromEntries(
    comparison.plans.map((plan) => [plan.planId, plan.amounts.map((a) => [a.before, a.after, a.difference])]),
  );

  it('gives each kept plan before → after and the exact difference at 300, 3,000 and 30,000 minutes', () => {
    expect(comparison.minutes).to.deep.equal([300, 3000, 30000]);
    expect(rows['floor-120']).to.deep.equal([
      ['120.00', '120.00', '0.00'],
      ['330.00', '360.00', '30.00'],
      ['3300.00', '3600.00', '300.00'],
    ]);
    expect(rows['credit-1200']).to.deep.equal([
      ['100.00', '108.33', '8.33'],
      ['360.00', '338.33', '-21.67'],
      ['3600.00', '3308.33', '-291.67'],
    ]);
  });

  it('lists added and removed plans, with an amount only on the side that has them', () => {
    expect(comparison.added).to.deep.equal(['new-115']);
    expect(comparison.removed).to.deep.equal(['old-600']);
    expect(comparison.plans.map((plan) => [plan.planId, plan.presence])).to.deep.equal([
      ['floor-120', 'kept'],
      ['credit-1200', 'kept'],
      ['new-115', 'added'],
      ['old-600', 'removed'],
    ]);
    expect(rows['new-115']).to.deep.equal([
      [null, '34.50', null],
      [null, '345.00', null],
      [null, '3450.00', null],
    ]);
    expect(rows['old-600']).to.deep.equal([
      ['50.00', null, null],
      ['450.00', null, null],
      ['4500.00', null, null],
    ]);
    expect(comparison.plans.find((plan) => plan.planId === 'old-600')!.name).to.deep.equal(before.plans[2].name);
  });

  it('names the cheapest plan at each volume before and after, as the calculator ranks them', () => {
    expect(comparison.cheapest).to.deep.equal([
      { minutesPerMonth: 300, before: 'old-600', after: 'new-115' },
      { minutesPerMonth: 3000, before: 'floor-120', after: 'credit-1200' },
      { minutesPerMonth: 30000, before: 'floor-120', after: 'credit-1200' },
    ]);
  });

  it('finds no change between a file and itself', () => {
    const same = compareTariffs(before, before, [0, 1000]);
    expect(same.added).to.deep.equal([]);
    expect(same.removed).to.deep.equal([]);
    expect(same.plans.flatMap((plan) => plan.amounts.map((a) => a.difference))).to.deep.equal(Array(6).fill('0.00'));
    expect(same.cheapest.every((c) => c.before === c.after)).to.equal(true);
  });
});
