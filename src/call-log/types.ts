/**
 * The types of the call-log import (tariff-format.md §7): what a visitor's
 * call-detail export (话单) becomes, how its columns are mapped, and what the
 * import reports. No type here holds a phone number except `CallRecord.caller`.
 */

/** One call read from an export: the engine's own record type, so the import and the bill agree on it. */
import type { CallRecord } from '../engine/types.js';

export type { CallRecord };

/** What a source file can be: a dropped `File`/`Blob`, a byte stream, or text (tests). */
export type CallLogSource = Blob | ReadableStream<Uint8Array> | string;

/** The text encodings the import recognizes by itself. */
export type CallLogEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The field separators the import recognizes from the header line. */
export type CallLogDelimiter = ',' | '\t' | ';';

/**
 * What a column holds. `start` is the start date and time in one column;
 * `date` and `time` are the two halves when an export splits them (日期 + 时间).
 */
export type ColumnRole = 'start' | 'date' | 'time' | 'seconds' | 'end' | 'caller';

/**
 * Which column (0-based) holds what. A mapping needs a start (`start`, or
 * `start` holding the date plus `time`) and a duration (`seconds`, or else
 * `end`, from which the duration is derived).
 */
export interface ColumnMapping {
  /** The start date and time; or only the date when `time` is set. */
  readonly start?: number;
  /** The start time of day, beside a date-only `start` column. */
  readonly time?: number;
  /** The talk time. */
  readonly seconds?: number;
  /** What a bare number in `seconds` counts (default `second`); `3分25秒`, `00:03:25` say it themselves. */
  readonly durationUnit?: 'second' | 'minute';
  /** The end date and time (or only the time of day), used only without `seconds`. */
  readonly end?: number;
  /** The calling number. */
  readonly caller?: number;
  /**
   * The visitor says that numbers without `+`/`00` begin with a country code
   * (`8613800138000`). Passed through to the report for the region matching.
   */
  readonly callerHasCountryCode?: boolean;
}

/** One column as the import understood it. */
export interface ColumnGuess {
  /** The column's most likely role; absent when nothing fits. */
  readonly role?: ColumnRole;
  /** How sure, 0–1: 1 for a well-known header whose values fit, below 0.8 a guess. */
  readonly confidence: number;
}

/** A required part of the mapping the import could not settle by itself. */
export interface MappingIssue {
  /** `start`: the start column(s); `seconds`: the duration (or end) column. */
  readonly role: 'start' | 'seconds';
  /**
   * `missing`: no column fits; `ambiguous`: several fit equally well;
   * `unsure`: the best fit is a guess (an unknown header, or billed rather than talk time).
   */
  readonly problem: 'missing' | 'ambiguous' | 'unsure';
  /** Columns that could be meant, best first. */
  readonly candidates: readonly number[];
}

/** A data row shown to the visitor before the import, phone numbers masked (`138****8000`). */
export interface PreviewRow {
  /** 1-based row of the file. */
  readonly row: number;
  readonly cells: readonly string[];
}

/**
 * Why a row could not be read:
 * - `start-missing`: the start is empty;
 * - `start-invalid`: the start is not a real date and time (`2026-02-30`,
 *   `25:00`), has no time of day, or is in no known format;
 * - `duration-missing`: the duration (or end) is empty;
 * - `duration-invalid`: the duration is in no known format (`-5`, `很久`);
 * - `duration-too-long`: the duration is over a day (`MAX_CALL_SECONDS`), most
 *   likely another column read as seconds;
 * - `end-invalid`: the end is neither a date and time nor a time of day;
 * - `end-before-start`: the end is earlier than the start.
 */
export type UnreadableReason =
  | 'start-missing'
  | 'start-invalid'
  | 'duration-missing'
  | 'duration-invalid'
  | 'duration-too-long'
  | 'end-invalid'
  | 'end-before-start';

/** An unreadable row: where and why, never what it holds. */
export interface UnreadableRow {
  /** 1-based row of the file, counted as a spreadsheet shows it (title and header rows included). */
  readonly row: number;
  readonly reason: UnreadableReason;
}

/** Bytes read so far. */
export interface CallLogProgress {
  readonly bytesRead: number;
  /** The file's size; absent for a stream of unknown length. */
  readonly totalBytes?: number;
}

/** Options of `CallLog.read`. */
export interface ReadOptions {
  /** The mapping the visitor confirmed; the suggested one when left out. */
  readonly mapping?: ColumnMapping;
  /**
   * Receives the records as they are read, in file order, a few hundred at a
   * time. The import keeps no reference to a batch once handed on. A returned
   * promise is awaited before reading on.
   */
  readonly onRecords: (batch: readonly CallRecord[]) => void | Promise<void>;
  readonly onProgress?: (progress: CallLogProgress) => void;
  /** Aborting stops the read and rejects it with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** What a read found, in counts; it holds no content of the file. */
export interface CallLogReport {
  /** Rows after the header: `records + empty + unreadable`. */
  readonly rows: number;
  /** Records handed to `onRecords`. */
  readonly records: number;
  /** Rows with no content, skipped. */
  readonly empty: number;
  /** Rows that could not be read, skipped. */
  readonly unreadable: number;
  /** The first few unreadable rows (at most `MAX_REPORTED_ROWS`). */
  readonly unreadableRows: readonly UnreadableRow[];
  readonly bytesRead: number;
  /** `ColumnMapping.callerHasCountryCode` of the mapping used. */
  readonly callerHasCountryCode: boolean;
}
