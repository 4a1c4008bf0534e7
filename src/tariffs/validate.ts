/**
 * Tariff document validation (tariff-format.md §2), written by hand so that it
 * runs under a strict Content-Security-Policy (no eval, no `new Function`) and
 * stays small (a size test holds it to 4 KB gzip). It never throws: every
 * problem becomes a `TariffIssue` with its code, the params its messages are
 * rendered from (messages.ts) and its JSON path, all reported at once. Limits
 * and the id pattern come from engine/limits.ts.
 *
 * The document is first read once into a plain copy (`read`): objects
 * without a prototype, so that no inherited property (`constructor`,
 * `toString`) is ever read as data, and no getter or Proxy runs twice or
 * throws out of here. Every later step is linear in the document: ids and
 * repeated values are kept in sets, an id map is read by its own keys, and a
 * did-you-mean suggestion compares a key with at most 64 candidates by an
 * edit distance bounded to 2 (a few steps per character, no recursion).
 *
 * Money is checked as text (`^\d+(\.\d{1,4})?$` without leading zeros) and
 * passed on as plain decimal strings; no arithmetic happens here, so no
 * decimal library is needed.
 */
import type {
  TariffIssue,
  TariffIssueCode as Code,
  TariffIssueParams as Params,
  TariffSet,
  ValidationResult,
} from '../engine/types.js';
import { Line, render, SYNTAX_MESSAGES, VALIDATION_MESSAGES, type MessageTable } from './messages.js';
import { jsonSyntaxStop, pathKey as at } from './json-locate.js';
import {
  BILLING_INCREMENT_SECONDS,
  CALL_SECONDS,
  DEFAULT_SHARE,
  FACTOR_PLACES,
  FLOOR_PLACES,
  ID_PATTERN,
  INCLUDED_LINES,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_DEPTH,
  MAX_ITEMS,
  MINUTES_PER_MONTH,
  MONEY_INTEGER_DIGITS,
  MONEY_PLACES,
  MULTIPLIER,
  PACKAGE_MINUTES,
  PEAK_HOURS_PER_MONTH,
  PEAK_SHARE_PERCENT,
  SLIDER_MAX_MINUTES,
  TAX_RATE,
  TERM_MONTHS,
  WEEKDAY,
  type Range,
} from '../engine/limits.js';

/** Thrown by `parseTariffs`; `issues` lists every problem (never empty). */
export class TariffError extends Error {
  readonly issues: readonly TariffIssue[];
  constructor(issues: readonly TariffIssue[]) {
    super(issues.map((i) => i.path + ': ' + i.messageEn).join('\n'));
    this.name = 'TariffError';
    this.issues = issues;
  }
}

type Obj = Record<string, any>;
// A check reads one value at `path`: it reports problems and returns the
// normalized value (meaningless once an issue was reported).
type Check = (value: any, path: string) => any;

let issues: TariffIssue[] = [];
// Ids defined so far, per list, for the duplicate and reference checks; caller prefixes of every region.
let ids: Record<string, Set<unknown>> = {};

const isObj = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);

// Keys that would reach an object's prototype; also no id may be one.
const FORBIDDEN = /^(__proto__|constructor|prototype)$/;

function report(path: string, line: number, params: Params = {}, table = VALIDATION_MESSAGES): undefined {
  const [message, messageEn] = render(line, params, table);
  issues.push({ code: table[0][line] as Code, params, path, message, messageEn });
}

/** Reports that `v` is not the `expected` kind of value (`params` add to the kind, such as a range). */
function bad(path: string, expected: Line, v: unknown, params?: Params | Range): undefined {
  const got = Array.isArray(v) ? '[…]' : isObj(v) ? '{…}' : typeof v == 'string' ? JSON.stringify(v) : String(v);
  // Long values are cut: a cut string lacks its closing quote.
  return report(path, Line.EXPECTED, { expected: VALIDATION_MESSAGES[0][expected], ...params, got: got.slice(0, 40) });
}

/**
 * How many insertions, deletions or substitutions turn `a` into `b`, when
 * that is at most 2 (else 3): the edit distance computed on the diagonal band
 * |i − j| ≤ 2 only, at most five cells per character of `a`, stopping as soon
 * as every cell of a row is over 2. No recursion.
 */
function edits(a: string, b: string): number {
  const m = b.length;
  if (Math.abs(a.length - m) > 2) return 3;
  let above = new Int8Array(m + 3).fill(3);
  let row = new Int8Array(m + 3);
  above.set([0, 1, 2]);
  for (let i = 1; i <= a.length; i++) {
    // The cell left of the band (column 0 while i < 3), then the band, then the cell right of it.
    let low = (row[Math.max(i - 3, 0)] = Math.min(i, 3));
    for (let j = Math.max(i - 2, 1); j <= Math.min(i + 2, m); j++) {
      low = Math.min(low, (row[j] = Math.min(above[j - 1] + +(a[i - 1] != b[j - 1]), above[j] + 1, row[j - 1] + 1, 3)));
    }
    row[Math.min(i + 3, m + 1)] = 3;
    if (low > 2) return 3;
    [above, row] = [row, above];
  }
  return above[m];
}

/**
 * `{suggestion}`: the one of `known` nearest to `key`, within two edits. At
 * most 64 of `known` are compared (every one, in a file within the bounds),
 * so that a key costs bounded work however many keys and ids there are.
 */
function suggest(key: unknown, known: Iterable<unknown> = []): Params {
  let tries = 64;
  let best = 3;
  let suggestion;
  for (const k of known as Iterable<string>) {
    const distance = typeof key == 'string' && Math.abs(k.length - key.length) < 3 ? edits(key, k) : 9;
    if (distance < best) (best = distance), (suggestion = k);
    // No unknown key is nearer than one edit.
    if (best < 2 || !--tries) break;
  }
  return suggestion ? { suggestion } : {};
}

/** Reports an unknown key of `path`, suggesting a known one within two edits. */
const unknown = (path: string, key: string, known?: Iterable<unknown>, line = Line.UNKNOWN_FIELD) =>
  report(at(path, key), line, suggest(key, known));

/** The keys that matter: `$` keys are ignored, prototype-related keys reported. */
const members = (o: Obj, path: string) =>
  Object.keys(o).filter((k) => (k[0] == '$' ? 0 : FORBIDDEN.test(k) ? report(at(path, k), Line.FORBIDDEN_KEY) : 1));

/**
 * An object with the space-separated `fields`, each read by the check at the
 * same position (or all by one check). A field is written `name`, `!name`
 * when required, or `name=<JSON>` with the value it takes when absent.
 * `after` checks rules that span fields; other keys are reported as unknown.
 */
function obj(fields: string, checks: Check[] | Check, after?: (out: Obj, path: string) => unknown): Check {
  const spec = fields.split(' ').map((f) => /(!?)([^=]*)=?(.*)/.exec(f)!);
  const keys = spec.map((m) => m[2]);
  return (v, path) => {
    if (!isObj(v)) return bad(path, Line.OBJECT, v);
    for (const k of members(v, path)) if (!keys.includes(k)) unknown(path, k, keys);
    const out: Obj = {};
    spec.forEach(([, required, k, fallback], i) => {
      if (v[k] !== undefined) out[k] = ((checks as Check[])[i] ?? checks)(v[k], at(path, k));
      else if (required) report(at(path, k), Line.MISSING_FIELD);
      else if (fallback) out[k] = JSON.parse(fallback);
    });
    after?.(out, path);
    return out;
  };
}

/** A list (`min` items at least, `max` at most; over that it is reported, and still read). */
const list =
  (check: Check, min = 0, max = 1e9): Check =>
  (v, path) => {
    if (!Array.isArray(v) || v.length < min) return bad(path, min ? Line.NON_EMPTY_LIST : Line.LIST, v);
    if (v.length > max) report(path, Line.TOO_MANY, { count: v.length, max });
    return Array.from(v, (x, i) => check(x, path + '[' + i + ']'));
  };

/** An object keyed by the ids of one list, such as a plan's add-on prices: read by its own keys. */
const idMap =
  (name: string, check: Check): Check =>
  (v, path) => {
    if (!isObj(v)) return bad(path, Line.OBJECT, v);
    const out: Obj = {};
    for (const k of members(v, path)) {
      if (ids[name]?.has(k)) out[k] = check(v[k], at(path, k));
      else unknown(path, k, ids[name], Line.UNKNOWN_ID);
    }
    return out;
  };

const oneOf =
  (...options: unknown[]): Check =>
  (v, path) =>
    options.includes(v) ? v : bad(path, Line.ONE_OF, v, { values: options.map((o) => JSON.stringify(o)).join(' / ') });

const pattern =
  (re: RegExp, what: Line): Check =>
  (v, path) =>
    typeof v == 'string' && re.test(v) ? v : bad(path, what, v);

// A real calendar date: 2026-02-30 is invalid, or rolls over to March.
const date: Check = (v, path) =>
  typeof v == 'string' && /^\d{4}-\d\d-\d\d$/.test(v) && new Date(v).toJSON()?.startsWith(v) ? v : bad(path, Line.DATE, v);

const num =
  (range: Range, integer?: 1): Check =>
  (v, path) =>
    typeof v == 'number' && v >= range.min && v <= range.max && (!integer || v % 1 == 0)
      ? v
      : bad(path, integer ? Line.INTEGER : Line.NUMBER, v, range);

/**
 * A non-negative decimal with at most `places` decimals, as a JSON string or
 * a number that prints without exponent; returned as a plain decimal string
 * (a number as it prints: 1200 → "1200", 0.1 → "0.1"). Within `range` when
 * given, else money: at most 10 integer digits.
 */
const decimal = (what: Line, places: number, range?: Range): Check => {
  const plain = RegExp(`^(0|[1-9]\\d${range ? '*' : `{0,${MONEY_INTEGER_DIGITS - 1}}`})(\\.\\d{1,${places}})?$`);
  return (v, path) => {
    const s = typeof v == 'number' && v >= 0 ? '' + v : v;
    return typeof s == 'string' && plain.test(s) && (!range || (+s >= range.min && +s <= range.max))
      ? s
      : bad(path, what, v, range);
  };
};

/** Localized text: a string, or strings keyed by BCP 47 tags. */
const text: Check = (v, path) => {
  const keys = isObj(v) ? members(v, path) : [];
  return typeof v == 'string'
    ? v
    : keys.length && keys.every((k) => /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/.test(k) && typeof v[k] == 'string')
      ? Object.fromEntries(keys.map((k) => [k, v[k]]))
      : bad(path, Line.TEXT, v);
};

/** The `id` of an item of list `name`: well-formed, not a prototype's name, and unique in its list. */
const id =
  (name: string): Check =>
  (v, path) => {
    const seen = (ids[name] ??= new Set());
    const s = pattern(ID_PATTERN, Line.ID)(v, path);
    if (FORBIDDEN.test(s)) report(path, Line.RESERVED_ID, { id: s });
    else if (seen.has(s)) report(path, Line.DUPLICATE_ID);
    if (s) seen.add(s);
    return s;
  };

const money = decimal(Line.MONEY, MONEY_PLACES);
const money2 = decimal(Line.MONEY_2_DECIMALS, FLOOR_PLACES);
const factor = decimal(Line.DECIMAL, FACTOR_PLACES, MULTIPLIER);
const rate = decimal(Line.DECIMAL, 4, TAX_RATE);
// A host, then optionally a path: unambiguous, so a long URL never backtracks.
const url = pattern(/^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i, Line.URL);
const named = (name: string, fields: string, max: number, ...checks: Check[]) =>
  list(obj('!id !name ' + fields, [id(name), text, ...checks]), +(name != 'addOns' && name != 'grades'), max);

/** A list whose items must differ from each other and from those of `seen` (shared across lists). */
const distinct =
  (check: Check, seen: () => Set<unknown>, max?: number): Check =>
  (v, path) => {
    const all = seen();
    return list(
      (x, p) => {
        const s = check(x, p);
        if (s !== undefined) all.has(s) ? report(p, Line.REPEATED_VALUE) : all.add(s);
        return s;
      },
      0,
      max,
    )(v, path);
  };

// Call logs (§7): the peak band as weekdays and times, and the numbers of each region.
const time = pattern(/^([01]\d|2[0-3]):[0-5]\d$/, Line.TIME);
const peakWindow = obj(
  '!days !from !to',
  [distinct(num(WEEKDAY, 1), () => new Set()), time, pattern(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, Line.TIME)],
  (w, path) => w.from && w.to && w.from >= w.to && bad(at(path, 'to'), Line.TIME_AFTER, w.to, { from: w.from }),
);
const callerPrefixes = distinct(pattern(/^\+\d{0,15}$/, Line.CALLER_PREFIX), () => (ids.prefix ??= new Set()), MAX_ITEMS.callerPrefixes);

const defaults = obj(
  'minutesPerMonth=1000 peakSharePercent=60 averageCallSeconds=null maxMinutesPerMonth=100000',
  [
    num(MINUTES_PER_MONTH),
    num(PEAK_SHARE_PERCENT),
    (v, path) => (v === null ? v : num(CALL_SECONDS)(v, path)),
    num(SLIDER_MAX_MINUTES),
  ],
  // The slider cannot end below its starting point.
  (d, path) => d.maxMinutesPerMonth < d.minutesPerMonth &&
    bad(at(path, 'maxMinutesPerMonth'), Line.NUMBER, d.maxMinutesPerMonth, { ...SLIDER_MAX_MINUTES, min: d.minutesPerMonth }),
);

const plan = obj(
  '!id !carrier !name summary badge !termMonths !package !ratePerMinute overageRatePerMinute peakMultiplier="1" ' +
    'offPeakMultiplier="1" regionMultipliers={} minimumMonthlySpend="0" billingIncrementSeconds=60 setupFee="0" ' +
    'addOns={} lines source verified',
  [
    id('plans'),
    (v, path) => (ids.carriers?.has(v) ? v : bad(path, Line.CARRIER_ID, v, suggest(v, ids.carriers))),
    text,
    text,
    text,
    num(TERM_MONTHS, 1),
    obj('!price !includes minutes paidUpfront', [money, oneOf('credit', 'minutes', 'nothing'), num(PACKAGE_MINUTES, 1), oneOf(true, false)],
      (k, path) => {
        // A prepaid package is paid at signing unless the file says otherwise (§4.12).
        k.paidUpfront ??= k.includes != 'nothing';
        // `minutes` belongs to a minutes package, and only to one.
        if ((k.includes == 'minutes') != ('minutes' in k)) {
          'minutes' in k ? unknown(path, 'minutes') : report(at(path, 'minutes'), Line.MISSING_FIELD);
        }
      }),
    money,
    money,
    factor,
    factor,
    idMap('regions', factor),
    money2,
    num(BILLING_INCREMENT_SECONDS, 1),
    money,
    idMap('addOns', (v, path) =>
      v === 'included' ? v : isObj(v) ? obj('monthly oneTime', [money, money])(v, path) : bad(path, Line.ADD_ON_PRICE, v)),
    obj('!included !extraLineMonthly', [num(INCLUDED_LINES, 1), money]),
    url,
    date,
  ],
  (p) => (p.overageRatePerMinute ??= p.ratePerMinute),
);

const document = obj(
  '!schemaVersion !currency !effectiveDate pricesIncludeTax=true taxRate=null valueAddedTaxRate rounding="half-up" ' +
    'notice peakHours peakHoursPerMonth="220" defaults !regions !carriers addOns=[] numberGrades=[] !plans ' +
    'peakWindows=[{"days":[1,2,3,4,5],"from":"08:00","to":"18:00"}] homeCallingCode="86"',
  [
    oneOf(1),
    pattern(/^[A-Z]{3}$/, Line.CURRENCY),
    date,
    oneOf(true, false),
    rate,
    rate,
    oneOf('half-up', 'half-even'),
    text,
    text,
    decimal(Line.DECIMAL, 4, PEAK_HOURS_PER_MONTH),
    defaults,
    named('regions', '!defaultShare callerPrefixes=[]', MAX_ITEMS.regions, decimal(Line.DECIMAL, FACTOR_PLACES, DEFAULT_SHARE), callerPrefixes),
    named('carriers', 'url', MAX_ITEMS.carriers, url),
    named('addOns', 'description', MAX_ITEMS.addOns, text),
    named('grades', 'selectionFee="0" minimumMonthlySpend="0"', MAX_ITEMS.numberGrades, money, money2),
    list(plan, 1, MAX_ITEMS.plans),
    list(peakWindow, 0, MAX_ITEMS.peakWindows),
    pattern(/^[1-9]\d{0,3}$/, Line.CALLING_CODE),
  ],
  (o) => {
    // Required when prices exclude tax.
    if (o.pricesIncludeTax === false && o.taxRate === null) report('taxRate', Line.MISSING_FIELD);
    o.valueAddedTaxRate ??= o.taxRate;
    o.defaults ??= defaults({}, 'defaults');
    if (o.regions?.every((r: Obj) => r?.defaultShare == 0)) report('regions', Line.ALL_SHARES_ZERO);
  },
);

const utf8 = new TextEncoder();

/** The UTF-8 length of string `s` as JSON writes it (printable ASCII without `"` and `\\` as it is). */
const bytes = (s: string) => (/^[ !#-[\]-~]*$/.test(s) ? s.length + 2 : utf8.encode(JSON.stringify(s)).length);

/** The error `e` as text, whatever it is (its toString may throw too). */
const describe = (e: unknown): string => {
  try {
    return String(e).slice(0, 200);
  } catch {
    return typeof e;
  }
};

/**
 * A plain copy of `root`, read once and without recursion: objects without
 * a prototype that hold its own enumerable string keys, arrays, and other
 * values as they are. Reports instead when the JSON text of `root` would be
 * over `limit` bytes of UTF-8 (counted while copying: a huge list or string
 * is refused before it is walked), when it is nested deeper than 32 levels,
 * or when reading a value throws (a getter, a Proxy's trap).
 */
function read(root: unknown, limit: number): unknown {
  const top: Obj = {};
  // The objects and lists being copied, innermost last: the original, its keys (null for a list),
  // how many members it has and how many are copied, the copy, the depth of its members and its path.
  const open: [from: any, keys: string[] | null, count: number, done: number, into: Obj, depth: number, path: string][] = [];
  let size = 0;
  let from: any = { v: root };
  let key: string | number = 'v';
  let into = top;
  let depth = 0;
  let parent = '';
  for (;;) {
    const path = depth ? (Array.isArray(from) ? parent + '[' + key + ']' : at(parent, key as string)) : '';
    try {
      const v = from[key];
      if (v && typeof v == 'object') {
        if (depth == MAX_DOCUMENT_DEPTH) return report('', Line.TOO_DEEP);
        const keys = Array.isArray(v) ? null : Object.keys(v);
        const n = keys ? keys.length : v.length;
        // Brackets and commas, and for each key its text and a colon; each item of a list is a character at least.
        size += Math.max(n, 1) + 1 + (keys ? keys.reduce((sum, k) => sum + bytes(k) + 1, 0) : n);
        if (size > limit) break;
        if (!keys) size -= n;
        open.push([v, keys, n, 0, (into[key] = keys ? Object.create(null) : []), depth + 1, path]);
      } else {
        into[key] = v;
        size += typeof v != 'string' ? String(v).length : v.length > limit ? v.length : bytes(v);
      }
    } catch (e) {
      return report(path, Line.UNREADABLE, { detail: describe(e) });
    }
    // The next member of the innermost open object or list that has one left.
    let next;
    while ((next = open[open.length - 1]) && next[3] == next[2]) open.pop();
    if (!next || size > limit) break;
    [from, , , , into, depth, parent] = next;
    key = next[1] ? next[1][next[3]++] : next[3]++;
  }
  return size > limit ? report('', Line.TOO_LARGE) : top.v;
}

/** Reads `json` (see `read`) and checks the copy; `limit` is the size above which it is refused. */
function check(json: unknown, limit: number): ValidationResult {
  issues = [];
  ids = {};
  let tariffs;
  let copy: any;
  try {
    copy = read(json, limit);
    if (!issues.length) tariffs = document(copy, '');
  } catch (e) {
    // Not reached: the copy is plain data. Should a check still throw, it is reported, not thrown.
    report('', Line.UNREADABLE, { detail: describe(e) });
  }
  // `plans[3]` says less to a marketer than `plans[3] (unicom-1200)`: each issue in a plan names its id.
  for (const issue of issues as Obj[]) {
    const plan = /^plans\[(\d+)\]/.exec(issue.path);
    const planId = plan && copy?.plans?.[plan[1]]?.id;
    if (typeof planId == 'string' && ID_PATTERN.test(planId)) issue.planId = planId;
  }
  return issues.length ? { ok: false, issues } : { ok: true, tariffs };
}

/**
 * Checks a tariff document (a parsed JSON value) against tariff-format.md §2.
 * Never throws, for any input (getters and Proxies that throw, cycles, huge
 * lists). On success `tariffs` has every default filled in and money as
 * plain decimal strings (JSON numbers converted exactly: 0.12 → "0.12");
 * on failure `issues` lists every problem found, each with its JSON path.
 * A document whose JSON text would be over 1 MiB is refused unread.
 */
export function validateTariffs(json: unknown): ValidationResult {
  return check(json, MAX_DOCUMENT_BYTES);
}

/** A result with one issue about the whole text. */
function textIssue(line: number, params?: Params, table?: MessageTable): ValidationResult {
  issues = [];
  report('', line, params, table);
  return { ok: false, issues };
}

/**
 * Checks tariff JSON text: refuses text over 1 MiB unread, reports a syntax
 * error with the line and column where reading stopped, then validates the document like
 * `validateTariffs` (which refuses deep nesting). Never throws.
 */
export function validateTariffsText(text: string): ValidationResult {
  text = ('' + text).replace(/^\uFEFF/, '');
  // UTF-16 length ≤ UTF-8 length: a long text is refused before it is encoded.
  if (text.length > MAX_DOCUMENT_BYTES || new TextEncoder().encode(text).length > MAX_DOCUMENT_BYTES) {
    return textIssue(Line.TOO_LARGE);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse and the reader accept the same texts (a property test checks it).
    const { line, column } = jsonSyntaxStop(text) ?? { line: 1, column: 1 };
    return textIssue(0, { line, column }, SYNTAX_MESSAGES);
  }
  // The text was measured: its document is not measured again (`1e9` prints longer than it is written).
  return check(json, Infinity);
}

function orThrow(r: ValidationResult): TariffSet {
  if (!r.ok) throw new TariffError(r.issues);
  return r.tariffs;
}

/** Like `validateTariffs`, but returns the `TariffSet` or throws a `TariffError`. */
export const parseTariffs = (json: unknown): TariffSet => orThrow(validateTariffs(json));

/** Like `validateTariffsText`, but returns the `TariffSet` or throws a `TariffError`. */
export const parseTariffsText = (text: string): TariffSet => orThrow(validateTariffsText(text));
