import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CostCurves } from '../../engine/cost-curves.js';
import { breakEvenChartStyles } from './break-even-chart.styles.js';
import {
  completeChartStrings,
  DEFAULT_CHART_STRINGS,
  type BreakEvenChartStrings,
  type ChartStrings,
} from '../../i18n/chart-strings.js';
import {
  cheapestRuns, nearest, pathData, pointMinutes, pointsIn, scales, type ChartFigure, type PlotArea, type Scales,
} from './chart-geometry.js';

/** Colours in the default palette; plans beyond it reuse them with a dashed line. */
export const PALETTE_SIZE = 8;
const MIN_WIDTH = 280;
const MAX_WIDTH = 1200;
/** Roughly the advance of one character of the 12px tick labels, to make room for them. */
const LABEL_CHAR_WIDTH = 7.2;
const PAGE_STEP = 10;

/**
 * `<hotline-break-even-chart>`: monthly cost against minutes per month, one line
 * per plan, drawn as inline SVG from the engine's `costCurves`. The cheapest
 * plan's stretch of each curve is drawn thick, the visitor's minutes are marked,
 * and every point can be read by hovering, by focusing a switch point, or by
 * focusing the plot and moving along it with the arrow keys. A list of the switch
 * points and a table of the costs there give the same facts without the picture.
 *
 * The SVG's viewBox follows the element's width, so text keeps its size from
 * 280 px up. Geometry is set through SVG attributes and colours through classes
 * and custom properties (`--hotline-chart-1` … `--hotline-chart-8`,
 * `--hotline-accent`, `--hotline-text`, `--hotline-border`, `--hotline-surface`),
 * so a strict Content-Security-Policy needs no exception.
 *
 * @csspart chart - The figure that holds the chart, its legend and its text alternative.
 * @csspart switches - The visible list of switch points (a page that states them elsewhere may hide it).
 */
export class HotlineBreakEvenChart extends LitElement {
  static override styles = breakEvenChartStyles;

  /** The engine's `costCurves` result. */
  @property({ attribute: false }) curves?: CostCurves;

  /** Plan names by plan id (ids are shown for plans missing here). */
  @property({ attribute: false }) labels: Readonly<Record<string, string>> = {};

  /** The visitor's minutes per month, marked on the chart; null for no marker. */
  @property({ attribute: false }) minutes: number | null = null;

  /** Formats a plain decimal string ("1234.5") as money. */
  @property({ attribute: false }) formatMoney: (amount: string) => string = (amount) => amount;

  /** Formats a minute count with its unit ("2,341 minutes"). */
  @property({ attribute: false }) formatMinutes: (minutes: number) => string = (minutes) => `${minutes} min`;

  /**
   * Formats an x-axis tick without unit (the axis title has it); default "20k"
   * style. The calculator passes the locale's compact form ("2万", "20K").
   */
  @property({ attribute: false }) formatMinutesTick?: (minutes: number) => string;

  /** Formats a y-axis tick (a plain decimal string such as "250"); default `formatMoney`. */
  @property({ attribute: false }) formatMoneyTick?: (amount: string) => string;

  /** The chart's words: `chartStringsFor(locale)` from src/i18n/chart-strings.ts; English by default. */
  @property({ attribute: false }) strings: BreakEvenChartStrings = DEFAULT_CHART_STRINGS;

  /** Which figure to plot: the ranking's averageMonthly (default) or the monthly total. */
  @property({ attribute: false }) figure: ChartFigure = 'averageMonthly';

  /** The minute count whose values are shown, from hover or keyboard; null for none. */
  @state() private activeMinutes: number | null = null;

  @state() private width = 640;

  private words: ChartStrings = completeChartStrings(DEFAULT_CHART_STRINGS);
  private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const measured = entries[0]?.contentRect.width ?? 0;
        if (measured <= 0) return;
        const width = clampWidth(measured);
        // Re-rendering changes the height; doing it in the next frame keeps the
        // observer from seeing a size change within its own notification.
        if (width !== this.width) requestAnimationFrame(() => (this.width = width));
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /** Starts at the host's width at once: the observer reports only with the next rendered frame. */
  protected override firstUpdated(): void {
    const measured = this.getBoundingClientRect().width;
    if (measured > 0) this.width = clampWidth(measured);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.words = completeChartStrings(this.strings);
    // A point that no longer exists on new curves is not shown.
    if (changed.has('curves') && this.activeMinutes !== null && this.curves) {
      if (!pointMinutes(this.curves).includes(this.activeMinutes)) this.activeMinutes = null;
    }
  }

  override render(): TemplateResult | typeof nothing {
    const data = this.curves;
    if (!data || data.curves.length === 0) return nothing;
    const t = this.words;
    const height = Math.round(Math.min(360, Math.max(220, this.width * 0.55)));
    const area = this.plotArea(data, height);
    const s = scales(data, this.figure, area, this.width < 480 ? 3 : 5, 4);
    return html`
      <figure part="chart" class="chart">
        <figcaption id="title">${t.title}</figcaption>
        <svg class="plot" viewBox="0 0 ${this.width} ${height}" role="group" aria-labelledby="title"
          @pointermove=${this.onPointerMove} @pointerleave=${this.onPointerLeave}>
          ${this.renderAxes(data, s, area, height)}
          ${data.curves.map((curve, i) => svg`<path class=${this.seriesClass('line', i, !curve.available)}
            data-plan-id=${curve.planId} d=${pathData(curve.points, this.figure, s)}></path>`)}
          ${this.renderCheapest(data, s)} ${this.renderCurrent(data, s, area)} ${this.renderActive(data, s, area)}
          ${this.renderExplorer(data, area)} ${this.renderSwitchMarkers(data, s)}
        </svg>
        <p class="readout" aria-live="polite">${this.readout(data)}</p>
        <ul class="legend">
          ${data.curves.map((curve, i) => html`<li>
            <span class=${this.seriesClass('swatch', i, !curve.available)}></span>${this.label(curve.planId)}${curve.available ? nothing : html` <span class="muted">${t.unavailableMark}</span>`}
          </li>`)}
        </ul>
        <ol class="switches" part="switches">
          ${data.switchPoints.map((point) => html`<li>${this.switchText(point.minutes, point.planId)}</li>`)}
        </ol>
        ${this.renderTable(data)}
      </figure>
    `;
  }

  private plotArea(data: CostCurves, height: number): PlotArea {
    const longest = Math.max(
      ...scales(data, this.figure, { left: 0, top: 0, right: 1, bottom: 1 }, 5, 4).yTicks.map((tick) => this.moneyTick(tick).length),
    );
    return { left: Math.ceil(longest * LABEL_CHAR_WIDTH) + 12, top: 36, right: this.width - 14, bottom: height - 40 };
  }

  private renderAxes(data: CostCurves, s: Scales, area: PlotArea, height: number) {
    const t = this.words;
    return svg`
      <g class="axes" aria-hidden="true">
        ${s.yTicks.map((tick) => {
          const y = s.y(Number(tick));
          return svg`<line class="grid" x1=${area.left} x2=${area.right} y1=${y} y2=${y}></line>
            <text class="tick y-tick" x=${area.left - 6} y=${y} dy="0.32em">${this.moneyTick(tick)}</text>`;
        })}
        ${s.xTicks.map((minutes) => {
          const x = s.x(minutes);
          return svg`<line class="tick-mark" x1=${x} x2=${x} y1=${area.bottom} y2=${area.bottom + 4}></line>
            <text class="tick x-tick" x=${x} y=${area.bottom + 16}>${this.minutesTick(minutes, data)}</text>`;
        })}
        <line class="axis" x1=${area.left} x2=${area.right} y1=${area.bottom} y2=${area.bottom}></line>
        <text class="axis-title" x=${(area.left + area.right) / 2} y=${height - 6}>${t.xAxis}</text>
        <text class="axis-title y-title" x=${area.left} y="12">${t.yAxis}</text>
      </g>`;
  }

  /** The thick stretches: each plan's curve where it is the cheapest. */
  private renderCheapest(data: CostCurves, s: Scales) {
    return cheapestRuns(data.switchPoints, data.maxMinutes).map((run) => {
      const index = data.curves.findIndex((curve) => curve.planId === run.planId);
      if (index < 0) return nothing;
      const points = pointsIn(data.curves[index]!, run);
      // A run of a single minute still gets a visible mark.
      const d = points.length === 1 ? `${pathData(points, this.figure, s)} h0.1` : pathData(points, this.figure, s);
      return svg`<path class=${this.seriesClass('cheapest', index, false)} data-plan-id=${run.planId}
        data-from=${run.from} data-to=${run.to} d=${d}></path>`;
    });
  }

  private renderCurrent(data: CostCurves, s: Scales, area: PlotArea) {
    if (this.minutes === null || !Number.isFinite(this.minutes)) return nothing;
    const x = s.x(Math.min(Math.max(this.minutes, 0), data.maxMinutes));
    const anchor = x > (area.left + area.right) / 2 ? 'end' : 'start';
    return svg`<g class="current" aria-hidden="true">
      <line x1=${x} x2=${x} y1=${area.top} y2=${area.bottom}></line>
      <text x=${x} y=${area.top - 8} text-anchor=${anchor}>${this.words.currentAt(this.formatMinutes(this.minutes))}</text>
    </g>`;
  }

  /** The guide line and a dot on every curve at the point being read. */
  private renderActive(data: CostCurves, s: Scales, area: PlotArea) {
    const at = this.activeMinutes;
    if (at === null) return nothing;
    const x = s.x(at);
    return svg`<g class="active" aria-hidden="true">
      <line x1=${x} x2=${x} y1=${area.top} y2=${area.bottom}></line>
      ${data.curves.map((curve, i) => {
        const point = curve.points.find((p) => p.minutes === at);
        return point ? svg`<circle class=${this.seriesClass('dot', i, false)} cx=${x} cy=${s.y(Number(point[this.figure]))} r="4"></circle>` : nothing;
      })}
    </g>`;
  }

  /** A transparent, focusable layer over the plot: arrow keys step from point to point. */
  private renderExplorer(data: CostCurves, area: PlotArea) {
    const at = this.activeMinutes;
    return svg`<rect class="explorer" x=${area.left} y=${area.top} width=${area.right - area.left}
      height=${area.bottom - area.top} tabindex="0" role="slider" aria-label=${this.words.explore}
      aria-valuemin="0" aria-valuemax=${data.maxMinutes} aria-valuenow=${at ?? 0}
      aria-valuetext=${at === null ? this.words.exploreHint : this.valuesText(data, at)}
      @keydown=${this.onExplorerKey} @focus=${this.onExplorerFocus}></rect>`;
  }

  /** One focusable marker per switch point, on the plan that becomes cheapest there. */
  private renderSwitchMarkers(data: CostCurves, s: Scales) {
    return data.switchPoints.map((point) => {
      const index = data.curves.findIndex((curve) => curve.planId === point.planId);
      const value = data.curves[index]?.points.find((p) => p.minutes === point.minutes);
      if (!value) return nothing;
      return svg`<circle class=${this.seriesClass('switch', index, false)} data-minutes=${point.minutes}
        cx=${s.x(point.minutes)} cy=${s.y(Number(value[this.figure]))} r="6" tabindex="0" role="img"
        aria-label=${this.switchText(point.minutes, point.planId)}
        @focus=${() => (this.activeMinutes = point.minutes)} @pointerenter=${() => (this.activeMinutes = point.minutes)}></circle>`;
    });
  }

  private renderTable(data: CostCurves) {
    const t = this.words;
    const rows = data.switchPoints.map((point) => point.minutes);
    return html`<table class="visually-hidden">
      <caption>${t.tableCaption}</caption>
      <thead><tr><th scope="col">${t.minutesHeader}</th>${data.curves.map((curve) => html`<th scope="col">${this.label(curve.planId)}</th>`)}</tr></thead>
      <tbody>
        ${rows.map((minutes) => html`<tr>
          <th scope="row">${this.formatMinutes(minutes)}</th>
          ${data.curves.map((curve) => html`<td>${this.valueText(data, curve.planId, minutes)}</td>`)}
        </tr>`)}
      </tbody>
    </table>`;
  }

  private readout(data: CostCurves): TemplateResult | string {
    const at = this.activeMinutes;
    if (at === null) return this.words.exploreHint;
    const cheapest = this.cheapestAt(data, at);
    return html`<strong>${this.words.valuesAt(this.formatMinutes(at))}</strong>
      ${data.curves.map((curve, i) => html`<span class="value"><span class=${this.seriesClass('swatch', i, !curve.available)}></span>${this.label(curve.planId)}
        ${this.valueText(data, curve.planId, at)}${curve.planId === cheapest ? ` ${this.words.cheapestMark}` : ''}</span>`)}`;
  }

  private valuesText(data: CostCurves, at: number): string {
    const cheapest = this.cheapestAt(data, at);
    const values = data.curves.map((curve) =>
      this.words.planValue(this.label(curve.planId), this.valueText(data, curve.planId, at), curve.planId === cheapest),
    );
    return this.words.valuesList(this.words.valuesAt(this.formatMinutes(at)), values);
  }

  private valueText(data: CostCurves, planId: string, at: number): string {
    const point = data.curves.find((curve) => curve.planId === planId)?.points.find((p) => p.minutes === at);
    return point ? this.formatMoney(point[this.figure]) : '';
  }

  private cheapestAt(data: CostCurves, at: number): string | null {
    const runs = cheapestRuns(data.switchPoints, data.maxMinutes);
    return runs.find((run) => run.from <= at && at <= run.to)?.planId ?? null;
  }

  private switchText(minutes: number, planId: string): string {
    return minutes === 0
      ? this.words.cheapestAtStart(this.label(planId))
      : this.words.cheapestFrom(this.formatMinutes(minutes), this.label(planId));
  }

  private label(planId: string): string {
    return this.labels[planId] ?? planId;
  }

  private seriesClass(kind: string, index: number, unavailable: boolean): string {
    const alternate = index >= PALETTE_SIZE ? ' alternate' : '';
    return `${kind} series-${index % PALETTE_SIZE}${alternate}${unavailable ? ' unavailable' : ''}`;
  }

  /** Tick labels stay short: the number only, the unit is in the axis title. */
  private minutesTick(minutes: number, data: CostCurves): string {
    if (this.formatMinutesTick) return this.formatMinutesTick(minutes);
    return data.maxMinutes >= 10_000 && minutes >= 1000 ? `${minutes / 1000}k` : String(minutes);
  }

  private moneyTick(amount: string): string {
    return (this.formatMoneyTick ?? this.formatMoney)(amount);
  }

  private onExplorerFocus = (): void => {
    if (this.activeMinutes === null && this.curves) {
      const minutes = pointMinutes(this.curves);
      this.activeMinutes = this.minutes === null ? (minutes[0] ?? 0) : nearest(minutes, this.minutes);
    }
  };

  private onExplorerKey = (event: KeyboardEvent): void => {
    if (!this.curves) return;
    const minutes = pointMinutes(this.curves);
    const index = Math.max(0, minutes.indexOf(this.activeMinutes ?? minutes[0]!));
    const moves: Record<string, number> = {
      ArrowRight: index + 1, ArrowUp: index + 1, ArrowLeft: index - 1, ArrowDown: index - 1,
      PageUp: index + PAGE_STEP, PageDown: index - PAGE_STEP, Home: 0, End: minutes.length - 1,
    };
    if (event.key === 'Escape') {
      this.activeMinutes = null;
      return;
    }
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.activeMinutes = minutes[Math.min(minutes.length - 1, Math.max(0, moves[event.key]!))]!;
  };

  private onPointerMove = (event: PointerEvent): void => {
    if (!this.curves || (event.target as Element).classList?.contains('switch')) return;
    const svgElement = event.currentTarget as SVGSVGElement;
    const box = svgElement.getBoundingClientRect();
    if (box.width === 0) return;
    const height = Math.round(Math.min(360, Math.max(220, this.width * 0.55)));
    const area = this.plotArea(this.curves, height);
    const x = ((event.clientX - box.left) / box.width) * this.width;
    const share = (x - area.left) / (area.right - area.left);
    if (share < 0 || share > 1) return;
    this.activeMinutes = nearest(pointMinutes(this.curves), share * this.curves.maxMinutes);
  };

  private onPointerLeave = (): void => {
    if (!this.shadowRoot?.activeElement) this.activeMinutes = null;
  };
}

function clampWidth(measured: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, measured)));
}

declare global {
  interface HTMLElementTagNameMap {
    'hotline-break-even-chart': HotlineBreakEvenChart;
  }
}
