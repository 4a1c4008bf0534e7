/**
 * From call records to month summaries (tariff-format.md §7): each readable
 * record goes to the month it starts in, its band from the file's peak
 * windows and its region from its calling number; a month keeps only counts
 * by (band, region, seconds), its talk time, first and last day and peak
 * concurrency. No calling number is kept once `add` returns.
 */
import { ConcurrencyCounter } from './concurrency.js';
import { daysInMonth, monthKey, readCallTime } from './call-time.js';
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

/** One month's counts while records are added. */
interface MonthCounts {
  readonly year: number;
  readonly month: number;
  /** Per band (peak 0, off-peak 1) and region: calls by seconds. */
  readonly lengths: Map<number, number>[];
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

  const countsOf = (year: number, month: number): MonthCounts => {
    const index = year * 12 + month - 1;
    let counts = months.get(index);
    if (!counts) {
      counts = {
        year,
        month,
        lengths: Array.from({ length: 2 * regionIds.length }, () => new Map<number, number>()),
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
        const time = record !== null && typeof record === 'object' ? readCallTime(record.start) : null;
        const seconds = time ? record.seconds : -1;
        if (!time || !Number.isSafeInteger(seconds) || seconds < 0) {
          unreadable++;
          continue;
        }
        records++;
        const counts = countsOf(time.year, time.monthNumber);
        counts.calls++;
        counts.firstDay = Math.min(counts.firstDay, time.day);
        counts.lastDay = Math.max(counts.lastDay, time.day);
        if (seconds === 0) continue;
        counts.answered++;
        counts.talkSeconds += seconds;
        const slot = (isPeak(time.weekday, time.secondOfDay) ? 0 : regionIds.length) + regionOf(record.caller);
        const lengths = counts.lengths[slot]!;
        lengths.set(seconds, (lengths.get(seconds) ?? 0) + 1);
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
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const days = daysInMonth(year, month);
  const base = { month: monthKey(year, month), daysInMonth: days };
  if (!counts) {
    // A month inside the log without a record: it still pays its floor.
    return { ...base, classes: [], calls: 0, answeredCalls: 0, talkSeconds: 0, peakConcurrency: 0, firstDay: null, lastDay: null, partial: false };
  }
  const classes: CallClass[] = [];
  counts.lengths.forEach((lengths, slot) => {
    const band = slot < regionIds.length ? 'peak' : 'offPeak';
    const regionId = regionIds[slot % regionIds.length]!;
    for (const seconds of [...lengths.keys()].sort((a, b) => a - b)) {
      classes.push({ band, regionId, seconds, count: lengths.get(seconds)! });
    }
  });
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
