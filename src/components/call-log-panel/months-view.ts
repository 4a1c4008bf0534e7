/**
 * The months a call log covers: a small bar chart of talk minutes (drawn for
 * the eye only) and, as its text alternative, one checkbox per month that
 * says its minutes, whether the log covers it only in part, and whether it
 * counts in the estimate.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { MonthSummary } from '../../engine/index.js';
import { formatMonth, formatNumber, formatShortMonth } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import type { CallLogStrings } from './call-log-strings.js';

/** The chart's drawing units: each month a slot this wide, the tallest bar this high. */
const SLOT = 10;
const BAR = 7;
const HEIGHT = 40;
/** More months than this and only every n-th gets a label under its bar. */
const LABELLED_MONTHS = 12;

export interface MonthsViewOptions {
  readonly months: readonly MonthSummary[];
  readonly excluded: ReadonlySet<string>;
  readonly locale: Locale;
  readonly strings: CallLogStrings;
  readonly onToggle: (event: Event) => void;
}

const talkMinutes = (m: MonthSummary) => m.talkSeconds / 60;

export function renderMonths({ months, excluded, locale, strings: t, onToggle }: MonthsViewOptions): TemplateResult {
  const most = Math.max(1, ...months.map(talkMinutes));
  const width = months.length * SLOT;
  const every = Math.ceil(months.length / LABELLED_MONTHS);
  const included = months.filter((m) => !excluded.has(m.month)).length;
  const bars = months.map((m, i) => {
    const height = talkMinutes(m) === 0 ? 0 : Math.max(1, (talkMinutes(m) / most) * HEIGHT);
    const classes = ['bar', m.partial ? 'partial' : '', excluded.has(m.month) ? 'excluded' : ''].join(' ').trim();
    return svg`<rect class=${classes} x=${i * SLOT + (SLOT - BAR) / 2} y=${HEIGHT - height} width=${BAR} height=${height}></rect>`;
  });
  return html`
    <figure class="months-chart" aria-hidden="true">
      <figcaption>${t.chartCaption}</figcaption>
      <svg viewBox="0 0 ${width} ${HEIGHT}" preserveAspectRatio="none" focusable="false">
        <line class="axis" x1="0" x2=${width} y1=${HEIGHT} y2=${HEIGHT}></line>
        ${bars}
      </svg>
      <div class="months-ticks">
        ${months.map((m, i) => html`<span>${i % every === 0 ? formatShortMonth(m.month, locale) : ''}</span>`)}
      </div>
    </figure>
    <fieldset class="months">
      <legend>${t.monthsLegend}</legend>
      ${months.map((m) => {
        const counted = !excluded.has(m.month);
        return html`<label class="month">
          <input type="checkbox" data-month=${m.month} .checked=${counted} ?disabled=${counted && included === 1}
            @change=${onToggle} />
          <span class="month-name">${formatMonth(m.month, locale)}</span>
          <span class="month-minutes">${m.calls === 0 ? t.noCalls : t.minutes(formatNumber(talkMinutes(m), locale, 0))}</span>
          ${m.partial && m.firstDay !== null && m.lastDay !== null
            ? html`<span class="month-partial">${t.partial(formatNumber(m.firstDay, locale), formatNumber(m.lastDay, locale))}</span>`
            : nothing}
        </label>`;
      })}
    </fieldset>
  `;
}
