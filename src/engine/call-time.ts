/**
 * A call record's `start` read as local wall time (tariff-format.md §7):
 * which month it belongs to, its day and weekday, and its second of the day.
 * No time zone and no `Date`: the export's wall clock is the bill's clock,
 * whatever the zone of the browser reading it.
 */

/** A record's start, read. */
export interface CallTime {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly year: number;
  /** 1–12. */
  readonly monthNumber: number;
  /** Day of the month, 1–31. */
  readonly day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Seconds since midnight, 0 … 86,399. */
  readonly secondOfDay: number;
}

const START = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/;

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

/**
 * Reads `YYYY-MM-DD HH:MM[:SS]`; null when it is not a real date and time
 * (`2026-02-30`, `24:00`, `12:60`) or not in that form.
 */
export function readCallTime(start: unknown): CallTime | null {
  if (typeof start !== 'string') return null;
  const parts = START.exec(start);
  if (!parts) return null;
  const year = Number(parts[1]);
  const monthNumber = Number(parts[2]);
  const day = Number(parts[3]);
  const hour = Number(parts[4]);
  const minute = Number(parts[5]);
  const second = parts[6] === undefined ? 0 : Number(parts[6]);
  if (monthNumber < 1 || monthNumber > 12 || day < 1 || day > daysInMonth(year, monthNumber)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  // 1970-01-01 was a Thursday (ISO 4).
  const weekday = ((((dayNumber(year, monthNumber, day) + 3) % 7) + 7) % 7) + 1;
  return { month: monthKey(year, monthNumber), year, monthNumber, day, weekday, secondOfDay: hour * 3600 + minute * 60 + second };
}

/** `YYYY-MM` of a year and month (1–12). */
export function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}
