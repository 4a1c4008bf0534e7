/**
 * A streaming CSV/TSV reader (RFC 4180): text goes in piece by piece, each
 * row comes out as soon as its line ends, so neither the file nor its rows
 * are ever held whole. Quoted fields may hold the delimiter, `""` for a quote
 * and line breaks; rows end at CRLF, LF or CR (a CRLF split between two
 * pieces is still one line end). Where a file breaks the RFC the reader is
 * lenient rather than strict: text after a closing quote joins the field, a
 * quote inside an unquoted field is kept, and an unclosed quote runs to the end.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

// Where the reader stands between characters.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just read a quote inside a quoted field: it closes the field or, doubled, is a quote. */
const QUOTE_IN_QUOTED = 3;

export interface CsvReader {
  /** Reads `text`, calling `onRow` for every row it completes. */
  push(text: string): void;
  /** Ends the input: a last row without a line end is completed. */
  end(): void;
}

/** A reader that hands each row (its fields, unquoted) to `onRow`; `onRow` may keep the array. */
export function csvReader(delimiter: string, onRow: (fields: string[]) => void): CsvReader {
  const separator = delimiter.charCodeAt(0);
  let fields: string[] = [];
  let field = '';
  let state = FIELD_START;
  let skipLF = false; // the last row ended with CR: an LF right after belongs to it

  function endRow(): void {
    fields.push(field);
    const row = fields;
    fields = [];
    field = '';
    state = FIELD_START;
    onRow(row);
  }

  function push(text: string): void {
    const length = text.length;
    let i = 0;
    if (skipLF && length) {
      skipLF = false;
      if (text.charCodeAt(0) == LF) i = 1;
    }
    while (i < length) {
      if (state == QUOTED) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          field += text.slice(i);
          return;
        }
        field += text.slice(i, close);
        i = close + 1;
        state = QUOTE_IN_QUOTED;
        continue;
      }
      const code = text.charCodeAt(i);
      if (state == QUOTE_IN_QUOTED) {
        if (code == QUOTE) {
          field += '"';
          i++;
          state = QUOTED;
          continue;
        }
        state = UNQUOTED;
      }
      if (code == separator) {
        fields.push(field);
        field = '';
        state = FIELD_START;
        i++;
      } else if (code == LF || code == CR) {
        endRow();
        i++;
        if (code == CR) {
          if (i == length) skipLF = true;
          else if (text.charCodeAt(i) == LF) i++;
        }
      } else if (code == QUOTE && state == FIELD_START) {
        state = QUOTED;
        i++;
      } else {
        // A run of plain characters up to the next separator or line end.
        let stop = i + 1;
        while (stop < length) {
          const next = text.charCodeAt(stop);
          if (next == separator || next == LF || next == CR) break;
          stop++;
        }
        field += text.slice(i, stop);
        state = UNQUOTED;
        i = stop;
      }
    }
  }

  return {
    push,
    end() {
      if (state != FIELD_START || field || fields.length) endRow();
    },
  };
}
