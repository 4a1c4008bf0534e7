/**
 * Where a tariff issue is in the file's text, as a 1-based line and column.
 * The tariffs:check command, the tariff preview page and the build's check of
 * the bundled tariffs all ask this module, so they always point at the same
 * place. What an issue points at depends on its code (never on its message):
 *
 * - a wrong value (`expected`, `duplicate-id`, `all-shares-zero`): the value;
 * - a wrong key (`unknown-field`, `unknown-id`, `forbidden-key`): the key;
 * - `missing-field`: the `{` of the object that lacks the field;
 * - `json-syntax`: where its cause is (a trailing comma at the comma, an
 *   unclosed string at its quote), not where reading stopped;
 * - the whole document (`too-large`, `too-deep`, and the loading codes): 1:1.
 *
 * A path that is not in the text (a field the file leaves to its default)
 * points at the nearest enclosing value that is.
 */
import type { TariffIssue, TariffIssueCode } from '../engine/types.js';
import { MAX_DOCUMENT_BYTES } from '../engine/limits.js';
import { indexJson, jsonSyntaxError, type JsonIndex, type JsonLocation } from './json-locate.js';

/** Codes whose issue is about the key of an object member rather than its value. */
const AT_KEY: readonly TariffIssueCode[] = ['unknown-field', 'unknown-id', 'forbidden-key'];

/** Codes whose issue is about the document as a whole, which is then not indexed. */
const WHOLE_DOCUMENT: readonly TariffIssueCode[] = [
  'too-large',
  'too-deep',
  'fetch-status',
  'fetch-timeout',
  'fetch-failed',
  'unexpected-error',
];

const START: JsonLocation = { line: 1, column: 1 };

/** The path one level up: `plans[2].addOns.ivr` → `plans[2].addOns` → `plans[2]` → `plans` → ``. */
export function parentPath(path: string): string {
  const item = /\[\d+\]$/.exec(path.slice(-17));
  if (item) return path.slice(0, path.length - item[0].length);
  return path.slice(0, Math.max(path.lastIndexOf('.'), 0));
}

/** The offset at which each line of `text` starts, found in one pass. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The line and column of `offset`, by binary search in `starts`. */
function position(starts: readonly number[], offset: number): JsonLocation {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

/**
 * A function that locates issues of `text` (a tariff file's text, with or
 * without a byte order mark). The text is read once, on the first issue that
 * needs it; each issue then costs a lookup of its path, segment by segment.
 * A text over 1 MiB, which the validator refuses unread, is not read here
 * either: its issues are at 1:1.
 */
export function issueLocator(text: string): (issue: TariffIssue) => JsonLocation {
  text = text.replace(/^\uFEFF/, '');
  let index: { json: JsonIndex; starts: number[] } | undefined;
  return (issue) => {
    if (issue.code === 'json-syntax') {
      const cause = text.length > MAX_DOCUMENT_BYTES ? null : jsonSyntaxError(text);
      return cause ? { line: cause.line, column: cause.column } : { line: +issue.params.line, column: +issue.params.column };
    }
    if (WHOLE_DOCUMENT.includes(issue.code) || text.length > MAX_DOCUMENT_BYTES) return START;
    index ??= { json: indexJson(text), starts: lineStarts(text) };
    const { json, starts } = index;
    let { id, exact } = json.find(issue.path);
    if (id < 0) return START;
    // A missing field is not in the text: its object is (should it be there after all, its parent).
    if (issue.code === 'missing-field' && exact) id = Math.max(json.parent(id), 0);
    const spot = json.spot(id);
    const atKey = exact && AT_KEY.includes(issue.code) && spot.key >= 0;
    return position(starts, atKey ? spot.key : spot.value);
  };
}

/** The location of each of `issues` in `text`, in the same order (see `issueLocator`). */
export function locateIssues(text: string, issues: readonly TariffIssue[]): JsonLocation[] {
  return issues.map(issueLocator(text));
}
