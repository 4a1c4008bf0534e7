/** Helpers for the call-log import tests: fixture files, byte streams cut anywhere, whole reads. */
import { readFile } from '@web/test-runner-commands';
import { openCallLog, type CallLog, type CallLogReport, type CallLogSource, type CallRecord, type ColumnMapping } from '../../src/call-log/index.js';

/**
 * A file of test/fixtures/call-logs/ as the browser would get it from a drop,
 * byte for byte. Not fetched: the test server re-encodes any response that
 * looks like text as UTF-8, which would spoil the GBK and UTF-16 files.
 * The runner resolves the path from the test file: `root` leads from its
 * folder to the repository (`../..` from src/call-log/).
 */
export async function fixture(name: string, root = '../..'): Promise<Blob> {
  const base64 = await readFile({ path: `${root}/test/fixtures/call-logs/${name}`, encoding: 'base64' });
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

export interface WholeRead {
  readonly log: CallLog;
  readonly records: CallRecord[];
  readonly report: CallLogReport;
  readonly batches: number;
}

/** Opens `source` and reads it all with `mapping` (the suggested one by default). */
export async function readAll(source: CallLogSource, mapping?: ColumnMapping): Promise<WholeRead> {
  const log = await openCallLog(source);
  const records: CallRecord[] = [];
  let batches = 0;
  const report = await log.read({
    mapping,
    onRecords: (batch) => {
      batches++;
      records.push(...batch);
    },
  });
  return { log, records, report, batches };
}

/** The three calls most fixtures hold. */
export const THREE_CALLS: readonly CallRecord[] = [
  { start: '2026-03-01 08:05:09', seconds: 205, caller: '13800138000' },
  { start: '2026-03-02 18:30:00', seconds: 0, caller: '02087654321' },
  { start: '2026-03-31 23:59:59', seconds: 3723, caller: '+8613912345678' },
];

/** The error `promise` rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
