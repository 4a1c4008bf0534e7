/** Helpers for the call-log import tests: fixture files, byte streams cut anywhere. */
import { readFile } from '@web/test-runner-commands';

/**
 * A file of test/fixtures/call-logs/ as the browser would get it from a drop,
 * byte for byte. Not fetched: the test server re-encodes any response that
 * looks like text as UTF-8, which would spoil the GBK and UTF-16 files.
 * (The runner resolves the path from the test file, one in src/call-log/.)
 */
export async function fixture(name: string): Promise<Blob> {
  const base64 = await readFile({ path: `../../test/fixtures/call-logs/${name}`, encoding: 'base64' });
  if (base64 === undefined) throw new Error(`no fixture ${name}`);
  return new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))]);
}

/** `bytes` as a stream delivering the pieces between `cuts` (offsets, any order). */
export function streamOf(bytes: Uint8Array, cuts: readonly number[] = []): ReadableStream<Uint8Array> {
  const ends = [...new Set(cuts.filter((cut) => cut > 0 && cut < bytes.length))].sort((a, b) => a - b);
  const pieces = [...ends, bytes.length].map((end, i, all) => bytes.slice(i ? all[i - 1] : 0, end));
  return new ReadableStream({
    pull(controller) {
      const piece = pieces.shift();
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
}
