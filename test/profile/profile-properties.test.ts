import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  callSummarizer,
  estimate,
  quoteProfile,
  summarizeCalls,
  type CallRecord,
  type MonthSummary,
  type TariffSet,
} from '../../src/engine/index.js';
import { tariffSetArbitrary, usageArbitrary } from '../support/random-tariffs.js';
import { makeRegion } from '../support/tariff-builder.js';

const RUNS = { numRuns: 200 };

/** Cents of an amount "123.45", exactly. */
const cents = (amount: string) => BigInt(amount.replace('.', ''));

/** A tariff set whose regions have caller prefixes, nested ones included. */
const tariffsWithPrefixes: fc.Arbitrary<TariffSet> = tariffSetArbitrary.map((tariffs) => {
  const prefixes = [['+86'], ['+852', '+1'], ['+85', '+']];
  return { ...tariffs, regions: tariffs.regions.map((region, index) => makeRegion(region.id, region.defaultShare, prefixes[index])) };
});

const pad = (value: number) => String(value).padStart(2, '0');

/** Records over three months, at any time, of any length (0 included), with callers of every form. */
const recordsArbitrary: fc.Arbitrary<CallRecord[]> = fc.array(
  fc.record(
    {
      month: fc.integer({ min: 1, max: 3 }),
      day: fc.integer({ min: 1, max: 28 }),
      second: fc.integer({ min: 0, max: 86_399 }),
      seconds: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 0, max: 86_400 })),
      caller: fc.option(fc.constantFrom('13800138000', '+852 9123 4567', '00853-2888', '(010) 8888-8888', '+1 415', 'anonymous', '', '+'), { nil: undefined }),
    },
    { requiredKeys: ['month', 'day', 'second', 'seconds'] },
  ).map(({ month, day, second, seconds, caller }) => {
    const start = `2026-${pad(month)}-${pad(day)} ${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}`;
    return caller === undefined ? { start, seconds } : { start, seconds, caller };
  }),
  { maxLength: 60 },
);

describe('profile properties (§7)', () => {
  it('a one-class month equals the §4 estimate of the same usage (one band, one region, every call d seconds long)', () => {
    const scenario = tariffSetArbitrary.chain((tariffs) =>
      fc.tuple(
        fc.constant(tariffs),
        usageArbitrary(tariffs),
        fc.integer({ min: 1, max: 3600 }),
        fc.integer({ min: 1, max: 500 }),
        fc.boolean(),
        fc.constantFrom(...tariffs.regions.map((region) => region.id)),
      ),
    );
    fc.assert(
      fc.property(scenario, ([tariffs, base, seconds, calls, peak, regionId]) => {
        // M = count × d / 60 must be a decimal the usage can hold exactly: count × d a multiple of 3.
        const count = (calls * seconds) % 3 === 0 ? calls : calls * 3;
        const usage = {
          ...base,
          minutesPerMonth: (count * seconds) / 60,
          peakSharePercent: peak ? 100 : 0,
          regionShares: { [regionId]: 1 },
          averageCallSeconds: seconds,
        };
        const quote = estimate(tariffs, usage);
        const summary: MonthSummary = {
          month: '2026-03',
          classes: [{ band: peak ? 'peak' : 'offPeak', regionId, seconds, count }],
          calls: count,
          answeredCalls: count,
          talkSeconds: count * seconds,
          // Concurrency in place of Erlang B: the same lines, so that extra lines compare too.
          peakConcurrency: quote.linesNeeded,
          firstDay: 1,
          lastDay: 31,
          daysInMonth: 31,
          partial: false,
        };
        const options = { addOns: usage.addOns ?? [], ...(quote.usage.numberGrade === null ? {} : { numberGrade: quote.usage.numberGrade }) };
        const profile = quoteProfile(tariffs, [{ summary }], options);
        expect(profile.plans.map((plan) => plan.planId)).to.deep.equal(quote.plans.map((plan) => plan.planId));
        profile.plans.forEach((plan, index) => {
          const expected = quote.plans[index]!;
          expect(plan.months[0]!.monthlyTotal, plan.planId).to.equal(expected.monthlyTotal);
          expect(plan.months[0]!.billedMinutes, plan.planId).to.equal(expected.billedMinutes);
          expect(plan.profileTotal, plan.planId).to.equal(expected.monthlyTotal);
          expect(plan.months[0]!.extraLines, plan.planId).to.equal(expected.extraLines);
          expect([plan.oneTimeTotal, plan.upfrontTotal, plan.available], plan.planId).to.deep.equal([expected.oneTimeTotal, expected.upfrontTotal, expected.available]);
        });
      }),
      RUNS,
    );
  });

  it('a profile of n identical months totals n × the monthly total, its average that plus one-time / term', () => {
    const scenario = tariffsWithPrefixes.chain((tariffs) =>
      fc.tuple(fc.constant(tariffs), fc.oneof(recordsArbitrary.map((records) => ({ records })), usageArbitrary(tariffs).map((usage) => ({ usage }))), fc.integer({ min: 1, max: 12 })),
    );
    fc.assert(
      fc.property(scenario, ([tariffs, source, n]) => {
        const month =
          'usage' in source
            ? { usage: source.usage }
            : { summary: summarizeCalls(tariffs, source.records).months[0] ?? summarizeCalls(tariffs, [{ start: '2026-03-01 00:00', seconds: 0 }]).months[0]! };
        const addOns = 'usage' in source ? { addOns: source.usage.addOns ?? [] } : {};
        const one = quoteProfile(tariffs, [month], addOns);
        const many = quoteProfile(tariffs, Array.from({ length: n }, () => month), addOns);
        expect(many.monthCount).to.equal(n);
        for (const plan of many.plans) {
          const single = one.plans.find((candidate) => candidate.planId === plan.planId)!;
          expect(cents(plan.profileTotal), plan.planId).to.equal(BigInt(n) * cents(single.months[0]!.monthlyTotal));
          // round(total / n + oneTime / term) = round(monthly + oneTime / term): the single month's average.
          expect(plan.profileAverageMonthly, plan.planId).to.equal(single.profileAverageMonthly);
          expect(plan.roundingOverhead, plan.planId).to.equal(single.roundingOverhead);
        }
      }),
      RUNS,
    );
  });

  it('shuffling the records changes nothing', () => {
    fc.assert(
      fc.property(tariffsWithPrefixes, recordsArbitrary, fc.boolean(), fc.infiniteStream(fc.nat()), (tariffs, records, hasCode, randoms) => {
        const shuffled = records.map((record) => [randoms.next().value, record] as const).sort((a, b) => a[0] - b[0]).map(([, record]) => record);
        const options = { callerHasCountryCode: hasCode };
        const summary = summarizeCalls(tariffs, records, options);
        expect(summarizeCalls(tariffs, shuffled, options)).to.deep.equal(summary);
        const months = (s: typeof summary) => s.months.map((m) => ({ summary: m }));
        expect(quoteProfile(tariffs, months(summarizeCalls(tariffs, shuffled, options)))).to.deep.equal(quoteProfile(tariffs, months(summary)));
      }),
      RUNS,
    );
  });

  it('splitting the records into batches changes nothing', () => {
    fc.assert(
      fc.property(tariffsWithPrefixes, recordsArbitrary, fc.array(fc.nat({ max: 60 }), { maxLength: 6 }), (tariffs, records, cuts) => {
        const summarizer = callSummarizer(tariffs);
        const points = [0, ...cuts.map((cut) => Math.min(cut, records.length)).sort((a, b) => a - b), records.length];
        for (let k = 1; k < points.length; k++) summarizer.add(records.slice(points[k - 1], points[k]));
        expect(summarizer.finish()).to.deep.equal(summarizeCalls(tariffs, records));
      }),
      RUNS,
    );
  });

  it('peak concurrency is the most calls in progress at any call start, counted one by one', () => {
    fc.assert(
      fc.property(tariffsWithPrefixes, recordsArbitrary, (tariffs, records) => {
        const toSecond = (start: string) => {
          const [date, time] = start.split(' ') as [string, string];
          const [h, m, s] = time.split(':').map(Number) as [number, number, number];
          return Number(date.slice(8, 10)) * 86_400 + h * 3600 + m * 60 + s;
        };
        for (const month of summarizeCalls(tariffs, records).months) {
          const calls = records.filter((r) => r.start.startsWith(month.month) && r.seconds > 0).map((r) => [toSecond(r.start), toSecond(r.start) + r.seconds] as const);
          const brute = Math.max(0, ...calls.map(([at]) => calls.filter(([from, to]) => from <= at && at < to).length));
          expect(month.peakConcurrency, month.month).to.equal(brute);
        }
      }),
      RUNS,
    );
  });

  it('every answered second lands in exactly one class of its month', () => {
    fc.assert(
      fc.property(tariffsWithPrefixes, recordsArbitrary, (tariffs, records) => {
        const summary = summarizeCalls(tariffs, records);
        expect(summary.records).to.equal(records.length);
        for (const month of summary.months) {
          const own = records.filter((r) => r.start.startsWith(month.month));
          expect(month.calls).to.equal(own.length);
          expect(month.classes.reduce((sum, c) => sum + c.seconds * c.count, 0)).to.equal(own.reduce((sum, r) => sum + r.seconds, 0));
          expect(month.classes.reduce((sum, c) => sum + c.count, 0)).to.equal(own.filter((r) => r.seconds > 0).length);
        }
      }),
      RUNS,
    );
  });
});
