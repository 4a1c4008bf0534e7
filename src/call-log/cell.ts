/**
 * A field as the rest of the import reads it: full-width digits, letters and
 * spaces made ASCII (NFKC, tariff-format.md §7), surrounding space trimmed,
 * and the marks spreadsheets add to keep digits as text removed
 * (`="01088888888"`, a leading `'`).
 */

const NON_ASCII = /[^\0-\x7f]/;
const AS_TEXT = /^="(.*)"$|^'/s;

export function cleanCell(field: string | undefined): string {
  if (!field) return '';
  const text = (NON_ASCII.test(field) ? field.normalize('NFKC') : field).trim();
  return AS_TEXT.test(text) ? text.replace(AS_TEXT, '$1').trim() : text;
}

/** Whether a row holds nothing but empty fields (a blank line, or `,,,`). */
export function isEmptyRow(fields: readonly string[]): boolean {
  return fields.every((field) => !field.trim());
}
