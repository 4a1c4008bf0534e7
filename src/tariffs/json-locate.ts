/**
 * A small position-tracking JSON reader: where in the text a JSON path's value
 * (or key) starts, and where a syntax error is. It reads the text itself
 * instead of parsing `JSON.parse` error messages, which differ between engines.
 *
 * Paths look like the validator's: `plans[2].ratePerMinute`, `name["a b"]`.
 */

/** A 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface JsonLocation {
  readonly line: number;
  readonly column: number;
}

/** Where one path's value and, for an object member, its key start (offsets). */
export interface JsonSpot {
  readonly value: number;
  /** -1 for array items and the document itself. */
  readonly key: number;
}

/** Nesting beyond this is reported as an error at the opening bracket. */
export const MAX_SCAN_DEPTH = 1000;

/** Appends an object key to a JSON path: `.key`, or `["key"]` when it needs quoting. */
export function pathKey(path: string, key: string): string {
  return /^[\w$-]+$/.test(key) ? (path ? path + '.' : '') + key : path + '[' + JSON.stringify(key) + ']';
}

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const SPACE = /[ \t\n\r]*/y;

/**
 * Reads `text` as JSON, calling `visit` with each value's path and offsets.
 * Returns the offset of the first syntax error, or -1 when the text is valid.
 */
export function scanJson(text: string, visit?: (path: string, spot: JsonSpot) => void): number {
  let i = 0;
  const space = () => {
    SPACE.lastIndex = i;
    SPACE.test(text);
    i = SPACE.lastIndex;
  };
  const match = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(text)) throw i;
    i = re.lastIndex;
  };
  const expect = (c: string) => {
    space();
    if (text[i] != c) throw i;
    i++;
  };
  const string = () => {
    const start = i;
    match(STRING);
    if (text[i] != '"') throw i;
    return JSON.parse(text.slice(start, ++i)) as string;
  };
  const value = (path: string, key: number, depth: number): void => {
    space();
    visit?.(path, { value: i, key });
    const c = text[i];
    if (c == '{' || c == '[') {
      if (depth >= MAX_SCAN_DEPTH) throw i;
      const close = c == '{' ? '}' : ']';
      i++;
      space();
      if (text[i] == close) {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        if (c == '{') {
          space();
          const k = i;
          if (text[i] != '"') throw i;
          const name = string();
          expect(':');
          value(pathKey(path, name), k, depth + 1);
        } else value(path + '[' + n + ']', -1, depth + 1);
        space();
        if (text[i] != ',') break;
        i++;
      }
      expect(close);
    } else if (c == '"') string();
    else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (word) i += word.length;
      else match(NUMBER);
    }
  };
  try {
    value('', -1, 0);
    space();
    if (i < text.length) throw i;
    return -1;
  } catch (at) {
    if (typeof at != 'number') throw at;
    return at;
  }
}

/** The 1-based line and column of a text offset. */
export function lineColumn(text: string, offset: number): JsonLocation {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Every path of a JSON text with its offsets, or the offset of its syntax error. */
export function indexJson(text: string): { readonly error: number; readonly spots: ReadonlyMap<string, JsonSpot> } {
  const spots = new Map<string, JsonSpot>();
  const error = scanJson(text, (path, spot) => spots.set(path, spot));
  return { error, spots };
}

/**
 * Where `path`'s value starts in `text` (its key, with `key: true`, when the
 * path names an object member), or null when the path is not in the text.
 */
export function locateJsonPath(text: string, path: string, options?: { key?: boolean }): JsonLocation | null {
  let found: JsonSpot | undefined;
  scanJson(text, (p, spot) => {
    if (p == path) found = spot; // the last duplicate wins, as in JSON.parse
  });
  if (!found) return null;
  return lineColumn(text, options?.key && found.key >= 0 ? found.key : found.value);
}

/** Where the first syntax error of `text` is, or null when it is valid JSON. */
export function jsonSyntaxError(text: string): (JsonLocation & { readonly found: string }) | null {
  const at = scanJson(text);
  if (at < 0) return null;
  return { ...lineColumn(text, at), found: at < text.length ? JSON.stringify(text[at]) : '' };
}
