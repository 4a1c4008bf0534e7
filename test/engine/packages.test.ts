import { expect } from '@open-wc/testing';
import { makePlan, makeRegion, makeTariffs } from '../support/tariff-builder.js';
import { line, monthly, planQuote } from './helpers.js';

const credit = (overrides: Parameters<typeof makePlan>[0] = {}) =>
  makeTariffs({ plans: [makePlan({ package: { includes: 'credit', price: '1200' }, ...overrides })] });

describe('credit packages', () => {
  it('charge nothing for calls while the credit is not used up', () => {
    // P = 1200 / 12 = 100; X = 500 × 0.12 = 60 ≤ 100 → calls 0.00; total 100.00; rate 100 / 500 = 0.2000.
    const plan = planQuote(credit(), { minutesPerMonth: 500 });
    expect(monthly(plan)).to.deep.equal(['package 100.00', 'calls 0.00', 'minimum-top-up 0.00']);
    expect(plan.effectiveRatePerMinute).to.equal('0.2000');
  });

  it('charge nothing when the calls use the credit exactly', () => {
    // X = 1000 × 0.10 = 100 = P → X ≤ P → calls 0.00.
    const plan = planQuote(credit({ ratePerMinute: '0.10', overageRatePerMinute: '0.20' }), { minutesPerMonth: 1000 });
    expect(line(plan, 'calls')).to.equal('0.00');
    expect(plan.monthlyTotal).to.equal('100.00');
  });

  it('charge the part above the credit at the package rate when overage equals the rate', () => {
    // X = 1500 × 0.12 = 180; calls = (180 − 100) × 0.12 / 0.12 = 80.00; total 180.00.
    const plan = planQuote(credit(), { minutesPerMonth: 1500 });
    expect(line(plan, 'calls')).to.equal('80.00');
    expect(plan.monthlyTotal).to.equal('180.00');
  });

  it('reprice the uncovered share at the overage rate', () => {
    // R = 0.10, O = 0.13: X = 1234 × 0.10 = 123.4; calls = (123.4 − 100) × 0.13 / 0.10 = 23.4 × 1.3 = 30.42;
    // total 130.42; rate 130.42 / 1234 = 0.105689… → 0.1057.
    const plan = planQuote(credit({ ratePerMinute: '0.10', overageRatePerMinute: '0.13' }), { minutesPerMonth: 1234 });
    expect(line(plan, 'calls')).to.equal('30.42');
    expect(plan.monthlyTotal).to.equal('130.42');
    expect(plan.effectiveRatePerMinute).to.equal('0.1057');
  });

  it('apply peak and off-peak factors before comparing with the credit', () => {
    // R = 0.10, O = 0.20, peak 1.2, off-peak 0.8, p = 75 %: φ = 0.75 × 1.2 + 0.25 × 0.8 = 1.1;
    // X = 1500 × 1.1 × 0.10 = 165; calls = (165 − 100) × 0.20 / 0.10 = 130.00; total 230.00.
    const tariffs = credit({ ratePerMinute: '0.10', overageRatePerMinute: '0.20', peakMultiplier: '1.2', offPeakMultiplier: '0.8' });
    const plan = planQuote(tariffs, { minutesPerMonth: 1500, peakSharePercent: 75 });
    expect(line(plan, 'calls')).to.equal('130.00');
    expect(plan.monthlyTotal).to.equal('230.00');
  });
});

describe('minutes packages', () => {
  const minutes = (price: string, included: number, termMonths: number) =>
    makeTariffs({
      plans: [
        makePlan({
          package: { includes: 'minutes', price, minutes: included },
          termMonths,
          ratePerMinute: '0.10',
          overageRatePerMinute: '0.15',
        }),
      ],
    });

  it('charge the minutes beyond the monthly share at the overage rate', () => {
    // 6000 minutes over 12 months: A = 500 per month, P = 600 / 12 = 50.00;
    // calls = (800 − 500) × 0.15 = 45.00; total 95.00.
    const plan = planQuote(minutes('600', 6000, 12), { minutesPerMonth: 800 });
    expect(monthly(plan)).to.deep.equal(['package 50.00', 'calls 45.00', 'minimum-top-up 0.00']);
    expect(plan.monthlyTotal).to.equal('95.00');
  });

  it('charge no calls while the included minutes last', () => {
    // A = 500 ≥ 400 → calls = max(0, 400 − 500) × 0.15 = 0.00; total 50.00.
    const plan = planQuote(minutes('600', 6000, 12), { minutesPerMonth: 400 });
    expect(line(plan, 'calls')).to.equal('0.00');
    expect(plan.monthlyTotal).to.equal('50.00');
  });

  it('spread the included minutes over a term exactly, without rounding the monthly share', () => {
    // 10000 minutes over 24 months: A = 416⅔; P = 1000 / 24 = 41.666… → 41.67;
    // calls = (1000 − 416⅔) × 0.12 = 583⅓ × 0.12 = 70 exactly → 70.00; total 111.67.
    const tariffs = makeTariffs({
      plans: [makePlan({ package: { includes: 'minutes', price: '1000', minutes: 10000 }, termMonths: 24, ratePerMinute: '0.12' })],
    });
    const plan = planQuote(tariffs, { minutesPerMonth: 1000 });
    expect(monthly(plan)).to.deep.equal(['package 41.67', 'calls 70.00', 'minimum-top-up 0.00']);
    expect(plan.monthlyTotal).to.equal('111.67');
  });
});

describe('packages that include nothing', () => {
  it('charge every billed minute at the package rate', () => {
    // price 0: package 0.00; calls = 1234 × 0.11 = 135.74; total 135.74.
    const tariffs = makeTariffs({ plans: [makePlan({ package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.11' })] });
    const plan = planQuote(tariffs, { minutesPerMonth: 1234 });
    expect(monthly(plan)).to.deep.equal(['package 0.00', 'calls 135.74', 'minimum-top-up 0.00']);
  });

  it('add the monthly share of the package price', () => {
    // P = 240 / 12 = 20.00; calls = 777 × 0.10 = 77.70; total 97.70.
    const tariffs = makeTariffs({ plans: [makePlan({ package: { includes: 'nothing', price: '240' }, ratePerMinute: '0.10' })] });
    const plan = planQuote(tariffs, { minutesPerMonth: 777 });
    expect(plan.monthlyTotal).to.equal('97.70');
  });
});

describe('billing increments', () => {
  const perMinute = (increment: number, rate = '0.10') =>
    makeTariffs({
      plans: [makePlan({ package: { includes: 'nothing', price: '0' }, ratePerMinute: rate, billingIncrementSeconds: increment })],
    });

  it('bill 6-second steps from the average call length', () => {
    // a = 250 s, i = 6: ⌈250 / 6⌉ = 42 steps = 252 s; B = 1000 × 252 / 250 = 1008; calls = 1008 × 0.10 = 100.80.
    const plan = planQuote(perMinute(6), { minutesPerMonth: 1000, averageCallSeconds: 250 });
    expect(plan.billedMinutes).to.equal('1008.00');
    expect(line(plan, 'calls')).to.equal('100.80');
  });

  it('bill every started minute', () => {
    // a = 250 s, i = 60: ⌈250 / 60⌉ = 5 → 300 s; B = 1000 × 300 / 250 = 1200; calls = 120.00.
    const plan = planQuote(perMinute(60), { minutesPerMonth: 1000, averageCallSeconds: 250 });
    expect(plan.billedMinutes).to.equal('1200.00');
    expect(line(plan, 'calls')).to.equal('120.00');
  });

  it('bill calls of whole minutes as they are', () => {
    // a = 120 s, i = 60: ⌈2⌉ = 2 → 120 s; B = M = 1000; calls = 100.00.
    const plan = planQuote(perMinute(60), { minutesPerMonth: 1000, averageCallSeconds: 120 });
    expect(plan.billedMinutes).to.equal('1000.00');
    expect(line(plan, 'calls')).to.equal('100.00');
  });

  it('round a fractional call length up to the next step', () => {
    // a = 45.5 s, i = 1: ⌈45.5⌉ = 46 s; B = 910 × 46 / 45.5 = 920; calls = 92.00.
    const plan = planQuote(perMinute(1), { minutesPerMonth: 910, averageCallSeconds: 45.5 });
    expect(plan.billedMinutes).to.equal('920.00');
    expect(line(plan, 'calls')).to.equal('92.00');
  });

  it('keep billed minutes exact and round them only for display', () => {
    // a = 7 s, i = 6: ⌈7 / 6⌉ = 2 → 12 s; B = 100 × 12 / 7 = 171.428571… (shown 171.43);
    // calls = 1200/7 × 0.07 = 12 exactly → 12.00 (171.43 × 0.07 would give 12.0001).
    const plan = planQuote(perMinute(6, '0.07'), { minutesPerMonth: 100, averageCallSeconds: 7 });
    expect(plan.billedMinutes).to.equal('171.43');
    expect(line(plan, 'calls')).to.equal('12.00');
  });
});

describe('time bands and regions', () => {
  const regional = (overrides: Parameters<typeof makePlan>[0]) =>
    makeTariffs({
      regions: [makeRegion('north', '1'), makeRegion('south', '3')],
      plans: [makePlan({ package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.10', ...overrides })],
    });

  it('weigh peak and off-peak factors by the peak share', () => {
    // p = 60 %: φ = 0.6 × 1.5 + 0.4 × 0.5 = 1.1; calls = 1000 × 1.1 × 0.10 = 110.00.
    const plan = planQuote(regional({ peakMultiplier: '1.5', offPeakMultiplier: '0.5' }), { minutesPerMonth: 1000, peakSharePercent: 60 });
    expect(line(plan, 'calls')).to.equal('110.00');
    expect(plan.dependsOn).to.deep.equal({ peakShare: true, regions: false });
  });

  it('use only the off-peak factor at a peak share of 0', () => {
    // φ = 0 × 1.5 + 1 × 0.5 = 0.5; calls = 1000 × 0.5 × 0.10 = 50.00.
    const plan = planQuote(regional({ peakMultiplier: '1.5', offPeakMultiplier: '0.5' }), { minutesPerMonth: 1000, peakSharePercent: 0 });
    expect(line(plan, 'calls')).to.equal('50.00');
  });

  it('weigh regional factors by the normalized region weights, a missing factor being 1', () => {
    // weights north 3, south 1 → shares 3/4, 1/4; factors 1.2 and 1 (missing):
    // φ = 0.75 × 1.2 + 0.25 × 1 = 1.15; calls = 1000 × 1.15 × 0.10 = 115.00.
    const plan = planQuote(regional({ regionMultipliers: { north: '1.2' } }), { minutesPerMonth: 1000, regionShares: { north: 3, south: 1 } });
    expect(line(plan, 'calls')).to.equal('115.00');
    expect(plan.dependsOn).to.deep.equal({ peakShare: false, regions: true });
  });

  it('give a region left out of the weights no weight', () => {
    // weights north 2 only → shares 1, 0: φ = 1.2; calls = 120.00.
    const plan = planQuote(regional({ regionMultipliers: { north: '1.2' } }), { minutesPerMonth: 1000, regionShares: { north: 2 } });
    expect(line(plan, 'calls')).to.equal('120.00');
  });

  it('normalize weights that do not sum to 1 or 100', () => {
    // 0.3 : 0.1 is 3 : 1 → φ = 1.15 as above → 115.00.
    const plan = planQuote(regional({ regionMultipliers: { north: '1.2' } }), { minutesPerMonth: 1000, regionShares: { north: 0.3, south: 0.1 } });
    expect(line(plan, 'calls')).to.equal('115.00');
  });

  it("fall back to the file's default shares when every weight is zero", () => {
    // defaults north 1, south 3 → shares 1/4, 3/4: φ = 0.25 × 1.2 + 0.75 × 1 = 1.05; calls = 105.00.
    const tariffs = regional({ regionMultipliers: { north: '1.2' } });
    const plan = planQuote(tariffs, { minutesPerMonth: 1000, regionShares: { north: 0, south: 0 } });
    expect(line(plan, 'calls')).to.equal('105.00');
  });

  it('treat equal factors in every region as no regional dependence', () => {
    // Both regions 1.1: φ = 1.1 whatever the mix → calls = 110.00 and dependsOn.regions false.
    const plan = planQuote(regional({ regionMultipliers: { north: '1.1', south: '1.1' } }), { minutesPerMonth: 1000, regionShares: { north: 5 } });
    expect(line(plan, 'calls')).to.equal('110.00');
    expect(plan.dependsOn.regions).to.equal(false);
  });
});
