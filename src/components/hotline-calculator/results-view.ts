/**
 * The results column: the heading (which says when the prices are samples),
 * the best few plan cards in the engine's ranking with "show all", one line
 * for the plans that lack a chosen add-on, and the always-visible notice.
 * Shows the engine's figures only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { amountDifference } from '../../engine/amounts.js';
import type { PlanQuote } from '../../engine/types.js';
import { formatDate, formatList, formatMoney, formatNumber } from '../../i18n/format.js';
import type { Warn } from '../../state/calculator-state.js';
import { localize } from '../../tariffs/localized-text.js';
import type { ControlHost } from '../usage-controls/control-host.js';
import { callLogStringsFor } from '../call-log-panel/call-log-strings.js';
import { buildCtaHref } from './cta-href.js';
import { cheapestPlan, headline, shownQuote, type ShownPlan, type ShownQuote } from './shown-quote.js';

export interface ResultsHost extends ControlHost {
  /** The `cta-href` template, or null. */
  readonly ctaTemplate: string | null;
  readonly baseUri: string;
  readonly warn: Warn;
  /** How many available plans show before "show all"; 0 shows them all. */
  readonly maxPlans: number;
  /** Whether the bundled sample tariffs are in use (not the site's own). */
  readonly samplePrices: boolean;
  requestUpdate(): void;
}

/** The ids that tie the result bar, the skip link and the notice to what they point at. */
export const RESULTS_ID = 'results';
export const PLANS_ID = 'plans';
export const NOTICE_ID = 'notice';

export class ResultsView {
  #showAll = false;

  readonly #host: ResultsHost;

  constructor(host: ResultsHost) {
    this.#host = host;
  }

  /** The cheapest available plan's quote, or null. */
  cheapest(): ShownPlan | null {
    return cheapestPlan(shownQuote(this.#host.state));
  }

  /** The cheapest plan in one sentence, or why there is none; said to come from the call log while one is in use. */
  summaryText(): string {
    const { strings: t } = this.#host;
    const quote = shownQuote(this.#host.state);
    if (!quote) return '';
    if (quote.plans.length === 0) return this.#emptyText();
    const cheapest = this.cheapest();
    if (!cheapest) return t.noneAvailable;
    let sentence = t.summary(this.#planName(cheapest.planId), this.#money(headline(cheapest)));
    if (cheapest.upfrontTotal !== '0.00') sentence = `${sentence}${t.summarySeparator}${t.paidAtSigning(this.#money(cheapest.upfrontTotal))}`;
    return quote === this.#host.state.quote ? sentence : `${callLogStringsFor(this.#host.locale).fromRecords}${t.summarySeparator}${sentence}`;
  }

  renderHeading(): TemplateResult {
    const t = this.#host.strings;
    return html`<header class="results-head">
      <h2 id="results-heading" class="section-heading">${t.resultsHeading}</h2>
      ${this.#host.samplePrices
        ? html`<a class="sample-badge" href="#${NOTICE_ID}" @click=${this.#onSampleBadge}>${t.samplePrices}</a>`
        : nothing}
    </header>`;
  }

  /**
   * The best few available plans, then "show all", then one line for the
   * unavailable ones. Cards stay in place and take the plan of their rank:
   * when the ranking changes, a few text nodes change instead of whole cards
   * moving, which would cost the browser a fresh layout of each moved card.
   */
  renderCards(): TemplateResult {
    const { strings: t, maxPlans, locale } = this.#host;
    const quote = shownQuote(this.#host.state);
    if (!quote || quote.plans.length === 0) return html`<p class="empty">${this.#emptyText()}</p>`;
    const plans: readonly ShownPlan[] = quote.plans;
    const available = plans.filter((p) => p.available);
    const unavailable = plans.filter((p) => !p.available);
    const limit = maxPlans === 0 || this.#showAll ? available.length : Math.min(maxPlans, available.length);
    const count = formatNumber(available.length, locale);
    return html`
      ${available.length === 0 ? html`<p class="empty">${t.noneAvailable}</p>` : nothing}
      <div class="cards" id=${PLANS_ID} tabindex="-1">${available.slice(0, limit).map((plan) => this.#card(plan, quote))}</div>
      ${available.length > maxPlans && maxPlans > 0
        ? html`<button type="button" class="show-all" aria-expanded=${String(this.#showAll)} aria-controls=${PLANS_ID}
            @click=${this.#onShowAll}>
            ${this.#showAll ? t.showFewer(formatNumber(maxPlans, locale)) : t.showAll(count)}
          </button>`
        : nothing}
      ${unavailable.length === 0 ? nothing : this.#renderUnavailable(unavailable, quote)}
    `;
  }

  renderNotice(): TemplateResult {
    const { locale, strings: t } = this.#host;
    const { tariffs } = this.#host.state;
    const notice = localize(tariffs.notice, locale);
    return html`
      <footer class="notice" part="notice" id=${NOTICE_ID} tabindex="-1">
        <p>${t.pricesAsOf(formatDate(tariffs.effectiveDate, locale))} · ${tariffs.pricesIncludeTax ? t.taxIncluded : t.taxExcluded}</p>
        ${notice ? html`<p>${notice}</p>` : nothing}
      </footer>
    `;
  }

  /** The plans that lack a chosen add-on: one line that says why, the cards on request. */
  #renderUnavailable(plans: readonly ShownPlan[], quote: ShownQuote): TemplateResult {
    const { strings: t, locale } = this.#host;
    const missing = [...new Set(plans.flatMap((p) => p.unavailableReason?.addOnIds ?? []))];
    const names = missing.map((id) => localize(this.#host.state.tariffs.addOns.find((a) => a.id === id)?.name ?? id, locale));
    const list = formatList(names, locale, 'disjunction');
    return html`<details class="unavailable-group">
      <summary>${t.unavailableGroup(plans.length, formatNumber(plans.length, locale), list)}</summary>
      <div class="cards">${plans.map((plan) => this.#card(plan, quote))}</div>
    </details>`;
  }

  #card(plan: ShownPlan, quote: ShownQuote): TemplateResult {
    const { locale } = this.#host;
    const { tariffs, expandedPlans, currentBill } = this.#host.state;
    const best = this.cheapest();
    const cheapest = plan.planId === quote.cheapestPlanId;
    const profile = 'profileAverageMonthly' in plan ? plan : null;
    const bill = currentBill === 'invalid' ? null : currentBill;
    return html`<hotline-plan-card
      part=${cheapest ? 'plan cheapest' : 'plan'}
      exportparts="plan-total, breakdown, cta"
      data-plan-id=${plan.planId}
      .quote=${profile ? undefined : (plan as PlanQuote)}
      .profile=${profile}
      .tariffs=${tariffs}
      .locale=${locale}
      .cheapest=${cheapest}
      .moreThanBest=${best && plan.available && !cheapest ? amountDifference(headline(plan), headline(best)) : null}
      .saving=${bill === null ? null : amountDifference(bill, headline(plan))}
      .expanded=${expandedPlans.has(plan.planId)}
      .ctaHref=${this.#ctaFor(plan)}
    ></hotline-plan-card>`;
  }

  readonly #onShowAll = (): void => {
    this.#showAll = !this.#showAll;
    this.#host.requestUpdate();
  };

  /** The badge leads to the notice that explains the samples (inside the shadow root, so by hand). */
  readonly #onSampleBadge = (event: Event): void => {
    event.preventDefault();
    const notice = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    const target = notice.getElementById(NOTICE_ID);
    target?.scrollIntoView({ block: 'nearest' });
    target?.focus({ preventScroll: true });
  };

  #planName(planId: string): string {
    return localize(this.#host.state.tariffs.plans.find((p) => p.id === planId)?.name, this.#host.locale);
  }

  #money(amount: string): string {
    return formatMoney(amount, this.#host.state.tariffs.currency, this.#host.locale);
  }

  /** Why no card is shown: the visitor's carrier filter, or the page's own filters. */
  #emptyText(): string {
    const t = this.#host.strings;
    return this.#host.state.selection.carrierChoices.length === 0 ? t.emptyConfigured : t.empty;
  }

  /** The apply link; with a call log, `{minutes}` is the log's average talk minutes and `{total}` the profile average. */
  #ctaFor(plan: ShownPlan): string | null {
    const { ctaTemplate, baseUri, warn } = this.#host;
    const { usage } = this.#host.state;
    if (ctaTemplate === null) return null;
    const profile = 'profileAverageMonthly' in plan ? plan : null;
    const minutes = profile
      ? String(Math.round(Number(profile.talkMinutes) / Math.max(1, profile.months.length)))
      : String(usage.minutesPerMonth);
    const total = profile ? profile.profileAverageMonthly : (plan as PlanQuote).monthlyTotal;
    const href = buildCtaHref(ctaTemplate, { plan: plan.planId, carrier: plan.carrierId, minutes, total }, baseUri);
    if (href === null) warn(`cta-href="${ctaTemplate}" does not give an http(s), mailto: or tel: link; ignored.`);
    return href;
  }
}
