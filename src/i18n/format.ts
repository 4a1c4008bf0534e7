/**
 * Locale-aware formatting of the engine's figures. Money arrives as exact
 * decimal strings and is handed to `Intl.NumberFormat#format` as a string,
 * which current engines read as an exact decimal: no amount ever passes
 * through a binary float on its way to the screen.
 *
 * The first `Intl` formatter a page creates loads the locale's data, which
 * takes longer than rendering the whole first screen. What that screen
 * shows (non-negative amounts in yuan with their decimals, counts, the
 * tariff date) is written here directly, in exactly the form Intl gives for
 * the two locales (both group by thousands with "," and use "."; the test
 * compares the two over many values); anything else goes to Intl.
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

/** `digits` (ASCII, no sign) grouped by thousands: "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  let out = '';
  const first = digits.length % 3 || 3;
  out = digits.slice(0, first);
  for (let i = first; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}

const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * A non-negative plain decimal with between `minFraction` and `maxFraction`
 * decimals, as Intl writes it in `en` and `zh-CN`; null when that would need
 * rounding or the text is not such a decimal (Intl decides then).
 */
function plainDecimal(text: string, minFraction: number, maxFraction: number): string | null {
  const match = PLAIN_DECIMAL.exec(text);
  if (!match) return null;
  let integer = match[1]!.replace(/^0+(?=\d)/, '');
  let fraction = match[2] ?? '';
  if (fraction.length > maxFraction) {
    // Trailing zeros beyond the maximum are no rounding.
    if (!/^0*$/.test(fraction.slice(maxFraction))) return null;
    fraction = fraction.slice(0, maxFraction);
  }
  if (fraction.length > minFraction) fraction = fraction.replace(/0+$/, '').padEnd(minFraction, '0');
  else fraction = fraction.padEnd(minFraction, '0');
  integer = groupThousands(integer);
  return fraction ? `${integer}.${fraction}` : integer;
}

/** The yuan sign each locale puts before an amount (Intl's `currencyDisplay: 'symbol'`). */
const YUAN_SIGN: Record<Locale, string> = { en: 'CN¥', 'zh-CN': '¥' };

/** An amount in `currency` without Intl when it is yuan and plain; null otherwise. */
function quickMoney(amount: string, currency: string, locale: Locale, fractionDigits: number): string | null {
  if (currency !== 'CNY') return null;
  const text = plainDecimal(amount, fractionDigits, fractionDigits);
  return text === null ? null : YUAN_SIGN[locale] + text;
}

/** A ratio as a percentage ("0.18" → "18%"); a ratio is not money, so a number is fine here. */
export function formatPercent(ratio: number, locale: Locale, maxFractionDigits = 0): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: maxFractionDigits }).format(ratio);
}

/**
 * The sign `formatMoney` puts before an amount in `currency` ("¥", "CN¥"),
 * for a field that shows it beside the number. Yuan needs no Intl (whose
 * first formatter loads the locale's data); another currency asks Intl once.
 */
export function currencySign(currency: string, locale: Locale): string {
  if (currency === 'CNY') return YUAN_SIGN[locale];
  try {
    const parts = numberFormat(locale, { style: 'currency', currency }).formatToParts(0);
    return parts.find((part) => part.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
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
    text = quickMoney(amount, currency, locale, 2) ?? formatExact(
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
  return quickMoney(amount, currency, locale, 4) ?? formatExact(
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
  // String(number) is the shortest round-trip form, which Intl also starts from.
  const quick = plainDecimal(typeof value === 'string' ? value : String(value), 0, maxFractionDigits);
  if (quick !== null) return quick;
  const formatter = numberFormat(locale, { maximumFractionDigits: maxFractionDigits });
  return typeof value === 'string' ? formatExact(formatter, value) : formatter.format(value);
}

const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A tariff date (`YYYY-MM-DD`) in the visitor's locale: "2026年3月1日", "March 1, 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Intl's long date of a real calendar day in four-digit years, written directly (see the module comment).
  if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()) {
    return locale === 'en' ? `${MONTHS[month - 1]} ${day}, ${year}` : `${year}年${month}月${day}日`;
  }
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    // The date is a calendar day, not an instant: format it in UTC so that
    // no visitor's time zone moves it to the day before.
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormatters.set(locale, formatter);
  }
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** A calendar month of a call log (`YYYY-MM`): "2026年3月", "March 2026", written as Intl's long month and year. */
export function formatMonth(month: string, locale: Locale): string {
  const parts = monthParts(month);
  if (!parts) return month;
  return locale === 'en' ? `${MONTHS[parts.month - 1]} ${parts.year}` : `${parts.year}年${parts.month}月`;
}

/** The short month under a chart's bar: "3月", "Mar", as Intl writes it. */
export function formatShortMonth(month: string, locale: Locale): string {
  const parts = monthParts(month);
  if (!parts) return month;
  return locale === 'en' ? MONTHS[parts.month - 1]!.slice(0, 3) : `${parts.month}月`;
}

function monthParts(month: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const number = match ? Number(match[2]) : 0;
  return match && Number(match[1]) >= 1000 && number >= 1 && number <= 12 ? { year: Number(match[1]), month: number } : null;
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
