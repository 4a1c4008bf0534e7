// Privacy by construction: whatever an export holds, no phone number comes
// back from the import except in the `caller` field of the records. Not in
// the log's headers, guesses or preview, not in the report, not in an error,
// not on the console.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { rejection } from '../../test/support/call-log-helpers.js';
import { maskPhoneNumbers, openCallLog, type CallRecord } from './index.js';

const digit = fc.constantFrom(...'0123456789');
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
/** Mobile, landline and international numbers, written the ways exports write them. */
const phoneNumbers = fc.oneof(
  fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), digits(9)).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom('010', '020', '0755'), digits(8)).map(([area, n]) => `(${area}) ${n.slice(0, 4)}-${n.slice(4)}`),
  fc.tuple(fc.constantFrom('+86', '0086', '+852 '), digits(10)).map(([code, n]) => `${code}1${n}`),
  fc.tuple(fc.constantFrom('400', '800'), digits(7)).map(([a, b]) => `${a}-${b.slice(0, 3)}-${b.slice(3)}`),
);
const digitsOf = (text: string) => text.replace(/\D/g, '');

/** Every string and number inside `value`. */
function leaves(value: unknown, found: string[] = []): string[] {
  if (typeof value == 'string' || typeof value == 'number') found.push(String(value));
  else if (value instanceof Error) found.push(value.name, value.message, String(value.stack));
  else if (value && typeof value == 'object') for (const item of Object.values(value)) leaves(item, found);
  return found;
}

function expectNoNumber(numbers: readonly string[], where: unknown, what: string): void {
  for (const leaf of leaves(where)) {
    for (const number of numbers) {
      expect(digitsOf(leaf).includes(digitsOf(number)), `${what} holds a phone number`).to.equal(false);
    }
  }
}

/** An export with `numbers` in every place a number could be: title, callers, callees, notes, broken rows. */
function exportOf(numbers: readonly string[], withHeader: boolean): string {
  const [a, b = a, c = b] = numbers as [string, string?, string?];
  const lines = withHeader ? [`通话详单 ${a}`, '主叫号码,被叫号码,开始时间,通话时长,备注'] : [];
  numbers.forEach((number, i) => {
    lines.push(`"${number}",${b},2026-03-0${(i % 9) + 1} 08:05:09,205,"回拨 ${c}，找王先生"`);
  });
  // Unreadable rows: a number where the start, the duration or everything should be.
  lines.push(`${a},${b},${c},205,`, `${a},${b},2026-03-01 08:00,${c},`, `${a},${b},${c},${c},${c}`, `${b}`);
  return lines.join('\n') + '\n';
}

describe('call-log privacy', () => {
  it('masks phone numbers in text, but not dates, times or durations', () => {
    expect(maskPhoneNumbers('13800138000')).to.equal('138****8000');
    expect(maskPhoneNumbers('+8613800138000')).to.equal('+861******8000');
    expect(maskPhoneNumbers('(010) 6552-9988')).to.equal('(010) ****-9988');
    expect(maskPhoneNumbers('回拨 13800138000，找王先生')).to.equal('回拨 138****8000，找王先生');
    expect(maskPhoneNumbers('8765432')).to.equal('87***32');
    for (const kept of ['2026-03-01 08:05:09', '2026/3/1 8:05', '2026年3月1日 08:05', '20260301080509', '20260301 080509', '00:03:25', '205', '3分25秒', '123456']) {
      expect(maskPhoneNumbers(kept), kept).to.equal(kept);
    }
  });

  it('returns no phone number but in the callers of the records', async () => {
    const logged: unknown[] = [];
    const console = globalThis.console as unknown as Record<string, (...args: unknown[]) => void>;
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
    const original = methods.map((name) => console[name]!);
    methods.forEach((name) => (console[name] = (...args) => void logged.push(args)));
    try {
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(phoneNumbers, { minLength: 3, maxLength: 12, selector: digitsOf }), fc.boolean(), async (numbers, withHeader) => {
          const text = exportOf(numbers, withHeader);
          const log = await openCallLog(text);
          expectNoNumber(numbers, { ...log }, 'the opened log');
          const progress: unknown[] = [];
          const records: CallRecord[] = [];
          const mapping = { ...log.mapping, start: 2, seconds: 3, caller: 0 };
          const report = await log.read({ mapping, onRecords: (batch) => void records.push(...batch), onProgress: (p) => void progress.push(p) });
          expectNoNumber(numbers, report, 'the report');
          expectNoNumber(numbers, progress, 'the progress');
          expectNoNumber(numbers, records.map(({ start, seconds }) => ({ start, seconds })), 'a record besides its caller');
          expect(records.map((r) => r.caller)).to.deep.equal(numbers);
          expect(report.unreadable).to.equal(4);
          // Errors: a second read, a mapping without a start, an abort.
          expectNoNumber(numbers, await rejection(log.read({ onRecords: () => {} })), 'an error');
          const other = await openCallLog(text);
          expectNoNumber(numbers, await rejection(other.read({ mapping: { seconds: 3 }, onRecords: () => {} })), 'an error');
          const controller = new AbortController();
          const aborted = other.read({ mapping, signal: controller.signal, onRecords: () => controller.abort() });
          expectNoNumber(numbers, await rejection(aborted), 'an error');
        }),
        { numRuns: 60 },
      );
    } finally {
      methods.forEach((name, i) => (console[name] = original[i]!));
    }
    expect(logged).to.deep.equal([]);
  });
});
