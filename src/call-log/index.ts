/**
 * Call-log import (tariff-format.md §7): a visitor's call-detail export
 * (话单) read into `CallRecord`s in the browser, streamed, in slices that keep
 * the page responsive, and without keeping or revealing a phone number.
 *
 * ```ts
 * const log = await openCallLog(file);          // the first rows only
 * if (!log.certain) mapping = await askTheVisitor(log.headers, log.columns, log.issues, log.preview);
 * const report = await log.read({ mapping, onRecords, onProgress, signal });
 * ```
 *
 * What it reads:
 * - Encodings: UTF-8 with or without BOM, UTF-16LE/BE with BOM, GBK and
 *   GB18030 (recognized when the first non-ASCII bytes are not UTF-8).
 * - Layouts: CSV or TSV (comma, tab or semicolon, found from the header),
 *   RFC 4180 quoting, CRLF/LF/CR, title or blank lines above the header
 *   (searched among the first 10 rows), or no header at all.
 * - Columns, from Chinese and English names checked against their values:
 *   caller (主叫号码, 来电号码, caller, ANI …), start (开始时间, 呼叫时间,
 *   start time …, or a 日期 column with a 时间 column), talk time (通话时长,
 *   时长(秒), duration, billsec …; billed time 计费时长 only as a guess), and
 *   end time (结束时间, 挂机时间, end time) for files without a duration.
 * - Values: see date-time.ts (starts; zone suffixes ignored, fractions of a
 *   second cut off) and duration.ts (durations; fractions rounded up).
 *   Full-width characters are made ASCII (NFKC) in every field first.
 *
 * A row that does not make a record is counted, never dropped silently:
 * empty rows as `empty`, the others as `unreadable` with the first few row
 * numbers and reasons (`UnreadableReason`).
 */
export type * from './types.js';
export { openCallLog, MAX_REPORTED_ROWS, PREVIEW_ROWS, type CallLog } from './call-log.js';
export { toCallRecord, checkMapping, MAX_CALL_SECONDS } from './record.js';
export { maskPhoneNumbers } from './mask.js';
export { CERTAIN } from './columns.js';
