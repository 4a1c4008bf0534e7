/**
 * Checks the visitor's usage against tariff-format.md §3, applies the file's
 * defaults and converts the numbers to exact Decimals.
 */
import { Dec, ZERO, dec } from './exact.js';
import { CALL_SECONDS, MINUTES_PER_MONTH, PEAK_SHARE_PERCENT, type Range } from './limits.js';
import type { PreparedTariffs } from './prepare.js';
import type { ResolvedUsage, Usage } from './types.js';

/**
 * Thrown by `estimate` for usage outside the ranges of tariff-format.md §3
 * (or ids the tariff file does not know). The UI never sends such usage, so
 * this signals a programming error in the caller.
 */
export class UsageError extends Error {
  /** The offending field, e.g. `minutesPerMonth` or `regionShares.north`. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(field ? `usage.${field}: ${message}` : `usage: ${message}`);
    this.name = 'UsageError';
    this.field = field;
  }
}

/** The usage as the engine computes with it. */
export interface ExactUsage {
  readonly resolved: ResolvedUsage;
  readonly minutes: Dec;
  readonly peakPercent: Dec;
  /** Region weights in the order of the file's regions (not normalized). */
  readonly weights: readonly Dec[];
  /** Their sum, > 0. */
  readonly weightSum: Dec;
  readonly callSeconds: Dec | null;
}

/** Validates `usage`, fills in defaults and converts it to exact values; throws UsageError. */
export function resolveUsage(prepared: PreparedTariffs, usage: Usage | undefined): ExactUsage {
  if (usage !== undefined && (usage === null || typeof usage !== 'object' || Array.isArray(usage))) {
    throw new UsageError('', 'must be an object');
  }
  const given: Usage = usage ?? {};
  const defaults = prepared.tariffs.defaults;
  const minutes = numberIn(given.minutesPerMonth ?? defaults.minutesPerMonth, 'minutesPerMonth', MINUTES_PER_MONTH);
  const peakShare = numberIn(given.peakSharePercent ?? defaults.peakSharePercent, 'peakSharePercent', PEAK_SHARE_PERCENT);
  const callSecondsInput = given.averageCallSeconds === undefined ? defaults.averageCallSeconds : given.averageCallSeconds;
  const callSeconds = callSecondsInput === null ? null : numberIn(callSecondsInput, 'averageCallSeconds', CALL_SECONDS);
  const shares = resolveRegionShares(prepared, given.regionShares);
  const addOns = resolveAddOns(prepared, given.addOns);
  const numberGrade = resolveGrade(prepared, given.numberGrade);

  return {
    resolved: {
      minutesPerMonth: minutes,
      peakSharePercent: peakShare,
      regionShares: shares.record,
      averageCallSeconds: callSeconds,
      addOns,
      numberGrade,
    },
    minutes: dec(minutes),
    peakPercent: dec(peakShare),
    weights: shares.weights,
    weightSum: shares.sum,
    callSeconds: callSeconds === null ? null : dec(callSeconds),
  };
}

function numberIn(value: unknown, field: string, { min, max }: Range): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(
      field,
      `must be a finite number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, got ${describe(value)}`,
    );
  }
  return value === 0 ? 0 : value; // no negative zero
}

function resolveRegionShares(
  prepared: PreparedTariffs,
  input: Usage['regionShares'],
): { record: Record<string, number>; weights: readonly Dec[]; sum: Dec } {
  const ids = prepared.regionIds;
  let numbers: number[] = ids.map(() => 0);
  if (input !== undefined && input !== null) {
    if (typeof input !== 'object' || Array.isArray(input)) {
      throw new UsageError('regionShares', `must be an object of region weights, got ${describe(input)}`);
    }
    for (const [id, weight] of Object.entries(input)) {
      const index = ids.indexOf(id);
      if (index < 0) {
        throw new UsageError(`regionShares.${id}`, `unknown region "${id}"; the tariff file has ${list(ids)}`);
      }
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
        throw new UsageError(`regionShares.${id}`, `must be a finite number ≥ 0, got ${describe(weight)}`);
      }
      numbers[index] = weight === 0 ? 0 : weight;
    }
  }
  let weights = numbers.map((weight) => dec(weight));
  let sum = weights.reduce((total, weight) => total.plus(weight), ZERO);
  if (sum.isZero()) {
    // Nothing chosen: the file's default mix applies.
    weights = [...prepared.defaultShares];
    sum = weights.reduce((total, weight) => total.plus(weight), ZERO);
    numbers = weights.map((weight) => weight.toNumber());
  }
  const record: Record<string, number> = {};
  ids.forEach((id, index) => {
    record[id] = numbers[index]!;
  });
  return { record, weights, sum };
}

function resolveAddOns(prepared: PreparedTariffs, input: Usage['addOns']): readonly string[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) {
    throw new UsageError('addOns', `must be a list of add-on ids, got ${describe(input)}`);
  }
  const seen = new Set<string>();
  input.forEach((id: unknown, index) => {
    if (typeof id !== 'string' || !prepared.addOnIds.has(id)) {
      throw new UsageError(`addOns[${index}]`, `unknown add-on ${describe(id)}; the tariff file has ${list([...prepared.addOnIds])}`);
    }
    if (seen.has(id)) throw new UsageError(`addOns[${index}]`, `add-on "${id}" is listed twice`);
    seen.add(id);
  });
  return [...input];
}

function resolveGrade(prepared: PreparedTariffs, input: Usage['numberGrade']): string | null {
  if (input === undefined || input === null) return prepared.defaultGradeId;
  if (typeof input !== 'string' || !prepared.grades.has(input)) {
    throw new UsageError('numberGrade', `unknown number grade ${describe(input)}; the tariff file has ${list([...prepared.grades.keys()])}`);
  }
  return input;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}

function list(ids: readonly string[]): string {
  return ids.length === 0 ? 'none' : ids.map((id) => `"${id}"`).join(', ');
}
