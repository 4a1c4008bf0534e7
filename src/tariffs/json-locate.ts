/**
 * A small position-tracking JSON reader: where in the text a JSON path's value
 * (or key) starts, and where a syntax error is and what caused it. It reads
 * the text itself instead of parsing `JSON.parse` error messages, which
 * differ between engines.
 *
 * Paths look like the validator's: `plans[2].ratePerMinute`, `name.zh-CN`.
 *
 * Every step is linear in the text: the reader goes through it once, one
 * character at a time (no regular expression runs over a string's contents,
 * so a 50 MB string neither backtracks nor overflows the stack), keeps its
 * own stack of open containers (any nesting depth is fine) and builds no path
 * strings while reading: the index keys each member by its container's number
 * and its own key, and a path is resolved afterwards, one segment at a time.
 */
import type { JsonSyntaxCause } from '../engine/types.js';

/** A 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface JsonLocation {
  readonly line: number;
  readonly column: number;
}

/** Where one value and, for an object member, its key start (offsets). */
export interface JsonSpot {
  readonly value: number;
  /** -1 for array items and the document itself. */
  readonly key: number;
}

/**
 * Called for each value in text order. Values are numbered from 0 (the
 * document) in that order; `parent` is the number of the enclosing object or
 * array (-1 for the document), `name` the member's key or the item's index,
 * `value` and `key` the offsets of a JsonSpot.
 */
export type JsonVisitor = (parent: number, name: string | number, value: number, key: number) => void;

/** Appends an object key to a JSON path: `plans[2]` + `ratePerMinute` → `plans[2].ratePerMinute`. */
export function pathKey(path: string, key: string): string {
  return (path && path + '.') + key;
}

/** What the reader expected where it stopped. */
type Want = 'value' | 'key' | 'colon' | 'next' | 'end';

/** Where and in what state reading stopped at a syntax error. */
interface Stop {
  readonly at: number;
  readonly want: Want;
  /** The opening quote of the string being read, or -1. */
  readonly string: number;
  /** The opening bracket of the innermost open container, or -1. */
  readonly opener: number;
}

const HEX4 = /[\da-fA-F]{4}/y;
// A number or a literal. Only fixed-width loops: no backtracking stack grows with the number's length.
const SCALAR = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;

/** Reads `text` as JSON; null when it is valid, else where and how reading stopped. */
function scan(text: string, visit?: JsonVisitor): Stop | null {
  const length = text.length;
  let i = 0;
  let want: Want = 'value';
  let string = -1;
  let values = 0;
  // Open containers, innermost last: the offset of each one's opening bracket, its number, its members so far.
  const openers: number[] = [];
  const ids: number[] = [];
  const counts: number[] = [];
  const stop = (): Stop => ({ at: i, want, string, opener: openers.length ? openers[openers.length - 1] : -1 });
  const space = () => {
    for (let c = text.charCodeAt(i); c == 32 || c == 10 || c == 13 || c == 9; c = text.charCodeAt(++i));
  };
  // Moves past the string at `i` (a `"`); false at a character a JSON string cannot hold.
  const readString = (): boolean => {
    string = i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c == 34) break;
      if (!(c >= 32)) return false; // a control character, or the end (NaN)
      if (c == 92) {
        const e = text[i + 1];
        HEX4.lastIndex = i + 2;
        if (e == 'u' ? !HEX4.test(text) : !e || !'"\\/bfnrt'.includes(e)) return false;
        i += e == 'u' ? 6 : 2;
      } else i++;
    }
    i++;
    string = -1;
    return true;
  };
  // Reads a member's key and colon; the member's value comes next.
  let name: string | number = 0;
  let key = -1;
  const member = (): boolean => {
    space();
    want = 'key';
    key = i;
    if (text[i] != '"' || !readString()) return false;
    if (visit) name = JSON.parse(text.slice(key, i));
    space();
    want = 'colon';
    if (text[i] != ':') return false;
    i++;
    return true;
  };
  for (;;) {
    space();
    want = 'value';
    const depth = openers.length;
    visit?.(depth ? ids[depth - 1] : -1, name, i, key);
    const id = values++;
    const c = text[i];
    if (c == '{' || c == '[') {
      const opener = i++;
      space();
      if (text[i] != (c == '{' ? '}' : ']')) {
        openers.push(opener);
        ids.push(id);
        counts.push(0);
        if (c == '{' ? !member() : ((name = 0), (key = -1), false)) return stop();
        continue;
      }
      i++;
    } else if (c == '"') {
      if (!readString()) return stop();
    } else {
      SCALAR.lastIndex = i;
      if (!SCALAR.test(text)) return stop();
      i = SCALAR.lastIndex;
    }
    // After a value: close finished containers, then go on with the next member.
    for (;;) {
      const top = openers.length - 1;
      space();
      want = top < 0 ? 'end' : 'next';
      if (top < 0) return i < length ? stop() : null;
      const inObject = text[openers[top]] == '{';
      if (text[i] == ',') {
        i++;
        const count = ++counts[top];
        if (inObject ? !member() : ((name = count), (key = -1), false)) return stop();
        break;
      }
      if (text[i] != (inObject ? '}' : ']')) return stop();
      i++;
      openers.pop();
      ids.pop();
      counts.pop();
    }
  }
}

/**
 * Reads `text` as JSON, calling `visit` for each value. Returns the offset
 * where reading stopped at the first syntax error, or -1 when the text is
 * valid JSON.
 */
export function scanJson(text: string, visit?: JsonVisitor): number {
  return scan(text, visit)?.at ?? -1;
}

/** The 1-based line and column of a text offset. */
export function lineColumn(text: string, offset: number): JsonLocation {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** A syntax error: where its cause is, the cause, and the values its message names. */
export interface JsonSyntaxError extends JsonLocation {
  readonly cause: JsonSyntaxCause;
  /** `word` (unquoted), `open` and `close` (missing-bracket), `found` (unexpected). */
  readonly params: Readonly<Record<string, string>>;
}

/** The cause of the syntax error at `stop`, and the offset it is at. */
function causeOf(text: string, stop: Stop): [at: number, cause: JsonSyntaxCause, params?: Record<string, string>] {
  const { at, want } = stop;
  const c = text[at] ?? '';
  if (stop.string >= 0) return text[at] == '\\' ? [at, 'bad-escape'] : [stop.string, 'unclosed-string'];
  if (c == '/' && '/*'.includes(text[at + 1] || '-')) return [at, 'comment'];
  if (c == "'" || c == '‘' || c == '’') return [at, 'single-quotes'];
  // The last character before the stop that is not white space.
  let before = at - 1;
  while (before >= 0 && ' \t\n\r'.includes(text[before])) before--;
  if (!c) {
    if (stop.opener < 0) return [0, 'empty'];
    const open = text[stop.opener];
    return [stop.opener, 'missing-bracket', { open, close: open == '{' ? '}' : ']' }];
  }
  if (c == ',' && want != 'next') return [at, 'extra-comma'];
  if ((c == '}' || c == ']') && text[before] == ',') return [before, 'trailing-comma'];
  if ((want == 'key' || want == 'value') && /[A-Za-z_$]/.test(c)) {
    return [at, 'unquoted', { word: /[\w$-]{0,40}/y.exec(text.slice(at, at + 40))![0] }];
  }
  if (want == 'key' && (c == '{' || c == '[')) return [at, 'expected-key'];
  if (want == 'colon') return [at, 'missing-colon'];
  if (want == 'next') {
    const open = text[stop.opener];
    if (c == '}' || c == ']') return [stop.opener, 'missing-bracket', { open, close: open == '{' ? '}' : ']' }];
    // A new value where a comma or a closing bracket belongs; `01` is one broken number instead.
    if ('"{['.includes(c) || (before < at - 1 && /[\w-]/.test(c))) return [before + 1, 'missing-comma'];
  }
  return [at, 'unexpected', { found: JSON.stringify(c) }];
}

/** Where the first syntax error of `text` is and what caused it, or null when the text is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  const stop = scan(text);
  if (!stop) return null;
  const [at, cause, params = {}] = causeOf(text, stop);
  return { ...lineColumn(text, at), cause, params };
}

/** Every value of a JSON text with its offsets, and the lookup of a path among them. */
export interface JsonIndex {
  /** Where reading stopped at a syntax error, or -1 (the values before it are indexed). */
  readonly error: number;
  /** How many values the text has (the document is number 0; see JsonVisitor). */
  readonly count: number;
  /** Where value `id` and, for an object member, its key start. */
  spot(id: number): JsonSpot;
  /** The number of value `id`'s enclosing object or array (-1 for the document). */
  parent(id: number): number;
  /**
   * The number of the value at `path` (`exact`), or, when the path is not in
   * the text, of the nearest enclosing value that is (-1 when the text has no
   * value at all). Of duplicate keys the last counts, as in JSON.parse. A key
   * that holds `.` or `[` is found unless a shorter key of its object is the
   * part before them.
   */
  find(path: string): { readonly id: number; readonly exact: boolean };
}

/** At most this many keys are tried for one path (a key may itself hold `.` or `[`). */
const MAX_KEY_TRIES = 256;

/** The first offset ≥ `from` of `path` where a segment may end: a `.`, a `[`, or the end. */
function segmentEnd(path: string, from: number): number {
  const dot = path.indexOf('.', from);
  const bracket = path.indexOf('[', from);
  return Math.min(dot < 0 ? path.length : dot, bracket < 0 ? path.length : bracket);
}

/**
 * Reads `text` once and indexes every value (see JsonIndex). Offsets and
 * numbers are kept in typed arrays (a text of n characters has at most n + 1
 * values), which the garbage collector never walks and which never grow;
 * only object members are keyed by a string (their container's number and
 * their key), each hashed once; an array's items are listed the first time
 * a path goes into it.
 */
export function indexJson(text: string): JsonIndex {
  const size = text.length + 1;
  const values = new Int32Array(size);
  const keys = new Int32Array(size);
  const parents = new Int32Array(size);
  // Each array's items as a chain: its first item, each item's next one (0: none, as no item is value 0).
  const first = new Int32Array(size);
  const next = new Int32Array(size);
  const last = new Int32Array(size);
  const items = new Map<number, Int32Array>();
  const members = new Map<string, number>();
  let count = 0;
  const error = scanJson(text, (parent, name, value, key) => {
    const id = count++;
    if (typeof name == 'string') members.set(parent + '.' + name, id);
    else if (parent >= 0) {
      if (name) next[last[parent]] = id;
      else first[parent] = id;
      last[parent] = id;
    }
    values[id] = value;
    keys[id] = key;
    parents[id] = parent;
  });
  const item = (array: number, index: number): number | undefined => {
    let list = items.get(array);
    if (!list) {
      let length = 0;
      for (let id = first[array]; id; id = next[id]) length++;
      list = new Int32Array(length);
      for (let id = first[array], i = 0; id; id = next[id]) list[i++] = id;
      items.set(array, list);
    }
    return list[index];
  };
  const find = (path: string) => {
    if (!count) return { id: -1, exact: false };
    let id = 0;
    let at = 0;
    let tries = 0;
    while (at < path.length) {
      let found: number | undefined;
      let end = at;
      const index = /\[(\d{1,15})\]/y;
      index.lastIndex = at;
      const digits = index.exec(path);
      if (digits) {
        found = item(id, +digits[1]);
        end = index.lastIndex;
      }
      // A key runs to one of the next `.` or `[`, or to the end: the shortest that exists.
      const start = at + (at > 0 && path[at] == '.' ? 1 : 0);
      for (let cut = start - 1; found === undefined && cut < path.length && tries++ < MAX_KEY_TRIES; ) {
        cut = segmentEnd(path, cut + 1);
        found = members.get(id + '.' + path.slice(start, cut));
        end = cut;
      }
      if (found === undefined) return { id, exact: false };
      id = found;
      at = end;
    }
    return { id, exact: true };
  };
  return {
    error,
    count,
    spot: (id) => ({ value: values[id], key: keys[id] }),
    parent: (id) => parents[id],
    find,
  };
}

/**
 * Where `path`'s value starts in `text`, or its key with `key: true` when the
 * path names an object member; null when the path is not in the text.
 */
export function locateJsonPath(text: string, path: string, options?: { key?: boolean }): JsonLocation | null {
  const index = indexJson(text);
  const { id, exact } = index.find(path);
  if (!exact) return null;
  const spot = index.spot(id);
  return lineColumn(text, options?.key && spot.key >= 0 ? spot.key : spot.value);
}
