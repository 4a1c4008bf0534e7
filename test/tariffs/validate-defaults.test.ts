// The validator fills in every default the TariffSet type declares, so that
// the engine can rely on each field being set and never re-applies a default.
import { expect } from '@open-wc/testing';
import type { NumberGrade, Plan, TariffDefaults, TariffSet } from '../../src/engine/types.js';
import { parseTariffs } from '../../src/tariffs/validate.js';

/** The keys of `T` that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/**
 * What each required field of `T` must be for a document that leaves out
 * every field it may. A field added to the type without a value here does
 * not compile.
 */
type Expected<T> = { readonly [K in RequiredKeys<T>]: T[K] };

/** A document with only the fields the format requires (one grade, to see its defaults). */
const sparse = {
  schemaVersion: 1,
  currency: 'CNY',
  effectiveDate: '2026-11-01',
  regions: [{ id: 'mainland', name: '中国大陆', defaultShare: 1 }],
  carriers: [{ id: 'unicom', name: '中国联通' }],
  numberGrades: [{ id: 'standard', name: '普通' }],
  plans: [
    {
      id: 'floor-120',
      carrier: 'unicom',
      name: '月保底',
      termMonths: 1,
      package: { price: '0', includes: 'nothing' },
      ratePerMinute: '0.11',
    },
  ],
};

const defaults: Expected<TariffDefaults> = {
  minutesPerMonth: 1000,
  peakSharePercent: 60,
  averageCallSeconds: null,
  maxMinutesPerMonth: 100000,
};

const grade: Expected<NumberGrade> = { id: 'standard', name: '普通', selectionFee: '0', minimumMonthlySpend: '0' };

const plan: Expected<Plan> = {
  id: 'floor-120',
  carrier: 'unicom',
  name: '月保底',
  termMonths: 1,
  package: { price: '0', includes: 'nothing', paidUpfront: false }, // nothing to prepay
  ratePerMinute: '0.11',
  overageRatePerMinute: '0.11', // the rate itself
  peakMultiplier: '1',
  offPeakMultiplier: '1',
  regionMultipliers: {},
  minimumMonthlySpend: '0',
  billingIncrementSeconds: 60,
  setupFee: '0',
  addOns: {},
};

const tariffs: Expected<TariffSet> = {
  schemaVersion: 1,
  currency: 'CNY',
  effectiveDate: '2026-11-01',
  pricesIncludeTax: true,
  taxRate: null,
  valueAddedTaxRate: null, // the taxRate
  rounding: 'half-up',
  peakHoursPerMonth: '220',
  defaults,
  regions: [{ id: 'mainland', name: '中国大陆', defaultShare: '1', callerPrefixes: [] }],
  carriers: [{ id: 'unicom', name: '中国联通' }],
  addOns: [],
  numberGrades: [grade],
  plans: [plan],
  peakWindows: [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' }], // weekdays 8:00–18:00
  homeCallingCode: '86',
};

describe('validator defaults', () => {
  it('sets every field the TariffSet type requires, for a document that leaves out all it may', () => {
    expect(parseTariffs(sparse)).to.deep.equal(tariffs);
  });

  it('sets each of them as an own property, not as undefined', () => {
    const result = parseTariffs(sparse);
    const owns = (value: object, keys: readonly string[]) => {
      for (const key of keys) {
        expect(Object.prototype.hasOwnProperty.call(value, key), key).to.equal(true);
        expect((value as Record<string, unknown>)[key], key).not.to.equal(undefined);
      }
    };
    owns(result, Object.keys(tariffs));
    owns(result.defaults, Object.keys(defaults));
    owns(result.numberGrades[0], Object.keys(grade));
    owns(result.plans[0], Object.keys(plan));
  });

  it('counts a credit or minutes package as paid at signing unless the file says otherwise', () => {
    const upfront = (pack: Record<string, unknown>) => {
      const document = structuredClone(sparse) as Record<string, any>;
      document.plans[0].package = pack;
      return parseTariffs(document).plans[0].package.paidUpfront;
    };
    expect(upfront({ price: '1200', includes: 'credit' })).to.equal(true);
    expect(upfront({ price: '1980', includes: 'minutes', minutes: 18000 })).to.equal(true);
    expect(upfront({ price: '1200', includes: 'credit', paidUpfront: false })).to.equal(false);
    expect(upfront({ price: '50', includes: 'nothing', paidUpfront: true })).to.equal(true);
  });

  it('takes the overage rate from the rate and the value-added tax rate from the tax rate', () => {
    const withTax = structuredClone(sparse) as Record<string, any>;
    withTax.pricesIncludeTax = false;
    withTax.taxRate = '0.09';
    withTax.plans[0].ratePerMinute = 0.12;
    const result = parseTariffs(withTax);
    expect(result.valueAddedTaxRate).to.equal('0.09');
    expect(result.plans[0].overageRatePerMinute).to.equal('0.12');
  });
});
