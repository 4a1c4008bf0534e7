/**
 * What a calculator knows, without any DOM: the tariffs in use, the usage the
 * page or the visitor asked for, the filters and the visitor's choices. The
 * usage the engine sees, the plans to show and the quote are derived from
 * those on demand and remembered until one of their inputs changes, so
 * nothing here is kept in sync by hand.
 */
import { estimate, narrowQuote } from '../engine/estimate.js';
import { bundled } from '../tariffs/bundled.js';
import type { Quote, ResolvedUsage, TariffSet, Usage } from '../engine/types.js';
import { resolveUsage } from '../engine/usage.js';
import { averageUsage, quoteProfile, type ProfileMonth, type ProfileQuote } from '../engine/index.js';
import type { CallRecord } from '../call-log/index.js';
import { CallLogState } from './call-log-state.js';
import { parseCurrentBill } from './current-bill.js';
import { selectPlans, type PlanSelection } from './plan-filter.js';

/** Tells the page (once per message) about a value the calculator could not use as given. */
export type Warn = (message: string) => void;

/** The usage attributes, as their properties carry them. */
export interface UsageAttributes {
  /** null when absent, NaN when the attribute is not a plain decimal number. */
  readonly minutes: number | null;
  readonly peakShare: number | null;
  readonly averageCallSeconds: number | null;
  readonly addOns: readonly string[] | null;
  readonly numberGrade: string | null;
}

/** Each usage attribute's field in a `Usage`, and its name in the page's markup. */
const ATTRIBUTE_FIELDS = {
  minutes: ['minutesPerMonth', 'minutes'],
  peakShare: ['peakSharePercent', 'peak-share'],
  averageCallSeconds: ['averageCallSeconds', 'average-call-seconds'],
  addOns: ['addOns', 'add-ons'],
  numberGrade: ['numberGrade', 'number-grade'],
} as const satisfies Record<keyof UsageAttributes, readonly [keyof Usage, string]>;

export const USAGE_ATTRIBUTES = Object.keys(ATTRIBUTE_FIELDS) as (keyof UsageAttributes)[];

/** Remembers the last result of `compute` for the same inputs (compared by identity). */
function memo<Inputs extends readonly unknown[], Result>(compute: (...inputs: Inputs) => Result) {
  let last: { inputs: Inputs; result: Result } | null = null;
  return (...inputs: Inputs): Result => {
    if (!last || inputs.some((input, i) => input !== last!.inputs[i])) last = { inputs, result: compute(...inputs) };
    return last.result;
  };
}

/**
 * The build's quote of the bundled tariffs at their default usage, narrowed
 * to the plans shown, when that is what is asked: the first price of most
 * pages, without waiting for the engine (null otherwise).
 */
function prebuiltQuote(tariffs: TariffSet, usage: ResolvedUsage, planIds: readonly string[] | undefined): Quote | null {
  const quote = bundled.defaultQuote;
  if (!quote || tariffs !== bundled.validated || JSON.stringify(usage) !== JSON.stringify(quote.usage)) return null;
  return narrowQuote(quote, planIds);
}

/** The state once tariffs are in use: what the calculator's views read while rendering. */
export interface ReadyState extends CalculatorState {
  readonly tariffs: TariffSet;
  readonly usage: ResolvedUsage;
  readonly selection: PlanSelection;
}

export interface CalculatorStateOptions {
  /** Tells the page (once per message) about a value the calculator could not use as given. */
  readonly warn: Warn;
  /** Called after every change, so that the element renders again. */
  readonly changed: () => void;
}

export class CalculatorState {
  #current: TariffSet | null = null;
  /** What the page or visitor asked for; resolved again for whatever tariffs are in use. */
  #requested: Usage = {};
  /** The page's own `plans` and `carriers` filters. */
  #onlyPlans: readonly string[] | null = null;
  #onlyCarriers: readonly string[] | null = null;
  /** Carriers the visitor unticked. */
  #hiddenCarriers: ReadonlySet<string> = new Set();
  #expanded: ReadonlySet<string> = new Set();
  #chosen: string | null = null;
  #billText = '';
  /** Records a page passed in before the tariffs were ready; summarized (and let go) once they are. */
  #pendingRecords: Iterable<CallRecord> | null = null;
  readonly #warn: Warn;
  readonly #changed: () => void;
  /** The visitor's call log, when they chose one (tariff-format.md §7). */
  readonly callLog: CallLogState;

  constructor(options: CalculatorStateOptions) {
    this.#warn = options.warn;
    this.#changed = options.changed;
    this.callLog = new CallLogState(options.changed);
  }

  /** The tariffs in use, or null while loading or after an error. */
  get tariffs(): TariffSet | null {
    return this.#current;
  }
  set tariffs(tariffs: TariffSet | null) {
    // A summary's bands and regions come from the tariffs it was made with.
    if (tariffs !== this.#current) this.callLog.clear();
    this.#current = tariffs;
    const pending = this.#pendingRecords;
    this.#pendingRecords = null;
    if (tariffs && pending) this.callLog.useRecords(pending, tariffs);
    this.#changed();
  }

  /** This state, typed for rendering, once tariffs are in use. */
  ready(): ReadyState | null {
    return this.#current ? (this as ReadyState) : null;
  }

  /** Plans whose breakdown the visitor opened (kept per plan: cards show whichever plan holds their rank). */
  get expandedPlans(): ReadonlySet<string> {
    return this.#expanded;
  }

  /** The last plan the visitor chose; the printed quote shows it. */
  get chosenPlanId(): string | null {
    return this.#chosen;
  }
  set chosenPlanId(planId: string | null) {
    this.#chosen = planId;
    this.#changed();
  }

  readonly #resolve = memo((tariffs: TariffSet, requested: Usage) =>
    resolveUsage(tariffs, requested, (correction) => this.#warn(correction.message)),
  );

  readonly #select = memo(
    (tariffs: TariffSet, plans: readonly string[] | null, carriers: readonly string[] | null, hidden: ReadonlySet<string>) =>
      selectPlans(tariffs, plans, carriers, hidden, this.#warn),
  );

  readonly #compute = memo((tariffs: TariffSet, usage: ResolvedUsage, selection: PlanSelection): Quote | null => {
    try {
      return prebuiltQuote(tariffs, usage, selection.planIds) ?? estimate(tariffs, usage, { planIds: selection.planIds });
    } catch (error) {
      // The usage was resolved for these tariffs, so this is a bug; keep the page alive.
      console.error('<hotline-calculator> could not estimate:', error);
      return null;
    }
  });

  /** The usage the engine sees, every default applied (null without tariffs). */
  get usage(): ResolvedUsage | null {
    return this.#current && this.#resolve(this.#current, this.#requested);
  }

  /** Which plans are shown and which carriers the visitor can still choose (null without tariffs). */
  get selection(): PlanSelection | null {
    return this.#current && this.#select(this.#current, this.#onlyPlans, this.#onlyCarriers, this.#hiddenCarriers);
  }

  /** The quote of the shown plans for the usage, or null while there is none. */
  get quote(): Quote | null {
    const { tariffs, usage, selection } = this;
    return tariffs && usage && selection ? this.#compute(tariffs, usage, selection) : null;
  }

  readonly #profile = memo(
    (tariffs: TariffSet, months: readonly ProfileMonth[], addOns: readonly string[], numberGrade: string | null, selection: PlanSelection) => {
      try {
        return quoteProfile(tariffs, months, { addOns, numberGrade: numberGrade ?? undefined, planIds: selection.planIds });
      } catch (error) {
        console.error('<hotline-calculator> could not quote the call log:', error);
        return null;
      }
    },
  );

  /** The profile quote of the visitor's call log (its months left in), or null while no log is in use. */
  get profileQuote(): ProfileQuote | null {
    const { tariffs, usage, selection } = this;
    const months = this.callLog.profileMonths();
    if (!tariffs || !usage || !selection || !months) return null;
    return this.#profile(tariffs, months, usage.addOns, usage.numberGrade, selection);
  }

  /**
   * Summarizes records a page passes in and uses them as the call log; with
   * tariffs still loading, once they are ready. The records are not kept.
   */
  useCallRecords(records: Iterable<CallRecord>): void {
    if (records == null || typeof (records as Iterable<CallRecord>)[Symbol.iterator] !== 'function') {
      this.#warn('useCallRecords() takes an iterable of call records; ignored.');
      return;
    }
    if (this.#current) this.callLog.useRecords(records, this.#current);
    else this.#pendingRecords = records;
  }

  /**
   * Leaves the call log for the sliders, which start from the log's average
   * month over the months still counted; add-ons and number grade stay.
   */
  backToSliders(): void {
    const { tariffs, usage } = this;
    const summary = this.callLog.summary;
    if (tariffs && usage && summary) {
      const months = this.callLog.includedMonths().map((m) => m.month);
      const average = averageUsage(tariffs, summary, { months });
      this.#requested = { ...average, addOns: usage.addOns, numberGrade: usage.numberGrade };
    }
    this.callLog.clear();
    this.#changed();
  }

  /** What the visitor typed as their current monthly bill. */
  get currentBillText(): string {
    return this.#billText;
  }

  /** The current monthly bill as a decimal string (`"1280.00"`), null when absent, `'invalid'` when it is no amount. */
  get currentBill(): string | null | 'invalid' {
    return parseCurrentBill(this.#billText);
  }

  setCurrentBill(text: string): void {
    this.#billText = text;
    this.#changed();
  }

  /** Carriers currently shown. */
  get shownCarriers(): ReadonlySet<string> {
    return new Set(this.selection?.carrierChoices.filter((id) => !this.#hiddenCarriers.has(id)));
  }

  /** The page sets a whole usage (the `usage` property); fields it leaves out take the tariff defaults. */
  setUsage(usage: Usage): void {
    this.#requested = usage && typeof usage === 'object' ? { ...usage } : {};
    this.#changed();
  }

  /** A control changed part of the usage. */
  changeUsage(patch: Partial<ResolvedUsage>): void {
    const current = this.usage;
    if (current) this.#requested = { ...current, ...patch };
    this.#changed();
  }

  /** A share link's usage, laid over what the page asked for. */
  restoreUsage(usage: Usage): void {
    this.#requested = { ...this.#requested, ...usage };
    this.#changed();
  }

  /**
   * Applies the `changed` usage attributes: a removed attribute gives the
   * field back to the tariff default, a non-number is ignored with a warning.
   */
  applyAttributes(attributes: UsageAttributes, changed: Iterable<keyof UsageAttributes>, text: (name: string) => string | null): void {
    const next: Record<string, unknown> = { ...this.#requested };
    for (const key of changed) {
      const [field, name] = ATTRIBUTE_FIELDS[key];
      const value = attributes[key];
      if (value === null) delete next[field];
      else if (Number.isNaN(value)) this.#warn(`${name}="${text(name)}" is not a number in plain decimal notation; ignored.`);
      else next[field] = value;
    }
    this.#requested = next;
    this.#changed();
  }

  /** The page's `plans` and `carriers` attributes. */
  setPageFilters(plans: readonly string[] | null, carriers: readonly string[] | null): void {
    this.#onlyPlans = plans;
    this.#onlyCarriers = carriers;
    this.#changed();
  }

  setCarrierShown(carrierId: string, shown: boolean): void {
    this.#hiddenCarriers = toggled(this.#hiddenCarriers, carrierId, !shown);
    this.#changed();
  }

  setPlanExpanded(planId: string, open: boolean): void {
    this.#expanded = toggled(this.#expanded, planId, open);
    this.#changed();
  }
}

/** A copy of `set` with `item` in it or not. */
function toggled<T>(set: ReadonlySet<T>, item: T, present: boolean): ReadonlySet<T> {
  const copy = new Set(set);
  if (present) copy.add(item);
  else copy.delete(item);
  return copy;
}
