import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  currencySign, formatAmount, formatAmountChange, formatDate, formatMoney, formatMonth, formatNumber, formatRate, formatShortMonth,
} from './format.js';
import { cardStringsFor } from './card-strings.js';
import { chartStringsFor } from './chart-strings.js';
import { matchLocale } from './locale.js';
import { printStringsFor } from './print-strings.js';
import { stringsFor } from './strings.js';

describe('i18n formatting', () => {
  it('formats money from the exact decimal string, with the currency sign from Intl', () => {
    expect(formatMoney('1234.50', 'CNY', 'zh-CN')).to.equal('¥1,234.50');
    expect(formatMoney('1234.50', 'CNY', 'en')).to.equal('CN¥1,234.50');
    // 1.005 as a float is 1.00499999…; the string is exact.
    expect(formatMoney('1.005', 'CNY', 'zh-CN')).to.not.equal('¥1.00');
    // Beyond float precision: every digit survives.
    expect(formatMoney('90071992547409.93', 'CNY', 'en')).to.equal('CN¥90,071,992,547,409.93');
  });

  it('groups plain amounts and signs their differences, exactly', () => {
    expect(formatAmount('4487.50', 'en')).to.equal('4,487.50');
    expect(formatAmount('4487.50', 'zh-CN')).to.equal('4,487.50');
    expect(formatAmount('0.00', 'en')).to.equal('0.00');
    expect(formatAmount('90071992547409.93', 'en')).to.equal('90,071,992,547,409.93');
    expect(formatAmountChange('1012.50', 'en')).to.equal('+1,012.50');
    expect(formatAmountChange('-3.00', 'zh-CN')).to.equal('-3.00');
    expect(formatAmountChange('0.00', 'en')).to.equal('0.00');
  });

  it('keeps the four decimals of a per-minute rate', () => {
    expect(formatRate('0.1250', 'CNY', 'zh-CN')).to.equal('¥0.1250');
  });

  it('formats counts and dates per locale', () => {
    expect(formatNumber(1200, 'zh-CN')).to.equal('1,200');
    expect(formatNumber('1333.33', 'en')).to.equal('1,333.33');
    expect(formatDate('2026-03-01', 'zh-CN')).to.equal('2026年3月1日');
    expect(formatDate('2026-03-01', 'en')).to.equal('March 1, 2026');
  });

  it('writes exactly what Intl writes, for every amount, count and date it formats without Intl', () => {
    const intl = (locale: string, options: Intl.NumberFormatOptions, value: string | number) =>
      (new Intl.NumberFormat(locale, options).format as (value: string | number) => string)(value);
    const money = (digits: number) => ({ style: 'currency', currency: 'CNY', minimumFractionDigits: digits, maximumFractionDigits: digits }) as const;
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat({ max: 6 }), fc.nat({ max: 999999 }), fc.nat({ max: 3 }))
      .map(([integer, places, fraction, zeros]) => `${'0'.repeat(zeros % 2)}${integer}` + (places ? `.${String(fraction).padStart(6, '0').slice(0, places)}` : ''));
    const count = fc.oneof(fc.nat({ max: 100_000_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }));
    fc.assert(
      fc.property(fc.constantFrom('en', 'zh-CN') as fc.Arbitrary<'en' | 'zh-CN'>, decimal, count, fc.nat({ max: 4 }), (locale, amount, n, places) => {
        expect(formatMoney(amount, 'CNY', locale), amount).to.equal(intl(locale, money(2), amount));
        expect(formatRate(amount, 'CNY', locale), amount).to.equal(intl(locale, money(4), amount));
        expect(formatNumber(amount, locale), amount).to.equal(intl(locale, { maximumFractionDigits: 2 }, amount));
        expect(formatNumber(n, locale, places), String(n)).to.equal(intl(locale, { maximumFractionDigits: places }, n));
      }),
      { numRuns: 2000 },
    );
    const day = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(fc.constantFrom('en', 'zh-CN') as fc.Arbitrary<'en' | 'zh-CN'>, day, (locale, date) => {
        const iso = date.toISOString().slice(0, 10);
        const expected = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
        expect(formatDate(iso, locale), iso).to.equal(expected);
      }),
      { numRuns: 1000 },
    );
    for (const locale of ['en', 'zh-CN'] as const) {
      const long = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
      const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
      for (const year of [1000, 1999, 2026, 9999]) {
        for (let month = 1; month <= 12; month++) {
          const key = `${year}-${String(month).padStart(2, '0')}`;
          expect(formatMonth(key, locale), key).to.equal(long.format(Date.UTC(year, month - 1, 1)));
          expect(formatShortMonth(key, locale), key).to.equal(short.format(Date.UTC(year, month - 1, 1)));
        }
      }
    }
    expect(formatMonth('2026-13', 'en')).to.equal('2026-13');
  });

  it('matches locale attributes and has every string in both locales', () => {
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('zh-Hans-CN')).to.equal('zh-CN');
    expect(matchLocale(null)).to.equal('zh-CN');
    expect(matchLocale('fr')).to.equal(null);
    for (const table of [stringsFor, cardStringsFor, chartStringsFor, printStringsFor]) {
      expect(Object.keys(table('en')).sort()).to.deep.equal(Object.keys(table('zh-CN')).sort());
    }
    expect(Object.keys(cardStringsFor('en').lineKind).sort()).to.deep.equal(Object.keys(cardStringsFor('zh-CN').lineKind).sort());
  });
});

describe('currencySign', () => {
  it("is the sign Intl puts before an amount, yuan without asking Intl", () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const currency of ['CNY', 'USD', 'HKD']) {
        const sign = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')!.value;
        expect(currencySign(currency, locale), `${currency} in ${locale}`).to.equal(sign);
      }
    }
    expect(currencySign('CNY', 'zh-CN')).to.equal('¥');
    expect(currencySign('CNY', 'en')).to.equal('CN¥');
  });
});
