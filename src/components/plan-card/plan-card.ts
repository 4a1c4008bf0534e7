import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { PlanQuote, QuoteLine, TariffSet } from '../../engine/types.js';
import { formatList, formatMoney, formatNumber, formatRate } from '../../i18n/format.js';
import { DEFAULT_LOCALE, stringsFor, type Locale } from '../../i18n/strings.js';
import { localize } from '../../tariffs/localized-text.js';
import { planCardEvent } from './plan-card-events.js';
import { planCardStyles } from './plan-card.styles.js';
import { samePlanQuote } from './same-plan-quote.js';

/**
 * One plan's quote, as a card. Used inside `<hotline-calculator>`; renders
 * only the engine's figures. A new `quote` whose content equals the old one
 * does not update the card, so a slider that moves only some prices
 * re-renders only those cards.
 *
 * @csspart plan-total - The headline figure: the monthly total, or the term total.
 * @csspart breakdown - The expandable list of monthly and one-time lines.
 * @csspart cta - The "apply" link or "choose" button.
 * @fires plan-choose - The visitor chose this plan (internal; the calculator re-fires it as `hotline-plan-select`).
 * @fires plan-expand - The visitor opened or closed the breakdown (internal; detail `{planId, open}`).
 */
export class HotlinePlanCard extends LitElement {
  static override styles = planCardStyles;

  /** The engine's quote for this plan. */
  @property({ attribute: false, hasChanged: (next: PlanQuote, prev: PlanQuote) => !samePlanQuote(next, prev) })
  quote?: PlanQuote;

  /** The tariff set the quote came from (names, currency). */
  @property({ attribute: false }) tariffs?: TariffSet;

  @property({ attribute: false }) locale: Locale = DEFAULT_LOCALE;

  /** Whether this is the cheapest available plan. */
  @property({ type: Boolean, reflect: true }) cheapest = false;

  /** The filled-in apply link; null shows a "choose" button instead. */
  @property({ attribute: false }) ctaHref: string | null = null;

  /**
   * Whether the breakdown is open. The calculator keeps this per plan, since
   * a card shows whichever plan holds its place in the ranking.
   */
  @property({ type: Boolean }) expanded = false;

  /** The headline figure: the monthly total (default) or the total over the whole term. */
  @property({ attribute: false }) totals: 'monthly' | 'term' = 'monthly';

  private onToggle(event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (!this.quote || open === this.expanded) return;
    this.dispatchEvent(planCardEvent('plan-expand', { planId: this.quote.planId, open }));
  }

  private onChoose(): void {
    if (this.quote) {
      this.dispatchEvent(planCardEvent('plan-choose', this.quote.planId));
    }
  }

  override render(): TemplateResult | typeof nothing {
    const { quote, tariffs } = this;
    if (!quote || !tariffs) return nothing;
    const plan = tariffs.plans.find((p) => p.id === quote.planId);
    const carrier = tariffs.carriers.find((c) => c.id === quote.carrierId);
    const t = stringsFor(this.locale);
    const name = localize(plan?.name, this.locale);
    const badge = localize(plan?.badge, this.locale);
    const summary = localize(plan?.summary, this.locale);
    return html`
      <article class=${quote.available ? 'card' : 'card unavailable'} aria-labelledby="name">
        <header>
          <p class="carrier">
            ${localize(carrier?.name, this.locale)} · ${t.term(formatNumber(quote.termMonths, this.locale))}
          </p>
          <h3 id="name">${name}</h3>
          <p class="badges">
            ${this.cheapest ? html`<span class="badge cheapest">${t.cheapest}</span>` : nothing}
            ${badge ? html`<span class="badge">${badge}</span>` : nothing}
          </p>
        </header>
        ${this.renderUnavailable()}
        <p class="total" part="plan-total">
          ${this.totals === 'term'
            ? html`<span class="amount">${this.money(quote.termTotal)}</span
                ><span class="per">${t.perTerm(formatNumber(quote.termMonths, this.locale))}</span>`
            : html`<span class="amount">${this.money(quote.monthlyTotal)}</span><span class="per">${t.perMonth}</span>`}
        </p>
        ${summary ? html`<p class="summary">${summary}</p>` : nothing}
        ${this.renderFigures()}
        <p class="capacity">${this.capacityText()}</p>
        ${this.renderBreakdown(name)} ${this.renderAction(name)}
      </article>
    `;
  }

  private money(amount: string): string {
    return formatMoney(amount, this.tariffs?.currency ?? 'CNY', this.locale);
  }

  private renderUnavailable(): TemplateResult | typeof nothing {
    const reason = this.quote?.unavailableReason;
    if (!reason) return nothing;
    const names = reason.addOnIds.map((id) =>
      localize(this.tariffs?.addOns.find((a) => a.id === id)?.name ?? id, this.locale),
    );
    return html`<p class="reason">${stringsFor(this.locale).unavailable(formatList(names, this.locale))}</p>`;
  }

  private renderFigures(): TemplateResult {
    const quote = this.quote!;
    const t = stringsFor(this.locale);
    const rate = quote.effectiveRatePerMinute;
    return html`
      <dl class="figures">
        <div><dt>${t.averageMonthly}</dt><dd>${this.money(quote.averageMonthly)}</dd></div>
        <div><dt>${t.oneTimeTotal}</dt><dd>${this.money(quote.oneTimeTotal)}</dd></div>
        <div>
          <dt>${t.termTotal(formatNumber(quote.termMonths, this.locale))}</dt>
          <dd>${this.money(quote.termTotal)}</dd>
        </div>
        <div>
          <dt>${t.effectiveRate}</dt>
          <dd class="rate">
            ${rate === null
              ? '—'
              : html`${formatRate(rate, this.tariffs?.currency ?? 'CNY', this.locale)}${t.perMinute}`}
          </dd>
        </div>
      </dl>
    `;
  }

  private capacityText(): string {
    const quote = this.quote!;
    const t = stringsFor(this.locale);
    const needed = formatNumber(quote.linesNeeded, this.locale);
    return quote.linesIncluded === null
      ? t.capacityUnlimited(needed)
      : t.capacityLine(needed, formatNumber(quote.linesIncluded, this.locale));
  }

  private lineLabel(line: QuoteLine): string {
    if (line.kind === 'add-on') {
      const addOn = this.tariffs?.addOns.find((a) => a.id === line.id);
      return localize(addOn?.name ?? line.id ?? '', this.locale);
    }
    return stringsFor(this.locale).lineKind[line.kind] ?? line.kind;
  }

  private renderLines(lines: readonly QuoteLine[]): TemplateResult[] {
    return lines.map(
      (line) => html`<tr data-kind=${line.kind}>
        <th scope="row">${this.lineLabel(line)}</th>
        <td>${this.money(line.amount)}</td>
      </tr>`,
    );
  }

  private renderBreakdown(name: string): TemplateResult {
    const quote = this.quote!;
    const t = stringsFor(this.locale);
    return html`
      <details part="breakdown" ?open=${live(this.expanded)} @toggle=${this.onToggle}>
        <summary>${t.breakdown}</summary>
        <table class="lines monthly" aria-label=${`${name} ${t.breakdown}`}>
          <tbody>
            ${this.renderLines(quote.lines)}
          </tbody>
          <tfoot>
            <tr class="sum">
              <th scope="row">${t.monthlyTotal}</th>
              <td>${this.money(quote.monthlyTotal)}</td>
            </tr>
          </tfoot>
        </table>
        <p class="billed">${t.billedMinutes}: ${formatNumber(quote.billedMinutes, this.locale)}</p>
        ${quote.oneTimeLines.length === 0
          ? nothing
          : html`<table class="lines one-time" aria-label=${`${name} ${t.oneTimeHeading}`}>
              <caption>${t.oneTimeHeading}</caption>
              <tbody>
                ${this.renderLines(quote.oneTimeLines)}
              </tbody>
              <tfoot>
                <tr class="sum">
                  <th scope="row">${t.oneTimeTotal}</th>
                  <td>${this.money(quote.oneTimeTotal)}</td>
                </tr>
              </tfoot>
            </table>`}
      </details>
    `;
  }

  private renderAction(name: string): TemplateResult | typeof nothing {
    const t = stringsFor(this.locale);
    if (!this.quote?.available) return nothing;
    if (this.ctaHref !== null) {
      return html`<a class="action" part="cta" href=${this.ctaHref} @click=${this.onChoose}>
        ${t.apply}<span class="visually-hidden">${t.forPlan(name)}</span>
      </a>`;
    }
    return html`<button class="action" part="cta" type="button" @click=${this.onChoose}>
      ${t.choose}<span class="visually-hidden">${t.forPlan(name)}</span>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hotline-plan-card': HotlinePlanCard;
  }
}
