/**
 * The import of a call-detail export (话单), in two steps so that the visitor
 * can confirm what the import made of the columns:
 *
 * ```ts
 * const log = await openCallLog(file);          // reads only the first rows
 * // log.certain, or the visitor confirms log.mapping in the UI
 * const report = await log.read({ mapping, onRecords: (batch) => summary.add(batch) });
 * ```
 *
 * The file is read once, from its first byte to its last, so a stream works
 * as well as a `File`. Nothing leaves the page and nothing is kept: records
 * go to `onRecords` as they are read; what the log and the report hold are
 * counts, row numbers, reasons and the masked preview.
 */
import { cleanCell, isEmptyRow } from './cell.js';
import { suggestMapping } from './columns.js';
import { csvReader } from './csv.js';
import { decodeText } from './decode.js';
import { findLayout } from './layout.js';
import { maskPhoneNumbers } from './mask.js';
import { pacer } from './pacing.js';
import { checkMapping, toCallRecord } from './record.js';
import type {
  CallLogDelimiter,
  CallLogEncoding,
  CallLogReport,
  CallLogSource,
  CallRecord,
  ColumnGuess,
  ColumnMapping,
  MappingIssue,
  PreviewRow,
  ReadOptions,
  UnreadableRow,
} from './types.js';

/** Text read ahead for the header and the preview: this many line ends, or this many characters. */
const HEAD_LINES = 40;
const HEAD_CHARS = 1 << 16;
/** Data rows whose values help recognize the columns. */
const SAMPLE_ROWS = 20;
/** Data rows shown in the preview. */
export const PREVIEW_ROWS = 5;
/** Unreadable rows reported by row number (the rest are counted). */
export const MAX_REPORTED_ROWS = 5;

/** An export opened for import: what its first rows show, and the read of the whole. */
export interface CallLog {
  /** The text encoding (`utf-8` while only ASCII has been read). */
  readonly encoding: CallLogEncoding;
  readonly delimiter: CallLogDelimiter;
  /** 1-based row of the header; 0 when none was recognized (then every row is data). */
  readonly headerRow: number;
  /** The header's names (phone-like digits masked); empty without a header row. */
  readonly headers: readonly string[];
  /** Every column's most likely role and how sure the import is of it. */
  readonly columns: readonly ColumnGuess[];
  /** The suggested mapping: the one `read` uses unless given another. */
  readonly mapping: ColumnMapping;
  /** Whether the suggested mapping needs no confirmation: `issues` is empty. */
  readonly certain: boolean;
  /** What keeps the mapping from being certain. */
  readonly issues: readonly MappingIssue[];
  /** The first data rows, phone numbers masked. */
  readonly preview: readonly PreviewRow[];
  /**
   * Reads every row after the header into records for `onRecords`, yielding
   * to the page between slices of work. Only one read per log; it rejects
   * with the signal's reason when aborted, and with a TypeError for a mapping
   * without start or duration column.
   */
  read(options: ReadOptions): Promise<CallLogReport>;
  /** Lets go of the file without reading it (the visitor changed their mind). */
  cancel(): Promise<void>;
}

const lineEnds = (text: string) => text.match(/\n|\r(?!\n)/g)?.length ?? 0;

/**
 * Opens an export: reads its first rows to find the encoding, delimiter and
 * header row, recognizes the columns and suggests a mapping.
 */
export async function openCallLog(source: CallLogSource, options: { readonly signal?: AbortSignal } = {}): Promise<CallLog> {
  const text = decodeText(source);
  let head = '';
  let wholeFile = false;
  try {
    while (!wholeFile && head.length < HEAD_CHARS && lineEnds(head) < HEAD_LINES) {
      options.signal?.throwIfAborted();
      const piece = await text.next();
      if (piece === undefined) wholeFile = true;
      else head += piece;
    }
  } catch (error) {
    await text.cancel();
    throw error;
  }
  const { delimiter, headerRow, rows } = findLayout(head, wholeFile);
  const dataRows = rows
    .map((cells, index) => ({ row: index + 1, cells }))
    .filter(({ row, cells }) => row > headerRow && !isEmptyRow(cells));
  const { columns, mapping, issues } = suggestMapping(
    headerRow ? rows[headerRow - 1]! : [],
    dataRows.slice(0, SAMPLE_ROWS).map(({ cells }) => cells),
  );
  const shown = (cells: readonly string[]) => cells.map((cell) => maskPhoneNumbers(cleanCell(cell)));
  let opened = true;

  async function read({ mapping: chosen = mapping, onRecords, onProgress, signal }: ReadOptions): Promise<CallLogReport> {
    checkMapping(chosen);
    if (!opened) throw new Error('A call log is read once');
    opened = false;
    const pause = pacer(signal);
    let row = 0;
    let records = 0;
    let empty = 0;
    let unreadable = 0;
    const unreadableRows: UnreadableRow[] = [];
    let batch: CallRecord[] = [];
    const reader = csvReader(delimiter, (fields) => {
      if (++row <= headerRow) return;
      if (isEmptyRow(fields)) {
        empty++;
        return;
      }
      const record = toCallRecord(fields, chosen);
      if (typeof record != 'string') batch.push(record);
      else if (++unreadable <= MAX_REPORTED_ROWS) unreadableRows.push({ row, reason: record });
    });
    const handOn = async () => {
      if (!batch.length) return;
      const handed = batch;
      batch = [];
      records += handed.length;
      await onRecords(handed);
    };
    try {
      let piece: string | undefined = head;
      head = '';
      while (piece !== undefined) {
        reader.push(piece);
        await handOn();
        onProgress?.({ bytesRead: text.bytesRead, totalBytes: text.totalBytes });
        await pause();
        piece = await text.next();
      }
      reader.end();
      await handOn();
    } catch (error) {
      batch = [];
      await text.cancel();
      throw error;
    }
    return {
      rows: records + empty + unreadable,
      records,
      empty,
      unreadable,
      unreadableRows,
      bytesRead: text.bytesRead,
      callerHasCountryCode: chosen.callerHasCountryCode ?? false,
    };
  }

  return {
    get encoding() {
      return text.encoding;
    },
    delimiter,
    headerRow,
    headers: headerRow ? shown(rows[headerRow - 1]!) : [],
    columns,
    mapping,
    certain: !issues.length,
    issues,
    preview: dataRows.slice(0, PREVIEW_ROWS).map(({ row, cells }) => ({ row, cells: shown(cells) })),
    read,
    async cancel() {
      opened = false;
      head = '';
      await text.cancel();
    },
  };
}
