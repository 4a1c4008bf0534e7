/**
 * Which plans the element shows: the page narrows them with the `plans` and
 * `carriers` attributes, the visitor further with the carrier checkboxes.
 */
import type { TariffSet } from '../engine/types.js';

export interface PlanSelection {
  /** Carriers the visitor can still choose between, in the file's order. */
  readonly carrierChoices: readonly string[];
  /** The plans to quote. */
  readonly planIds: readonly string[];
}

export function selectPlans(
  tariffs: TariffSet,
  onlyPlans: readonly string[] | null,
  onlyCarriers: readonly string[] | null,
  hiddenCarriers: ReadonlySet<string>,
  warn: (message: string) => void,
): PlanSelection {
  for (const id of onlyPlans ?? []) {
    if (!tariffs.plans.some((p) => p.id === id)) warn(`plans: unknown plan "${id}" ignored.`);
  }
  for (const id of onlyCarriers ?? []) {
    if (!tariffs.carriers.some((c) => c.id === id)) warn(`carriers: unknown carrier "${id}" ignored.`);
  }
  const allowed = tariffs.plans.filter(
    (p) => (!onlyPlans || onlyPlans.includes(p.id)) && (!onlyCarriers || onlyCarriers.includes(p.carrier)),
  );
  return {
    carrierChoices: tariffs.carriers.map((c) => c.id).filter((id) => allowed.some((p) => p.carrier === id)),
    planIds: allowed.filter((p) => !hiddenCarriers.has(p.carrier)).map((p) => p.id),
  };
}
