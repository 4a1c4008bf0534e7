/** Small readers that keep the engine's hand-computed cases short. */
import { estimate, type PlanQuote, type TariffSet, type Usage } from '../../src/engine/index.js';

/** The quote of one plan (default: the only or first-listed plan id "p1"). */
export function planQuote(tariffs: TariffSet, usage: Usage, planId = 'p1'): PlanQuote {
  const plan = estimate(tariffs, usage).plans.find((candidate) => candidate.planId === planId);
  if (!plan) throw new Error(`no quote for plan ${planId}`);
  return plan;
}

/** Monthly lines as "kind amount" (add-ons as "add-on:id amount"), in quote order. */
export function monthly(plan: PlanQuote): string[] {
  return plan.lines.map((line) => `${line.kind}${line.id ? `:${line.id}` : ''} ${line.amount}`);
}

/** One-time lines in the same form. */
export function oneTime(plan: PlanQuote): string[] {
  return plan.oneTimeLines.map((line) => `${line.kind}${line.id ? `:${line.id}` : ''} ${line.amount}`);
}

/** The amount of the first line of `kind`. */
export function line(plan: PlanQuote, kind: string): string | undefined {
  return plan.lines.find((candidate) => candidate.kind === kind)?.amount;
}
