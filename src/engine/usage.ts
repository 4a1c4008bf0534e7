/**
 * The one place where a visitor's usage (tariff-format.md §3) is checked and
 * completed with the file's defaults.
 *
 * Strict for API callers: anything out of range throws a `UsageError`.
 * Lenient for the element, its attributes and share links: a bad value is
 * clamped or dropped, and each correction is reported to a callback, so the
 * page learns what happened while the visitor keeps a working calculator.
 */
import { Dec, ZERO, dec } from './exact.js';
import { CALL_SECONDS, MINUTES_PER_MONTH, PEAK_SHARE_PERCENT, type Range } from './limits.js';
import type { PreparedTariffs } from './prepare.js';
import type { ResolvedUsage, TariffSet, Usage } from './types.js';

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

/** One value the lenient resolver could not use as given. */
export interface UsageCorrection {
  /** The field, e.g. `minutesPerMonth`, `regionShares.west`, `addOns[1]`; empty for the whole usage. */
  readonly field: string;
  /** What was wrong and what is used instead, in English (meant for the console). */
  readonly message: string;
}

/**
 * Checks `usage` against `tariffs` and fills in every default.
 *
 * Without `onCorrection` it is strict and throws a `UsageError` at the first
 * bad value. With it, it never throws: out-of-range numbers are clamped,
 * non-numbers take the default, unknown or repeated ids are dropped, and
 * each such correction is passed to `onCorrection`.
 */
export function resolveUsage(
  tariffs: TariffSet,
  usage: Usage | undefined,
  onCorrection?: (correction: UsageCorrection) => void,
): ResolvedUsage {
  // Strict: the first problem throws. Lenient: it is reported and `fallback` used.
  const problem = <T>(field: string, message: string, fallback: T, using: string): T => {
    if (!onCorrection) throw new UsageError(field, message);
    onCorrection({ field, message: `${field ? `${field}: ` : ''}${message}; ${using}.` });
    return fallback;
  };
  let given: Usage = usage === undefined ? {} : usage;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    given = problem('', 'must be an object', {}, 'using the defaults');
  }
  const defaults = tariffs.defaults;

  const number = (field: keyof Usage, value: unknown, range: Range, fallback: number): number => {
    if (typeof value !== 'number' || Number.isNaN(value)) {
      return problem(field, `must be a number from ${span(range)}, got ${describe(value)}`, fallback, `using ${fallback}`);
    }
    if (value < range.min || value > range.max) {
      const clamped = Math.min(range.max, Math.max(range.min, value));
      return problem(field, `must be a number from ${span(range)}, got ${describe(value)}`, clamped, `using ${clamped}`);
    }
    return value === 0 ? 0 : value; // no negative zero
  };

  const minutes = number('minutesPerMonth', given.minutesPerMonth ?? defaults.minutesPerMonth, MINUTES_PER_MONTH, defaults.minutesPerMonth);
  const peakShare = number('peakSharePercent', given.peakSharePercent ?? defaults.peakSharePercent, PEAK_SHARE_PERCENT, defaults.peakSharePercent);
  const seconds = given.averageCallSeconds === undefined ? defaults.averageCallSeconds : given.averageCallSeconds;
  let callSeconds: number | null = null;
  if (typeof seconds === 'number' && !Number.isNaN(seconds)) {
    callSeconds = number('averageCallSeconds', seconds, CALL_SECONDS, 0);
  } else if (seconds !== null) {
    const fallback = defaults.averageCallSeconds;
    callSeconds = problem('averageCallSeconds', `must be null or a number from ${span(CALL_SECONDS)}, got ${describe(seconds)}`, fallback, `using ${fallback}`);
  }

  return {
    minutesPerMonth: minutes,
    peakSharePercent: peakShare,
    regionShares: regionShares(tariffs, given.regionShares, problem),
    averageCallSeconds: callSeconds,
    addOns: addOns(tariffs, given.addOns, problem),
    numberGrade: numberGrade(tariffs, given.numberGrade, problem),
  };
}

type Problem = <T>(field: string, message: string, fallback: T, using: string) => T;

/** The weights as given (a region left out weighs 0), or the file's default mix when they are all zero. */
function regionShares(tariffs: TariffSet, input: Usage['regionShares'], problem: Problem): Record<string, number> {
  const ids = tariffs.regions.map((region) => region.id);
  const weights: Record<string, number> = {};
  for (const id of ids) weights[id] = 0;
  let any = false;
  if (input !== undefined && input !== null) {
    if (typeof input !== 'object' || Array.isArray(input)) {
      problem('regionShares', `must be an object of region weights, got ${describe(input)}`, 0, 'using the typical mix');
    } else {
      for (const id of Object.keys(input)) {
        const weight: unknown = input[id];
        if (!ids.includes(id)) {
          problem(`regionShares.${id}`, `unknown region "${id}"; the tariff file has ${list(ids)}`, 0, 'ignored');
        } else if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
          problem(`regionShares.${id}`, `must be a finite number ≥ 0, got ${describe(weight)}`, 0, 'ignored');
        } else if (weight > 0) {
          weights[id] = weight;
          any = true;
        }
      }
    }
  }
  if (!any) {
    // Nothing chosen: the file's default mix applies.
    for (const region of tariffs.regions) weights[region.id] = Number(region.defaultShare);
  }
  return weights;
}

function addOns(tariffs: TariffSet, input: Usage['addOns'], problem: Problem): string[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) {
    return problem('addOns', `must be a list of add-on ids, got ${describe(input)}`, [], 'none chosen');
  }
  const known = tariffs.addOns.map((addOn) => addOn.id);
  const chosen: string[] = [];
  input.forEach((id: unknown, index) => {
    if (typeof id !== 'string' || !known.includes(id)) {
      problem(`addOns[${index}]`, `unknown add-on ${describe(id)}; the tariff file has ${list(known)}`, 0, 'ignored');
    } else if (chosen.includes(id)) {
      problem(`addOns[${index}]`, `add-on "${id}" is listed twice`, 0, 'ignored');
    } else {
      chosen.push(id);
    }
  });
  return chosen;
}

function numberGrade(tariffs: TariffSet, input: Usage['numberGrade'], problem: Problem): string | null {
  const first = tariffs.numberGrades[0]?.id ?? null;
  if (input === undefined || input === null) return first;
  if (typeof input === 'string' && tariffs.numberGrades.some((grade) => grade.id === input)) return input;
  const known = tariffs.numberGrades.map((grade) => grade.id);
  return problem('numberGrade', `unknown number grade ${describe(input)}; the tariff file has ${list(known)}`, first, `using ${first ?? 'none'}`);
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

/** A resolved usage's numbers as exact Decimals, region weights in the file's order. */
export function toExactUsage(prepared: PreparedTariffs, resolved: ResolvedUsage): ExactUsage {
  const weights = prepared.regionIds.map((id) => dec(resolved.regionShares[id]!));
  return {
    resolved,
    minutes: dec(resolved.minutesPerMonth),
    peakPercent: dec(resolved.peakSharePercent),
    weights,
    weightSum: weights.reduce((total, weight) => total.plus(weight), ZERO),
    callSeconds: resolved.averageCallSeconds === null ? null : dec(resolved.averageCallSeconds),
  };
}

function span({ min, max }: Range): string {
  return `${min.toLocaleString('en')} to ${max.toLocaleString('en')}`;
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
