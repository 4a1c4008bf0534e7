/**
 * From call records to month summaries (tariff-format.md §7): each readable
 * record goes to the month it starts in, its band from the file's peak
 * windows and its region from its calling number; a month keeps only counts
 * by (band, region, seconds), its talk time, first and last day and peak
 * concurrency. No calling number is kept once `add` returns.
 */
import { ConcurrencyCounter } from './concurrency.js';
import { daysInMonth, monthKey, readCallTime, type CallTime } from './call-time.js';
import { regionFinder, type CallerOptions } from './caller-region.js';
import { peakTest } from './peak-band.js';
import type { CallClass, CallLogSummary, CallRecord, MonthSummary, TariffSet } from './types.js';

/** Summarizes records given in batches, in any order: the result depends only on the records. */
export interface CallSummarizer {
  /** Takes a batch of records; keeps no reference to it or to any calling number. */
  add(records: Iterable<CallRecord>): void;
  /** The summary of every record added so far (it may be asked again after more `add`s). */
  finish(): CallLogSummary;
}

/** Options of {@link callSummarizer} and {@link summarizeCalls}. */
export type SummaryOptions = CallerOptions;

const DAY = 86_400;

/** The longest call a record may hold: about 285,000 years, far beyond any export, and exact as a count key. */
export const MAX_SECONDS = 2 ** 43;

/** One month's counts while records are added. */
interface MonthCounts {
  /** Calls by slot and seconds, keyed seconds × slots + slot, a slot being band (peak 0, off-peak 1) × regions + region. */
  readonly lengths: Map<number, number>;
  readonly concurrency: ConcurrencyCounter;
  calls: number;
  answered: number;
  talkSeconds: number;
  firstDay: number;
  lastDay: number;
}

/**
 * A summarizer for records of `tariffs`' bands and regions: feed it the
 * import's batches (`CallLog.read({ onRecords: (batch) => summarizer.add(batch) })`)
 * and ask for the summary at the end.
 *
 * A record is unreadable (counted, never billed) when its `start` is not a
 * real `YYYY-MM-DD HH:MM[:SS]` or its `seconds` is not a whole number from 0
 * to `Number.MAX_SAFE_INTEGER`.
 */
export function callSummarizer(tariffs: TariffSet, options: SummaryOptions = {}): CallSummarizer {
  const isPeak = peakTest(tariffs.peakWindows);
  const regionOf = regionFinder(tariffs, options);
  const regionIds = tariffs.regions.map((region) => region.id);
  const months = new Map<number, MonthCounts>();
  let records = 0;
  let unreadable = 0;

  const slots = 2 * regionIds.length;
  const time: CallTime = { monthIndex: 0, day: 0, weekday: 0, secondOfDay: 0 };
  const countsOf = (index: number): MonthCounts => {
    let counts = months.get(index);
    if (!counts) {
      counts = {
        lengths: new Map<number, number>(),
        concurrency: new ConcurrencyCounter(),
        calls: 0,
        answered: 0,
        talkSeconds: 0,
        firstDay: 32,
        lastDay: 0,
      };
      months.set(index, counts);
    }
    return counts;
  };

  return {
    add(batch) {
      for (const record of batch) {
        const readable = record !== null && typeof record === 'object' && readCallTime(record.start, time);
        const seconds = readable ? record.seconds : -1;
        // Seconds × slots stays a safe integer for any call up to a million years.
        if (!readable || !Number.isSafeInteger(seconds) || seconds < 0 || seconds > MAX_SECONDS) {
          unreadable++;
          continue;
        }
        records++;
        const counts = countsOf(time.monthIndex);
        counts.calls++;
        counts.firstDay = Math.min(counts.firstDay, time.day);
        counts.lastDay = Math.max(counts.lastDay, time.day);
        if (seconds === 0) continue;
        counts.answered++;
        counts.talkSeconds += seconds;
        const key = seconds * slots + (isPeak(time.weekday, time.secondOfDay) ? 0 : regionIds.length) + regionOf(record.caller);
        counts.lengths.set(key, (counts.lengths.get(key) ?? 0) + 1);
        counts.concurrency.add((time.day - 1) * DAY + time.secondOfDay, seconds);
      }
    },
    finish() {
      const indexes = [...months.keys()];
      const summaries: MonthSummary[] = [];
      if (indexes.length > 0) {
        const first = Math.min(...indexes);
        const last = Math.max(...indexes);
        for (let index = first; index <= last; index++) {
          summaries.push(monthSummary(index, months.get(index), regionIds, index === first, index === last));
        }
      }
      return { months: summaries, records, unreadable };
    },
  };
}

/** Summarizes `records` at once; the same as one `callSummarizer` fed every record. */
export function summarizeCalls(tariffs: TariffSet, records: Iterable<CallRecord>, options: SummaryOptions = {}): CallLogSummary {
  const summarizer = callSummarizer(tariffs, options);
  summarizer.add(records);
  return summarizer.finish();
}

function monthSummary(
  index: number,
  counts: MonthCounts | undefined,
  regionIds: readonly string[],
  isFirst: boolean,
  isLast: boolean,
): MonthSummary {
  const days = daysInMonth(Math.floor(index / 12), (index % 12) + 1);
  const base = { month: monthKey(index), daysInMonth: days };
  if (!counts) {
    // A month inside the log without a record: it still pays its floor.
    return { ...base, classes: [], calls: 0, answeredCalls: 0, talkSeconds: 0, peakConcurrency: 0, firstDay: null, lastDay: null, partial: false };
  }
  const regions = regionIds.length;
  const slots = 2 * regions;
  // Peak before off-peak, regions in the file's order, shorter calls first.
  const order = (key: number) => (key % slots) * (MAX_SECONDS + 1) + Math.floor(key / slots);
  const keys = Float64Array.from(counts.lengths.keys(), order).sort();
  const classes: CallClass[] = [];
  for (const sorted of keys) {
    const slot = Math.floor(sorted / (MAX_SECONDS + 1));
    const seconds = sorted - slot * (MAX_SECONDS + 1);
    classes.push({ band: slot < regions ? 'peak' : 'offPeak', regionId: regionIds[slot % regions]!, seconds, count: counts.lengths.get(seconds * slots + slot)! });
  }
  return {
    ...base,
    classes,
    calls: counts.calls,
    answeredCalls: counts.answered,
    talkSeconds: counts.talkSeconds,
    peakConcurrency: counts.concurrency.peak(),
    firstDay: counts.firstDay,
    lastDay: counts.lastDay,
    partial: (isFirst && counts.firstDay > 1) || (isLast && counts.lastDay < days),
  };
}
