/**
 * The layout of an export, from its first rows: the field delimiter and the
 * header row. Exports may start with a title (通话详单), an export date or
 * blank lines, so the header is looked for among the first rows, as the row
 * naming the most roles; the delimiter is the one under which it names most.
 */
import { cleanCell, isEmptyRow } from './cell.js';
import { csvReader } from './csv.js';
import { momentKind } from './date-time.js';
import { headerRoles } from './header-names.js';
import type { CallLogDelimiter } from './types.js';

/** The header is looked for among this many first rows. */
const HEADER_SEARCH_ROWS = 10;
/** A row naming less than this (one sure role) is no header. */
const HEADER_SCORE = 0.8;
const DELIMITERS: readonly CallLogDelimiter[] = [',', '\t', ';'];

export interface Layout {
  readonly delimiter: CallLogDelimiter;
  /** 1-based row of the header; 0 when no row looks like one (every row is data). */
  readonly headerRow: number;
  /** The rows of the text read, under `delimiter`. */
  readonly rows: readonly string[][];
}

/** The rows of `text`: only complete ones, unless the text is the whole file. */
export function rowsOf(text: string, delimiter: string, wholeFile: boolean): string[][] {
  const rows: string[][] = [];
  const reader = csvReader(delimiter, (row) => rows.push(row));
  reader.push(text);
  if (wholeFile) reader.end();
  return rows;
}

/** How many roles `row` names, each counted once at its best confidence. */
function headerScore(row: readonly string[]): number {
  const best = { caller: 0, when: 0, seconds: 0, end: 0 };
  for (const cell of row) {
    const roles = headerRoles(cell);
    for (const role of Object.keys(best) as (keyof typeof best)[]) best[role] = Math.max(best[role], roles[role]);
  }
  return best.caller + best.when + best.seconds + best.end;
}

/**
 * Without a known column name: the last row without a digit above the first
 * row holding a date, if any (so that an unknown header still names the columns).
 */
function unnamedHeader(rows: readonly string[][]): number {
  const firstData = rows.findIndex((row) => row.some((cell) => momentKind(cleanCell(cell))));
  for (let i = firstData - 1; i >= 0; i--) {
    if (!isEmptyRow(rows[i]!)) return rows[i]!.some((cell) => /\d/.test(cell)) ? 0 : i + 1;
  }
  return 0;
}

/** The delimiter and header row of the text read so far (`wholeFile` when it is all of it). */
export function findLayout(text: string, wholeFile: boolean): Layout {
  let best: Layout & { score: number; width: number } = { delimiter: ',', headerRow: 0, rows: [], score: 0, width: 0 };
  for (const delimiter of DELIMITERS) {
    const rows = rowsOf(text, delimiter, wholeFile);
    for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
      const score = headerScore(rows[i]!);
      const width = rows[i]!.length;
      if (score >= HEADER_SCORE && (score > best.score || (score == best.score && width > best.width))) {
        best = { delimiter, headerRow: i + 1, rows, score, width };
      }
    }
    if (!best.score) {
      // Nothing named: the delimiter that splits the first rows into the most fields.
      const width = Math.max(0, ...rows.slice(0, HEADER_SEARCH_ROWS).map((row) => row.length));
      if (width > best.width || !best.rows.length) best = { delimiter, headerRow: 0, rows, score: 0, width };
    }
  }
  const { delimiter, headerRow, rows } = best;
  return { delimiter, rows, headerRow: best.score ? headerRow : unnamedHeader(rows) };
}
