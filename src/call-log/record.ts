/**
 * One data row to a call record under a column mapping, or the reason it
 * cannot be one. The same reading serves the import and the preview of a
 * mapping the visitor is about to confirm.
 */
import { cleanCell } from './cell.js';
import { formatDateTime, readDateTime, readTimeOfDay, wallSeconds, type DateTimeParts } from './date-time.js';
import { readSeconds } from './duration.js';
import type { CallRecord, ColumnMapping, UnreadableReason } from './types.js';

/** A longer call is taken for a misread column (a phone number read as seconds, say). */
export const MAX_CALL_SECONDS = 86_400;

const isColumn = (index: number | undefined) => index === undefined || (Number.isInteger(index) && index >= 0);

/**
 * Throws a TypeError unless `mapping` names a start and a duration (or end)
 * column, every column as an index ≥ 0.
 */
export function checkMapping(mapping: ColumnMapping): void {
  const { start, time, seconds, end, caller } = mapping;
  if (start === undefined || (seconds === undefined && end === undefined) || ![start, time, seconds, end, caller].every(isColumn)) {
    throw new TypeError('A call-log mapping needs column indexes for start and for seconds or end');
  }
}

/** The end of a call, when `text` is a date and time or (on the start's day, or the next) a time of day. */
function readEnd(text: string, start: DateTimeParts): number | undefined {
  const end = readDateTime(text);
  if (end) return wallSeconds(end);
  const time = readTimeOfDay(text);
  if (!time) return undefined;
  const sameDay = wallSeconds([start[0], start[1], start[2], ...time]);
  // A time before the start is past midnight.
  return sameDay < wallSeconds(start) ? sameDay + 86_400 : sameDay;
}

/** The record `fields` (one row's fields, as read) make under `mapping`, or why they make none. */
export function toCallRecord(fields: readonly string[], mapping: ColumnMapping): CallRecord | UnreadableReason {
  const at = (column: number | undefined) => (column === undefined ? '' : cleanCell(fields[column]));
  const when = mapping.time === undefined ? at(mapping.start) : `${at(mapping.start)} ${at(mapping.time)}`.trim();
  if (!when) return 'start-missing';
  const start = readDateTime(when);
  if (!start) return 'start-invalid';
  const duration = at(mapping.seconds ?? mapping.end);
  if (!duration) return 'duration-missing';
  let seconds: number | undefined;
  if (mapping.seconds !== undefined) {
    seconds = readSeconds(duration, mapping.durationUnit == 'minute' ? 60 : 1);
    if (seconds === undefined) return 'duration-invalid';
  } else {
    const end = readEnd(duration, start);
    if (end === undefined) return 'end-invalid';
    seconds = end - wallSeconds(start);
    if (seconds < 0) return 'end-before-start';
  }
  if (seconds > MAX_CALL_SECONDS) return 'duration-too-long';
  const caller = at(mapping.caller);
  return caller ? { start: formatDateTime(start), seconds, caller } : { start: formatDateTime(start), seconds };
}
