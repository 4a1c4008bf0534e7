/**
 * Which sources a minified bundle's bytes come from, read from its source
 * map: the size test prints this when the one script is over budget, so that
 * the failure says where the weight is.
 */
import { gzipSync } from 'node:zlib';

export interface SourceShare {
  /** The source path as the map names it, `node_modules/` folded to the package. */
  readonly source: string;
  readonly bytes: number;
  /** Its code gzipped on its own: an indication, since gzip shares context across a file. */
  readonly gzipBytes: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The fields of one source map segment (VLQ-decoded, relative values). */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function packageOf(source: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return match ? match[1] : source.replace(/^(\.\.\/)+/, '');
}

/** The bundle's bytes per source (largest first); unmapped bytes count as `(unmapped)`. */
export function bundleComposition(code: string, map: { sources: string[]; mappings: string }): SourceShare[] {
  const parts = new Map<string, string[]>();
  const add = (source: string, text: string) => {
    if (!parts.has(source)) parts.set(source, []);
    parts.get(source)!.push(text);
  };
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    const text = lines[lineIndex] ?? '';
    let column = 0;
    let current = '(unmapped)';
    let from = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      add(current, text.slice(from, column));
      from = column;
      if (sourceDelta === undefined) current = '(unmapped)';
      else {
        sourceIndex += sourceDelta;
        current = packageOf(map.sources[sourceIndex] ?? '(unknown)');
      }
    }
    add(current, text.slice(from));
  });
  return [...parts]
    .map(([source, texts]) => {
      const joined = texts.join('');
      return { source, bytes: joined.length, gzipBytes: gzipSync(joined, { level: 9 }).length };
    })
    .filter((share) => share.bytes > 0)
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}
