/**
 * The visitor's call log, from the file they chose to the month summaries the
 * profile quote is made of (tariff-format.md §7), without any DOM.
 *
 * Records are summarized as they stream out of the import and then let go:
 * what this state keeps is the summary (counts by band, region and length,
 * no phone number), the import's counts and the months the visitor left out.
 */
import { openCallLog, type CallLog, type CallLogProgress, type CallLogSource, type CallRecord, type ColumnMapping, type UnreadableRow } from '../call-log/index.js';
import { callSummarizer, summarizeCalls, type CallLogSummary, type MonthSummary, type ProfileMonth } from '../engine/index.js';
import type { TariffSet } from '../engine/types.js';

/** Where the import stands. */
export type CallLogPhase =
  /** No log: the sliders are in use. */
  | { readonly kind: 'idle' }
  /** Reading the first rows of a file. */
  | { readonly kind: 'opening' }
  /** The visitor confirms what the columns hold. */
  | { readonly kind: 'confirm'; readonly log: CallLog }
  /** Reading every row; `progress` is null until the first slice is read. */
  | { readonly kind: 'reading'; readonly progress: CallLogProgress | null }
  /** The file could not be read (`file`), or held no usable record (`empty`). */
  | { readonly kind: 'failed'; readonly problem: 'file' | 'empty' }
  /** A summary is in use. */
  | { readonly kind: 'ready' };

/** What the import counted: no content of the file. */
export interface CallLogCounts {
  readonly records: number;
  readonly unreadable: number;
  /** The first unreadable rows, by row number and reason (none for records passed in by a page). */
  readonly unreadableRows: readonly UnreadableRow[];
}

export class CallLogState {
  #current: CallLogPhase = { kind: 'idle' };
  #summarized: CallLogSummary | null = null;
  #counted: CallLogCounts | null = null;
  #left: ReadonlySet<string> = new Set();
  #controller: AbortController | null = null;
  #included: { summary: CallLogSummary; left: ReadonlySet<string>; months: readonly ProfileMonth[] } | null = null;

  readonly #changed: () => void;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  get phase(): CallLogPhase {
    return this.#current;
  }

  /** The summary in use (null unless the phase is `ready`). */
  get summary(): CallLogSummary | null {
    return this.#current.kind === 'ready' ? this.#summarized : null;
  }

  /** The last read's counts: kept after a failed read, so the visitor sees why. */
  get counts(): CallLogCounts | null {
    return this.#counted;
  }

  /** Months the visitor left out (`"2026-03"`). */
  get excludedMonths(): ReadonlySet<string> {
    return this.#left;
  }

  /** The months of the profile, in order (identity kept while nothing changes); null without a log. */
  profileMonths(): readonly ProfileMonth[] | null {
    const summary = this.summary;
    if (!summary) return null;
    let included = this.#included;
    if (!included || included.summary !== summary || included.left !== this.#left) {
      const months = summary.months.filter((m) => !this.#left.has(m.month)).map((m) => ({ month: m.month, summary: m }));
      included = this.#included = { summary, left: this.#left, months };
    }
    return included.months;
  }

  /** The months of the log still counted. */
  includedMonths(): readonly MonthSummary[] {
    return (this.summary?.months ?? []).filter((m) => !this.#left.has(m.month));
  }

  /**
   * Opens a file the visitor chose or dropped: reads it at once when its
   * columns are certain, else waits for `confirm`. Never rejects.
   */
  async open(source: CallLogSource, tariffs: TariffSet): Promise<void> {
    const signal = this.#restart({ kind: 'opening' });
    let log: CallLog;
    try {
      log = await openCallLog(source, { signal });
    } catch {
      if (!signal.aborted) this.#set({ kind: 'failed', problem: 'file' });
      return;
    }
    if (signal.aborted) return void log.cancel();
    if (log.certain) await this.#read(log, log.mapping, tariffs, signal);
    else this.#set({ kind: 'confirm', log });
  }

  /** The visitor confirmed a mapping of the columns. Never rejects. */
  async confirm(mapping: ColumnMapping, tariffs: TariffSet): Promise<void> {
    const phase = this.#current;
    if (phase.kind !== 'confirm' || !this.#controller) return;
    await this.#read(phase.log, mapping, tariffs, this.#controller.signal);
  }

  async #read(log: CallLog, mapping: ColumnMapping, tariffs: TariffSet, signal: AbortSignal): Promise<void> {
    this.#set({ kind: 'reading', progress: null });
    const summarizer = callSummarizer(tariffs, { callerHasCountryCode: mapping.callerHasCountryCode ?? false });
    try {
      const report = await log.read({
        mapping,
        signal,
        onRecords: (batch) => summarizer.add(batch),
        onProgress: (progress) => {
          if (!signal.aborted) this.#set({ kind: 'reading', progress });
        },
      });
      this.#settle(summarizer.finish(), report.unreadable, report.unreadableRows);
    } catch {
      if (!signal.aborted) this.#set({ kind: 'failed', problem: 'file' });
    }
  }

  /** Records a page passes in (they are summarized here and not kept). */
  useRecords(records: Iterable<CallRecord>, tariffs: TariffSet): void {
    this.#restart({ kind: 'opening' });
    this.#settle(summarizeCalls(tariffs, records), 0, []);
  }

  #settle(summary: CallLogSummary, unreadable: number, unreadableRows: readonly UnreadableRow[]): void {
    this.#controller = null;
    this.#counted = { records: summary.records, unreadable: unreadable + summary.unreadable, unreadableRows };
    this.#summarized = summary.records > 0 ? summary : null;
    this.#left = new Set();
    this.#set(summary.records > 0 ? { kind: 'ready' } : { kind: 'failed', problem: 'empty' });
  }

  /** Stops a read under way (or a mapping waiting) and goes back to the sliders. */
  cancel(): void {
    this.clear();
  }

  /** Drops the log: the sliders are in use again. */
  clear(): void {
    if (this.#current.kind === 'idle' && !this.#summarized && !this.#counted) return;
    this.#restart({ kind: 'idle' });
    this.#controller = null;
  }

  /** Counts a month in the profile or leaves it out; the last month counted stays. */
  setMonthIncluded(month: string, included: boolean): void {
    const next = new Set(this.#left);
    if (included) next.delete(month);
    else next.add(month);
    const months = this.summary?.months ?? [];
    if (months.every((m) => next.has(m.month))) return;
    this.#left = next;
    this.#changed();
  }

  /** Aborts whatever runs, forgets the last log and enters `phase`; returns the new run's signal. */
  #restart(phase: CallLogPhase): AbortSignal {
    this.#controller?.abort();
    if (this.#current.kind === 'confirm') void this.#current.log.cancel();
    this.#controller = new AbortController();
    this.#summarized = null;
    this.#counted = null;
    this.#included = null;
    this.#left = new Set();
    this.#set(phase);
    return this.#controller.signal;
  }

  #set(phase: CallLogPhase): void {
    this.#current = phase;
    this.#changed();
  }
}
