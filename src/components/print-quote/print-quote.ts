import { LitElement, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { PlanQuote, ProfilePlanQuote, ProfileQuote, Quote, QuoteLine, TariffSet } from '../../engine/types.js';
import { localize } from '../../tariffs/localized-text.js';
import { formatDate, formatMoney, formatMonth, formatNumber } from '../../i18n/format.js';
import { cardStringsFor } from '../../i18n/card-strings.js';
import type { Locale } from '../../i18n/locale.js';
import { toRmbUppercase } from '../../i18n/rmb-uppercase.js';
import { wholePercentages } from '../../state/region-shares.js';
import { printStringsFor } from '../../i18n/print-strings.js';
import { printQuoteStyles } from './print-quote.styles.js';

/** How many plans a quote without a chosen plan lists. */
const TOP_PLANS = 3;

/**
 * A one-page printable quote: the date, the tariffs' effective date, the
 * usage, the chosen plan (or the three cheapest) with its breakdown, one-time
 * fees and term total, and in zh-CN each total in 人民币大写.
 *
 * While a call log is in use it prints the log's quote instead: each month's
 * total of the listed plans, their sum and the average month, as the cards
 * show them.
 *
 * It renders only what the engine's quote says; the calculator shows it when
 * the page is printed.
 */
export class HotlinePrintQuote extends LitElement {
  static override properties: PropertyDeclarations = {
    tariffs: { attribute: false },
    quote: { attribute: false },
    locale: {},
    profile: { attribute: false },
    planId: { attribute: false },
    printedOn: { attribute: false },
  };

  static override styles = printQuoteStyles;

  tariffs: TariffSet | null = null;
  quote: Quote | null = null;
  locale: Locale = 'zh-CN';
  /** The quote of the visitor's call log, while one is in use; it is printed in place of `quote`'s plans. */
  profile: ProfileQuote | null = null;
  /** The plan the visitor chose; null lists the three cheapest available plans. */
  planId: string | null = null;
  /** The date printed on the quote (today unless set). */
  printedOn: Date | null = null;

  /** The plans the quote lists, in the engine's ranking. */
  get listedPlans(): PlanQuote[] {
    return this.#listed(this.quote?.plans ?? []);
  }

  /** The chosen plan, or the three cheapest available ones. */
  #listed<Plan extends { readonly planId: string; readonly available: boolean }>(plans: readonly Plan[]): Plan[] {
    const chosen = this.planId === null ? undefined : plans.find((p) => p.planId === this.planId);
    if (chosen) return [chosen];
    return plans.filter((p) => p.available).slice(0, TOP_PLANS);
  }

  /**
   * Renders a pending change at once. A print the browser starts itself
   * (Ctrl+P) lays the page out right after its `beforeprint` listeners, and
   * Firefox does not wait for the microtask in which an update would run.
   */
  renderNow(): void {
    if (this.isUpdatePending) this.performUpdate();
  }

  override render() {
    const { tariffs, quote } = this;
    if (!tariffs || !quote) return nothing;
    const t = printStringsFor(this.locale);
    const day = this.printedOn ?? new Date();
    const today = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const profile = this.profile;
    const plans = profile ? this.#listed(profile.plans) : this.listedPlans;
    const chosen = this.planId !== null && plans.length === 1 && plans[0]!.planId === this.planId;
    return html`
      <article lang=${this.locale}>
        <h1>${t.title}</h1>
        <p class="meta">
          <span>${t.printedOn(formatDate(today, this.locale))}</span>
          <span>${t.pricesAsOf(formatDate(tariffs.effectiveDate, this.locale))}</span>
        </p>
        ${this.#renderUsage(tariffs, quote, profile)}
        <h2>${chosen ? t.chosenPlan : t.topPlans}</h2>
        ${profile
          ? (plans as ProfilePlanQuote[]).map((plan) => this.#renderProfilePlan(tariffs, plan))
          : (plans as PlanQuote[]).map((plan) => this.#renderPlan(tariffs, plan))}
        ${tariffs.notice ? html`<p class="notice">${localize(tariffs.notice, this.locale)}</p>` : nothing}
      </article>
    `;
  }

  /** The sliders' usage, or while a call log is in use the log's months; add-ons and grade apply to both. */
  #renderUsage(tariffs: TariffSet, quote: Quote, profile: ProfileQuote | null): TemplateResult {
    const t = printStringsFor(this.locale);
    const { usage } = quote;
    const percents = wholePercentages(tariffs.regions.map((r) => usage.regionShares[r.id] ?? 0));
    const addOns = usage.addOns.map((id) => this.#addOnName(tariffs, id));
    const grade = tariffs.numberGrades.find((g) => g.id === usage.numberGrade);
    const choices = html`
        <li>${t.field(t.addOns, addOns.length ? addOns.join(t.listSeparator) : t.none)}</li>
        ${grade ? html`<li>${t.field(t.grade, localize(grade.name, this.locale))}</li>` : nothing}`;
    if (profile) {
      return html`
        <h2>${t.usageHeading}</h2>
        <ul>
          <li>${t.fromLog(formatNumber(String(profile.monthCount), this.locale))}</li>
          ${choices}
        </ul>
      `;
    }
    return html`
      <h2>${t.usageHeading}</h2>
      <ul>
        <li>${t.minutes(formatNumber(String(usage.minutesPerMonth), this.locale))}</li>
        <li>${t.peakShare(formatNumber(String(usage.peakSharePercent), this.locale))}</li>
        ${tariffs.regions.length > 1
          ? html`<li>
              ${t.field(t.regions, tariffs.regions.map((r, i) => `${localize(r.name, this.locale)} ${percents[i]}%`).join(t.mixSeparator))}
            </li>`
          : nothing}
        ${usage.averageCallSeconds === null
          ? nothing
          : html`<li>${t.callLength(formatNumber(String(usage.averageCallSeconds), this.locale))}</li>`}
        ${choices}
      </ul>
    `;
  }

  #renderPlan(tariffs: TariffSet, quote: PlanQuote): TemplateResult {
    const t = printStringsFor(this.locale);
    const common = cardStringsFor(this.locale);
    const money = (amount: string) => formatMoney(amount, tariffs.currency, this.locale);
    const months = String(quote.termMonths);
    return html`
      <section class="plan" data-plan-id=${quote.planId}>
        ${this.#renderPlanHeading(tariffs, quote)}
        <table>
          <caption hidden>${t.monthly}</caption>
          ${quote.lines.map((line) => this.#renderLine(tariffs, line, money))}
          <tr class="total"><th scope="row">${common.monthlyTotal}</th><td class="amount">${money(quote.monthlyTotal)}</td></tr>
        </table>
        ${this.#inWords(quote.monthlyTotal)}
        <h3>${common.oneTimeHeading}</h3>
        <table>
          ${quote.oneTimeLines.map((line) => this.#renderLine(tariffs, line, money))}
          <tr class="total"><th scope="row">${common.oneTimeTotal}</th><td class="amount">${money(quote.oneTimeTotal)}</td></tr>
        </table>
        <table>
          <tr><th scope="row">${common.averageMonthly}</th><td class="amount">${money(quote.averageMonthly)}</td></tr>
          <tr class="total"><th scope="row">${t.termTotal(months)}</th><td class="amount">${money(quote.termTotal)}</td></tr>
        </table>
        ${this.#inWords(quote.termTotal)}
      </section>
    `;
  }

  /** A plan over the call log: each month's total, their sum, the one-time fees and the average month. */
  #renderProfilePlan(tariffs: TariffSet, quote: ProfilePlanQuote): TemplateResult {
    const t = printStringsFor(this.locale);
    const common = cardStringsFor(this.locale);
    const money = (amount: string) => formatMoney(amount, tariffs.currency, this.locale);
    return html`
      <section class="plan" data-plan-id=${quote.planId}>
        ${this.#renderPlanHeading(tariffs, quote)}
        <table>
          <caption hidden>${t.monthly}</caption>
          ${quote.months.map(
            (month, i) => html`<tr><th scope="row">${month.month ? formatMonth(month.month, this.locale) : String(i + 1)}</th>
              <td class="amount">${money(month.monthlyTotal)}</td></tr>`,
          )}
          <tr class="total"><th scope="row">${t.logTotal(formatNumber(String(quote.months.length), this.locale))}</th>
            <td class="amount">${money(quote.profileTotal)}</td></tr>
        </table>
        ${this.#inWords(quote.profileTotal)}
        <table>
          <tr><th scope="row">${common.oneTimeTotal}</th><td class="amount">${money(quote.oneTimeTotal)}</td></tr>
          <tr class="total"><th scope="row">${common.averageMonthly}</th><td class="amount">${money(quote.profileAverageMonthly)}</td></tr>
        </table>
      </section>
    `;
  }

  #renderPlanHeading(tariffs: TariffSet, quote: { readonly planId: string; readonly carrierId: string; readonly available: boolean }) {
    const t = printStringsFor(this.locale);
    const plan = tariffs.plans.find((p) => p.id === quote.planId);
    const carrier = tariffs.carriers.find((c) => c.id === quote.carrierId);
    return html`<h3>
      ${carrier ? `${localize(carrier.name, this.locale)} · ` : ''}${plan ? localize(plan.name, this.locale) : quote.planId}
      ${quote.available ? nothing : html`(${t.unavailable})`}
    </h3>`;
  }

  #renderLine(tariffs: TariffSet, line: QuoteLine, money: (amount: string) => string): TemplateResult {
    const label =
      line.kind === 'add-on' && line.id !== undefined
        ? this.#addOnName(tariffs, line.id)
        : (cardStringsFor(this.locale).lineKind[line.kind] ?? line.kind);
    return html`<tr><th scope="row">${label}</th><td class="amount">${money(line.amount)}</td></tr>`;
  }

  /** 人民币大写 belongs on a Chinese quote only. */
  #inWords(amount: string) {
    if (this.locale !== 'zh-CN' || this.tariffs?.currency !== 'CNY') return nothing;
    const t = printStringsFor(this.locale);
    return html`<p class="words">${t.field(t.inWords, toRmbUppercase(amount))}</p>`;
  }

  #addOnName(tariffs: TariffSet, id: string): string {
    const addOn = tariffs.addOns.find((a) => a.id === id);
    return addOn ? localize(addOn.name, this.locale) : id;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hotline-print-quote': HotlinePrintQuote;
  }
}
