import { expect } from '@open-wc/testing';
import { estimate, UsageError, type Usage } from '../../src/engine/index.js';
import { makeGrade, makePlan, makeRegion, makeTariffs } from './factory.js';

const tariffs = makeTariffs({
  regions: [makeRegion('north', '2'), makeRegion('south', '1')],
  numberGrades: [makeGrade('standard'), makeGrade('premium', '2000', '300')],
  defaults: { minutesPerMonth: 2500, peakSharePercent: 30, averageCallSeconds: 90, maxMinutesPerMonth: 100000 },
});

describe('usage defaults', () => {
  it("fill every missing field from the file's defaults", () => {
    // B = 2500 × (⌈90 / 60⌉ × 60) / 90 = 2500 × 120 / 90 = 3333.333… → 3333.33.
    const quote = estimate(tariffs, {});
    expect(quote.usage).to.deep.equal({
      minutesPerMonth: 2500,
      peakSharePercent: 30,
      regionShares: { north: 2, south: 1 },
      averageCallSeconds: 90,
      addOns: [],
      numberGrade: 'standard',
    });
    expect(quote.plans[0]!.billedMinutes).to.equal('3333.33');
  });

  it('let an explicit null call length override the default', () => {
    const quote = estimate(tariffs, { averageCallSeconds: null });
    expect(quote.usage.averageCallSeconds).to.equal(null);
    expect(quote.plans[0]!.billedMinutes).to.equal('2500.00');
  });

  it('report the weights used, a region left out weighing 0', () => {
    expect(estimate(tariffs, { regionShares: { south: 5 } }).usage.regionShares).to.deep.equal({ north: 0, south: 5 });
  });

  it('report the default shares when every weight is zero', () => {
    expect(estimate(tariffs, { regionShares: { north: 0 } }).usage.regionShares).to.deep.equal({ north: 2, south: 1 });
  });

  it('report the date and currency of the file', () => {
    const quote = estimate(tariffs, {});
    expect([quote.currency, quote.effectiveDate]).to.deep.equal(['CNY', '2026-01-01']);
  });
});

describe('usage out of range', () => {
  const rejected: [string, Usage, string][] = [
    ['negative minutes', { minutesPerMonth: -1 }, 'minutesPerMonth'],
    ['minutes above 10,000,000', { minutesPerMonth: 10_000_001 }, 'minutesPerMonth'],
    ['NaN minutes', { minutesPerMonth: Number.NaN }, 'minutesPerMonth'],
    ['infinite minutes', { minutesPerMonth: Number.POSITIVE_INFINITY }, 'minutesPerMonth'],
    ['minutes as text', { minutesPerMonth: '100' as unknown as number }, 'minutesPerMonth'],
    ['a peak share above 100', { peakSharePercent: 100.5 }, 'peakSharePercent'],
    ['a negative peak share', { peakSharePercent: -0.1 }, 'peakSharePercent'],
    ['calls shorter than a second', { averageCallSeconds: 0.5 }, 'averageCallSeconds'],
    ['calls longer than an hour', { averageCallSeconds: 3601 }, 'averageCallSeconds'],
    ['an unknown region', { regionShares: { west: 1 } }, 'regionShares.west'],
    ['a negative region weight', { regionShares: { north: -1 } }, 'regionShares.north'],
    ['an infinite region weight', { regionShares: { north: Number.POSITIVE_INFINITY } }, 'regionShares.north'],
    ['an unknown add-on', { addOns: ['fax'] }, 'addOns[0]'],
    ['a repeated add-on', { addOns: ['ivr', 'recording', 'ivr'] }, 'addOns[2]'],
    ['an unknown number grade', { numberGrade: 'gold' }, 'numberGrade'],
  ];
  for (const [what, usage, field] of rejected) {
    it(`rejects ${what}, naming ${field}`, () => {
      let error: unknown;
      try {
        estimate(tariffs, usage);
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(UsageError);
      expect(error).to.be.instanceOf(Error);
      expect((error as UsageError).name).to.equal('UsageError');
      expect((error as UsageError).field).to.equal(field);
      expect((error as UsageError).message).to.contain(field);
    });
  }

  it('rejects usage that is not an object', () => {
    expect(() => estimate(tariffs, null as unknown as Usage)).to.throw(UsageError, /usage: must be an object/);
  });

  it('rejects a number grade when the file has none', () => {
    expect(() => estimate(makeTariffs(), { numberGrade: 'standard' })).to.throw(UsageError, /numberGrade/);
  });

  it('accepts the limits themselves', () => {
    const plans = [makePlan({ package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.10' })];
    const quote = estimate(makeTariffs({ plans }), {
      minutesPerMonth: 10_000_000,
      peakSharePercent: 100,
      averageCallSeconds: 3600,
    });
    // 10,000,000 minutes × 0.10 = 1,000,000.00, written out in full.
    expect(quote.plans[0]!.monthlyTotal).to.equal('1000000.00');
  });
});
