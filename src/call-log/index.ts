/**
 * Call-log import (tariff-format.md §7): a visitor's call-detail export
 * (话单, CSV or TSV in UTF-8, UTF-16 or GBK/GB18030) read into `CallRecord`s
 * in the browser, streamed, in slices that keep the page responsive, and
 * without keeping or revealing a phone number. See call-log.ts for the flow.
 */
export type * from './types.js';
export { openCallLog, MAX_REPORTED_ROWS, PREVIEW_ROWS, type CallLog } from './call-log.js';
export { toCallRecord, checkMapping, MAX_CALL_SECONDS } from './record.js';
export { maskPhoneNumbers } from './mask.js';
export { CERTAIN } from './columns.js';
