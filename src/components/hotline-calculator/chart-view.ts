/**
 * The decision aid above the cards: the switch points in words, and the
 * break-even chart in a collapsible panel (part `chart`).
 *
 * Switch points and curves cost dozens of estimates each, so they are computed
 * only when an input other than the minutes changes; moving the minutes only
 * moves the chart's marker. The curves are computed only while the panel is open.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { costCurves, type CostCurves } from '../../engine/cost-curves.js';
import { switchPoints, type SwitchPoint } from '../../engine/switch-points.js';
import type { TariffSet } from '../../engine/types.js';
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
  private open = false;
  private tariffs: TariffSet | null = null;
  private key = '';
  private points: readonly SwitchPoint[] | null = null;
  private curves: CostCurves | null = null;
  private presentationKey = '';
  private presentationTariffs: TariffSet | null = null;
  private presentation: Presentation | null = null;

  constructor(private readonly host: ChartHost) {}

  /** The switch points over 0…maxMinutesPerMonth for the current inputs besides the minutes. */
  switchPoints(): readonly SwitchPoint[] {
    this.refresh();
    return this.points!;
  }

  /** The switch points in words, one sentence each. */
  switchTexts(): string[] {
    const points = this.switchPoints();
    const { strings: t, locale } = this.host;
    const { tariffs } = this.host.state;
    const { labels, formatMinutes } = this.present();
    const label = (planId: string) => labels[planId] ?? planId;
    if (points.length === 1) {
      const range = `${formatNumber(0, locale)}–${formatMinutes(tariffs.defaults.maxMinutesPerMonth)}`;
      return [t.cheapestThroughout(label(points[0].planId), range)];
    }
    return points.map((point) =>
      point.minutes === 0
        ? t.chart.cheapestAtStart(label(point.planId))
        : t.chart.cheapestFrom(formatMinutes(point.minutes), label(point.planId)),
    );
  }

  render(): TemplateResult | typeof nothing {
    if (this.host.state.selection.planIds.length === 0) return nothing;
    const texts = this.switchTexts();
    const p = this.present();
    const t = this.host.strings;
    return html`
      <div class="decide">
        ${texts.length === 0
          ? nothing
          : html`<ul class="switch-points">
              ${texts.map((text) => html`<li>${text}</li>`)}
            </ul>`}
        <details class="chart-panel" part="chart" @toggle=${this.onToggle}>
          <summary>${t.chartToggle}</summary>
          ${this.curves
            ? html`<hotline-break-even-chart
                .curves=${this.curves}
                .labels=${p.labels}
                .minutes=${this.host.state.usage.minutesPerMonth}
                .formatMoney=${p.formatMoney}
                .formatMoneyTick=${p.formatMoneyTick}
                .formatMinutes=${p.formatMinutes}
                .formatMinutesTick=${p.formatMinutesTick}
                .strings=${t.chart}
              ></hotline-break-even-chart>`
            : nothing}
        </details>
      </div>
    `;
  }

  private readonly onToggle = (event: Event): void => {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.open) return;
    this.open = open;
    this.host.requestUpdate();
  };

  private refresh(): void {
    const { tariffs, usage, selection } = this.host.state;
    const planIds = selection.planIds;
    const key = JSON.stringify([
      planIds,
      usage.peakSharePercent,
      usage.regionShares,
      usage.averageCallSeconds,
      usage.addOns,
      usage.numberGrade,
    ]);
    if (tariffs !== this.tariffs || key !== this.key) {
      this.tariffs = tariffs;
      this.key = key;
      this.points = null;
      this.curves = null;
    }
    const options = { maxMinutes: tariffs.defaults.maxMinutesPerMonth, planIds };
    try {
      if (this.open && !this.curves) {
        this.curves = costCurves(tariffs, usage, options);
        this.points = this.curves.switchPoints;
      }
      this.points ??= switchPoints(tariffs, usage, options);
    } catch (error) {
      // The usage was sanitized for these tariffs, so this is a bug; the cards still work.
      this.points = [];
      console.error('<hotline-calculator> could not compute the switch points:', error);
    }
  }

  private present(): Presentation {
    const { locale, strings: t } = this.host;
    const { tariffs } = this.host.state;
    const key = `${locale}|${tariffs.currency}`;
    if (this.presentation && this.presentationKey === key && this.presentationTariffs === tariffs) {
      return this.presentation;
    }
    this.presentationKey = key;
    this.presentationTariffs = tariffs;
    const labels: Record<string, string> = {};
    for (const plan of tariffs.plans) labels[plan.id] = localize(plan.name, locale);
    this.presentation = {
      labels,
      formatMoney: (amount) => formatMoney(amount, tariffs.currency, locale),
      formatMoneyTick: (amount) => formatMoneyTick(amount, tariffs.currency, locale),
      formatMinutes: (minutes) => t.minutesValueText(formatNumber(minutes, locale)),
      formatMinutesTick: (minutes) => formatCompactNumber(minutes, locale),
    };
    return this.presentation;
  }
}
