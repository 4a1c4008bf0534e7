/**
 * Tariff document validation (tariff-format.md §2), written by hand so that it
 * runs under a strict Content-Security-Policy (no eval, no `new Function`) and
 * stays small. It never throws: every problem becomes a `TariffIssue` with its
 * JSON path, and all of them are reported at once.
 *
 * Money is checked as text (`^\d+(\.\d{1,4})?$`) and passed on as normalized
 * decimal strings; no arithmetic happens here, so no decimal library is needed.
 */
import type {
  LocalizedText,
  TariffIssue,
  TariffSet,
  ValidationResult,
} from '../engine/types.js';
import { MESSAGES as T, type Msg } from './messages.js';
import { jsonSyntaxError, pathKey } from './json-locate.js';

/** Thrown by `parseTariffs`; `issues` lists every problem (never empty). */
export class TariffError extends Error {
  readonly issues: readonly TariffIssue[];
  constructor(issues: readonly TariffIssue[]) {
    super(issues.map((i) => (i.path ? i.path + ': ' : '') + i.messageEn).join('\n'));
    this.name = 'TariffError';
    this.issues = issues;
  }
}

/** Documents above this size (UTF-8 bytes) are refused before they are read. */
export const MAX_BYTES = 1 << 20;
/** Containers nested deeper than this are refused before they are read. */
export const MAX_DEPTH = 32;

type Obj = Record<string, unknown>;
type Param = string | number | Msg;
// A checker reads one value at `path`; it reports problems and returns the
// normalized value (meaningless once an issue was reported).
type Check<R = unknown> = (value: unknown, path: string) => R;

const ID = /^[a-z0-9][a-z0-9-]{0,47}$/;
const TAG = /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/;
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

let issues: TariffIssue[] = [];

function fill(template: Msg, params: Param[]): Msg {
  return template.map((s, lang) =>
    s.replace(/\{(\d)\}/g, (_, i) => {
      const p = params[i];
      return typeof p == 'object' ? p[lang] : String(p);
    }),
  ) as unknown as Msg;
}

function report(path: string, template: Msg, ...params: Param[]): undefined {
  const [message, messageEn] = fill(template, params);
  issues.push({ path, message, messageEn });
  return undefined;
}

/** A short rendering of what was found, for "got …". */
function show(v: unknown): string {
  let s: string | undefined;
  try {
    s =
      typeof v == 'number' || v === undefined
        ? String(v)
        : v && typeof v == 'object'
          ? Array.isArray(v) ? '[…]' : '{…}'
          : JSON.stringify(v);
  } catch {
    // bigint: JSON.stringify refuses it
  }
  s ??= typeof v;
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}

function bad(path: string, what: Msg, got: unknown, ...params: Param[]): undefined {
  return report(path, T.expected, params.length ? fill(what, params) : what, show(got));
}

const at = pathKey;

const isObj = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);

/** Edit distance, used only to suggest a near field or id for a typo. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + +(a[i - 1] != b[j - 1]));
    }
    prev = row;
  }
  return prev[b.length];
}

function didYouMean(key: string, known: readonly string[]): Param {
  const near = known.find((k) => Math.abs(k.length - key.length) < 3 && distance(k, key) < 3);
  return near ? fill(T.didYouMean, [near]) : '';
}

/** The keys that matter: `$` keys are ignored, prototype-related keys are reported. */
function members(o: Obj, path: string): string[] {
  return Object.keys(o).filter((k) => {
    if (k[0] == '$') return false;
    if (FORBIDDEN.includes(k)) return report(at(path, k), T.forbiddenKey);
    return true;
  });
}

/** Checks that `v` is an object with only `known` fields; returns it for field reads. */
function fields(v: unknown, path: string, known: readonly string[]): Obj | undefined {
  if (!isObj(v)) return bad(path, T.object, v);
  for (const k of members(v, path)) {
    if (!known.includes(k)) report(at(path, k), T.unknownField, didYouMean(k, known));
  }
  return v;
}

function req<R>(o: Obj, key: string, path: string, check: Check<R>): R {
  const p = at(path, key);
  return (o[key] === undefined ? report(p, T.missing) : check(o[key], p)) as R;
}

function opt<R, D = R>(o: Obj, key: string, path: string, fallback: D, check: Check<R>): R | D {
  return o[key] === undefined ? fallback : check(o[key], at(path, key));
}

function list<R>(v: unknown, path: string, check: Check<R>, nonEmpty?: boolean): R[] {
  if (!Array.isArray(v) || (nonEmpty && !v.length)) {
    bad(path, nonEmpty ? T.nonEmptyList : T.list, v);
    return [];
  }
  return Array.from(v, (x, i) => check(x, path + '[' + i + ']'));
}

/** A map keyed by ids of `known`; `kind` names what the ids refer to. */
function idMap<R>(v: unknown, path: string, known: readonly string[], kind: Msg, check: Check<R>) {
  const out: Record<string, R> = {};
  if (!isObj(v)) return bad(path, T.object, v) ?? out;
  for (const k of members(v, path)) {
    if (known.includes(k)) out[k] = check(v[k], at(path, k));
    else report(at(path, k), T.unknownKey, kind, didYouMean(k, known));
  }
  return out;
}

const oneOf =
  <V>(...options: V[]): Check<V> =>
  (v, path) => {
    if (options.includes(v as V)) return v as V;
    const s = options.map((o) => JSON.stringify(o)).join(' / ');
    return bad(path, options.length > 1 ? fill(T.oneOf, [s]) : [s, s], v) as V;
  };

const str = (re: RegExp, what: Msg): Check<string> => (v, path) =>
  (typeof v == 'string' && re.test(v) ? v : bad(path, what, v)) as string;

const date = (v: unknown, path: string) => {
  const m = typeof v == 'string' && /^(\d{4})-(\d\d)-(\d\d)$/.exec(v);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    const days = mo == 2 ? ((y % 4 || (!(y % 100) && y % 400)) ? 28 : 29) : 30 + ((mo + (mo >> 3)) & 1);
    if (mo && mo < 13 && d && d <= days) return v as string;
  }
  return bad(path, T.date, v) as unknown as string;
};

const num =
  (min: number, max: number, integer?: boolean): Check<number> =>
  (v, path) =>
    typeof v == 'number' && v >= min && v <= max && (!integer || Number.isInteger(v))
      ? v + 0
      : (bad(path, integer ? T.integer : T.number, v, min, max) as unknown as number);

/**
 * A non-negative decimal with at most `places` decimals, as a JSON string or
 * number (a number must print without exponent); returned normalized: no
 * leading zeros, no trailing fraction zeros ("0.10" → "0.1").
 */
const decimal =
  (what: Msg, places = 4, accept = (_: string) => true): Check<string> =>
  (v, path) => {
    const s = typeof v == 'number' && v >= 0 ? String(v) : v;
    if (typeof s == 'string' && /^\d+(\.\d+)?$/.test(s) && (s.split('.')[1] ?? '').length <= places) {
      const n = s.replace(/^0+(?=\d)/, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
      if (accept(n)) return n;
    }
    return bad(path, what, v) as unknown as string;
  };

const text: Check<LocalizedText> = (v, path) => {
  if (typeof v == 'string') return v;
  const o = isObj(v) ? members(v, path) : [];
  if (!o.length) return bad(path, T.text, v) as unknown as string;
  const out: Record<string, string> = {};
  for (const k of o) {
    const p = at(path, k);
    if (!TAG.test(k)) report(p, T.badTag);
    else if (typeof (v as Obj)[k] != 'string') bad(p, T.string, (v as Obj)[k]);
    else out[k] = (v as Obj)[k] as string;
  }
  return out;
};

const money = decimal(T.money);
const money2 = decimal(T.money2, 2);
const factor = decimal(T.decimal);
const rate = decimal(T.rate, 4, (n) => n == '1' || n[0] == '0');
const url = str(/^https?:\/\/[^\s/?#]+\S*$/i, T.url);

/** An `id` check that also reports duplicates within one list. */
const id = (seen: string[]): Check<string> => (v, path) => {
  const s = str(ID, T.id)(v, path);
  if (s && seen.includes(s)) report(path, T.duplicateId, JSON.stringify(s));
  seen.push(s);
  return s;
};

/** Refuses oversized or too deeply nested values without recursion. */
function tooBig(root: unknown): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  let size = 0;
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    size += typeof v == 'string' ? v.length + 3 : 2;
    if (v && typeof v == 'object') {
      if (depth >= MAX_DEPTH) return !report('', T.tooDeep);
      const keys = Array.isArray(v) ? v : Object.keys(v);
      size += keys.length * 2;
      if (size > MAX_BYTES) break;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (keys == v) stack.push([k, depth + 1]);
        else {
          size += k.length;
          stack.push([(v as Obj)[k], depth + 1]);
        }
      }
    }
    if (size > MAX_BYTES) break;
  }
  return size > MAX_BYTES && !report('', T.tooLarge);
}

function document(v: unknown): TariffSet | undefined {
  const o = fields(v, '', [
    'schemaVersion', 'currency', 'effectiveDate', 'pricesIncludeTax', 'taxRate', 'valueAddedTaxRate',
    'rounding', 'notice', 'peakHours', 'peakHoursPerMonth', 'defaults', 'regions', 'carriers',
    'addOns', 'numberGrades', 'plans',
  ]);
  if (!o) return;
  const schemaVersion = req(o, 'schemaVersion', '', oneOf(1 as const));
  const currency = req(o, 'currency', '', str(/^[A-Z]{3}$/, T.currency));
  const effectiveDate = req(o, 'effectiveDate', '', date);
  const pricesIncludeTax = opt(o, 'pricesIncludeTax', '', true, oneOf(true, false));
  const taxRate =
    pricesIncludeTax === false && o.taxRate === undefined
      ? report('taxRate', T.taxRateMissing)
      : opt(o, 'taxRate', '', null, rate);
  const head = {
    schemaVersion,
    currency,
    effectiveDate,
    pricesIncludeTax,
    taxRate: taxRate ?? null,
    valueAddedTaxRate: opt(o, 'valueAddedTaxRate', '', taxRate ?? null, rate),
    rounding: opt(o, 'rounding', '', 'half-up', oneOf('half-up' as const, 'half-even' as const)),
    ...optional(o, 'notice', '', text),
    ...optional(o, 'peakHours', '', text),
    peakHoursPerMonth: opt(o, 'peakHoursPerMonth', '', '220', decimal(T.hours, 4, (n) => n[0] != '0')),
  };

  const d = opt(o, 'defaults', '', {}, (x, p) => fields(x, p, [
    'minutesPerMonth', 'peakSharePercent', 'averageCallSeconds', 'maxMinutesPerMonth',
  ])) ?? {};
  const minutesPerMonth = opt(d, 'minutesPerMonth', 'defaults', 1000, num(0, 1e7));
  const defaults = {
    minutesPerMonth,
    peakSharePercent: opt(d, 'peakSharePercent', 'defaults', 60, num(0, 100)),
    averageCallSeconds: opt(d, 'averageCallSeconds', 'defaults', null, (x, p) =>
      x === null || (typeof x == 'number' && x >= 1 && x <= 3600) ? x : bad(p, T.seconds, x)),
    maxMinutesPerMonth: opt(d, 'maxMinutesPerMonth', 'defaults', 100000, num(1, 1e7)),
  };
  if (defaults.maxMinutesPerMonth < minutesPerMonth) {
    report('defaults.maxMinutesPerMonth', T.belowMinutes, minutesPerMonth, defaults.maxMinutesPerMonth);
  }

  const regionIds: string[] = [];
  const regions = req(o, 'regions', '', (x, p) => list(x, p, (r, q) => {
    const e = fields(r, q, ['id', 'name', 'defaultShare']);
    return e && { id: req(e, 'id', q, id(regionIds)), name: req(e, 'name', q, text), defaultShare: req(e, 'defaultShare', q, factor) };
  }, true));
  if (regions?.every((r) => r?.defaultShare == '0')) report('regions', T.allSharesZero);

  const carrierIds: string[] = [];
  const carriers = req(o, 'carriers', '', (x, p) => list(x, p, (c, q) => {
    const e = fields(c, q, ['id', 'name', 'url']);
    return e && { id: req(e, 'id', q, id(carrierIds)), name: req(e, 'name', q, text), ...optional(e, 'url', q, url) };
  }, true));

  const addOnIds: string[] = [];
  const addOns = opt(o, 'addOns', '', [], (x, p) => list(x, p, (a, q) => {
    const e = fields(a, q, ['id', 'name', 'description']);
    return e && { id: req(e, 'id', q, id(addOnIds)), name: req(e, 'name', q, text), ...optional(e, 'description', q, text) };
  }));

  const gradeIds: string[] = [];
  const numberGrades = opt(o, 'numberGrades', '', [], (x, p) => list(x, p, (g, q) => {
    const e = fields(g, q, ['id', 'name', 'selectionFee', 'minimumMonthlySpend']);
    return e && {
      id: req(e, 'id', q, id(gradeIds)),
      name: req(e, 'name', q, text),
      selectionFee: opt(e, 'selectionFee', q, '0', money),
      minimumMonthlySpend: opt(e, 'minimumMonthlySpend', q, '0', money2),
    };
  }));

  const planIds: string[] = [];
  const plans = req(o, 'plans', '', (x, p) =>
    list(x, p, (y, q) => plan(y, q, planIds, carrierIds, addOnIds, regionIds), true));

  return { ...head, defaults, regions, carriers, addOns, numberGrades, plans } as TariffSet;
}

/** `{key: value}` when the optional field is present, `{}` otherwise, for spreading. */
function optional<R>(o: Obj, key: string, path: string, check: Check<R>) {
  return o[key] === undefined ? {} : { [key]: check(o[key], at(path, key)) };
}

function plan(v: unknown, q: string, planIds: string[], carrierIds: string[], addOnIds: string[], regionIds: string[]) {
  const e = fields(v, q, [
    'id', 'carrier', 'name', 'summary', 'badge', 'termMonths', 'package', 'ratePerMinute',
    'overageRatePerMinute', 'peakMultiplier', 'offPeakMultiplier', 'regionMultipliers',
    'minimumMonthlySpend', 'billingIncrementSeconds', 'setupFee', 'addOns', 'lines', 'source', 'verified',
  ]);
  if (!e) return;
  const ratePerMinute = req(e, 'ratePerMinute', q, money);
  return {
    id: req(e, 'id', q, id(planIds)),
    carrier: req(e, 'carrier', q, (c, p) =>
      carrierIds.includes(c as string) ? c : typeof c == 'string' && ID.test(c)
        ? report(p, T.unknownCarrier, JSON.stringify(c)) : bad(p, T.id, c)),
    name: req(e, 'name', q, text),
    ...optional(e, 'summary', q, text),
    ...optional(e, 'badge', q, text),
    termMonths: req(e, 'termMonths', q, num(1, 120, true)),
    package: req(e, 'package', q, (x, p) => {
      const kind = isObj(x) ? x.includes : undefined;
      const k = fields(x, p, kind == 'minutes' ? ['price', 'includes', 'minutes'] : ['price', 'includes']);
      return k && {
        includes: req(k, 'includes', p, oneOf('credit', 'minutes', 'nothing')),
        price: req(k, 'price', p, money),
        ...(kind == 'minutes' && { minutes: req(k, 'minutes', p, num(0, 1e9, true)) }),
      };
    }),
    ratePerMinute,
    overageRatePerMinute: opt(e, 'overageRatePerMinute', q, ratePerMinute, money),
    peakMultiplier: opt(e, 'peakMultiplier', q, '1', factor),
    offPeakMultiplier: opt(e, 'offPeakMultiplier', q, '1', factor),
    regionMultipliers: opt(e, 'regionMultipliers', q, {}, (x, p) => idMap(x, p, regionIds, T.region, factor)),
    minimumMonthlySpend: opt(e, 'minimumMonthlySpend', q, '0', money2),
    billingIncrementSeconds: opt(e, 'billingIncrementSeconds', q, 60, num(1, 3600, true)),
    setupFee: opt(e, 'setupFee', q, '0', money),
    addOns: opt(e, 'addOns', q, {}, (x, p) => idMap(x, p, addOnIds, T.addOn, (a, r) => {
      if (a === 'included') return a;
      if (!isObj(a)) return bad(r, T.addOnPrice, a);
      const f = fields(a, r, ['monthly', 'oneTime'])!;
      return { ...optional(f, 'monthly', r, money), ...optional(f, 'oneTime', r, money) };
    })),
    ...optional(e, 'lines', q, (x, p) => {
      const l = fields(x, p, ['included', 'extraLineMonthly']);
      return l && { included: req(l, 'included', p, num(1, 1e6, true)), extraLineMonthly: req(l, 'extraLineMonthly', p, money) };
    }),
    ...optional(e, 'source', q, url),
    ...optional(e, 'verified', q, date),
  };
}

/**
 * Checks a tariff document (a parsed JSON value) against tariff-format.md §2.
 * Never throws. On success `tariffs` has every default filled in and money as
 * normalized decimal strings; on failure `issues` lists every problem found.
 */
export function validateTariffs(json: unknown): ValidationResult {
  issues = [];
  const tariffs = tooBig(json) ? undefined : document(json);
  const found = issues;
  issues = [];
  return found.length ? { ok: false, issues: found } : { ok: true, tariffs: tariffs! };
}

/** Like `validateTariffs`, but returns the `TariffSet` or throws a `TariffError`. */
export function parseTariffs(json: unknown): TariffSet {
  const result = validateTariffs(json);
  if (!result.ok) throw new TariffError(result.issues);
  return result.tariffs;
}

/**
 * Checks tariff JSON text: refuses text over 1 MiB or nested deeper than 32
 * levels before parsing it, reports a syntax error with its line and column,
 * then validates the document like `validateTariffs`. Never throws.
 */
export function validateTariffsText(text: string): ValidationResult {
  text = String(text).replace(/^\uFEFF/, '');
  let bytes = 0;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length && bytes <= MAX_BYTES && depth <= MAX_DEPTH; i++) {
    const c = text.charCodeAt(i);
    // UTF-8 length: a surrogate pair is 4 bytes, 2 per half.
    bytes += c < 128 ? 1 : c < 2048 || c >> 11 == 27 ? 2 : 3;
    if (quoted) {
      if (c == 92) i++;
      else quoted = c != 34;
    } else if (c == 34) quoted = true;
    else if (c == 91 || c == 123) depth++;
    else if (c == 93 || c == 125) depth--;
  }
  const refused = bytes > MAX_BYTES ? T.tooLarge : depth > MAX_DEPTH ? T.tooDeep : undefined;
  if (refused) return fail(refused);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const e = jsonSyntaxError(text) ?? { line: 1, column: 1, found: '' };
    return fail(T.syntax, e.line, e.column, e.found || T.endOfText);
  }
  return validateTariffs(json);
}

function fail(template: Msg, ...params: Param[]): ValidationResult {
  const [message, messageEn] = fill(template, params);
  return { ok: false, issues: [{ path: '', message, messageEn }] };
}

/** Like `validateTariffsText`, but returns the `TariffSet` or throws a `TariffError`. */
export function parseTariffsText(text: string): TariffSet {
  const result = validateTariffsText(text);
  if (!result.ok) throw new TariffError(result.issues);
  return result.tariffs;
}
