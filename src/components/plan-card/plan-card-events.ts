/**
 * The plan card's internal events. They bubble inside the calculator's
 * shadow root only (not composed); the calculator turns a choice into the
 * public `hotline-plan-select`.
 */

/** The visitor chose this plan; the detail is its id. */
export type PlanChooseEvent = CustomEvent<string>;

/** The visitor opened or closed a plan's breakdown. */
export type PlanExpandEvent = CustomEvent<{ readonly planId: string; readonly open: boolean }>;

export interface PlanCardEventMap {
  'plan-choose': PlanChooseEvent;
  'plan-expand': PlanExpandEvent;
}

/** A bubbling, uncomposed event of the card's map. */
export function planCardEvent<K extends keyof PlanCardEventMap>(type: K, detail: PlanCardEventMap[K]['detail']): PlanCardEventMap[K] {
  return new CustomEvent(type, { detail, bubbles: true }) as PlanCardEventMap[K];
}
