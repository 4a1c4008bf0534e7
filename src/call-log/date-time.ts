/**
 * Dates and times as exports write them, read into the engine's one form
 * `YYYY-MM-DD HH:MM:SS`.
 *
 * Dates: `2026-03-01`, `2026/3/1`, `2026.03.01`, `2026年3月1日`, `20260301`.
 * Times after a space or `T`: `08:05:09`, `8:05` (`:00` seconds),
 * `8时5分9秒`, `8点05分`, `080509`, `0805`; a fraction of a second is cut off
 * (the call started in that second). Date and time together may also be
 * written as one number, `20260301080509`. A zone suffix (`Z`, `+08:00`,
 * `+0800`, `GMT+8`) is ignored: the wall time stays as written, as the tariff
 * format asks (no time-zone conversion). Years 1970–2099 only, so that a phone
 * number is not taken for a date; a date that does not exist (`2026-02-30`) or
 * a time past 23:59:59 is not read.
 */

/** Year, month, day, hour, minute, second. */
export type DateTimeParts = readonly [number, number, number, number, number, number];

const DATE = /^((?:19[7-9]|20\d)\d)(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d\d)(\d\d))(?:[T\s]+|(?=\d)|$)/;
const ZONE = /\s*(?:Z|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d\d)?|UTC|GMT)$/i;
const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:[.,]\d+)?$|^(\d\d)(\d\d)(\d\d)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The date at the start of `text`, and what follows it. */
function readDate(text: string): [year: number, month: number, day: number, rest: string] | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const year = +m[1]!;
  const month = +(m[2] ?? m[4]!);
  const day = +(m[3] ?? m[5]!);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return [year, month, day, text.slice(m[0].length)];
}

/** A time of day, `08:05:09`, `8:05`, `8时5分`, `080509`, with or without a zone. */
export function readTimeOfDay(text: string): [hour: number, minute: number, second: number] | undefined {
  // The plain forms first: they are most rows of most files.
  const m =
    TIME.exec(text) ??
    TIME.exec(text.replace(ZONE, '').replace(/[时点]/, ':').replace(/分/, ':').replace(/秒$/, '').replace(/:$/, ''));
  if (!m) return undefined;
  const hour = +(m[1] ?? m[4]!);
  const minute = +(m[2] ?? m[5]!);
  const second = +(m[3] ?? m[6] ?? 0);
  return hour < 24 && minute < 60 && second < 60 ? [hour, minute, second] : undefined;
}

/** A date with a time of day; undefined for anything else (a date alone included). */
export function readDateTime(text: string): DateTimeParts | undefined {
  const date = readDate(text);
  const time = date && readTimeOfDay(date[3]);
  return time && [date[0], date[1], date[2], ...time];
}

/** What kind of moment `text` is, for recognizing a column from its values. */
export function momentKind(text: string): 'datetime' | 'date' | 'time' | undefined {
  const date = readDate(text);
  if (date) return date[3] ? (readTimeOfDay(date[3]) ? 'datetime' : undefined) : 'date';
  return readTimeOfDay(text) ? 'time' : undefined;
}

const two = (n: number) => (n < 10 ? '0' : '') + n;

/** `YYYY-MM-DD HH:MM:SS` */
export function formatDateTime([year, month, day, hour, minute, second]: DateTimeParts): string {
  return `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}:${two(second)}`;
}

/** Seconds since 1970 of a wall time read as UTC: only differences are meaningful. */
export function wallSeconds([year, month, day, hour, minute, second]: DateTimeParts): number {
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
}
