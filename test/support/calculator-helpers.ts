/**
 * Helpers for the element's browser tests: reach into the shadow roots the
 * way a visitor's assistive technology would, and compute what the engine
 * says the screen should show.
 */
import { fixture, html } from '@open-wc/testing';
import { estimate } from '../../src/engine/estimate.js';
import { formatMoney } from '../../src/i18n/format.js';
import type { Locale } from '../../src/i18n/locale.js';
import '../../src/index.js';
import type { HotlineCalculator } from '../../src/components/hotline-calculator/hotline-calculator.js';
import type { HotlinePlanCard } from '../../src/components/plan-card/plan-card.js';
import { tariffFixture } from './tariff-builder.js';

/** A calculator on the fixture tariffs, rendered and settled. */
export async function fixtureCalculator(attributes: Record<string, string> = {}): Promise<HotlineCalculator> {
  const el = await fixture<HotlineCalculator>(html`<hotline-calculator></hotline-calculator>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.tariffs = tariffFixture();
  await settle(el);
  return el;
}

/** Waits until the element and its cards have rendered. */
export async function settle(el: HotlineCalculator): Promise<void> {
  await el.updateComplete;
  await Promise.all(cards(el).map((card) => card.updateComplete));
}

export function $(el: HotlineCalculator, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

export function input(el: HotlineCalculator, selector: string): HTMLInputElement {
  return $(el, selector) as HTMLInputElement;
}

export function cards(el: HotlineCalculator): HotlinePlanCard[] {
  return [...el.shadowRoot!.querySelectorAll<HotlinePlanCard>('hotline-plan-card')];
}

export function card(el: HotlineCalculator, planId: string): HotlinePlanCard {
  const found = cards(el).find((c) => c.dataset.planId === planId);
  if (!found) throw new Error(`no card for ${planId}`);
  return found;
}

export function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Each card's headline figure (the monthly average over the term), in display order. */
export function displayedTotals(el: HotlineCalculator): [string, string][] {
  return cards(el).map((c) => [c.dataset.planId!, text(c.shadowRoot!.querySelector('[part="plan-total"] .amount'))]);
}

/**
 * What the engine says the cards must show for the element's current usage:
 * each plan's averageMonthly, for the best `max-plans` available plans (3
 * unless set; all with "show all" open) and then every unavailable plan.
 */
export function expectedTotals(el: HotlineCalculator, locale: Locale = 'zh-CN'): [string, string][] {
  const planIds = el.quote!.plans.map((p) => p.planId);
  const quote = estimate(el.tariffs!, el.usage!, { planIds });
  const showAll = el.shadowRoot!.querySelector('.show-all')?.getAttribute('aria-expanded') === 'true';
  const limit = el.maxPlans === 0 || showAll ? Infinity : (el.maxPlans ?? 3);
  const shown = [...quote.plans.filter((p) => p.available).slice(0, limit), ...quote.plans.filter((p) => !p.available)];
  return shown.map((p) => [p.planId, formatMoney(p.averageMonthly, quote.currency, locale)]);
}

/** Moves a native range or number input as a visitor's drag or typing would. */
export function setValue(target: HTMLInputElement, value: number | string): void {
  target.value = String(value);
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function click(target: HTMLElement): void {
  target.click();
}
