import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { CostCurves } from '../../engine/cost-curves.js';
import { breakEvenChartStyles } from './break-even-chart.styles.js';
import {
  DEFAULT_CHART_STRINGS,
  type BreakEvenChartStrings,
  type ChartStrings,
} from '../../i18n/chart-strings.js';
import {
  cheapestRuns,
  GROUP_MARKER_RADIUS,
  LABEL_FONT_SIZE,
  MARKER_RADIUS,
  nearestBy,
  type ChartFigure,
  type ChartLayout,
} from './chart-geometry.js';
import { drawChart, type ChartDrawing } from './chart-drawing.js';
import { placeWithin, textWidth } from './label-boxes.js';
import { plansByCost } from './plans-by-cost.js';
import type { SwitchMarker } from './switch-markers.js';

/** Colours in the default palette; plans beyond it reuse them with a dashed line. */
export const PALETTE_SIZE = 8;
const MIN_WIDTH = 280;
const MAX_WIDTH = 1200;
const PAGE_STEP = 10;
/** Bold text is about this much wider than the estimate for regular text. */
const BOLD_WIDTH = 1.1;

/**
 * `<hotline-break-even-chart>`: monthly cost against minutes per month, one line
 * per plan, drawn as inline SVG from the engine's `costCurves`. Both axes are
 * logarithmic with room for 0 (log-scale.ts says why). The cheapest plan's
 * stretch of each curve is drawn thick, the visitor's minutes are marked, and
 * every point can be read by hovering or tapping, by focusing a switch marker,
 * or by focusing the plot and moving along it with the arrow keys. The legend
 * then lists the plans' costs there, cheapest first. A list of the switch points
 * and a table of the costs there give the same facts without the picture.
 *
 * The SVG's viewBox follows the element's width, so text keeps its size from
 * 280 px up. Nothing in it is wider than the element, and reading a point does
 * not change the element's size: the legend keeps room for the widest values.
 * Geometry is set through SVG attributes and colours through classes and custom
 * properties (`--hotline-chart-1` … `--hotline-chart-8`, `--hotline-accent`,
 * `--hotline-text`, `--hotline-border`, `--hotline-surface`), so a strict
 * Content-Security-Policy needs no exception.
 *
 * @csspart chart - The figure that holds the chart, its legend and its text alternative.
 * @csspart switches - The visible list of switch points (a page that states them elsewhere may hide it).
 */
export class HotlineBreakEvenChart extends LitElement {
  static override properties: PropertyDeclarations = {
    curves: { attribute: false },
    labels: { attribute: false },
    minutes: { attribute: false },
    formatMoney: { attribute: false },
    formatMinutes: { attribute: false },
    formatMinutesTick: { attribute: false },
    formatMoneyTick: { attribute: false },
    strings: { attribute: false },
    figure: { attribute: false },
    activeMinutes: { state: true, attribute: false },
    width: { state: true, attribute: false },
  };

  static override styles = breakEvenChartStyles;

  /** The engine's `costCurves` result. */
  curves?: CostCurves;

  /** Plan names by plan id (ids are shown for plans missing here). */
  labels: Readonly<Record<string, string>> = {};

  /** The visitor's minutes per month, marked on the chart; null for no marker. */
  minutes: number | null = null;

  /** Formats a plain decimal string ("1234.5") as money. */
  formatMoney: (amount: string) => string = (amount) => amount;

  /** Formats a minute count with its unit ("2,341 minutes"). */
  formatMinutes: (minutes: number) => string = (minutes) => `${minutes} min`;

  /**
   * Formats an x-axis tick without unit (the axis title has it); default "20k"
   * style. The calculator passes the locale's compact form ("2万", "20K").
   */
  formatMinutesTick?: (minutes: number) => string;

  /** Formats a y-axis tick (a plain decimal string such as "250"); default `formatMoney`. */
  formatMoneyTick?: (amount: string) => string;

  /** The chart's words: `chartStringsFor(locale)` from src/i18n/chart-strings.ts; English by default. */
  strings: BreakEvenChartStrings = DEFAULT_CHART_STRINGS;

  /** Which figure to plot: the ranking's averageMonthly (default) or the monthly total. */
  figure: ChartFigure = 'averageMonthly';

  /** The minute count whose values are shown, from hover, tap or keyboard; null for none. */
  private activeMinutes: number | null = null;

  private width = 640;

  /** The last drawing and what it was drawn from; its layout also maps the pointer to a point. */
  #drawing?: { readonly inputs: readonly unknown[]; readonly drawing: ChartDrawing };
  #minutesOfPoints: readonly number[] = [];
  #resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.#resizeObserver = new ResizeObserver((entries) => {
        const measured = entries[0]?.contentRect.width ?? 0;
        if (measured <= 0) return;
        const width = clampWidth(measured);
        // Re-rendering changes the height; doing it in the next frame keeps the
        // observer from seeing a size change within its own notification.
        if (width !== this.width) requestAnimationFrame(() => (this.width = width));
      });
      this.#resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first render is at the host's width: the observer reports only with the next rendered frame.
    if (!this.hasUpdated) {
      const measured = this.getBoundingClientRect().width;
      if (measured > 0) this.width = clampWidth(measured);
    }
    if (changed.has('curves')) {
      this.#minutesOfPoints = this.curves?.minutes ?? [];
      // A point that no longer exists on new curves is not shown.
      if (this.activeMinutes !== null && !this.#minutesOfPoints.includes(this.activeMinutes)) this.activeMinutes = null;
    }
  }

  override render(): TemplateResult | typeof nothing {
    const data = this.curves;
    if (!data || data.curves.length === 0) return nothing;
    const t = this.strings;
    const drawing = this.#drawingOf(data);
    const { layout } = drawing;
    return html`
      <figure part="chart" class="chart">
        <figcaption id="title">${t.title}</figcaption>
        <svg class="plot" viewBox="0 0 ${layout.width} ${layout.height}" role="group" aria-labelledby="title"
          @pointermove=${this.#onPointer} @pointerdown=${this.#onPointer} @pointerleave=${this.#onPointerLeave}>
          ${this.#renderAxes(layout)}
          ${data.curves.map((curve, i) => svg`<path class=${this.#seriesClass('line', i, !curve.available)}
            data-plan-id=${curve.planId} d=${drawing.lines[i]}></path>`)}
          ${drawing.cheapest.map(({ run, index, d }) => svg`<path class=${this.#seriesClass('cheapest', index, false)}
            data-plan-id=${run.planId} data-from=${run.from} data-to=${run.to} d=${d}></path>`)}
          ${this.#renderCurrent(data, layout)} ${this.#renderActive(data, layout)} ${this.#renderExplorer(data, layout)}
          ${drawing.markers.map((marker) => this.#renderMarker(data, marker))}
        </svg>
        ${this.#renderKey(data, layout)}
        <ol class="switches" part="switches">
          ${data.switchPoints.map((point) => html`<li>${this.#switchText(point.minutes, point.planId)}</li>`)}
        </ol>
        ${this.#renderTable(data)}
      </figure>
    `;
  }

  #renderAxes({ area, scales: s, rows }: ChartLayout) {
    const t = this.strings;
    return svg`
      <g class="axes" aria-hidden="true">
        ${s.yTicks.map((tick) => {
          const y = s.y(Number(tick));
          return svg`<line class="grid" x1=${area.left} x2=${area.right} y1=${y} y2=${y}></line>
            <text class="tick y-tick" x=${area.left - 6} y=${y} dy="0.32em">${this.#moneyTick(tick)}</text>`;
        })}
        ${s.xTicks.map(({ position: x, label, placement }) => svg`
          <line class="grid x-grid" x1=${x} x2=${x} y1=${area.top} y2=${area.bottom}></line>
          <line class="tick-mark" x1=${x} x2=${x} y1=${area.bottom} y2=${area.bottom + 4}></line>
          <text class="tick x-tick" x=${placement.at} y=${rows.xTicks} text-anchor=${placement.anchor}>${label}</text>`)}
        <line class="axis" x1=${area.left} x2=${area.right} y1=${area.bottom} y2=${area.bottom}></line>
        <text class="axis-title" x=${(area.left + area.right) / 2} y=${rows.xTitle}>${t.xAxis}</text>
        <text class="axis-title y-title" x="2" y=${rows.yTitle}>${t.yAxis}</text>
      </g>`;
  }

  /** The visitor's minutes: a dashed line, labelled in its own row above the plot. */
  #renderCurrent(data: CostCurves, { area, scales, rows, currentBounds }: ChartLayout) {
    if (this.minutes === null || !Number.isFinite(this.minutes)) return nothing;
    const x = scales.x(Math.min(Math.max(this.minutes, 0), data.maxMinutes));
    const label = this.strings.currentAt(this.formatMinutes(this.minutes));
    const place = placeWithin(x, textWidth(label, LABEL_FONT_SIZE) * BOLD_WIDTH, currentBounds);
    return svg`<g class="current" aria-hidden="true">
      <line x1=${x} x2=${x} y1=${area.top} y2=${area.bottom}></line>
      <text x=${place.at} y=${rows.current} text-anchor=${place.anchor}>${label}</text>
    </g>`;
  }

  /** The guide line and a dot on every curve at the point being read. */
  #renderActive(data: CostCurves, { area, scales: s }: ChartLayout) {
    const at = this.activeMinutes;
    if (at === null) return nothing;
    const x = s.x(at);
    return svg`<g class="active" aria-hidden="true">
      <line x1=${x} x2=${x} y1=${area.top} y2=${area.bottom}></line>
      ${data.curves.map((curve, i) => {
        const point = curve.points.find((p) => p.minutes === at);
        return point ? svg`<circle class=${this.#seriesClass('dot', i, false)} cx=${x} cy=${s.y(Number(point[this.figure]))} r="4"></circle>` : nothing;
      })}
    </g>`;
  }

  /** A transparent, focusable layer over the plot: arrow keys step from point to point. */
  #renderExplorer(data: CostCurves, { area }: ChartLayout) {
    const at = this.activeMinutes;
    return svg`<rect class="explorer" x=${area.left} y=${area.top} width=${area.right - area.left}
      height=${area.bottom - area.top} tabindex="0" role="slider" aria-label=${this.strings.explore}
      aria-valuemin="0" aria-valuemax=${data.maxMinutes} aria-valuenow=${at ?? 0}
      aria-valuetext=${at === null ? this.strings.exploreHint : this.#valuesText(data, at)}
      @keydown=${this.#onExplorerKey} @focus=${this.#onExplorerFocus}></rect>`;
  }

  /**
   * One focusable marker per switch point, on the plan that becomes cheapest
   * there; switches too close to tell apart share one larger marker that
   * counts them and names them all.
   */
  #renderMarker(data: CostCurves, marker: SwitchMarker) {
    const first = marker.switches[0]!;
    const index = data.curves.findIndex((curve) => curve.planId === first.planId);
    const several = marker.switches.length > 1;
    const texts = marker.switches.map((point) => this.#switchText(point.minutes, point.planId));
    const show = () => (this.activeMinutes = first.minutes);
    return svg`<circle class=${`${this.#seriesClass('switch', index, false)}${several ? ' group' : ''}`}
        data-minutes=${first.minutes} data-switches=${marker.switches.map((point) => point.minutes).join(' ')}
        cx=${marker.x} cy=${marker.y} r=${several ? GROUP_MARKER_RADIUS : MARKER_RADIUS} tabindex="0" role="img"
        aria-label=${several ? this.strings.switchesTogether(texts) : texts[0]!}
        @focus=${show} @pointerenter=${show} @keydown=${this.#onMarkerKey}></circle>
      ${several
        ? svg`<text class="marker-count" x=${marker.x} y=${marker.y} dy="0.35em" aria-hidden="true">${marker.switches.length}</text>`
        : nothing}`;
  }

  /**
   * The legend, which doubles as the read-out: each plan's colour and name,
   * and while a point is read, its cost there, cheapest first. Every value
   * cell keeps room for the widest value and the heading for the longer of its
   * two texts, so reading a point never changes the chart's size.
   */
  #renderKey(data: CostCurves, { scales }: ChartLayout) {
    const t = this.strings;
    const at = this.activeMinutes;
    const entries =
      at === null
        ? data.curves.map((curve, index) => ({ index, curve, value: '' }))
        : plansByCost(data.curves, at, this.figure).map(({ index, curve, point }) => ({ index, curve, value: this.formatMoney(point[this.figure]) }));
    const cheapest = at === null ? null : this.#cheapestAt(data, at);
    // No value read out exceeds the top of the costs axis, nor has more digits.
    const widest = this.formatMoney(scales.yMax.toFixed(2));
    return html`<div class="readout" aria-live="polite">
      <p class="readout-heading" data-hint=${t.exploreHint} data-heading=${t.valuesAt(this.formatMinutes(data.maxMinutes))}>
        ${at === null ? html`<span>${t.exploreHint}</span>` : html`<strong>${t.valuesAt(this.formatMinutes(at))}</strong>`}
      </p>
      <ol class="legend">
        ${entries.map(({ index, curve, value }) => {
          const isCheapest = curve.planId === cheapest;
          return html`<li class=${isCheapest ? 'cheapest-row' : ''} data-plan-id=${curve.planId}>
            <span class=${this.#seriesClass('swatch', index, !curve.available)}></span>
            <span class="name">${this.#label(curve.planId)}${curve.available ? nothing : html` <span class="muted">${t.unavailableMark}</span>`}</span>
            <span class="value" data-room=${widest}><span>${value}</span>${isCheapest ? html`<span class="visually-hidden"> ${t.cheapestMark}</span>` : nothing}</span>
          </li>`;
        })}
      </ol>
    </div>`;
  }

  /**
   * The costs at the switch points as a table, for screen readers: out of
   * sight in a box that clips it, so it cannot widen anything.
   */
  #renderTable(data: CostCurves) {
    const t = this.strings;
    return html`<div class="visually-hidden">
      <table>
        <caption>${t.tableCaption}</caption>
        <thead><tr><th scope="col">${t.minutesHeader}</th>${data.curves.map((curve) => html`<th scope="col">${this.#label(curve.planId)}</th>`)}</tr></thead>
        <tbody>
          ${data.switchPoints.map(({ minutes }) => html`<tr>
            <th scope="row">${this.formatMinutes(minutes)}</th>
            ${data.curves.map((curve) => html`<td>${this.#valueText(data, curve.planId, minutes)}</td>`)}
          </tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  /** The read-out in one text, cheapest first: the plot's aria-valuetext. */
  #valuesText(data: CostCurves, at: number): string {
    const cheapest = this.#cheapestAt(data, at);
    const values = plansByCost(data.curves, at, this.figure).map(({ curve, point }) =>
      this.strings.planValue(this.#label(curve.planId), this.formatMoney(point[this.figure]), curve.planId === cheapest),
    );
    return this.strings.valuesList(this.strings.valuesAt(this.formatMinutes(at)), values);
  }

  /** The drawing for the current data, width and formatters, drawn again only when one of them changed. */
  #drawingOf(data: CostCurves): ChartDrawing {
    const moneyTick = this.formatMoneyTick ?? this.formatMoney;
    const inputs = [data, this.figure, this.width, moneyTick, this.formatMinutesTick];
    if (this.#drawing && inputs.every((input, i) => input === this.#drawing!.inputs[i])) return this.#drawing.drawing;
    const drawing = drawChart(data, this.figure, this.width, moneyTick, (m) => this.#minutesTick(m, data));
    this.#drawing = { inputs, drawing };
    return drawing;
  }

  #valueText(data: CostCurves, planId: string, at: number): string {
    const point = data.curves.find((curve) => curve.planId === planId)?.points.find((p) => p.minutes === at);
    return point ? this.formatMoney(point[this.figure]) : '';
  }

  #cheapestAt(data: CostCurves, at: number): string | null {
    const runs = cheapestRuns(data.switchPoints, data.maxMinutes);
    return runs.find((run) => run.from <= at && at <= run.to)?.planId ?? null;
  }

  #switchText(minutes: number, planId: string): string {
    return minutes === 0
      ? this.strings.cheapestAtStart(this.#label(planId))
      : this.strings.cheapestFrom(this.formatMinutes(minutes), this.#label(planId));
  }

  #label(planId: string): string {
    return this.labels[planId] ?? planId;
  }

  #seriesClass(kind: string, index: number, unavailable: boolean): string {
    const alternate = index >= PALETTE_SIZE ? ' alternate' : '';
    return `${kind} series-${index % PALETTE_SIZE}${alternate}${unavailable ? ' unavailable' : ''}`;
  }

  /** Tick labels stay short: the number only, the unit is in the axis title. */
  #minutesTick(minutes: number, data: CostCurves): string {
    if (this.formatMinutesTick) return this.formatMinutesTick(minutes);
    return data.maxMinutes >= 10_000 && minutes >= 1000 ? `${minutes / 1000}k` : String(minutes);
  }

  #moneyTick(amount: string): string {
    return (this.formatMoneyTick ?? this.formatMoney)(amount);
  }

  /** Focus starts the reading at the visitor's minutes (the point nearest on the axis), or at the start. */
  #onExplorerFocus = (): void => {
    if (this.activeMinutes !== null) return;
    const minutes = this.#minutesOfPoints;
    const x = this.#drawing?.drawing.layout.scales.x;
    if (this.minutes === null || !x) this.activeMinutes = minutes[0] ?? 0;
    else this.activeMinutes = nearestBy(minutes, x(this.minutes), x);
  };

  #onExplorerKey = (event: KeyboardEvent): void => {
    const minutes = this.#minutesOfPoints;
    if (minutes.length === 0) return;
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

  #onMarkerKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.activeMinutes = null;
  };

  /** Hover, or a tap on a touch screen: reads the point nearest on the axis. */
  #onPointer = (event: PointerEvent): void => {
    const layout = this.#drawing?.drawing.layout;
    if (!layout || (event.target as Element).classList?.contains('switch')) return;
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    if (box.width === 0) return;
    const x = ((event.clientX - box.left) / box.width) * layout.width;
    if (x < layout.area.left || x > layout.area.right) return;
    this.activeMinutes = nearestBy(this.#minutesOfPoints, x, layout.scales.x);
  };

  /** A mouse leaving ends the reading; a finger lifted after a tap leaves it shown. */
  #onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch' && !this.shadowRoot?.activeElement) this.activeMinutes = null;
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
