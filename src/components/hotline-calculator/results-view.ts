/**
 * The results column: a one-line summary, the plan cards in the engine's
 * ranking and the always-visible notice. Shows the engine's figures only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlanQuote } from '../../engine/types.js';
import { formatDate, formatMoney } from '../../i18n/format.js';
import type { Warn } from '../../state/calculator-state.js';
import { localize } from '../../tariffs/localized-text.js';
import type { ControlHost } from '../usage-controls/control-host.js';
import { buildCtaHref } from './cta-href.js';

export interface ResultsHost extends ControlHost {
  /** The `cta-href` template, or null. */
  readonly ctaTemplate: string | null;
  readonly baseUri: string;
  readonly warn: Warn;
}

export class ResultsView {
  constructor(private readonly host: ResultsHost) {}

  /** The cheapest plan in one sentence, or why there is none. */
  summaryText(): string {
    const { locale, strings: t } = this.host;
    const { quote, tariffs } = this.host.state;
    if (!quote) return '';
    if (quote.plans.length === 0) return this.emptyText();
    const cheapest = quote.plans.find((p) => p.planId === quote.cheapestPlanId);
    if (!cheapest) return t.noneAvailable;
    const plan = tariffs.plans.find((p) => p.id === cheapest.planId);
    return t.summary(localize(plan?.name, locale), formatMoney(cheapest.monthlyTotal, quote.currency, locale));
  }

  renderSummary(): TemplateResult | typeof nothing {
    const quote = this.host.state.quote;
    if (!quote || quote.plans.length === 0) return nothing;
    return html`<p class="summary-line">${this.summaryText()}</p>`;
  }

  /**
   * Cards stay in place and take the plan of their rank: when the ranking
   * changes, a few text nodes change instead of whole cards moving, which
   * would cost the browser a fresh style and layout of each moved card.
   * Unchanged ranks with unchanged numbers do not update at all.
   */
  renderCards(): TemplateResult {
    const { locale } = this.host;
    const { quote, tariffs, expandedPlans, totalsView } = this.host.state;
    if (!quote || quote.plans.length === 0) return html`<p class="empty">${this.emptyText()}</p>`;
    return html`
      <div class="cards">
        ${quote.plans.map((plan) => {
          const cheapest = plan.planId === quote.cheapestPlanId;
          return html`<hotline-plan-card
            part=${cheapest ? 'plan cheapest' : 'plan'}
            exportparts="plan-total, breakdown, cta"
            data-plan-id=${plan.planId}
            .quote=${plan}
            .tariffs=${tariffs}
            .locale=${locale}
            .cheapest=${cheapest}
            .expanded=${expandedPlans.has(plan.planId)}
            .totals=${totalsView}
            .ctaHref=${this.ctaFor(plan)}
          ></hotline-plan-card>`;
        })}
      </div>
    `;
  }

  renderNotice(): TemplateResult {
    const { locale, strings: t } = this.host;
    const { tariffs } = this.host.state;
    const notice = localize(tariffs.notice, locale);
    return html`
      <footer class="notice" part="notice">
        <p>
          ${t.pricesAsOf(formatDate(tariffs.effectiveDate, locale))} ·
          ${tariffs.pricesIncludeTax ? t.taxIncluded : t.taxExcluded}
        </p>
        ${notice ? html`<p>${notice}</p>` : nothing}
      </footer>
    `;
  }

  /** Why no card is shown: the visitor's carrier filter, or the page's own filters. */
  private emptyText(): string {
    const t = this.host.strings;
    return this.host.state.selection.carrierChoices.length === 0 ? t.emptyConfigured : t.empty;
  }

  private ctaFor(plan: PlanQuote): string | null {
    const { ctaTemplate, baseUri, warn } = this.host;
    const { usage } = this.host.state;
    if (ctaTemplate === null) return null;
    const href = buildCtaHref(
      ctaTemplate,
      { plan: plan.planId, carrier: plan.carrierId, minutes: String(usage.minutesPerMonth), total: plan.monthlyTotal },
      baseUri,
    );
    if (href === null) warn(`cta-href="${ctaTemplate}" does not give an http(s), mailto: or tel: link; ignored.`);
    return href;
  }
}
