/**
 * Public types of the cost engine. The engine is pure: no DOM, no Lit.
 *
 * Money crosses module boundaries as plain decimal strings (never JS numbers):
 * tariff amounts keep the file's precision ("0.12", "208.3333"), quote amounts
 * have exactly two decimals ("125.00").
 */

/** A plain decimal string such as "0.12" or "1200" (no exponent, never negative). */
export type DecimalString = string;

/** Text shown to visitors: a plain string or an object keyed by BCP 47 tags. */
export type LocalizedText = string | Readonly<Record<string, string>>;

export type RoundingMode = 'half-up' | 'half-even';

export interface Region {
  readonly id: string;
  readonly name: LocalizedText;
  /** Weight ≥ 0 as a decimal string; normalized by the sum of all weights. */
  readonly defaultShare: DecimalString;
  /**
   * Calling numbers of this region in call logs (§7): `"+"` and 0–15 digits,
   * e.g. `["+852", "+853"]`; `"+"` alone matches every number. Empty by default.
   */
  readonly callerPrefixes: readonly string[];
}

/**
 * A stretch of the week in the peak band, for call logs (§7): ISO weekdays
 * (1 = Monday) and `HH:MM` times, `from` inclusive, `to` exclusive (up to `"24:00"`).
 */
export interface PeakWindow {
  readonly days: readonly number[];
  readonly from: string;
  readonly to: string;
}

export interface Carrier {
  readonly id: string;
  readonly name: LocalizedText;
  readonly url?: string;
}

export interface AddOn {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
}

export interface NumberGrade {
  readonly id: string;
  readonly name: LocalizedText;
  /** One-time fee, default "0". */
  readonly selectionFee: DecimalString;
  /** Monthly floor, default "0". */
  readonly minimumMonthlySpend: DecimalString;
}

/**
 * What the package price buys. `paidUpfront` (§4.12): the price is paid when
 * the contract is signed (预存); default true for `credit` and `minutes`,
 * false for `nothing`.
 */
export type PackageSpec =
  | { readonly includes: 'credit'; readonly price: DecimalString; readonly paidUpfront: boolean }
  | { readonly includes: 'minutes'; readonly price: DecimalString; readonly minutes: number; readonly paidUpfront: boolean }
  | { readonly includes: 'nothing'; readonly price: DecimalString; readonly paidUpfront: boolean };

/** How a plan prices one add-on; an add-on absent from the plan is not offered. */
export type PlanAddOn =
  | 'included'
  | { readonly monthly?: DecimalString; readonly oneTime?: DecimalString };

export interface Plan {
  readonly id: string;
  readonly carrier: string;
  readonly name: LocalizedText;
  readonly summary?: LocalizedText;
  readonly badge?: LocalizedText;
  readonly termMonths: number;
  readonly package: PackageSpec;
  readonly ratePerMinute: DecimalString;
  /** Defaults to ratePerMinute. */
  readonly overageRatePerMinute: DecimalString;
  /** Default "1". */
  readonly peakMultiplier: DecimalString;
  /** Default "1". */
  readonly offPeakMultiplier: DecimalString;
  /** Regions not listed have factor 1. */
  readonly regionMultipliers: Readonly<Record<string, DecimalString>>;
  /** Default "0". */
  readonly minimumMonthlySpend: DecimalString;
  /** Default 60. */
  readonly billingIncrementSeconds: number;
  /** Default "0". */
  readonly setupFee: DecimalString;
  readonly addOns: Readonly<Record<string, PlanAddOn>>;
  /** Absent: unlimited concurrent lines. */
  readonly lines?: { readonly included: number; readonly extraLineMonthly: DecimalString };
  readonly source?: string;
  readonly verified?: string;
}

export interface TariffDefaults {
  readonly minutesPerMonth: number;
  readonly peakSharePercent: number;
  readonly averageCallSeconds: number | null;
  readonly maxMinutesPerMonth: number;
}

/** A validated tariff document with every default filled in. */
export interface TariffSet {
  readonly schemaVersion: 1;
  readonly currency: string;
  readonly effectiveDate: string;
  readonly pricesIncludeTax: boolean;
  /** Required when pricesIncludeTax is false, otherwise may be null. */
  readonly taxRate: DecimalString | null;
  /** Defaults to taxRate. */
  readonly valueAddedTaxRate: DecimalString | null;
  readonly rounding: RoundingMode;
  readonly notice?: LocalizedText;
  readonly peakHours?: LocalizedText;
  /** Default "220". */
  readonly peakHoursPerMonth: DecimalString;
  readonly defaults: TariffDefaults;
  readonly regions: readonly Region[];
  readonly carriers: readonly Carrier[];
  readonly addOns: readonly AddOn[];
  readonly numberGrades: readonly NumberGrade[];
  readonly plans: readonly Plan[];
  /** The peak band as call logs are sorted into it (§7); default Monday–Friday 08:00–18:00, `[]` for none. */
  readonly peakWindows: readonly PeakWindow[];
  /** The country calling code of domestic numbers in call logs (§7), digits; default `"86"`. */
  readonly homeCallingCode: string;
}

/**
 * What a tariff issue is about, stable across releases and languages (tools
 * decide by it, never by a message's text). Each code's `params`:
 *
 * - `expected`: a value of the wrong type or form. `expected`: the kind of
 *   value wanted (an {@link ExpectedKind}); `got`: a short rendering of the
 *   value (`"yuan"`, `-1`, `[…]`, `{…}`, at most 40 characters); `min` and
 *   `max` for the kinds `integer` and `number`; `values` (the accepted JSON
 *   values, `"credit" / "minutes" / "nothing"`) for `one-of`.
 * - `missing-field`: a required field is absent; the path names it. None.
 * - `unknown-field`: a field the format does not define (a typo such as
 *   `ratePerMinuite`); the path ends with it. `suggestion`: the known field
 *   it is within two edits of, when there is one.
 * - `unknown-id`: a key of an id map (`regionMultipliers`, a plan's `addOns`)
 *   that names no region or add-on. `suggestion`, as for `unknown-field`
 *   (and for an `expected` `carrier-id`: the carrier id it is near).
 * - `duplicate-id`: an id already used in its list. None.
 * - `reserved-id`: an id that is `constructor` or `prototype` (v1.1): such an
 *   id could never be a key of an id map, where those keys are forbidden.
 *   `id`: the id.
 * - `forbidden-key`: `__proto__`, `constructor` or `prototype`. None.
 * - `all-shares-zero`: every region's `defaultShare` is 0. None.
 * - `too-many`: a list holds more items than the format allows (v1.1: 200
 *   plans, 50 regions, 50 add-ons, 20 number grades, 20 carriers, 20 peak
 *   windows, 50 caller prefixes per region). `count`, `max`.
 * - `too-large`: the document (its JSON text, in UTF-8) is over 1 MiB; it
 *   was not read. None.
 * - `too-deep`: the document is nested over 32 levels; it was not read. None.
 * - `unreadable`: reading a value threw (a getter, a Proxy's trap); the
 *   document was not read further. `detail`: the error as text.
 * - `repeated-value`: a value a list may hold once is there again (a weekday
 *   of a peak window, a caller prefix in any region). None.
 * - `json-syntax`: the text is not JSON. `line`, `column`: where reading
 *   stopped (1-based). The marketers' tools (tariffs:check, the preview, the
 *   build) report it where its cause is instead, with `cause`: a
 *   {@link JsonSyntaxCause}, and `word` for `unquoted`, `open` and `close`
 *   for `missing-bracket`, `found` for `unexpected`.
 * - `fetch-status`: a `tariffs-src` URL answered with an HTTP error. `url`, `status`.
 * - `fetch-timeout`: a `tariffs-src` URL did not answer in time. `url`, `seconds`.
 * - `fetch-failed`: a `tariffs-src` URL could not be fetched (network, CORS).
 *   `url`, `detail` (the browser's reason).
 * - `unexpected-error`: reading the tariffs threw (an object whose getters
 *   throw). `detail`: the error as text.
 */
export type TariffIssueCode =
  | 'expected'
  | 'missing-field'
  | 'unknown-field'
  | 'unknown-id'
  | 'duplicate-id'
  | 'reserved-id'
  | 'forbidden-key'
  | 'all-shares-zero'
  | 'too-many'
  | 'too-large'
  | 'too-deep'
  | 'unreadable'
  | 'repeated-value'
  | 'json-syntax'
  | 'fetch-status'
  | 'fetch-timeout'
  | 'fetch-failed'
  | 'unexpected-error';

/**
 * Why a text is not JSON (`params.cause` of a `json-syntax` issue). Its
 * position is that of the cause: a missing comma just after the value before
 * it, a trailing comma at the comma, an unclosed string at its opening quote,
 * an unclosed bracket (`missing-bracket`) at that bracket.
 */
export type JsonSyntaxCause =
  | 'missing-comma'
  | 'trailing-comma'
  | 'extra-comma'
  | 'missing-colon'
  | 'expected-key'
  | 'unclosed-string'
  | 'bad-escape'
  | 'missing-bracket'
  | 'comment'
  | 'single-quotes'
  | 'unquoted'
  | 'empty'
  | 'unexpected';

/** The kinds of value an `expected` issue names in `params.expected`. */
export type ExpectedKind =
  | 'object'
  | 'list'
  | 'non-empty-list'
  | 'one-of'
  | 'text'
  | 'id'
  | 'carrier-id'
  | 'currency'
  | 'date'
  | 'url'
  | 'money'
  | 'money-2-decimals'
  | 'decimal'
  | 'integer'
  | 'number'
  | 'add-on-price'
  | 'time'
  | 'time-after'
  | 'calling-code'
  | 'caller-prefix';

/** The values an issue's messages are built from; which ones each code has is listed at {@link TariffIssueCode}. */
export type TariffIssueParams = Readonly<Record<string, string | number>>;

/** One problem found in a tariff document, or in getting one. */
export interface TariffIssue {
  /** What the problem is; see {@link TariffIssueCode}. */
  readonly code: TariffIssueCode;
  /** The values the messages are built from (what was expected, what was found, a suggestion). */
  readonly params: TariffIssueParams;
  /** JSON path such as `plans[2].ratePerMinute`; `` (empty) for the document itself. */
  readonly path: string;
  /** Chinese message (the product's default locale), rendered from `code` and `params`. */
  readonly message: string;
  /** The same message in English. */
  readonly messageEn: string;
  /**
   * For a path inside `plans[i]`: that plan's id, when it has a well-formed
   * one, so that a message can name the plan (see `issuePlace`).
   */
  readonly planId?: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly tariffs: TariffSet; readonly issues?: undefined }
  | { readonly ok: false; readonly tariffs?: undefined; readonly issues: readonly TariffIssue[] };

/** What the visitor sets (tariff-format.md §3). Every field is optional on input. */
export interface Usage {
  readonly minutesPerMonth?: number;
  readonly peakSharePercent?: number;
  readonly regionShares?: Readonly<Record<string, number>>;
  readonly averageCallSeconds?: number | null;
  readonly addOns?: readonly string[];
  readonly numberGrade?: string | null;
}

/** Usage with every default applied, as the engine used it. */
export interface ResolvedUsage {
  readonly minutesPerMonth: number;
  readonly peakSharePercent: number;
  readonly regionShares: Readonly<Record<string, number>>;
  readonly averageCallSeconds: number | null;
  readonly addOns: readonly string[];
  readonly numberGrade: string | null;
}

export type MonthlyLineKind =
  | 'package'
  | 'calls'
  | 'minimum-top-up'
  | 'extra-lines'
  | 'add-on'
  | 'tax'
  | 'value-added-tax';

export type OneTimeLineKind = 'setup' | 'add-on' | 'number-selection' | 'tax' | 'value-added-tax';

export interface QuoteLine<K extends string = MonthlyLineKind | OneTimeLineKind> {
  readonly kind: K;
  /** Exactly two decimals, e.g. "125.00". */
  readonly amount: DecimalString;
  /** The add-on id, for `add-on` lines. */
  readonly id?: string;
}

export type UnavailableReason = {
  readonly code: 'add-on-not-offered';
  /** The chosen add-ons this plan does not offer, in the usage's order. */
  readonly addOnIds: readonly string[];
};

export interface PlanQuote {
  readonly planId: string;
  readonly carrierId: string;
  readonly available: boolean;
  readonly unavailableReason: UnavailableReason | null;
  readonly termMonths: number;
  readonly lines: readonly QuoteLine<MonthlyLineKind>[];
  readonly oneTimeLines: readonly QuoteLine<OneTimeLineKind>[];
  /** Billed minutes per month, rounded to 0.01 for display (an estimate, not money). */
  readonly billedMinutes: DecimalString;
  /** The total of a typical month: every month of the term but the last (§4.11). */
  readonly monthlyTotal: DecimalString;
  /** The last month's total: it pays the rest of the rounded package price (§4.11). */
  readonly lastMonthTotal: DecimalString;
  readonly oneTimeTotal: DecimalString;
  /** round(termTotal / termMonths): the figure plans are ranked by (§4.11). */
  readonly averageMonthly: DecimalString;
  /** (termMonths − 1) × monthlyTotal + lastMonthTotal + oneTimeTotal: exact to the cent (§4.11). */
  readonly termTotal: DecimalString;
  /** Paid at signing: the one-time fees, plus the package price (and its tax) when it is paid upfront (§4.12). */
  readonly upfrontTotal: DecimalString;
  /**
   * monthlyTotal ÷ minutesPerMonth to four decimals, or null below one minute
   * a month (at 0, and for a fraction of a minute, whose rate would be
   * meaningless and huge).
   */
  readonly effectiveRatePerMinute: DecimalString | null;
  /** Concurrent lines needed at peak (§5), the same for every plan. */
  readonly linesNeeded: number;
  /** Lines included in the plan, or null for unlimited. */
  readonly linesIncluded: number | null;
  readonly extraLines: number;
  /** Whether this plan's monthly total can change with the peak share / region mix. */
  readonly dependsOn: { readonly peakShare: boolean; readonly regions: boolean };
}

export interface Quote {
  readonly currency: string;
  readonly effectiveDate: string;
  readonly usage: ResolvedUsage;
  /** Ranked as tariff-format.md §4 says; unavailable plans last. */
  readonly plans: readonly PlanQuote[];
  /** The first available plan of the ranking, or null when none is available. */
  readonly cheapestPlanId: string | null;
  /** Peak traffic in Erlangs (an estimate, as a JS number). */
  readonly peakErlangs: number;
  /** Concurrent lines needed at peak (§5). */
  readonly linesNeeded: number;
}

// ——— Call logs and month-by-month profiles (tariff-format.md §7) ———

/**
 * One call of a visitor's call-detail export (话单), as the import hands it to
 * the engine. The call-log import (src/call-log) uses this very type.
 */
export interface CallRecord {
  /**
   * Local wall time the call started, `YYYY-MM-DD HH:MM:SS` (or `HH:MM`,
   * meaning `:00`), exactly as the export wrote it: no time-zone conversion.
   */
  readonly start: string;
  /** Answered talk time in whole seconds, ≥ 0 (0: an unanswered call, billed nothing). */
  readonly seconds: number;
  /** The calling number as exported; absent when the export has none. Never kept in a summary. */
  readonly caller?: string;
}

/** The answered calls of one month that share a band, a region and a length. */
export interface CallClass {
  readonly band: 'peak' | 'offPeak';
  /** A region id of the tariff file. */
  readonly regionId: string;
  /** Talk time of each call, whole seconds ≥ 1. */
  readonly seconds: number;
  /** How many calls, ≥ 1. */
  readonly count: number;
}

/** One calendar month of a call log: everything a bill needs, and no phone number. */
export interface MonthSummary {
  /** `YYYY-MM`, e.g. `"2026-03"`. */
  readonly month: string;
  /** Answered calls by band, region and seconds: peak before off-peak, regions in the file's order, shorter calls first. */
  readonly classes: readonly CallClass[];
  /** Records of the month, 0-second (unanswered) ones included. */
  readonly calls: number;
  /** Records of more than 0 seconds. */
  readonly answeredCalls: number;
  /** Σ seconds of the month's calls. */
  readonly talkSeconds: number;
  /** The most calls in progress at one instant of the month, each occupying [start, start + seconds); 0 when no call was answered. */
  readonly peakConcurrency: number;
  /** Day of the month (1–31) of the month's earliest record; null for a month without records. */
  readonly firstDay: number | null;
  /** Day of the month of its latest record; null for a month without records. */
  readonly lastDay: number | null;
  readonly daysInMonth: number;
  /** The log's first month when it starts after day 1, or its last month when it ends before the month's last day. */
  readonly partial: boolean;
}

/** A call log summarized: every month from the earliest record's to the latest's, in order. */
export interface CallLogSummary {
  /** Months in calendar order, months without records included. */
  readonly months: readonly MonthSummary[];
  /** Records summarized (readable ones). */
  readonly records: number;
  /** Records with a start that is not a real date and time or seconds that are not a whole number ≥ 0: counted, never billed. */
  readonly unreadable: number;
}

/** One month of a profile: a visitor's usage (§3) or a month of a call log. */
export type ProfileMonth =
  | { readonly month?: string; readonly usage: Usage }
  | { readonly month?: string; readonly summary: MonthSummary };

/** What a profile quote prices beyond its months. */
export interface ProfileOptions {
  /** Add-ons chosen for every month (a usage month's own `addOns` are not read). */
  readonly addOns?: readonly string[];
  /** The number grade of every month (default: the file's first grade; a usage month's own is not read). */
  readonly numberGrade?: string;
  /** Quote only these plans; ids the file does not have are ignored. */
  readonly planIds?: readonly string[];
}

/** One plan's figures for one month of a profile. */
export interface ProfileMonthFigures {
  /** The month's label: the summary's `month`, or the profile month's own `month`. */
  readonly month?: string;
  /** The month's total, priced as a typical month of the term (§4.11), two decimals. */
  readonly monthlyTotal: DecimalString;
  /** Billed minutes at the plan's increment, rounded to 0.01 (an estimate shown, not money). */
  readonly billedMinutes: DecimalString;
  /** Talk minutes, rounded to 0.01. */
  readonly talkMinutes: DecimalString;
  /** Lines needed at peak: the month's peak concurrency (at least 1), or Erlang B for a usage month. */
  readonly linesNeeded: number;
  readonly extraLines: number;
}

/** One plan's quote over a whole profile (§7). */
export interface ProfilePlanQuote {
  readonly planId: string;
  readonly carrierId: string;
  readonly available: boolean;
  readonly unavailableReason: UnavailableReason | null;
  readonly termMonths: number;
  /** Each month's figures, in the profile's order. */
  readonly months: readonly ProfileMonthFigures[];
  /** Σ of the months' totals. */
  readonly profileTotal: DecimalString;
  /** round(profileTotal / months + oneTimeTotal / termMonths), exact then rounded once: the ranking figure. */
  readonly profileAverageMonthly: DecimalString;
  readonly oneTimeTotal: DecimalString;
  /** Paid at signing, as in a §4 quote. */
  readonly upfrontTotal: DecimalString;
  /** Σ of the months' billed minutes, exact then rounded to 0.01. */
  readonly billedMinutes: DecimalString;
  /** Σ of the months' talk minutes, exact then rounded to 0.01. */
  readonly talkMinutes: DecimalString;
  /** What per-call rounding adds: (billed − talk) / talk to four decimals (`"0.1800"` is 18 %); null without talk time. */
  readonly roundingOverhead: DecimalString | null;
  /** The largest over the months: peak concurrency of log months, lines needed of usage months. */
  readonly peakConcurrency: number;
  /** Lines included in the plan, or null for unlimited. */
  readonly linesIncluded: number | null;
  /** The most extra lines any month needs. */
  readonly extraLinesMax: number;
}

/** Every plan's quote over a profile, ranked by §7. */
export interface ProfileQuote {
  readonly currency: string;
  readonly effectiveDate: string;
  readonly monthCount: number;
  /** By profileAverageMonthly, then profileTotal, then id; unavailable plans last. Empty for an empty profile. */
  readonly plans: readonly ProfilePlanQuote[];
  /** The first available plan of the ranking; null when none is available or the profile is empty. */
  readonly cheapestPlanId: string | null;
}
