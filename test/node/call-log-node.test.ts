// The call-log import uses only web APIs that Node 20 has too (Blob,
// ReadableStream, TextDecoder with GB18030, MessageChannel): it reads the
// sample exports in Node as in a browser, and leaves nothing running.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openAsBlob } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openCallLog, type CallRecord } from '../../src/call-log/index.js';

const fixtures = fileURLToPath(new URL('../fixtures/call-logs/', import.meta.url));
const THREE_CALLS: CallRecord[] = [
  { start: '2026-03-01 08:05:09', seconds: 205, caller: '13800138000' },
  { start: '2026-03-02 18:30:00', seconds: 0, caller: '02087654321' },
  { start: '2026-03-31 23:59:59', seconds: 3723, caller: '+8613912345678' },
];

for (const [name, encoding] of [
  ['gbk.csv', 'gb18030'],
  ['gb18030.tsv', 'gb18030'],
  ['utf16le-bom.tsv', 'utf-16le'],
  ['utf8-bom-title-crlf.csv', 'utf-8'],
] as const) {
  test(`Node reads ${name} (${encoding}) as a browser does`, async () => {
    const log = await openCallLog(await openAsBlob(fixtures + name));
    assert.equal(log.encoding, encoding);
    assert.equal(log.certain, true);
    const records: CallRecord[] = [];
    const report = await log.read({ onRecords: (batch) => void records.push(...batch) });
    assert.deepEqual(records, THREE_CALLS);
    assert.equal(report.unreadable, 0);
  });
}

test('Node reads a large file in slices (yielding through MessageChannel)', async () => {
  const rows = Array.from({ length: 30_000 }, (_, i) => `1380013${String(i).padStart(4, '0')},2026-03-01 08:05:09,${i % 300}`);
  const log = await openCallLog(['主叫号码,开始时间,通话时长', ...rows].join('\n'));
  let records = 0;
  let batches = 0;
  await log.read({ onRecords: (batch) => void ((records += batch.length), batches++) });
  assert.equal(records, 30_000);
  assert.ok(batches > 5);
});
