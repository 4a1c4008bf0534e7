import { expect } from '@open-wc/testing';
import { estimate, resolveUsage, UsageError, type Usage, type UsageCorrection } from '../../src/engine/index.js';
import { makeGrade, makePlan, makeRegion, makeTariffs } from '../support/tariff-builder.js';

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

describe('lenient usage (resolveUsage with a correction callback)', () => {
  function lenient(usage: unknown) {
    const corrections: UsageCorrection[] = [];
    const resolved = resolveUsage(tariffs, usage as Usage, (correction) => corrections.push(correction));
    return { resolved, fields: corrections.map((c) => c.field), messages: corrections.map((c) => c.message) };
  }

  it('accepts good usage without a correction, as the strict mode does', () => {
    const usage: Usage = { minutesPerMonth: 3000, peakSharePercent: 45, regionShares: { north: 1 }, averageCallSeconds: 30, addOns: ['ivr'], numberGrade: 'premium' };
    const { resolved, fields } = lenient(usage);
    expect(fields).to.deep.equal([]);
    expect(resolved).to.deep.equal(estimate(tariffs, usage).usage);
  });

  it('clamps numbers out of range and reports each', () => {
    const { resolved, fields } = lenient({ minutesPerMonth: 20_000_000, peakSharePercent: -3, averageCallSeconds: 7200 });
    expect(resolved).to.include({ minutesPerMonth: 10_000_000, peakSharePercent: 0, averageCallSeconds: 3600 });
    expect(fields).to.deep.equal(['minutesPerMonth', 'peakSharePercent', 'averageCallSeconds']);
  });

  it("uses the file's default for what is not a number", () => {
    const { resolved, fields, messages } = lenient({ minutesPerMonth: Number.NaN, peakSharePercent: '70', averageCallSeconds: 'long' });
    expect(resolved).to.include({ minutesPerMonth: 2500, peakSharePercent: 30, averageCallSeconds: 90 });
    expect(fields).to.deep.equal(['minutesPerMonth', 'peakSharePercent', 'averageCallSeconds']);
    expect(messages[0]).to.contain('using 2500');
  });

  it('drops unknown regions, bad weights and unknown or repeated add-ons', () => {
    const { resolved, fields } = lenient({ regionShares: { west: 1, north: -1, south: 4 }, addOns: ['fax', 'ivr', 'ivr'] });
    expect(resolved.regionShares).to.deep.equal({ north: 0, south: 4 });
    expect(resolved.addOns).to.deep.equal(['ivr']);
    expect(fields).to.deep.equal(['regionShares.west', 'regionShares.north', 'addOns[0]', 'addOns[2]']);
  });

  it('falls back to the typical mix when no usable weight is left', () => {
    expect(lenient({ regionShares: { west: 3 } }).resolved.regionShares).to.deep.equal({ north: 2, south: 1 });
    expect(lenient({ regionShares: 'north' }).resolved.regionShares).to.deep.equal({ north: 2, south: 1 });
  });

  it('takes the first grade for an unknown one, and the defaults for a usage that is not an object', () => {
    expect(lenient({ numberGrade: 'gold' }).resolved.numberGrade).to.equal('standard');
    const { resolved, fields } = lenient(42);
    expect(resolved).to.deep.equal(estimate(tariffs, {}).usage);
    expect(fields).to.deep.equal(['']);
  });

  it('never throws and always gives a usage the strict mode accepts', () => {
    const junk: unknown[] = [null, [], 'x', { minutesPerMonth: {} }, { addOns: 'ivr' }, { regionShares: [] }, { numberGrade: 7 }];
    for (const usage of junk) {
      const { resolved } = lenient(usage);
      expect(() => resolveUsage(tariffs, resolved)).not.to.throw();
    }
  });
});
