/**
 * A small position-tracking JSON reader: where in the text a JSON path's value
 * (or key) starts, and where a syntax error is and what caused it. It reads
 * the text itself instead of parsing `JSON.parse` error messages, which
 * differ between engines.
 *
 * Paths look like the validator's: `plans[2].ratePerMinute`, `name.zh-CN`.
 *
 * Every step is linear in the text: the reader goes through it once (a
 * string's contents in runs of at most 4096 parts, so that a 50 MB string
 * neither backtracks nor overflows the stack), keeps its
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
 * Called for each value in text order: its depth (0 for the document), its
 * key when it is an object member (else undefined), and the offsets of a
 * JsonSpot.
 */
export type JsonVisitor = (depth: number, name: string | undefined, value: number, key: number) => void;

/** Appends an object key to a JSON path: `plans[2]` + `ratePerMinute` → `plans[2].ratePerMinute`. */
export function pathKey(path: string, key: string): string {
  return (path && path + '.') + key;
}

/**
 * Where reading stopped at a syntax error, and in what state: what it
 * expected there (0 a value, 1 a key, 2 a colon, 3 a comma or a closing
 * bracket, 4 the end), the opening quote of the string it was in (-1 if
 * none), the opening bracket of the innermost open container (-1 if none).
 */
type Stop = [at: number, want: number, string: number, opener: number];

// A run of a string's characters and escapes, at most 4096 parts at a time, so
// that no backtracking stack ever grows with the string's length.
const CHARS = /(?:[^"\\\0-\x1f]+|\\(?:["\\/bfnrt]|u[\da-fA-F]{4})){0,4096}/y;
// A number or a literal: fixed-width loops only.
const SCALAR = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;

/** Reads `text` as JSON; null when it is valid, else where and how reading stopped. */
function scan(text: string, visit?: JsonVisitor): Stop | null {
  let i = 0;
  let want = 0;
  let string = -1;
  let name: string | undefined;
  let key = -1;
  // The offset of each open container's opening bracket, innermost last.
  const openers: number[] = [];
  const stop = (): Stop => [i, want, string, openers.length ? openers[openers.length - 1] : -1];
  const space = () => {
    for (let c = text.charCodeAt(i); c == 32 || c == 10 || c == 13 || c == 9; c = text.charCodeAt(++i));
  };
  // Moves past the string at `i` (a `"`); false at a character a JSON string cannot hold.
  const readString = (): boolean => {
    for (string = i++; (CHARS.lastIndex = i), CHARS.test(text) && CHARS.lastIndex > i; ) i = CHARS.lastIndex;
    if (text[i] != '"') return false;
    i++;
    string = -1;
    return true;
  };
  // Reads an object member's key and colon (its value comes next), or notes an array item.
  const member = (inObject: boolean): boolean => {
    name = undefined;
    key = -1;
    if (!inObject) return true;
    space();
    want = 1;
    key = i;
    if (text[i] != '"' || !readString()) return false;
    if (visit) name = JSON.parse(text.slice(key, i));
    space();
    want = 2;
    return text[i] == ':' && ++i > 0;
  };
  for (;;) {
    space();
    want = 0;
    visit?.(openers.length, name, i, key);
    const c = text[i];
    if (c == '{' || c == '[') {
      const opener = i++;
      space();
      if (text[i] != (c == '{' ? '}' : ']')) {
        openers.push(opener);
        if (!member(c == '{')) return stop();
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
      want = top < 0 ? 4 : 3;
      if (top < 0) return i < text.length ? stop() : null;
      const inObject = text[openers[top]] == '{';
      if (text[i] == ',') {
        i++;
        if (!member(inObject)) return stop();
        break;
      }
      if (text[i] != (inObject ? '}' : ']')) return stop();
      i++;
      openers.pop();
    }
  }
}

/**
 * Reads `text` as JSON, calling `visit` for each value. Returns the offset
 * where reading stopped at the first syntax error, or -1 when the text is
 * valid JSON.
 */
export function scanJson(text: string, visit?: JsonVisitor): number {
  return scan(text, visit)?.[0] ?? -1;
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
function causeOf(text: string, [at, want, string, opener]: Stop): [number, JsonSyntaxCause, Record<string, string>?] {
  const c = text[at] || '';
  // The last character before the stop that is not white space.
  let before = at - 1;
  while (before >= 0 && ' \t\n\r'.includes(text[before])) before--;
  const bracket = { open: text[opener], close: text[opener] == '{' ? '}' : ']' };
  return string >= 0
    ? c == '\\'
      ? [at, 'bad-escape']
      : [string, 'unclosed-string']
    : !c
      ? opener < 0
        ? [0, 'empty']
        : [opener, 'missing-bracket', bracket]
      : c == '/' && '/*'.includes(text[at + 1] || '-')
        ? [at, 'comment']
        : "'‘’".includes(c)
          ? [at, 'single-quotes']
          : c == ',' && want != 3
            ? [at, 'extra-comma']
            : '}]'.includes(c) && text[before] == ','
              ? [before, 'trailing-comma']
              : want < 2 && /[A-Za-z_$]/.test(c)
                ? [at, 'unquoted', { word: /^[\w$-]*/.exec(text.slice(at, at + 40))![0] }]
                : want == 1 && '{['.includes(c)
                  ? [at, 'expected-key']
                  : want == 2
                    ? [at, 'missing-colon']
                    : want == 3 && '}]'.includes(c)
                      ? [opener, 'missing-bracket', bracket]
                      : // A value where a comma belongs; `01` is one broken number instead.
                        want == 3 && ('"{['.includes(c) || (before < at - 1 && /[\w-]/.test(c)))
                        ? [before + 1, 'missing-comma']
                        : [at, 'unexpected', { found: JSON.stringify(c) }];
}

/**
 * Where reading `text` stopped at its first syntax error, or null when it is
 * valid JSON (what `validateTariffsText` reports: it needs no more).
 */
export function jsonSyntaxStop(text: string): JsonLocation | null {
  const stop = scan(text);
  return stop && lineColumn(text, stop[0]);
}

/**
 * The first syntax error of `text`: what caused it, and where the cause is
 * (which is not always where reading stopped), or null when the text is
 * valid JSON. For the marketers' tools (explain.ts), which say how to fix it.
 */
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
 * numbers are kept in typed arrays (a text of n characters has at most
 * n / 2 + 1 values), which the garbage collector never walks and which never grow;
 * only object members are keyed by a string (their container's number and
 * their key), each hashed once; an array's items are listed the first time
 * a path goes into it.
 */
export function indexJson(text: string): JsonIndex {
  // Every value but the first follows a `[`, `,` or `:` and is a character long at least.
  const size = (text.length >> 1) + 2;
  const values = new Int32Array(size);
  const keys = new Int32Array(size);
  const parents = new Int32Array(size);
  // An array's items as a chain: its first item is the value after it, `next` links each to the following one (0: none).
  const next = new Int32Array(size);
  const items = new Map<number, Int32Array>();
  const members = new Map<string, number>();
  // The number of the value last seen at each depth (the container of the next deeper one), and its items so far.
  const at: number[] = [];
  const seen: number[] = [];
  let count = 0;
  const error = scanJson(text, (depth, name, value, key) => {
    const id = count++;
    const parent = depth ? at[depth - 1] : -1;
    if (name !== undefined) members.set(parent + '.' + name, id);
    else if (parent >= 0 && seen[depth - 1]++) next[at[depth]] = id;
    at[depth] = id;
    seen[depth] = 0;
    values[id] = value;
    keys[id] = key;
    parents[id] = parent;
  });
  const item = (array: number, index: number): number | undefined => {
    let list = items.get(array);
    if (!list) {
      const first = array + 1 < count && parents[array + 1] == array ? array + 1 : 0;
      let length = 0;
      for (let id = first; id; id = next[id]) length++;
      list = new Int32Array(length);
      for (let id = first, i = 0; id; id = next[id]) list[i++] = id;
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
