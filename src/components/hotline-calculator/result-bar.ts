/**
 * The answer in one line: the cheapest plan, its monthly average and what it
 * costs at signing. It stays in view (sticky) while the visitor moves any
 * control; tapping it jumps to the cards.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../../i18n/format.js';
import { localize } from '../../tariffs/localized-text.js';
import { tariffText } from '../tariff-text.js';
import { callLogStringsFor } from '../call-log-panel/call-log-strings.js';
import type { ControlHost } from '../usage-controls/control-host.js';
import { PLANS_ID } from './results-view.js';
import { cheapestPlan, headline, shownQuote } from './shown-quote.js';

export class ResultBar {
  readonly #host: ControlHost;

  constructor(host: ControlHost) {
    this.#host = host;
  }

  /** `layout` names where this copy sits; the styles show the one that fits the host's width. */
  render(layout: 'narrow' | 'wide'): TemplateResult | typeof nothing {
    const { state, locale, strings: t } = this.#host;
    const quote = shownQuote(state);
    const cheapest = cheapestPlan(quote);
    if (!quote || !cheapest) return nothing;
    const fromLog = quote !== state.quote;
    const money = (amount: string) => formatMoney(amount, quote.currency, locale);
    const name = localize(state.tariffs.plans.find((p) => p.id === cheapest.planId)?.name, locale);
    return html`<button type="button" class="result-bar ${layout}" @click=${this.#onJump}>
      <span class="bar-label">${t.barLabel}${fromLog ? html`<span class="bar-source">${callLogStringsFor(locale).fromRecords}</span>` : nothing}</span>
      <span class="bar-plan">${tariffText(name)}</span>
      <span class="bar-figure"><span class="bar-amount">${money(headline(cheapest))}</span><span class="per">${t.perMonth}</span></span>
      ${cheapest.upfrontTotal === '0.00' ? nothing : html`<span class="bar-upfront">${t.paidAtSigning(money(cheapest.upfrontTotal))}</span>`}
      <span class="visually-hidden">${t.summarySeparator}${t.barJump}</span>
    </button>`;
  }

  readonly #onJump = (event: Event): void => {
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    const plans = root.getElementById(PLANS_ID);
    plans?.scrollIntoView({ block: 'start' });
    plans?.focus({ preventScroll: true });
  };
}
