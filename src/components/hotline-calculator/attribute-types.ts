/**
 * How the element's usage attributes become the typed values its properties
 * carry. Parsing never throws: a value that is not a number becomes NaN, for
 * the element to report and ignore.
 */
import type { ComplexAttributeConverter } from 'lit';
import { PLAIN_NUMBER } from '../../engine/limits.js';

/**
 * A number attribute: null when absent or blank, NaN unless it is a number in
 * plain decimal notation (`"0x10"`, `"1e3"` or `"1,000"` are not: the page
 * is told, rather than a surprise read as 16).
 */
export const numberAttribute: ComplexAttributeConverter<number | null> = {
  fromAttribute(value: string | null): number | null {
    if (value === null || value.trim() === '') return null;
    return PLAIN_NUMBER.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  },
};

/** Splits a space- (or comma-) separated id list; null when the attribute is absent. */
export function parseIdList(value: string | null | undefined): string[] | null {
  if (value === null || value === undefined) return null;
  return value.split(/[\s,]+/).filter((id) => id !== '');
}

/** A space-separated id list attribute, such as `add-ons="ivr recording"`. */
export const idListAttribute: ComplexAttributeConverter<readonly string[] | null> = {
  fromAttribute: parseIdList,
};
