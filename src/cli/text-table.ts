/**
 * Columns for a terminal: the first (an id) aligned left, the figures under
 * `header` aligned right, and whatever follows the figures (a plan's name)
 * left as it is, closing the row.
 */
export function alignColumns(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const align = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : c < header.length ? cell.padStart(widths[c]!) : cell))
      .join('  ')
      .trimEnd();
  return [align(header), ...rows.map(align)];
}
