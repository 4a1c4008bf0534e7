/**
 * A small position-tracking JSON reader: where in the text a JSON path's value
 * (or key) starts, and where a syntax error is. It reads the text itself
 * instead of parsing `JSON.parse` error messages, which differ between engines.
 *
 * Paths look like the validator's: `plans[2].ratePerMinute`, `name.zh-CN`.
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

/** Appends an object key to a JSON path: `plans[2]` + `ratePerMinute` → `plans[2].ratePerMinute`. */
export function pathKey(path: string, key: string): string {
  return (path && path + '.') + key;
}

/**
 * Reads `text` as JSON, calling `visit` with each value's path and offsets.
 * Returns the offset of the first syntax error, or -1 when the text is valid.
 * It keeps its own stack, so any nesting depth is fine.
 */
export function scanJson(text: string, visit?: (path: string, spot: JsonSpot) => void): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  // Moves past a match of a sticky regular expression at `i`, if there is one.
  const eat = (re: RegExp) => {
    re.lastIndex = i;
    const found = re.test(text);
    if (found) i = re.lastIndex;
    return found;
  };
  const space = () => eat(/[ \t\n\r]*/y);
  const char = (c: string) => (space(), text[i] == c ? i++ : fail());
  const string = (): string => {
    const start = i;
    if (!eat(/"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*/y) || text[i] != '"') fail();
    return JSON.parse(text.slice(start, ++i));
  };
  // The path and key offset of the next member of an object or array.
  const member = (inObject: boolean, parent: string, n: number): [string, number] => {
    if (!inObject) return [parent + '[' + n + ']', -1];
    space();
    const key = i;
    const name = text[i] == '"' ? string() : fail();
    char(':');
    return [pathKey(parent, name), key];
  };
  // Open containers: their closing bracket, path and member count.
  const open: [string, string, number][] = [];
  let path = '';
  let key = -1;
  try {
    for (;;) {
      space();
      visit?.(path, { value: i, key });
      const c = text[i];
      if (c == '{' || c == '[') {
        const close = c == '{' ? '}' : ']';
        i++;
        space();
        if (text[i] != close) {
          open.push([close, path, 0]);
          [path, key] = member(c == '{', path, 0);
          continue;
        }
        i++;
      } else if (c == '"') string();
      else if (!eat(/-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y)) fail();
      // After a value: close finished containers, then go on with the next member.
      for (;;) {
        const top = open[open.length - 1];
        space();
        if (!top) return i < text.length ? fail() : -1;
        if (text[i] == ',') {
          i++;
          [path, key] = member(top[0] == '}', top[1], ++top[2]);
          break;
        }
        char(top[0]);
        open.pop();
      }
    }
  } catch (at) {
    if (typeof at != 'number') throw at;
    return at;
  }
}

/** The 1-based line and column of a text offset. */
export function lineColumn(text: string, offset: number): JsonLocation {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Where the first syntax error of `text` is, or null when it is valid JSON. */
export function jsonSyntaxError(text: string): (JsonLocation & { readonly found: string }) | null {
  const at = scanJson(text);
  return at < 0 ? null : { ...lineColumn(text, at), found: at < text.length ? JSON.stringify(text[at]) : '' };
}

/**
 * Every path of a JSON text with its offsets (of duplicate keys the last, as
 * JSON.parse keeps it). Meant for documents of sensible depth: each path is
 * kept as a string.
 */
export function indexJson(text: string): { readonly error: number; readonly spots: ReadonlyMap<string, JsonSpot> } {
  const spots = new Map<string, JsonSpot>();
  const error = scanJson(text, (path, spot) => spots.set(path, spot));
  return { error, spots };
}

/**
 * Where `path`'s value starts in `text`, or its key with `key: true` when the
 * path names an object member; null when the path is not in the text.
 */
export function locateJsonPath(text: string, path: string, options?: { key?: boolean }): JsonLocation | null {
  let found: JsonSpot | undefined;
  // Only `path` is compared, never stored, so any depth is cheap.
  scanJson(text, (p, spot) => {
    if (p === path) found = spot; // the last of duplicate keys wins, as in JSON.parse
  });
  if (!found) return null;
  return lineColumn(text, options?.key && found.key >= 0 ? found.key : found.value);
}
