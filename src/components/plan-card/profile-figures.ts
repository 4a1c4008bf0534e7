/**
 * A plan card's figures while a call log is in use: the profile average as
 * the headline, the profile total, what per-call rounding adds for the plan's
 * increment, the log's peak concurrency against the plan's lines, and the
 * months one by one in the details. Only the engine's figures.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProfilePlanQuote } from '../../engine/index.js';
import type { CardStrings } from '../../i18n/card-strings.js';
import { formatMonth, formatNumber, formatPercent } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import type { ProfileStrings } from './profile-strings.js';

export interface ProfileContext {
  readonly locale: Locale;
  readonly card: CardStrings;
  readonly profile: ProfileStrings;
  /** The plan's billing increment in seconds. */
  readonly incrementSeconds: number;
  money(amount: string): string;
}

const ZERO = '0.00';

export function renderProfileFigures(quote: ProfilePlanQuote, more: string | null, c: ProfileContext): TemplateResult {
  const months = quote.months.length;
  return html`
    <p class="total" part="plan-total">
      <span class="visually-hidden">${c.profile.averageLabel}</span>
      <span class="amount">${c.money(quote.profileAverageMonthly)}</span><wbr><span class="per">${c.card.perMonth}</span>
    </p>
    <p class="upfront">${quote.upfrontTotal === ZERO ? '' : c.card.paidAtSigning(c.money(quote.upfrontTotal))}</p>
    <p class="more">${more !== null && more !== ZERO ? c.card.moreThanBest(c.money(more)) : ''}</p>
    <p class="profile-total">${c.profile.profileTotal(months, formatNumber(months, c.locale), c.money(quote.profileTotal))}</p>
    ${roundingLine(quote, c)}
  `;
}

function roundingLine(quote: ProfilePlanQuote, c: ProfileContext): TemplateResult | typeof nothing {
  if (quote.roundingOverhead === null) return nothing;
  const increment = c.profile.increment(c.incrementSeconds, formatNumber(c.incrementSeconds, c.locale));
  const text = /^0(\.0*)?$/.test(quote.roundingOverhead)
    ? c.profile.roundingNone(increment)
    : c.profile.rounding(increment, formatPercent(Number(quote.roundingOverhead), c.locale, 1));
  return html`<p class="rounding">${text}</p>`;
}

export function profileCapacityText(quote: ProfilePlanQuote, c: ProfileContext): string {
  const peak = formatNumber(quote.peakConcurrency, c.locale);
  const line =
    quote.linesIncluded === null
      ? c.profile.capacityUnlimited(peak)
      : c.profile.capacity(peak, formatNumber(quote.linesIncluded, c.locale));
  return quote.extraLinesMax > 0 ? line + c.profile.extraLines(formatNumber(quote.extraLinesMax, c.locale)) : line;
}

/** The months table: each month's total, then the profile's total and average. */
export function renderProfileMonths(quote: ProfilePlanQuote, name: string, c: ProfileContext): TemplateResult {
  const months = quote.months.length;
  const row = (label: string, amount: string, sum = false) =>
    html`<tr class=${sum ? 'sum' : nothing}><th scope="row">${label}</th><td>${c.money(amount)}</td></tr>`;
  return html`<table class="lines months" aria-label=${`${name} ${c.profile.monthsHeading}`}>
    <caption>${c.profile.monthsHeading}</caption>
    <tbody>
      ${quote.months.map((m) => row(m.month ? formatMonth(m.month, c.locale) : '', m.monthlyTotal))}
    </tbody>
    <tfoot>
      ${row(c.profile.monthsTotal(months, formatNumber(months, c.locale)), quote.profileTotal, true)}
      ${quote.oneTimeTotal === ZERO ? nothing : row(c.profile.oneTimeTotal, quote.oneTimeTotal, true)}
      ${row(c.profile.averageMonthly, quote.profileAverageMonthly, true)}
    </tfoot>
  </table>`;
}
