/**
 * Which plans the element shows: the page narrows them with the `plans` and
 * `carriers` attributes, the visitor further with the carrier checkboxes.
 *
 * A typo in the page must never leave the visitor an empty calculator:
 * unknown ids are ignored, and a filter that names nothing known (or
 * nothing at all) is treated as absent; the console says which ids it did
 * not know.
 */
import type { TariffSet } from '../engine/types.js';

export interface PlanSelection {
  /** Carriers the visitor can still choose between, in the file's order. */
  readonly carrierChoices: readonly string[];
  /** The plans to quote. */
  readonly planIds: readonly string[];
}

/** The ids of `wanted` that `known` has, or null (no filter) when there are none. */
function knownIds(
  name: 'plans' | 'carriers',
  wanted: readonly string[] | null,
  known: readonly string[],
  warn: (message: string) => void,
): ReadonlySet<string> | null {
  if (wanted === null) return null;
  const unknown = wanted.filter((id) => !known.includes(id));
  const kept = wanted.filter((id) => known.includes(id));
  const list = unknown.map((id) => `"${id}"`).join(', ');
  if (kept.length === 0) {
    warn(
      unknown.length === 0
        ? `${name}="" names no ${name === 'plans' ? 'plan' : 'carrier'}; showing them all.`
        : `${name}: unknown ${list} ignored; nothing known is left, so showing them all.`,
    );
    return null;
  }
  if (unknown.length > 0) warn(`${name}: unknown ${list} ignored.`);
  return new Set(kept);
}

export function selectPlans(
  tariffs: TariffSet,
  onlyPlans: readonly string[] | null,
  onlyCarriers: readonly string[] | null,
  hiddenCarriers: ReadonlySet<string>,
  warn: (message: string) => void,
): PlanSelection {
  const plans = knownIds('plans', onlyPlans, tariffs.plans.map((p) => p.id), warn);
  const carriers = knownIds('carriers', onlyCarriers, tariffs.carriers.map((c) => c.id), warn);
  const allowed = tariffs.plans.filter((p) => (!plans || plans.has(p.id)) && (!carriers || carriers.has(p.carrier)));
  return {
    carrierChoices: tariffs.carriers.map((c) => c.id).filter((id) => allowed.some((p) => p.carrier === id)),
    planIds: allowed.filter((p) => !hiddenCarriers.has(p.carrier)).map((p) => p.id),
  };
}
