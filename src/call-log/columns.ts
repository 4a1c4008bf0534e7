/**
 * Which column holds what, from the header names (header-names.ts) checked
 * against the first values below them: a name promises a role, the values
 * confirm it or weigh it down. The values also tell a start column with date
 * and time from a date-only or time-only one (日期 + 时间), and a 通话时间 that
 * holds start times from one that holds durations.
 */
import { cleanCell } from './cell.js';
import { momentKind } from './date-time.js';
import { isSelfDescribing, readSeconds } from './duration.js';
import { countsMinutes, headerRoles } from './header-names.js';
import type { ColumnGuess, ColumnMapping, ColumnRole, MappingIssue } from './types.js';

/** A guess at least this sure needs no confirmation. */
export const CERTAIN = 0.8;
/** Two guesses closer than this are a tie. */
const TIE = 0.1;
/** A name whose values mostly do not fit its role keeps this share of its confidence. */
const MISFIT = 0.3;
/** The confidence of a role seen in the values alone, under a header that names none. */
const FROM_VALUES = 0.3;

export interface SuggestedMapping {
  readonly columns: readonly ColumnGuess[];
  readonly mapping: ColumnMapping;
  readonly issues: readonly MappingIssue[];
}

/** The share of `values` that `fits`; 1 when there are none (the name alone decides). */
const shareOf = (values: readonly string[], fits: (value: string) => boolean) =>
  values.length ? values.filter(fits).length / values.length : 1;

function guessColumn(header: string, values: readonly string[]): ColumnGuess {
  const named = headerRoles(header);
  const weigh = (confidence: number, share: number) => confidence * (share >= 0.5 ? 1 : MISFIT);
  const kinds = values.map(momentKind);
  const kind = values.length
    ? (['datetime', 'date', 'time'] as const).find((k) => kinds.filter((x) => x == k).length >= values.length / 2)
    : undefined;
  const when: ColumnRole = kind == 'date' ? 'date' : kind == 'time' ? 'time' : 'start';
  const guesses: [ColumnRole, number][] = [
    ['caller', named.caller],
    [when, weigh(named.when, values.length && !kind ? 0 : 1)],
    ['seconds', weigh(named.seconds, shareOf(values, (v) => readSeconds(v) !== undefined))],
    ['end', weigh(named.end, shareOf(values, (v) => /time/.test(momentKind(v) ?? '')))], // a date and time, or a time
  ];
  if (!named.caller && !named.when && !named.seconds && !named.end && values.length) {
    if (kind == 'datetime') guesses.push(['start', FROM_VALUES]);
    else if (shareOf(values, isSelfDescribing) >= 0.5) guesses.push(['seconds', FROM_VALUES]);
  }
  const [role, confidence] = guesses.reduce((best, guess) => (guess[1] > best[1] ? guess : best));
  return confidence > 0 ? { role, confidence } : { confidence: 0 };
}

/** Columns of `role`, most confident first. */
function ranked(columns: readonly ColumnGuess[], role: ColumnRole): number[] {
  return columns
    .map((_, index) => index)
    .filter((index) => columns[index]!.role == role)
    .sort((a, b) => columns[b]!.confidence - columns[a]!.confidence);
}

/**
 * The mapping the header and the first values of each column suggest, with
 * what the visitor should confirm. `sample` holds the first data rows.
 */
export function suggestMapping(headers: readonly string[], sample: readonly (readonly string[])[]): SuggestedMapping {
  const width = Math.max(headers.length, ...sample.map((row) => row.length));
  const columns: ColumnGuess[] = [];
  for (let c = 0; c < width; c++) {
    columns.push(guessColumn(headers[c] ?? '', sample.map((row) => cleanCell(row[c])).filter(Boolean)));
  }
  const sureness = (index: number | undefined) => (index === undefined ? 0 : columns[index]!.confidence);
  const issues: MappingIssue[] = [];
  /** Reports `role` unless its best column, `list[0]`, is sure and alone. */
  const check = (role: MappingIssue['role'], list: number[], candidates = list) => {
    const [best, next] = list;
    let problem: MappingIssue['problem'] | undefined;
    if (best === undefined) problem = 'missing';
    else if (sureness(best) < CERTAIN) problem = 'unsure';
    else if (sureness(best) - sureness(next) < TIE) problem = 'ambiguous';
    if (problem) issues.push({ role, problem, candidates });
  };

  const mapping: { -readonly [K in keyof ColumnMapping]: ColumnMapping[K] } = {};
  const [starts, dates, times] = (['start', 'date', 'time'] as const).map((role) => ranked(columns, role));
  if (starts.length && sureness(starts[0]) >= Math.min(sureness(dates[0]), sureness(times[0]))) {
    mapping.start = starts[0];
    check('start', starts);
  } else if (dates.length && times.length) {
    mapping.start = dates[0];
    mapping.time = times[0];
    check('start', sureness(dates[0]) < sureness(times[0]) ? dates : times, [...dates, ...times]);
  } else {
    check('start', [], [...dates, ...times]);
  }

  const [durations, ends] = (['seconds', 'end'] as const).map((role) => ranked(columns, role));
  // Talk time when it is sure; else an end time that is; else the better guess, to confirm.
  const useEnd = sureness(durations[0]) < CERTAIN && sureness(ends[0]) > sureness(durations[0]);
  if (useEnd) {
    mapping.end = ends[0];
    check('seconds', ends, sureness(ends[0]) < CERTAIN ? [...ends, ...durations] : ends);
  } else {
    if (durations.length) mapping.seconds = durations[0];
    check('seconds', durations, sureness(durations[0]) < CERTAIN ? [...durations, ...ends] : durations);
    if (durations.length && countsMinutes(headers[durations[0]!] ?? '')) mapping.durationUnit = 'minute';
  }

  const [caller] = ranked(columns, 'caller');
  if (caller !== undefined) mapping.caller = caller;
  return { columns, mapping, issues };
}
