/**
 * Tariff document validation (tariff-format.md §2), written by hand so that it
 * runs under a strict Content-Security-Policy (no eval, no `new Function`) and
 * stays small (a size test holds it to 3 KB gzip). It never throws: every
 * problem becomes a `TariffIssue` with its code, the params its messages are
 * rendered from (messages.ts) and its JSON path, all reported at once. Limits
 * and the id pattern come from engine/limits.ts.
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
import { jsonSyntaxError, pathKey as at } from './json-locate.js';
import {
  BILLING_INCREMENT_SECONDS,
  CALL_SECONDS,
  FLOOR_PLACES,
  ID_PATTERN,
  INCLUDED_LINES,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_DEPTH,
  MINUTES_PER_MONTH,
  MONEY_PLACES,
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
// Ids defined so far, per list, for the duplicate and reference checks.
let ids: Record<string, string[]> = {};

const isObj = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);

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

/** Whether `a` becomes `b` with at most `edits` insertions, deletions or substitutions. */
const near = (a: string, b: string, edits = 2): boolean =>
  a[0] == b[0]
    ? !a || near(a.slice(1), b.slice(1), edits)
    : edits > 0 && (near(a.slice(1), b, --edits) || near(a, b.slice(1), edits) || near(a.slice(1), b.slice(1), edits));

/** Reports an unknown key of `path`, suggesting a known one within edit distance 2. */
function unknown(path: string, key: string, known: string[], line = Line.UNKNOWN_FIELD) {
  // The length test keeps the recursion of `near` short.
  const similar = known.find((k) => Math.abs(k.length - key.length) < 3 && near(k, key));
  report(at(path, key), line, similar ? { suggestion: similar } : {});
}

/** The keys that matter: `$` keys are ignored, prototype-related keys reported. */
const members = (o: Obj, path: string) =>
  Object.keys(o).filter((k) =>
    k[0] == '$' ? 0 : /^(__proto__|constructor|prototype)$/.test(k) ? report(at(path, k), Line.FORBIDDEN_KEY) : 1,
  );

/**
 * An object with the space-separated `fields`, each read by the check at the
 * same position (or all by one check). A field is written `name`, `!name`
 * when required, or `name=<JSON>` with the value it takes when absent.
 * `after` checks rules that span fields; other keys are reported as `unknownKey`.
 */
function obj(
  fields: string | string[],
  checks: Check[] | Check,
  after?: ((out: Obj, path: string) => unknown) | 0,
  unknownKey?: Line,
): Check {
  const spec = (typeof fields == 'string' ? fields.split(' ') : fields).map((f) => /(!?)([^=]*)=?(.*)/.exec(f)!);
  const keys = spec.map((m) => m[2]);
  return (v, path) => {
    if (!isObj(v)) return bad(path, Line.OBJECT, v);
    for (const k of members(v, path)) if (!keys.includes(k)) unknown(path, k, keys, unknownKey);
    const out: Obj = {};
    spec.forEach(([, required, k, fallback], i) => {
      if (v[k] !== undefined) out[k] = ((checks as Check[])[i] ?? checks)(v[k], at(path, k));
      else if (required) report(at(path, k), Line.MISSING_FIELD);
      else if (fallback) out[k] = JSON.parse(fallback);
    });
    if (after) after(out, path);
    return out;
  };
}

const list =
  (check: Check, nonEmpty?: 1): Check =>
  (v, path) =>
    Array.isArray(v) && (v.length || !nonEmpty)
      ? Array.from(v, (x, i) => check(x, path + '[' + i + ']'))
      : bad(path, nonEmpty ? Line.NON_EMPTY_LIST : Line.LIST, v);

/** An object keyed by the ids of one list, such as a plan's add-on prices. */
const idMap =
  (name: string, check: Check): Check =>
  (v, path) =>
    obj(ids[name] ?? [], check, 0, Line.UNKNOWN_ID)(v, path);

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
 * A non-negative decimal with at most `places` decimals (within `range`, if
 * given), as a JSON string or a number that prints without exponent; returned
 * as a plain decimal string (a number as it prints: 1200 → "1200", 0.1 → "0.1").
 */
const decimal = (what: Line, places = 4, range?: Range): Check => {
  const plain = RegExp(`^(0|[1-9]\\d*)(\\.\\d{1,${places}})?$`);
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

/** The `id` of an item of list `name`: well-formed and unique in its list. */
const id =
  (name: string): Check =>
  (v, path) => {
    const seen = (ids[name] ??= []);
    const s = pattern(ID_PATTERN, Line.ID)(v, path);
    if (seen.includes(s)) report(path, Line.DUPLICATE_ID);
    if (s) seen.push(s);
    return s;
  };

const money = decimal(Line.MONEY, MONEY_PLACES);
const money2 = decimal(Line.MONEY_2_DECIMALS, FLOOR_PLACES);
const factor = decimal(Line.DECIMAL);
const rate = decimal(Line.NUMBER, 4, TAX_RATE);
const url = pattern(/^https?:\/\/[^\s/?#]+\S*$/i, Line.URL);
const named = (name: string, fields: string, ...checks: Check[]) => obj('!id !name ' + fields, [id(name), text, ...checks]);

/** A list whose items must differ from each other and from those of `seen` (shared across lists). */
const distinct =
  (check: Check, seen: () => unknown[]): Check =>
  (v, path) => {
    const all = seen();
    return list((x, p) => {
      const s = check(x, p);
      if (all.includes(s)) report(p, Line.REPEATED_VALUE);
      all.push(s);
      return s;
    })(v, path);
  };

// Call logs (§7): the peak band as weekdays and times, and the numbers of each region.
const time = pattern(/^([01]\d|2[0-3]):[0-5]\d$/, Line.TIME);
const peakWindow = obj(
  '!days !from !to',
  [distinct(num(WEEKDAY, 1), () => []), time, pattern(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, Line.TIME)],
  (w, path) => w.from && w.to && w.from >= w.to && bad(at(path, 'to'), Line.TIME_AFTER, w.to, { from: w.from }),
);
const callerPrefixes = distinct(pattern(/^\+\d{0,15}$/, Line.CALLER_PREFIX), () => (ids.prefix ??= []));

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
    (v, path) => (ids.carriers?.includes(v) ? v : bad(path, Line.CARRIER_ID, v)),
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
          'minutes' in k ? unknown(path, 'minutes', []) : report(at(path, 'minutes'), Line.MISSING_FIELD);
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
    decimal(Line.NUMBER, 4, PEAK_HOURS_PER_MONTH),
    defaults,
    list(named('regions', '!defaultShare callerPrefixes=[]', factor, callerPrefixes), 1),
    list(named('carriers', 'url', url), 1),
    list(named('addOns', 'description', text)),
    list(named('grades', 'selectionFee="0" minimumMonthlySpend="0"', money, money2)),
    list(plan, 1),
    list(peakWindow),
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

/** Whether `root` is too large or too deep to read, walking it without recursion. */
function refused(root: unknown) {
  const stack: [any, number][] = [[root, 0]];
  let size = 0;
  while (stack.length && size <= MAX_DOCUMENT_BYTES) {
    const [v, depth] = stack.pop()!;
    size += (typeof v == 'string' || Array.isArray(v) ? v.length : 0) + 2;
    if (v && typeof v == 'object' && size <= MAX_DOCUMENT_BYTES) {
      // A list's length was counted above, so that a huge list is never walked.
      if (depth == MAX_DOCUMENT_DEPTH) return report('', Line.TOO_DEEP) ?? 1;
      for (const k of Object.keys(v)) {
        stack.push([v[k], depth + 1]);
        size += k.length;
      }
    }
  }
  if (size > MAX_DOCUMENT_BYTES) return report('', Line.TOO_LARGE) ?? 1;
}

/**
 * Checks a tariff document (a parsed JSON value) against tariff-format.md §2.
 * Never throws. On success `tariffs` has every default filled in and money as
 * plain decimal strings (JSON numbers converted exactly: 0.12 → "0.12");
 * on failure `issues` lists every problem found, each with its JSON path.
 */
export function validateTariffs(json: unknown): ValidationResult {
  issues = [];
  ids = {};
  const tariffs = refused(json) || document(json, '');
  return issues.length ? { ok: false, issues } : { ok: true, tariffs };
}

/** A result with one issue about the whole text. */
function textIssue(line: number, params?: Params, table?: MessageTable): ValidationResult {
  issues = [];
  report('', line, params, table);
  return { ok: false, issues };
}

/**
 * Checks tariff JSON text: refuses text over 1 MiB unread, reports a syntax
 * error with the line and column of its cause and how to fix it, then validates the document like
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
    const { line, column, cause, params } = jsonSyntaxError(text) ?? { line: 1, column: 1, cause: 'unexpected', params: { found: '?' } };
    return textIssue(0, { line, column, cause, ...params }, SYNTAX_MESSAGES);
  }
  return validateTariffs(json);
}

function orThrow(r: ValidationResult): TariffSet {
  if (!r.ok) throw new TariffError(r.issues);
  return r.tariffs;
}

/** Like `validateTariffs`, but returns the `TariffSet` or throws a `TariffError`. */
export const parseTariffs = (json: unknown): TariffSet => orThrow(validateTariffs(json));

/** Like `validateTariffsText`, but returns the `TariffSet` or throws a `TariffError`. */
export const parseTariffsText = (text: string): TariffSet => orThrow(validateTariffsText(text));
