/**
 * The shareable estimate: a visitor's usage (and optionally the chosen plan and
 * the monthly/term view) kept in the page URL's hash, so that a copied link
 * restores the same estimate.
 *
 * Format, version 1 — one `&`-separated entry of the hash per calculator:
 *
 * ```
 * #hc=v1_m1200_p60_rnorth:30,south:70_c180_aivr,rec_gvip_splan-a_tt
 * #intro&hc.quote=v1_m3000&hc.other=v1_m500      (foreign content and two instances)
 * ```
 *
 * The key is `hc` for an element without an instance key and `hc.<key>` with one
 * (the element's `id`), so instances on one page never overwrite each other and
 * the host page's own hash entries stay as they were. The value starts with the
 * format version (`v1`), then fields separated by `_`, each a letter and its value:
 *
 * | field | meaning | value |
 * |---|---|---|
 * | `m` | minutesPerMonth | number 0 … 10,000,000 |
 * | `p` | peakSharePercent | number 0 … 100 |
 * | `r` | regionShares | `id:weight` list, comma-separated (empty: `{}`) |
 * | `c` | averageCallSeconds | number 1 … 3600 (empty: `null`) |
 * | `a` | addOns | id list, comma-separated (empty: `[]`) |
 * | `g` | numberGrade | id (empty: `null`) |
 * | `s` | the selected plan | id |
 * | `t` | the totals shown, from links of earlier versions (no longer written) | `m` monthly, `t` whole term |
 *
 * A field left out means "not set" (the tariff's default applies). Numbers are
 * written in plain decimal notation with the digits of JavaScript's shortest
 * round-trip form (never an exponent), and read in no other form. Ids follow the
 * tariff format: `^[a-z0-9][a-z0-9-]{0,47}$`.
 */
import { CALL_SECONDS, ID_PATTERN, MINUTES_PER_MONTH, PEAK_SHARE_PERCENT, type Range } from '../engine/limits.js';
import type { TariffSet, Usage } from '../engine/types.js';
import { resolveUsage } from '../engine/usage.js';

/** Whether the totals are shown per month or for the whole contract term. */
export type TotalsView = 'monthly' | 'term';

/** What a share link carries. */
export interface SharedState {
  readonly usage: Usage;
  /** The plan the visitor selected, if any. */
  readonly planId?: string;
  readonly view?: TotalsView;
}

export type SharedStateResult =
  | { readonly ok: true; readonly state: SharedState; readonly reason?: undefined }
  | { readonly ok: false; readonly reason: string; readonly state?: undefined };

export interface DecodeOptions {
  /** When given, ids must also exist in these tariffs (regions, add-ons, grades, plans). */
  readonly tariffs?: TariffSet;
}

/** The current format version, the first token of every value. */
export const SHARE_FORMAT_VERSION = 1;

const VERSION_TOKEN = `v${SHARE_FORMAT_VERSION}`;
const KEY_PREFIX = 'hc';
/** Non-negative numbers in plain decimal notation (never an exponent: `1e-300` is no link's minutes). */
const NUMBER = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
/** Far above any real link (about 60 regions and add-ons); keeps hostile input cheap. */
const MAX_VALUE_LENGTH = 4096;
/** Region weights are relative; this only keeps absurd values out. */
const WEIGHT: Range = { min: 0, max: 1e9 };

/**
 * The hash key of one calculator instance: `hc`, or `hc.<instanceKey>` (URL-encoded)
 * when the page has several calculators.
 */
export function shareHashKey(instanceKey?: string | null): string {
  return instanceKey ? `${KEY_PREFIX}.${encodeURIComponent(instanceKey)}` : KEY_PREFIX;
}

/**
 * Encodes `state` as a version-1 value (without the key), e.g. `v1_m1200_p60`.
 *
 * @throws RangeError when the state holds values no calculator sends (out-of-range
 *   numbers, malformed or repeated ids): a programming error, not a visitor's.
 */
export function encodeSharedState(state: SharedState): string {
  const { usage } = state;
  const fields = [VERSION_TOKEN];
  if (usage.minutesPerMonth !== undefined) {
    fields.push('m' + encodeNumber(usage.minutesPerMonth, MINUTES_PER_MONTH, 'minutesPerMonth'));
  }
  if (usage.peakSharePercent !== undefined) {
    fields.push('p' + encodeNumber(usage.peakSharePercent, PEAK_SHARE_PERCENT, 'peakSharePercent'));
  }
  if (usage.regionShares !== undefined) {
    const entries = Object.entries(usage.regionShares).map(
      ([id, weight]) => `${encodeId(id, 'region')}:${encodeNumber(weight, WEIGHT, `regionShares.${id}`)}`,
    );
    fields.push('r' + entries.join(','));
  }
  if (usage.averageCallSeconds !== undefined) {
    fields.push(
      'c' + (usage.averageCallSeconds === null ? '' : encodeNumber(usage.averageCallSeconds, CALL_SECONDS, 'averageCallSeconds')),
    );
  }
  if (usage.addOns !== undefined) {
    if (new Set(usage.addOns).size !== usage.addOns.length) throw new RangeError('addOns repeats an id');
    fields.push('a' + usage.addOns.map((id) => encodeId(id, 'add-on')).join(','));
  }
  if (usage.numberGrade !== undefined) {
    fields.push('g' + (usage.numberGrade === null ? '' : encodeId(usage.numberGrade, 'number grade')));
  }
  if (state.planId !== undefined) fields.push('s' + encodeId(state.planId, 'plan'));
  if (state.view !== undefined) {
    if (state.view !== 'monthly' && state.view !== 'term') throw new RangeError(`unknown view ${String(state.view)}`);
    fields.push('t' + (state.view === 'monthly' ? 'm' : 't'));
  }
  return fields.join('_');
}

/**
 * Decodes a value written by {@link encodeSharedState}. Never throws: anything
 * malformed, out of range, of an unknown version or (with `options.tariffs`)
 * naming ids the tariffs do not have gives `{ok: false, reason}`.
 */
export function decodeSharedState(value: string, options: DecodeOptions = {}): SharedStateResult {
  try {
    return decodeOrFail(value, options);
  } catch (error) {
    if (error instanceof ShareFormatError) return { ok: false, reason: error.message };
    return { ok: false, reason: `unreadable share value (${String(error)})` };
  }
}

/**
 * Reads one instance's shared state from a URL hash (`location.hash`, with or
 * without the `#`). `null` when the hash has no entry for this instance.
 */
export function readSharedState(
  hash: string,
  instanceKey?: string | null,
  options: DecodeOptions = {},
): SharedStateResult | null {
  const key = shareHashKey(instanceKey);
  const entry = splitHash(hash).find((part) => entryKey(part) === key);
  if (entry === undefined) return null;
  return decodeSharedState(entry.slice(key.length + 1), options);
}

/**
 * Returns `hash` with this instance's entry set to `state` (replaced in place, or
 * appended), every other entry unchanged. The result starts with `#`.
 */
export function writeSharedState(hash: string, state: SharedState, instanceKey?: string | null): string {
  const key = shareHashKey(instanceKey);
  const entry = `${key}=${encodeSharedState(state)}`;
  const parts = splitHash(hash);
  const index = parts.findIndex((part) => entryKey(part) === key);
  if (index === -1) parts.push(entry);
  else parts[index] = entry;
  return '#' + parts.join('&');
}

/** Returns `hash` without this instance's entry (`''` when nothing else is left). */
export function removeSharedState(hash: string, instanceKey?: string | null): string {
  const key = shareHashKey(instanceKey);
  const parts = splitHash(hash).filter((part) => entryKey(part) !== key);
  return parts.length === 0 ? '' : '#' + parts.join('&');
}

class ShareFormatError extends Error {}

function fail(reason: string): never {
  throw new ShareFormatError(reason);
}

function splitHash(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

function entryKey(part: string): string {
  const equals = part.indexOf('=');
  return equals === -1 ? part : part.slice(0, equals);
}

function decodeOrFail(raw: string, { tariffs }: DecodeOptions): SharedStateResult {
  if (typeof raw !== 'string') fail('the share value is not text');
  if (raw.length > MAX_VALUE_LENGTH) fail('the share value is too long');
  let value: string;
  try {
    // Links pasted through mail or chat may arrive percent-encoded.
    value = decodeURIComponent(raw);
  } catch {
    fail('the share value is not valid percent-encoding');
  }
  const [version, ...fields] = value.split('_');
  if (!/^v\d+$/.test(version)) fail('the share value has no version');
  if (version !== VERSION_TOKEN) fail(`unsupported share format ${version}`);

  const usage: { -readonly [K in keyof Usage]: Usage[K] } = {};
  let planId: string | undefined;
  let view: TotalsView | undefined;
  const seen = new Set<string>();
  for (const field of fields) {
    const name = field.charAt(0);
    const text = field.slice(1);
    if (seen.has(name)) fail(`field ${name} is repeated`);
    seen.add(name);
    switch (name) {
      case 'm':
        usage.minutesPerMonth = decodeNumber(text, MINUTES_PER_MONTH, 'minutes per month');
        break;
      case 'p':
        usage.peakSharePercent = decodeNumber(text, PEAK_SHARE_PERCENT, 'peak share');
        break;
      case 'r':
        usage.regionShares = decodeRegionShares(text);
        break;
      case 'c':
        usage.averageCallSeconds = text === '' ? null : decodeNumber(text, CALL_SECONDS, 'average call length');
        break;
      case 'a':
        usage.addOns = decodeIdList(text, 'add-on');
        break;
      case 'g':
        usage.numberGrade = text === '' ? null : decodeId(text, 'number grade');
        break;
      case 's':
        planId = decodeId(text, 'plan');
        break;
      case 't':
        if (text !== 'm' && text !== 't') fail(`unknown totals view ${text}`);
        view = text === 'm' ? 'monthly' : 'term';
        break;
      default:
        fail(`unknown field ${JSON.stringify(field.slice(0, 12))}`);
    }
  }
  if (tariffs) {
    // The engine's own check: ids the tariffs do not have are an unusable link.
    try {
      resolveUsage(tariffs, usage);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    if (planId !== undefined && !tariffs.plans.some((plan) => plan.id === planId)) fail(`unknown plan id ${planId}`);
  }
  const state: SharedState = {
    usage,
    ...(planId !== undefined ? { planId } : {}),
    ...(view !== undefined ? { view } : {}),
  };
  return { ok: true, state };
}

function decodeNumber(text: string, { min, max }: Range, what: string): number {
  if (!NUMBER.test(text)) fail(`${what} is not a number: ${JSON.stringify(text.slice(0, 24))}`);
  const number = Number(text);
  if (!Number.isFinite(number) || number < min || number > max) fail(`${what} is out of range (${min} … ${max})`);
  return number;
}

function decodeId(text: string, what: string): string {
  if (!ID_PATTERN.test(text)) fail(`malformed ${what} id ${JSON.stringify(text.slice(0, 50))}`);
  return text;
}

function decodeIdList(text: string, what: string): string[] {
  if (text === '') return [];
  const ids = text.split(',').map((id) => decodeId(id, what));
  if (new Set(ids).size !== ids.length) fail(`an ${what} id is repeated`);
  return ids;
}

function decodeRegionShares(text: string): Record<string, number> {
  const shares: Record<string, number> = {};
  if (text === '') return shares;
  for (const entry of text.split(',')) {
    const colon = entry.indexOf(':');
    if (colon === -1) fail(`region share ${JSON.stringify(entry.slice(0, 60))} has no weight`);
    const id = decodeId(entry.slice(0, colon), 'region');
    if (Object.hasOwn(shares, id)) fail(`region ${id} is repeated`);
    shares[id] = decodeNumber(entry.slice(colon + 1), WEIGHT, `the weight of region ${id}`);
  }
  return shares;
}

function encodeNumber(value: number, { min, max }: Range, what: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`${what} must be a number from ${min} to ${max}, got ${String(value)}`);
  }
  // -0 would print as "0" anyway; normalizing keeps the round trip exact.
  return plainDecimal(value === 0 ? 0 : value);
}

/**
 * A number in plain decimal notation with the digits of its shortest
 * round-trip form, so that reading it back gives the same number:
 * 5e-7 → "0.0000005", 1e+21 → "1000000000000000000000".
 */
export function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const digits = match[1]! + (match[2] ?? '');
  const point = 1 + Number(match[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  return point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function encodeId(id: string, what: string): string {
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw new RangeError(`malformed ${what} id ${String(id)}`);
  return id;
}
