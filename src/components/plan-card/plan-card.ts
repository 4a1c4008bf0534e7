import { html, LitElement, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ProfilePlanQuote } from '../../engine/index.js';
import type { PlanQuote, QuoteLine, TariffSet } from '../../engine/types.js';
import { cardStringsFor, type CardStrings } from '../../i18n/card-strings.js';
import { formatList, formatMoney, formatNumber, formatRate } from '../../i18n/format.js';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale.js';
import { localize } from '../../tariffs/localized-text.js';
import { tariffText } from '../tariff-text.js';
import { planCardEvent } from './plan-card-events.js';
import { AfterFirstPaint } from '../after-paint.js';
import { planCardStyles } from './plan-card.styles.js';
import { profileCapacityText, renderProfileFigures, renderProfileMonths, type ProfileContext } from './profile-figures.js';
import { profileStringsFor } from './profile-strings.js';
import { samePlanQuote } from './same-plan-quote.js';

/** A quote amount of nothing (amounts always have two decimals). */
const ZERO = '0.00';

/** A row of a card's table: its label, the formatted amount, and the quote line's kind when it is one. */
type Row = readonly [label: string, amount: string, kind?: string];

/**
 * One plan's quote, as a card. Used inside `<hotline-calculator>`; renders
 * only the engine's figures. It leads with the monthly average over the term
 * (the ranking figure), then what is paid at signing, the term and how much
 * more than the best plan it costs; the breakdown, one-time fees, the term's
 * total and the effective rate open on demand. A new `quote` whose content
 * equals the old one does not update the card, so a slider that moves only
 * some prices re-renders only those cards.
 *
 * @csspart plan-total - The headline figure: the monthly average over the term.
 * @csspart breakdown - The expandable details: monthly and one-time lines, the term's total.
 * @csspart cta - The "apply" link or "choose" button.
 * @fires plan-choose - The visitor chose this plan (internal; the calculator re-fires it as `hotline-plan-select`).
 * @fires plan-expand - The visitor opened or closed the details (internal; detail `{planId, open}`).
 */
export class HotlinePlanCard extends LitElement {
  static override properties: PropertyDeclarations = {
    quote: { attribute: false, hasChanged: (next: PlanQuote, prev: PlanQuote) => !samePlanQuote(next, prev) },
    tariffs: { attribute: false },
    locale: { attribute: false },
    cheapest: { type: Boolean, reflect: true },
    profile: { attribute: false },
    saving: { attribute: false },
    moreThanBest: { attribute: false },
    ctaHref: { attribute: false },
    expanded: { type: Boolean },
  };

  static override styles = planCardStyles;

  /** The engine's quote for this plan. */
  quote?: PlanQuote;

  /** The tariff set the quote came from (names, currency). */
  tariffs?: TariffSet;

  locale: Locale = DEFAULT_LOCALE;

  /** Whether this is the cheapest available plan. */
  cheapest = false;

  /**
   * The plan's quote from the visitor's call log (tariff-format.md §7): when
   * set, the card shows it instead of `quote`.
   */
  profile: ProfilePlanQuote | null = null;

  /**
   * The visitor's current monthly bill minus this plan's headline figure, a
   * decimal string from the engine (negative: the plan costs more); null
   * without a bill.
   */
  saving: string | null = null;

  /** How much more a month than the best plan, a decimal string from the engine; null for none. */
  moreThanBest: string | null = null;

  /** The filled-in apply link; null shows a "choose" button instead. */
  ctaHref: string | null = null;

  /**
   * Whether the details are open. The calculator keeps this per plan, since
   * a card shows whichever plan holds its place in the ranking.
   */
  expanded = false;

  /**
   * The breakdown's tables. The first frame leaves them out of the closed
   * details, so that the price shows sooner; they follow once that frame is
   * painted, or at once when the card opens. `updateComplete` waits for them.
   */
  readonly #tables = new AfterFirstPaint(this);

  protected override firstUpdated(): void {
    this.#tables.start();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#tables.waiting) return done;
    await this.#tables.waiting;
    return super.getUpdateComplete();
  }

  /** The breakdown's content when it is rendered, else nothing. */
  #breakdown(content: () => unknown): unknown {
    return this.#tables.shown || this.expanded ? content() : nothing;
  }

  #onToggle(event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open) this.#tables.show();
    const quote = this.profile ?? this.quote;
    if (!quote || open === this.expanded) return;
    this.dispatchEvent(planCardEvent('plan-expand', { planId: quote.planId, open }));
  }

  #onChoose(): void {
    const quote = this.profile ?? this.quote;
    if (quote) this.dispatchEvent(planCardEvent('plan-choose', quote.planId));
  }

  get #strings(): CardStrings {
    return cardStringsFor(this.locale);
  }

  override render(): TemplateResult | typeof nothing {
    const { tariffs } = this;
    const quote = this.profile ?? this.quote;
    if (!quote || !tariffs) return nothing;
    const plan = tariffs.plans.find((p) => p.id === quote.planId);
    const carrier = tariffs.carriers.find((c) => c.id === quote.carrierId);
    const t = this.#strings;
    const name = localize(plan?.name, this.locale);
    const badge = localize(plan?.badge, this.locale);
    const summary = localize(plan?.summary, this.locale);
    return html`
      <article class=${quote.available ? 'card' : 'card unavailable'} aria-labelledby="name">
        <header>
          <p class="badges">${this.cheapest ? html`<span class="badge cheapest">${t.cheapest}</span>` : nothing}${badge
            ? html`<span class="badge">${badge}</span>`
            : nothing}</p>
          <h3 id="name">${tariffText(name)}</h3>
          <p class="carrier">${localize(carrier?.name, this.locale)} · ${t.term(this.#number(quote.termMonths))}</p>
        </header>
        ${quote.available ? this.#renderFigures() : this.#renderUnavailable()} ${this.#renderSaving()}
        ${summary ? html`<p class="summary">${tariffText(summary)}</p>` : nothing}
        <p class="capacity">${this.profile ? profileCapacityText(this.profile, this.#profileContext()) : this.#capacityText()}</p>
        ${this.profile ? this.#renderProfileDetails(name) : this.#renderDetails(name)} ${this.#renderAction(name)}
      </article>
    `;
  }

  #money(amount: string): string {
    return formatMoney(amount, this.tariffs?.currency ?? 'CNY', this.locale);
  }

  #number(value: number | string): string {
    return formatNumber(value, this.locale);
  }

  #profileContext(): ProfileContext {
    const plan = this.tariffs?.plans.find((p) => p.id === this.profile?.planId);
    return {
      locale: this.locale,
      card: this.#strings,
      profile: profileStringsFor(this.locale),
      incrementSeconds: plan?.billingIncrementSeconds ?? 60,
      money: (amount) => this.#money(amount),
    };
  }

  /** Against the visitor's current bill: what this plan saves or costs more a month. */
  #renderSaving(): TemplateResult | typeof nothing {
    const saving = this.saving;
    if (saving === null || !(this.profile ?? this.quote)?.available) return nothing;
    const t = profileStringsFor(this.locale);
    const negative = saving.startsWith('-');
    const text = /^-?0\.00$/.test(saving) ? t.sameAsBill : negative ? t.extra(this.#money(saving.slice(1))) : t.saving(this.#money(saving));
    return html`<p class=${negative ? 'saving extra' : 'saving'}>${text}</p>`;
  }

  #renderProfileDetails(name: string): TemplateResult {
    return html`<details part="breakdown" ?open=${live(this.expanded)} @toggle=${this.#onToggle}>
      <summary>${this.#strings.details}</summary>
      ${this.#breakdown(() => renderProfileMonths(this.profile!, name, this.#profileContext()))}
    </details>`;
  }

  /** The headline (monthly average), what is paid at signing, and the distance to the best plan. */
  #renderFigures(): TemplateResult {
    if (this.profile) return renderProfileFigures(this.profile, this.moreThanBest, this.#profileContext());
    const quote = this.quote!;
    const t = this.#strings;
    return html`
      <p class="total" part="plan-total">
        <span class="visually-hidden">${t.averageLabel}</span>
        <span class="amount">${this.#money(quote.averageMonthly)}</span><wbr><span class="per">${t.perMonth}</span>
      </p>
      <p class="upfront">${quote.upfrontTotal === ZERO ? '' : t.paidAtSigning(this.#money(quote.upfrontTotal))}</p>
      <p class="more">${this.moreThanBest !== null && this.moreThanBest !== ZERO
        ? t.moreThanBest(this.#money(this.moreThanBest))
        : ''}</p>
    `;
  }

  /** An unavailable plan says why, with its (informative) figure kept small. */
  #renderUnavailable(): TemplateResult {
    const quote = this.profile ?? this.quote!;
    const t = this.#strings;
    const names = (quote.unavailableReason?.addOnIds ?? []).map((id) =>
      localize(this.tariffs?.addOns.find((a) => a.id === id)?.name ?? id, this.locale),
    );
    return html`
      <p class="reason">${t.unavailable(formatList(names, this.locale))}</p>
      <p class="without" part="plan-total">
        ${t.withoutAddOn}<span class="amount">${this.#money('averageMonthly' in quote ? quote.averageMonthly : quote.profileAverageMonthly)}</span>${t.perMonth}
      </p>
    `;
  }

  #capacityText(): string {
    const quote = this.quote!;
    const t = this.#strings;
    const needed = this.#number(quote.linesNeeded);
    return quote.linesIncluded === null ? t.capacityUnlimited(needed) : t.capacityLine(needed, this.#number(quote.linesIncluded));
  }

  #lineLabel(line: QuoteLine): string {
    if (line.kind === 'add-on') {
      const addOn = this.tariffs?.addOns.find((a) => a.id === line.id);
      return localize(addOn?.name ?? line.id ?? '', this.locale);
    }
    return this.#strings.lineKind[line.kind] ?? line.kind;
  }

  /** A table of amounts: `rows` in its body, `sums` (bold, ruled) in its foot. */
  #renderTable(kind: string, label: string, caption: string, rows: readonly Row[], sums: readonly Row[] = []): TemplateResult {
    const row = ([name, amount, lineKind]: Row, sum = false) => html`<tr class=${sum ? 'sum' : nothing} data-kind=${lineKind ?? nothing}>
      <th scope="row">${name}</th>
      <td>${amount}</td>
    </tr>`;
    return html`<table class="lines ${kind}" aria-label=${label}>
      <caption>${caption}</caption>
      <tbody>
        ${rows.map((r) => row(r))}
      </tbody>
      ${sums.length ? html`<tfoot>${sums.map((sum) => row(sum, true))}</tfoot>` : nothing}
    </table>`;
  }

  #renderDetails(name: string): TemplateResult {
    return html`
      <details part="breakdown" ?open=${live(this.expanded)} @toggle=${this.#onToggle}>
        <summary>${this.#strings.details}</summary>
        ${this.#breakdown(() => this.#renderBreakdown(name))}
      </details>
    `;
  }

  #renderBreakdown(name: string): TemplateResult {
    const quote = this.quote!;
    const t = this.#strings;
    const line = (l: QuoteLine): Row => [this.#lineLabel(l), this.#money(l.amount), l.kind];
    const monthlySums: Row[] = [[t.monthlyTotal, this.#money(quote.monthlyTotal)]];
    if (quote.lastMonthTotal !== quote.monthlyTotal) monthlySums.push([t.lastMonthTotal, this.#money(quote.lastMonthTotal)]);
    const term: Row[] = [
      [t.termTotal(this.#number(quote.termMonths)), this.#money(quote.termTotal)],
      [t.averageMonthly, this.#money(quote.averageMonthly)],
    ];
    const rate = quote.effectiveRatePerMinute;
    if (rate !== null) term.push([t.effectiveRate, `${formatRate(rate, this.tariffs?.currency ?? 'CNY', this.locale)}${t.perMinute}`]);
    return html`
        ${this.#renderTable('monthly', `${name} ${t.monthlyHeading}`, t.monthlyHeading, quote.lines.map(line), monthlySums)}
        <p class="billed">${t.billedMinutes(this.#number(quote.billedMinutes))}</p>
        ${quote.oneTimeLines.length === 0
          ? nothing
          : this.#renderTable('one-time', `${name} ${t.oneTimeHeading}`, t.oneTimeHeading, quote.oneTimeLines.map(line), [
              [t.oneTimeTotal, this.#money(quote.oneTimeTotal)],
            ])}
        ${this.#renderTable('figures', `${name} ${t.termHeading}`, t.termHeading, term)}
    `;
  }

  #renderAction(name: string): TemplateResult | typeof nothing {
    const t = this.#strings;
    if (!(this.profile ?? this.quote)?.available) return nothing;
    if (this.ctaHref !== null) {
      return html`<a class="action" part="cta" href=${this.ctaHref} @click=${this.#onChoose}>
        ${t.apply}<span class="visually-hidden">${t.forPlan(name)}</span>
      </a>`;
    }
    return html`<button class="action" part="cta" type="button" @click=${this.#onChoose}>
      ${t.choose}<span class="visually-hidden">${t.forPlan(name)}</span>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hotline-plan-card': HotlinePlanCard;
  }
}
