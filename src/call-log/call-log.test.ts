import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fixture, readAll, rejection, streamOf, THREE_CALLS } from '../../test/support/call-log-helpers.js';
import { openCallLog, toCallRecord, type CallRecord } from './index.js';

const starts = (records: readonly CallRecord[]) => records.map((r) => r.start);
const seconds = (records: readonly CallRecord[]) => records.map((r) => r.seconds);

/** `rows` data rows of a plain UTF-8 export, about 70 bytes each. */
function bigExport(rows: number): string {
  const lines = ['主叫号码,被叫号码,开始时间,通话时长(秒)'];
  for (let i = 0; i < rows; i++) lines.push(`138${String(i).padStart(8, '0')},4008001234,2026-03-${String((i % 28) + 1).padStart(2, '0')} 08:05:09,${i % 600}`);
  return lines.join('\r\n') + '\r\n';
}

describe('call-log import of sample exports', () => {
  for (const name of [
    'utf8-bom-title-crlf.csv',
    'utf8-english.csv',
    'gbk.csv',
    'gb18030.tsv',
    'utf16le-bom.tsv',
    'date-time-columns.csv',
    'cr-only.csv',
    'end-time.csv',
  ]) {
    it(`reads the three calls of ${name} without asking`, async () => {
      const { log, records, report } = await readAll(await fixture(name));
      expect(log.certain, JSON.stringify(log.issues)).to.equal(true);
      expect(records).to.deep.equal(THREE_CALLS);
      expect(report).to.include({ rows: 3, records: 3, empty: 0, unreadable: 0 });
    });
  }

  it('reports the encoding, delimiter and header row it found', async () => {
    const layouts = await Promise.all(
      ['utf8-bom-title-crlf.csv', 'gbk.csv', 'gb18030.tsv', 'utf16le-bom.tsv', 'needs-mapping.csv'].map(async (name) => {
        const { encoding, delimiter, headerRow } = await openCallLog(await fixture(name));
        return [encoding, delimiter, headerRow];
      }),
    );
    expect(layouts).to.deep.equal([
      ['utf-8', ',', 4],
      ['gb18030', ',', 1],
      ['gb18030', '\t', 1],
      ['utf-16le', '\t', 1],
      ['utf-8', ';', 1],
    ]);
  });

  it('reads quoted fields with commas, quotes and line breaks', async () => {
    const { records, report } = await readAll(await fixture('quoted.csv'));
    expect(records).to.deep.equal([THREE_CALLS[0], { ...THREE_CALLS[1], caller: '020-8765-4321' }, THREE_CALLS[2]]);
    expect(report.rows).to.equal(3);
  });

  it('reads every duration format', async () => {
    const { records, report } = await readAll(await fixture('durations.csv'));
    expect(seconds(records)).to.deep.equal([...Array(13).fill(205), 3723, 3723, 3723]);
    expect(report.unreadable).to.equal(0);
  });

  it('reads every start format', async () => {
    const { records } = await readAll(await fixture('start-formats.csv'));
    const full = '2026-03-01 08:05:09';
    const short = '2026-03-01 08:05:00';
    expect(starts(records)).to.deep.equal([full, full, short, short, full, full, full, full, full, full, full, short]);
  });

  it('reads full-width digits, letters and spaces as ASCII', async () => {
    const { records } = await readAll(await fixture('full-width.csv'));
    expect(records).to.deep.equal([
      { start: '2026-03-01 08:05:09', seconds: 205, caller: '13800138000' },
      { start: '2026-03-02 18:30:00', seconds: 0, caller: '02087654321' },
    ]);
  });

  it('counts unreadable and empty rows, and reports the first five by row and reason only', async () => {
    const { records, report } = await readAll(await fixture('unreadable.csv'));
    expect(records).to.deep.equal([
      { start: '2026-03-01 08:05:09', seconds: 205, caller: '13800138000' },
      { start: '2026-03-02 18:30:00', seconds: 0, caller: '02087654321' },
    ]);
    expect(report).to.deep.equal({
      rows: 13,
      records: 2,
      empty: 3,
      unreadable: 8,
      unreadableRows: [
        { row: 3, reason: 'start-invalid' },
        { row: 4, reason: 'start-invalid' },
        { row: 7, reason: 'duration-invalid' },
        { row: 8, reason: 'start-missing' },
        { row: 9, reason: 'start-invalid' },
      ],
      bytesRead: (await fixture('unreadable.csv')).size,
      callerHasCountryCode: false,
    });
  });

  it('tells why each kind of row is unreadable', () => {
    const mapping = { start: 0, seconds: 1 };
    expect(toCallRecord(['2026-03-01 08:05:09', '-5'], mapping)).to.equal('duration-invalid');
    expect(toCallRecord(['2026-03-01 08:05:09', '100000'], mapping)).to.equal('duration-too-long');
    expect(toCallRecord(['2026-03-01 08:05:09', ''], mapping)).to.equal('duration-missing');
    expect(toCallRecord(['2026-03-01 08:05:09'], mapping)).to.equal('duration-missing');
    expect(toCallRecord(['2026-03-01 08:05:09', 'soon'], { start: 0, end: 1 })).to.equal('end-invalid');
    expect(toCallRecord(['2026-03-01 08:05:09', '2026-03-01 08:00:00'], { start: 0, end: 1 })).to.equal('end-before-start');
    expect(toCallRecord(['2026-03-01', ''], { start: 0, time: 1, seconds: 0 })).to.equal('start-invalid');
  });

  it('leaves out the caller when the row has none', async () => {
    const { records } = await readAll('start,duration\n2026-03-01 08:05,0\n');
    expect(records).to.deep.equal([{ start: '2026-03-01 08:05:00', seconds: 0 }]);
    expect(Object.keys(records[0]!)).to.deep.equal(['start', 'seconds']);
  });

  it('asks to confirm unknown columns, and reads with the mapping the visitor confirms', async () => {
    const log = await openCallLog(await fixture('needs-mapping.csv'));
    expect(log.certain).to.equal(false);
    expect(log.headers).to.deep.equal(['Anrufer', 'Zeitpunkt', 'Dauer']);
    expect(log.mapping).to.deep.equal({ start: 1 });
    expect(log.issues).to.deep.equal([
      { role: 'start', problem: 'unsure', candidates: [1] },
      { role: 'seconds', problem: 'missing', candidates: [] },
    ]);
    expect(log.preview).to.deep.equal([
      { row: 2, cells: ['138****8000', '2026-03-01 08:05', '205'] },
      { row: 3, cells: ['020****4321', '2026-03-02 18:30', '0'] },
    ]);
    const mapping = { ...log.mapping, seconds: 2, caller: 0, callerHasCountryCode: true };
    expect(log.preview.map(({ cells }) => toCallRecord(cells, mapping))).to.deep.equal([
      { start: '2026-03-01 08:05:00', seconds: 205, caller: '138****8000' },
      { start: '2026-03-02 18:30:00', seconds: 0, caller: '020****4321' },
    ]);
    const records: CallRecord[] = [];
    const report = await log.read({ mapping, onRecords: (batch) => void records.push(...batch) });
    expect(records).to.deep.equal([
      { start: '2026-03-01 08:05:00', seconds: 205, caller: '13800138000' },
      { start: '2026-03-02 18:30:00', seconds: 0, caller: '02087654321' },
    ]);
    expect(report).to.include({ records: 2, callerHasCountryCode: true });
  });

  it('asks to confirm a billed time, and reads its minutes', async () => {
    const { log, records } = await readAll(await fixture('billed-only.csv'));
    expect(log.certain).to.equal(false);
    expect(log.issues).to.deep.equal([{ role: 'seconds', problem: 'unsure', candidates: [2] }]);
    expect(seconds(records)).to.deep.equal([240, 0]);
  });

  it('reads a file without a header from its first row', async () => {
    const { log, records } = await readAll('13800138000,2026-03-01 08:05:09,00:03:25\n02087654321,2026-03-02 18:30:00,0:00\n');
    expect(log).to.include({ headerRow: 0, certain: false });
    expect(log.headers).to.deep.equal([]);
    expect(records).to.deep.equal([
      { start: '2026-03-01 08:05:09', seconds: 205 },
      { start: '2026-03-02 18:30:00', seconds: 0 },
    ]);
  });

  it('opens an empty file', async () => {
    const log = await openCallLog('');
    expect(log).to.include({ headerRow: 0, certain: false });
    expect(await rejection(log.read({ onRecords: () => {} }))).to.be.instanceOf(TypeError);
    const { report } = await readAll('开始时间,时长\n');
    expect(report).to.include({ rows: 0, records: 0 });
  });
});

describe('call-log import as a stream', () => {
  it('gives the same records however the bytes are cut', async () => {
    const names = ['utf8-bom-title-crlf.csv', 'gbk.csv', 'utf16le-bom.tsv', 'quoted.csv', 'unreadable.csv', 'cr-only.csv'];
    const files = await Promise.all(names.map(async (name) => new Uint8Array(await (await fixture(name)).arrayBuffer())));
    const whole = await Promise.all(files.map((bytes) => readAll(new Blob([bytes]))));
    await fc.assert(
      fc.asyncProperty(fc.nat(files.length - 1), fc.array(fc.nat(600), { maxLength: 10 }), async (file, cuts) => {
        const { records, report } = await readAll(streamOf(files[file]!, cuts));
        expect(records).to.deep.equal(whole[file]!.records);
        expect(report).to.deep.equal(whole[file]!.report);
      }),
      { numRuns: 150 },
    );
  });

  it('hands records on in batches as it reads, and reports progress up to the size', async () => {
    const file = new Blob([bigExport(20_000)]);
    const log = await openCallLog(file);
    const batchSizes: number[] = [];
    const progress: number[] = [];
    let last: CallRecord | undefined;
    const report = await log.read({
      onRecords: (batch) => {
        batchSizes.push(batch.length);
        last = batch[batch.length - 1];
      },
      onProgress: ({ bytesRead, totalBytes }) => {
        expect(totalBytes).to.equal(file.size);
        progress.push(bytesRead);
      },
    });
    expect(report.records).to.equal(20_000);
    expect(batchSizes.reduce((a, b) => a + b)).to.equal(20_000);
    expect(batchSizes.length).to.be.greaterThan(10);
    expect(Math.max(...batchSizes)).to.be.below(2000);
    expect(progress).to.deep.equal([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).to.equal(file.size);
    expect(last).to.deep.equal({ start: '2026-03-08 08:05:09', seconds: 19_999 % 600, caller: '13800019999' });
  });

  it('waits for a consumer that returns a promise', async () => {
    const log = await openCallLog(new Blob([bigExport(3000)]));
    let pending = 0;
    let overlapped = false;
    await log.read({
      onRecords: async () => {
        overlapped ||= pending > 0;
        pending++;
        await new Promise((resolve) => setTimeout(resolve, 1));
        pending--;
      },
    });
    expect(overlapped).to.equal(false);
  });

  it('lets other tasks run while it reads', async () => {
    const log = await openCallLog(new Blob([bigExport(60_000)]));
    // A task queued again and again (a message: timers are throttled in a background test page).
    const channel = new MessageChannel();
    let turns = 0;
    let reading = true;
    channel.port1.onmessage = () => {
      turns++;
      if (reading) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    await log.read({ onRecords: () => {} });
    reading = false;
    channel.port1.close();
    expect(turns).to.be.greaterThan(5);
  });

  it('stops when aborted, rejecting with the reason and releasing the stream', async () => {
    const bytes = new TextEncoder().encode(bigExport(50_000));
    let cancelled = false;
    const inner = streamOf(bytes, Array.from({ length: 100 }, (_, i) => i * 40_000)).getReader();
    const stream = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        const { done, value } = await inner.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: () => {
        cancelled = true;
      },
    });
    const log = await openCallLog(stream);
    const controller = new AbortController();
    let records = 0;
    const reading = log.read({
      signal: controller.signal,
      onRecords: (batch) => {
        records += batch.length;
        if (records > 1000) controller.abort();
      },
    });
    expect(await rejection(reading)).to.equal(controller.signal.reason);
    expect(cancelled).to.equal(true);
    expect(records).to.be.below(50_000);
  });

  it('refuses to open with an aborted signal', async () => {
    expect(await rejection(openCallLog('a,b\n', { signal: AbortSignal.abort() }))).to.be.instanceOf(DOMException);
  });

  it('is read once, and needs a mapping with a start and a duration', async () => {
    const log = await openCallLog(await fixture('gbk.csv'));
    expect(await rejection(log.read({ mapping: { start: 1 }, onRecords: () => {} }))).to.be.instanceOf(TypeError);
    expect((await log.read({ onRecords: () => {} })).records).to.equal(3);
    expect(await rejection(log.read({ onRecords: () => {} }))).to.be.instanceOf(Error).with.property('message').match(/once/);
    const other = await openCallLog(await fixture('gbk.csv'));
    expect(await rejection(other.read({ mapping: { start: -1, seconds: 2 }, onRecords: () => {} }))).to.be.instanceOf(TypeError);
    const cancelled = await openCallLog(await fixture('gbk.csv'));
    await cancelled.cancel();
    expect(await rejection(cancelled.read({ onRecords: () => {} }))).to.be.instanceOf(Error).with.property('message').match(/once/);
  });
});
