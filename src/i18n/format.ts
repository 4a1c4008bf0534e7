/**
 * Locale-aware formatting of the engine's figures. Money arrives as exact
 * decimal strings and is handed to `Intl.NumberFormat#format` as a string,
 * which current engines read as an exact decimal: no amount ever passes
 * through a binary float on its way to the screen.
 */
import type { DecimalString } from '../engine/types.js';
import type { Locale } from './locale.js';

const formatters = new Map<string, Intl.NumberFormat>();

// Building an Intl.NumberFormat costs far more than using one; a page renders
// the same few formats hundreds of times per second while a slider moves.
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

// The ES2023 signature (string in, exact decimal) is not in TypeScript's ES2022 lib.
type DecimalFormat = (value: string | number) => string;

function formatExact(formatter: Intl.NumberFormat, value: DecimalString): string {
  return (formatter.format as DecimalFormat)(value);
}

const moneyCache = new Map<string, string>();
const MONEY_CACHE_SIZE = 4096;

/** A money amount with the currency sign Intl chooses: "¥1,234.50", "CN¥1,234.50". */
export function formatMoney(amount: DecimalString, currency: string, locale: Locale): string {
  // A quote repeats the same few amounts (0.00 above all) on every card and
  // every input; formatting a decimal string is the costly part of a render.
  const key = `${locale}|${currency}|${amount}`;
  let text = moneyCache.get(key);
  if (text === undefined) {
    text = formatExact(
      numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      amount,
    );
    if (moneyCache.size >= MONEY_CACHE_SIZE) moneyCache.clear();
    moneyCache.set(key, text);
  }
  return text;
}

/** A per-minute rate keeps the engine's four decimals: "¥0.1250". */
export function formatRate(amount: DecimalString, currency: string, locale: Locale): string {
  return formatExact(
    numberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 4,
      maximumFractionDigits: 4,
    }),
    amount,
  );
}

/** A count or estimate with grouping: "1,200", "1,234.5". */
export function formatNumber(value: number | DecimalString, locale: Locale, maxFractionDigits = 2): string {
  const formatter = numberFormat(locale, { maximumFractionDigits: maxFractionDigits });
  return typeof value === 'string' ? formatExact(formatter, value) : formatter.format(value);
}

const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

/** A tariff date (`YYYY-MM-DD`) in the visitor's locale: "2026年3月1日", "March 1, 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    // The date is a calendar day, not an instant: format it in UTC so that
    // no visitor's time zone moves it to the day before.
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormatters.set(locale, formatter);
  }
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

const listFormatters = new Map<string, Intl.ListFormat>();

/** A list of names joined as the locale does: "IVR、录音", "IVR and recording" ("IVR or recording" as a disjunction). */
export function formatList(items: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${locale}|${type}`;
  let formatter = listFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.ListFormat(locale, { style: 'long', type });
    listFormatters.set(key, formatter);
  }
  return formatter.format(items);
}

/** A chart tick: a round count in the locale's short form ("2万", "20K"). */
export function formatCompactNumber(value: number, locale: Locale): string {
  return numberFormat(locale, { notation: 'compact' }).format(value);
}

/** A chart tick: money without needless cents ("¥250", "¥2.5"). */
export function formatMoneyTick(amount: DecimalString, currency: string, locale: Locale): string {
  return formatExact(numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0 }), amount);
}

/**
 * A quote amount without a currency sign, with the locale's digit grouping and
 * exactly two decimals: "4,487.50", for tables whose header names the currency.
 */
export function formatAmount(amount: DecimalString, locale: Locale): string {
  return formatExact(numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), amount);
}

/** A difference of two amounts, signed unless zero: "+1,012.50", "-3.00", "0.00". */
export function formatAmountChange(amount: DecimalString, locale: Locale): string {
  return formatExact(
    numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
    amount,
  );
}
