/**
 * A call record's `start` read as local wall time (tariff-format.md §7):
 * which month it belongs to, its day and weekday, and its second of the day.
 * No time zone and no `Date`: the export's wall clock is the bill's clock,
 * whatever the zone of the browser reading it. Read character by character
 * into a reused object, since a log has hundreds of thousands of starts.
 */

/** A record's start, read. */
export interface CallTime {
  /** year × 12 + month − 1: consecutive months have consecutive indexes. */
  monthIndex: number;
  /** Day of the month, 1–31. */
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Seconds since midnight, 0 … 86,399. */
  secondOfDay: number;
}

/** Days in `month` (1–12) of `year`, Gregorian leap years. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to the given date (proleptic Gregorian), negative before it. */
export function dayNumber(year: number, month: number, day: number): number {
  // The civil-date algorithm with years starting in March, so February's length does not matter.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The value of the two ASCII digits at `at`, or −1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const units = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/**
 * Reads `YYYY-MM-DD HH:MM[:SS]` into `into`; false (and `into` unspecified)
 * when it is not a real date and time (`2026-02-30`, `24:00`, `12:60`) or not
 * in that form.
 */
export function readCallTime(start: unknown, into: CallTime): boolean {
  if (typeof start !== 'string' || (start.length !== 16 && start.length !== 19)) return false;
  const century = twoDigits(start, 0);
  const yearOfCentury = twoDigits(start, 2);
  const month = twoDigits(start, 5);
  const day = twoDigits(start, 8);
  const hour = twoDigits(start, 11);
  const minute = twoDigits(start, 14);
  const second = start.length === 19 ? twoDigits(start, 17) : 0;
  if (start[4] !== '-' || start[7] !== '-' || start[10] !== ' ' || start[13] !== ':' || (start.length === 19 && start[16] !== ':')) return false;
  if (century < 0 || yearOfCentury < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  const year = century * 100 + yearOfCentury;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  into.monthIndex = year * 12 + month - 1;
  into.day = day;
  // 1970-01-01 was a Thursday (ISO 4).
  into.weekday = ((((dayNumber(year, month, day) + 3) % 7) + 7) % 7) + 1;
  into.secondOfDay = hour * 3600 + minute * 60 + second;
  return true;
}

/** `YYYY-MM` of a month index (year × 12 + month − 1). */
export function monthKey(monthIndex: number): string {
  const month = (monthIndex % 12) + 1;
  return `${String(Math.floor(monthIndex / 12)).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}
