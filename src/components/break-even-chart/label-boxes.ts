/**
 * Room taken by the chart's SVG labels, estimated without the DOM so that the
 * layout is decided in one render: nothing is measured, then moved.
 *
 * The estimates err on the wide side (CJK at a full em, other characters at
 * about the widest digit of common UI fonts), so a label placed with them stays
 * inside the chart and clear of its neighbours in the fonts the visitor has.
 */

/** An extent along one axis, in viewBox units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** CJK punctuation, kana, ideographs, Hangul and full-width forms: a full em each (a few narrow ones among them too). */
const WIDE = /[\u2e80-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
/** Characters about half as wide as a digit. */
const NARROW = /[\s.,:;'’!|()[\]]/u;

/** The estimated advance of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : NARROW.test(char) ? 0.32 : 0.64;
  return ems * fontSize;
}

/**
 * A label's estimated extent and how to draw it: SVG text anchored at `at`.
 * A label pushed off centre is anchored at the edge it was pushed against, so
 * its real (narrower) glyphs stay where the estimate put them.
 */
export interface Placement extends Span {
  readonly at: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/**
 * Where a label `size` long goes when it should be centred on `center` but
 * must stay within `bounds`: pushed inside just enough (a label longer than
 * the bounds starts at their start).
 */
export function placeWithin(center: number, size: number, bounds: Span): Placement {
  if (center - size / 2 < bounds.start || size > bounds.end - bounds.start) {
    return { start: bounds.start, end: bounds.start + size, at: bounds.start, anchor: 'start' };
  }
  if (center + size / 2 > bounds.end) return { start: bounds.end - size, end: bounds.end, at: bounds.end, anchor: 'end' };
  return { start: center - size / 2, end: center + size / 2, at: center, anchor: 'middle' };
}

/** Whether two spans come closer than `gap`. */
export function crowds(a: Span, b: Span, gap: number): boolean {
  return a.start < b.end + gap && b.start < a.end + gap;
}

/** A tick that gets a label: its value, its position on the axis and where its label goes. */
export interface PlacedTick {
  readonly value: number;
  readonly position: number;
  readonly label: string;
  readonly placement: Placement;
}

/**
 * The ticks whose labels fit along an axis: candidates are taken in order of
 * preference and kept when their label, `size(label)` long along the axis,
 * stays `gap` away from every label kept so far. Sorted by position.
 */
export function fitTickLabels(
  candidates: readonly number[],
  position: (value: number) => number,
  label: (value: number) => string,
  size: (label: string) => number,
  bounds: Span,
  gap: number,
): PlacedTick[] {
  const kept: PlacedTick[] = [];
  for (const value of candidates) {
    const at = position(value);
    const text = label(value);
    const placement = placeWithin(at, size(text), bounds);
    if (kept.some((tick) => crowds(tick.placement, placement, gap))) continue;
    kept.push({ value, position: at, label: text, placement });
  }
  return kept.sort((a, b) => a.position - b.position);
}
