/**
 * The decision panel under the cards (part `chart`): which plan is cheapest
 * over which range of minutes, ties said as ties, and the break-even chart.
 *
 * Both cost dozens of estimates, so nothing is computed until the visitor
 * opens the panel; then only when an input other than the minutes changes
 * (moving the minutes only moves the chart's marker).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cheapestRanges, type CheapestRange } from '../../engine/cheapest-ranges.js';
import { costCurves, type CostCurves } from '../../engine/cost-curves.js';
import type { TariffSet } from '../../engine/types.js';
import { chartStringsFor } from '../../i18n/chart-strings.js';
import { formatCompactNumber, formatMoney, formatMoneyTick, formatNumber } from '../../i18n/format.js';
import { localize } from '../../tariffs/localized-text.js';
import type { ControlHost } from '../usage-controls/control-host.js';

export interface ChartHost extends ControlHost {
  requestUpdate(): void;
}

/** What the chart needs per tariffs and locale; stable, so the chart skips updates. */
interface Presentation {
  readonly labels: Readonly<Record<string, string>>;
  readonly formatMoney: (amount: string) => string;
  readonly formatMoneyTick: (amount: string) => string;
  readonly formatMinutes: (minutes: number) => string;
  readonly formatMinutesTick: (minutes: number) => string;
}

export class ChartView {
  #open = false;
  #key = '';
  #tariffs: TariffSet | null = null;
  #ranges: readonly CheapestRange[] = [];
  #curves: CostCurves | null = null;
  #presentationKey = '';
  #presentationTariffs: TariffSet | null = null;
  #presentation: Presentation | null = null;

  readonly #host: ChartHost;

  constructor(host: ChartHost) {
    this.#host = host;
  }

  render(): TemplateResult | typeof nothing {
    if (this.#host.state.selection.planIds.length === 0) return nothing;
    const t = this.#host.strings;
    if (this.#open) this.#refresh();
    const p = this.#present();
    return html`
      <details class="chart-panel" part="chart" @toggle=${this.#onToggle}>
        <summary>${t.chartToggle}</summary>
        ${this.#open
          ? html`<ul class="switch-points">
                ${this.rangeTexts().map((text) => html`<li>${text}</li>`)}
              </ul>
              ${this.#curves
                ? html`<hotline-break-even-chart
                    .curves=${this.#curves}
                    .labels=${p.labels}
                    .minutes=${this.#host.state.usage.minutesPerMonth}
                    .formatMoney=${p.formatMoney}
                    .formatMoneyTick=${p.formatMoneyTick}
                    .formatMinutes=${p.formatMinutes}
                    .formatMinutesTick=${p.formatMinutesTick}
                    .strings=${chartStringsFor(this.#host.locale)}
                  ></hotline-break-even-chart>`
                : nothing}`
          : nothing}
      </details>
    `;
  }

  /** The ranges in words, one sentence each (ties appended to their range). */
  rangeTexts(): string[] {
    const { strings: t, locale } = this.#host;
    const { labels, formatMinutes } = this.#present();
    const label = (planId: string) => labels[planId] ?? planId;
    const count = (minutes: number) => formatNumber(minutes, locale);
    const ranges = this.#ranges;
    return ranges.map((range) => {
      const span =
        range.from === range.to ? formatMinutes(range.from) : t.minutesValueText(`${count(range.from)}–${count(range.to)}`);
      const sentence =
        ranges.length === 1 ? t.cheapestThroughout(label(range.planId), span) : t.cheapestRange(span, label(range.planId));
      const ties = range.ties.map((tie) => t.tie(count(tie.minutes), tie.planIds.map(label).join(t.tieJoin)));
      return [sentence, ...ties].join(t.rangeSeparator);
    });
  }

  readonly #onToggle = (event: Event): void => {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.#open) return;
    this.#open = open;
    this.#host.requestUpdate();
  };

  /** Recomputes the ranges and curves when the tariffs or an input other than the minutes changed. */
  #refresh(): void {
    const { tariffs, usage, selection } = this.#host.state;
    const planIds = selection.planIds;
    const key = JSON.stringify([
      planIds,
      usage.peakSharePercent,
      usage.regionShares,
      usage.averageCallSeconds,
      usage.addOns,
      usage.numberGrade,
    ]);
    if (tariffs === this.#tariffs && key === this.#key) return;
    this.#tariffs = tariffs;
    this.#key = key;
    const options = { maxMinutes: tariffs.defaults.maxMinutesPerMonth, planIds };
    try {
      this.#ranges = cheapestRanges(tariffs, usage, options);
      this.#curves = costCurves(tariffs, usage, options);
    } catch (error) {
      // The usage was resolved for these tariffs, so this is a bug; the cards still work.
      this.#ranges = [];
      this.#curves = null;
      console.error('<hotline-calculator> could not compute the switch points:', error);
    }
  }

  #present(): Presentation {
    const { locale, strings: t } = this.#host;
    const { tariffs } = this.#host.state;
    const key = `${locale}|${tariffs.currency}`;
    if (this.#presentation && this.#presentationKey === key && this.#presentationTariffs === tariffs) {
      return this.#presentation;
    }
    this.#presentationKey = key;
    this.#presentationTariffs = tariffs;
    const labels: Record<string, string> = {};
    for (const plan of tariffs.plans) labels[plan.id] = localize(plan.name, locale);
    this.#presentation = {
      labels,
      formatMoney: (amount) => formatMoney(amount, tariffs.currency, locale),
      formatMoneyTick: (amount) => formatMoneyTick(amount, tariffs.currency, locale),
      formatMinutes: (minutes) => t.minutesValueText(formatNumber(minutes, locale)),
      formatMinutesTick: (minutes) => formatCompactNumber(minutes, locale),
    };
    return this.#presentation;
  }
}
