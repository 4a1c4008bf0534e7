/**
 * The region of a call from its calling number (tariff-format.md §7): the
 * number normalized to `+` and digits, then the region whose `callerPrefixes`
 * has the longest prefix that begins it; the first region when no prefix
 * matches or the number has no digit (anonymous, withheld, empty).
 */
import type { TariffSet } from './types.js';

/** How the import says to read numbers written without `+` or `00`. */
export interface CallerOptions {
  /**
   * Such numbers begin with a country code (`8613800138000`), so `+` is put in
   * front of them. A number that begins with a single `0` is still domestic
   * (no country code begins with 0): its trunk 0 gives way to the home code.
   */
  readonly callerHasCountryCode?: boolean;
}

/** Index into the file's regions of a calling number (absent or not). */
export type RegionOf = (caller: string | undefined) => number;

const DIGIT = /[0-9]/;
const SEPARATORS = /[ ()-]/g;

/**
 * The number as the prefixes are matched against it: ASCII spaces, `-`, `(`
 * and `)` removed, a leading `00` made `+`, and a domestic number (one without
 * `+`) given `+` and the home calling code in place of one leading trunk `0`.
 * Null when it has no digit.
 */
export function normalizeCaller(caller: string, homeCallingCode: string, options: CallerOptions = {}): string | null {
  let number = caller.replace(SEPARATORS, '');
  if (!DIGIT.test(number)) return null;
  if (number.startsWith('00')) return `+${number.slice(2)}`;
  if (number.startsWith('+')) return number;
  if (options.callerHasCountryCode && !number.startsWith('0')) return `+${number}`;
  if (number.startsWith('0')) number = number.slice(1);
  return `+${homeCallingCode}${number}`;
}

/** The region finder of a file: longest prefix first, the first region by default. */
export function regionFinder(tariffs: TariffSet, options: CallerOptions = {}): RegionOf {
  const regionOfPrefix = new Map<string, number>();
  tariffs.regions.forEach((region, index) => {
    for (const prefix of region.callerPrefixes) {
      // A prefix belongs to one region only (the validator checks it); the first keeps it otherwise.
      if (!regionOfPrefix.has(prefix)) regionOfPrefix.set(prefix, index);
    }
  });
  // Only the lengths some prefix has, longest first.
  const lengths = [...new Set([...regionOfPrefix.keys()].map((prefix) => prefix.length))].sort((a, b) => b - a);
  const home = tariffs.homeCallingCode;
  return (caller) => {
    // A page passing records of its own may give a number as a JS number.
    if (caller === undefined || caller === null || regionOfPrefix.size === 0) return 0;
    const number = normalizeCaller(String(caller), home, options);
    if (number === null) return 0;
    for (const length of lengths) {
      if (length > number.length) continue;
      const region = regionOfPrefix.get(number.slice(0, length));
      if (region !== undefined) return region;
    }
    return 0;
  };
}
