/**
 * Calendar months of a call log (`"2026-03"`) in words: "2026年3月" /
 * "March 2026", and the short form under the chart's bars ("3月" / "Mar").
 */
import type { Locale } from '../../i18n/locale.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let found = formats.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
    found = new Intl.DateTimeFormat(locale, options);
    formats.set(key, found);
  }
  return found;
}

function instant(month: string): number {
  const [year, number] = month.split('-').map(Number);
  return Date.UTC(year!, number! - 1, 1);
}

export function formatMonth(month: string, locale: Locale): string {
  return format(locale, 'long').format(instant(month));
}

export function formatShortMonth(month: string, locale: Locale): string {
  return format(locale, 'short').format(instant(month));
}
