import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvReader } from './csv.js';

/** Every row of `pieces` read one after another. */
function rows(pieces: string | readonly string[], delimiter = ','): string[][] {
  const found: string[][] = [];
  const reader = csvReader(delimiter, (row) => found.push(row));
  for (const piece of typeof pieces == 'string' ? [pieces] : pieces) reader.push(piece);
  reader.end();
  return found;
}

/** `table` as a CSV writer that quotes a field when it must (and sometimes when it need not) writes it. */
function writeCsv(table: readonly (readonly string[])[], delimiter: string, lineEnd: string, quoteAll: boolean): string {
  const field = (text: string) =>
    quoteAll || text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  return table.map((row) => row.map(field).join(delimiter)).join(lineEnd) + lineEnd;
}

/** `text` cut at `cuts`. */
const cut = (text: string, cuts: readonly number[]) =>
  [0, ...[...cuts].sort((a, b) => a - b), text.length].slice(1).map((end, i, all) => text.slice(i ? all[i - 1] : 0, end));

describe('CSV reader', () => {
  it('splits fields at the delimiter and rows at LF, CRLF and CR', () => {
    expect(rows('a,b\nc,d\r\ne,f\rg,h')).to.deep.equal([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });

  it('reads tabs and semicolons', () => {
    expect(rows('a\tb,c\n', '\t')).to.deep.equal([['a', 'b,c']]);
    expect(rows('a;b,c\n', ';')).to.deep.equal([['a', 'b,c']]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(rows('"a,b","say ""hi""","line\r\nbreak\nand\rmore",plain\n')).to.deep.equal([
      ['a,b', 'say "hi"', 'line\r\nbreak\nand\rmore', 'plain'],
    ]);
  });

  it('keeps empty fields, and gives no row for a last line end', () => {
    expect(rows(',a,,\n""\n')).to.deep.equal([['', 'a', '', ''], ['']]);
    expect(rows('a\n')).to.deep.equal([['a']]);
    expect(rows('')).to.deep.equal([]);
  });

  it('gives blank lines as rows of one empty field', () => {
    expect(rows('\na\n\n\nb')).to.deep.equal([[''], ['a'], [''], [''], ['b']]);
    expect(rows('a\r\n\r\nb')).to.deep.equal([['a'], [''], ['b']]);
  });

  it('is lenient where a file breaks the RFC', () => {
    expect(rows('"ab"cd,e"f"\n"open')).to.deep.equal([['abcd', 'e"f"'], ['open']]);
  });

  it('joins a CRLF split between two pieces into one line end', () => {
    expect(rows(['a,b\r', '\nc,d\r', '', '\ne'])).to.deep.equal([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('reads back any table written as CSV, whatever the quoting, line ends and pieces', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '主', ' ', ',', ';', '\t', '"', '\r', '\n', '1', '＂') });
    const tables = fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        tables,
        fc.constantFrom(',', '\t', ';'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (table, delimiter, lineEnd, quoteAll, cuts) => {
          // A row of one empty field is written as a blank line; quote it so that it reads back as written.
          const csv = writeCsv(table, delimiter, lineEnd, quoteAll || table.some((row) => row.length == 1 && row[0] == ''));
          const pieces = cut(csv, cuts.map((c) => c % (csv.length + 1)));
          expect(rows(pieces, delimiter)).to.deep.equal(table);
        },
      ),
      { numRuns: 500 },
    );
  });
});
