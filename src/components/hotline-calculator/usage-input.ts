/**
 * Turns whatever a page hands the element (attribute strings, a `usage`
 * object) into a complete usage the engine accepts. Bad values never reach
 * the engine: they are clamped or dropped, and `warn` is told once about each.
 */
import type { ResolvedUsage, TariffSet, Usage } from '../../engine/types.js';
import { asPercentShares } from '../usage-controls/region-shares.js';

/** The engine's own limit on minutes per month (tariff-format.md §3). */
export const MAX_ENGINE_MINUTES = 10_000_000;

export type Warn = (message: string) => void;

/** A number attribute: null when absent, NaN when not a number (the caller warns). */
export function parseNumberAttribute(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return Number(value.trim());
}

/** A space-separated id list attribute; null when absent. */
export function parseIdList(value: string | null | undefined): string[] | null {
  if (value === null || value === undefined) return null;
  return value.split(/[\s,]+/).filter((id) => id !== '');
}

function clampNumber(
  value: unknown,
  min: number,
  max: number,
  fallback: number,
  name: string,
  warn: Warn,
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    warn(`${name}: ${String(value)} is not a number; using ${fallback}.`);
    return fallback;
  }
  if (value < min || value > max) {
    const clamped = Math.min(max, Math.max(min, value));
    warn(`${name}: ${value} is outside ${min}–${max}; using ${clamped}.`);
    return clamped;
  }
  return value;
}

/** The default region mix of a tariff set, as percentages. */
export function defaultRegionShares(tariffs: TariffSet): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const region of tariffs.regions) weights[region.id] = Number(region.defaultShare);
  return asPercentShares(
    weights,
    tariffs.regions.map((r) => r.id),
  );
}

function sanitizeRegions(input: unknown, tariffs: TariffSet, warn: Warn): Record<string, number> {
  const ids = tariffs.regions.map((r) => r.id);
  if (input === undefined || input === null) return defaultRegionShares(tariffs);
  if (typeof input !== 'object') {
    warn(`regionShares: expected an object of region weights; using the typical mix.`);
    return defaultRegionShares(tariffs);
  }
  const weights: Record<string, number> = {};
  for (const [id, weight] of Object.entries(input as Record<string, unknown>)) {
    if (!ids.includes(id)) {
      warn(`regionShares: unknown region "${id}" ignored.`);
    } else if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      warn(`regionShares.${id}: ${String(weight)} is not a weight ≥ 0; ignored.`);
    } else {
      weights[id] = weight;
    }
  }
  const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
  return total > 0 ? asPercentShares(weights, ids) : defaultRegionShares(tariffs);
}

function sanitizeAddOns(input: unknown, tariffs: TariffSet, warn: Warn): string[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) {
    warn(`addOns: expected a list of add-on ids; none chosen.`);
    return [];
  }
  const known = new Set(tariffs.addOns.map((a) => a.id));
  const chosen: string[] = [];
  for (const id of input) {
    if (typeof id !== 'string' || !known.has(id)) warn(`addOns: unknown add-on "${String(id)}" ignored.`);
    else if (!chosen.includes(id)) chosen.push(id);
  }
  return chosen;
}

function sanitizeGrade(input: unknown, tariffs: TariffSet, warn: Warn): string | null {
  const first = tariffs.numberGrades[0]?.id ?? null;
  if (input === undefined || input === null) return first;
  if (typeof input === 'string' && tariffs.numberGrades.some((g) => g.id === input)) return input;
  warn(`numberGrade: unknown grade "${String(input)}"; using ${first ?? 'none'}.`);
  return first;
}

/**
 * A complete usage for `tariffs`: every field present, every value in range,
 * region shares as percentages; fields missing from `input` take the
 * tariff's defaults.
 */
export function resolveUsage(input: Usage, tariffs: TariffSet, warn: Warn): ResolvedUsage {
  const d = tariffs.defaults;
  const seconds = input.averageCallSeconds === undefined ? d.averageCallSeconds : input.averageCallSeconds;
  return {
    minutesPerMonth:
      input.minutesPerMonth === undefined
        ? d.minutesPerMonth
        : clampNumber(input.minutesPerMonth, 0, MAX_ENGINE_MINUTES, d.minutesPerMonth, 'minutesPerMonth', warn),
    peakSharePercent:
      input.peakSharePercent === undefined
        ? d.peakSharePercent
        : clampNumber(input.peakSharePercent, 0, 100, d.peakSharePercent, 'peakSharePercent', warn),
    regionShares: sanitizeRegions(input.regionShares, tariffs, warn),
    averageCallSeconds:
      seconds === null ? null : clampNumber(seconds, 1, 3600, 60, 'averageCallSeconds', warn),
    addOns: sanitizeAddOns(input.addOns, tariffs, warn),
    numberGrade: sanitizeGrade(input.numberGrade, tariffs, warn),
  };
}

/** The usage attributes as the element reads them. */
export interface UsageAttributes {
  readonly minutes: string | null;
  readonly peakShare: string | null;
  readonly averageCallSeconds: string | null;
  readonly addOns: string | null;
  readonly numberGrade: string | null;
}

/**
 * `current` with the changed usage attributes applied: a removed attribute
 * gives the field back to the tariff default, a non-number is ignored.
 */
export function applyUsageAttributes(
  current: Usage,
  attributes: UsageAttributes,
  changed: ReadonlySet<keyof UsageAttributes>,
  warn: Warn,
): Usage {
  const next: { -readonly [K in keyof Usage]: Usage[K] } = { ...current };
  const numeric = (key: 'minutes' | 'peakShare' | 'averageCallSeconds', field: keyof Usage, name: string) => {
    if (!changed.has(key)) return;
    const value = attributes[key];
    const parsed = parseNumberAttribute(value);
    if (parsed === null) delete next[field];
    else if (Number.isNaN(parsed)) warn(`${name}="${value}" is not a number; ignored.`);
    else (next as Record<string, unknown>)[field] = parsed;
  };
  numeric('minutes', 'minutesPerMonth', 'minutes');
  numeric('peakShare', 'peakSharePercent', 'peak-share');
  numeric('averageCallSeconds', 'averageCallSeconds', 'average-call-seconds');
  if (changed.has('addOns')) next.addOns = parseIdList(attributes.addOns) ?? undefined;
  if (changed.has('numberGrade')) next.numberGrade = attributes.numberGrade ?? undefined;
  return next;
}
