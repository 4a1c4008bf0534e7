import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { estimate } from '../../engine/estimate.js';
import type { Quote, ResolvedUsage, TariffSet, Usage } from '../../engine/types.js';
import { DEFAULT_LOCALE, matchLocale, stringsFor, type Locale, type Strings } from '../../i18n/strings.js';
import { CallLengthControl } from '../usage-controls/call-length-control.js';
import { ChoiceControls } from '../usage-controls/choice-controls.js';
import type { ControlHost } from '../usage-controls/control-host.js';
import { MinutesControl } from '../usage-controls/minutes-control.js';
import { PeakControl } from '../usage-controls/peak-control.js';
import { RegionControl } from '../usage-controls/region-control.js';
import { hotlineEvent } from './events.js';
import { calculatorStyles } from './hotline-calculator.styles.js';
import { selectPlans } from './plan-filter.js';
import { QuoteAnnouncer } from './quote-announcer.js';
import { ResultsView, type ResultsHost } from './results-view.js';
import { renderError, renderLoading } from './state-views.js';
import { TariffController } from './tariff-controller.js';
import { applyUsageAttributes, parseIdList, resolveUsage, type UsageAttributes } from './usage-input.js';

/** Attribute-backed properties that carry the initial usage. */
const USAGE_PROPERTIES = ['minutes', 'peakShare', 'averageCallSeconds', 'addOns', 'numberGrade'] as const;

/**
 * `<hotline-calculator>`: estimates the monthly cost of 400 numbers from a
 * tariff file and compares the plans. It renders only what the engine
 * returns; no money is computed here.
 *
 * Tariffs come from, in order of precedence: the `tariffs` property, the
 * `tariffs-src` URL, a first child `<script type="application/json">`, or
 * the bundled file.
 *
 * @fires hotline-quote-change - `{usage, quote}` after each recompute, at most once per animation frame.
 * @fires hotline-plan-select - `{planId, usage, quote}` when a visitor chooses a plan (its button, or its apply link).
 * @fires hotline-tariffs-error - `{issues}` when the tariffs could not be loaded or are invalid.
 *
 * @slot - Not displayed: the light DOM may hold a `<script type="application/json">` tariff document.
 *
 * @csspart controls - The usage controls (sliders, fields, toggles).
 * @csspart results - The plan cards, summary and notice.
 * @csspart plan - Each plan card (also carries `data-plan-id`).
 * @csspart cheapest - The cheapest available plan's card.
 * @csspart plan-total - A card's monthly total.
 * @csspart breakdown - A card's expandable breakdown.
 * @csspart cta - A card's apply link or choose button.
 * @csspart notice - "Prices as of …" and the tariff notice.
 * @csspart chart - The break-even chart, when shown.
 * @csspart error - The panel shown when tariffs cannot be used.
 *
 * @cssprop [--hotline-accent=#0b57a4] - Accent: cheapest plan, slider fill, buttons.
 * @cssprop [--hotline-accent-contrast=#fff] - Text on the accent colour.
 * @cssprop [--hotline-text=#1a2230] - Body text.
 * @cssprop [--hotline-muted=#4f5968] - Secondary text (labels, hints).
 * @cssprop [--hotline-surface=#fff] - Background.
 * @cssprop [--hotline-muted-surface=#f3f4f6] - Background of unavailable plans and the skeleton.
 * @cssprop [--hotline-border=#767f8c] - Borders and control outlines.
 * @cssprop [--hotline-danger=#b42318] - Border of the error panel.
 * @cssprop [--hotline-radius=8px] - Corner radius.
 * @cssprop [--hotline-font=system-ui, "PingFang SC", …] - Font stack.
 * @cssprop [--hotline-font-size=16px] - Base size; every other size is relative to it.
 * @cssprop [--hotline-color-scheme=light] - `dark` makes native checkboxes and fields match a dark theme.
 * @cssprop [--hotline-cheapest-surface=accent 6% over surface] - Background of the cheapest plan's card and the summary.
 */
export class HotlineCalculator extends LitElement {
  static override styles = calculatorStyles;

  /** Milliseconds before a `tariffs-src` request gives up (10 s). */
  static tariffsTimeoutMs = 10_000;

  /** `zh-CN` (default) or `en`: all text, numbers and money follow it. */
  @property() locale: string | null = null;

  /** URL of a tariff JSON document that replaces the bundled tariffs. */
  @property({ attribute: 'tariffs-src' }) tariffsSrc: string | null = null;

  /** Initial minutes per month. */
  @property() minutes: string | null = null;

  /** Initial share of calls at peak hours, 0–100. */
  @property({ attribute: 'peak-share' }) peakShare: string | null = null;

  /** Initial average call length in seconds (1–3600); absent: not used. */
  @property({ attribute: 'average-call-seconds' }) averageCallSeconds: string | null = null;

  /** Initially chosen add-ons, space-separated ids. */
  @property({ attribute: 'add-ons' }) addOns: string | null = null;

  /** Initial number grade id. */
  @property({ attribute: 'number-grade' }) numberGrade: string | null = null;

  /** Show only these carriers' plans (space-separated carrier ids). */
  @property() carriers: string | null = null;

  /** Show only these plans (space-separated plan ids). */
  @property() plans: string | null = null;

  /**
   * Link template for each plan's apply button: `{plan}`, `{carrier}`,
   * `{minutes}`, `{total}` are replaced, URL-encoded. Without it each plan
   * has a "choose" button that only fires `hotline-plan-select`.
   */
  @property({ attribute: 'cta-href' }) ctaHref: string | null = null;

  /** Keep the usage in the page URL's hash and offer a "copy link" button. */
  @property({ type: Boolean }) share = false;

  @state() private spoken = '';
  @state() private hiddenCarriers: ReadonlySet<string> = new Set();
  @state() private expandedPlans: ReadonlySet<string> = new Set();

  private currentLocale: Locale = DEFAULT_LOCALE;
  /** What the page or visitor asked for, resolved again whenever tariffs change. */
  private requestedUsage: Usage = {};
  private resolvedUsage: ResolvedUsage | null = null;
  private currentQuote: Quote | null = null;
  private announcedQuote: Quote | null = null;
  private carrierChoices: readonly string[] = [];
  private quoteStale = true;
  private readonly warned = new Set<string>();

  private readonly loader = new TariffController(this, {
    timeoutMs: () => HotlineCalculator.tariffsTimeoutMs,
    changed: (tariffs) => this.tariffsChanged(tariffs),
  });
  private readonly announcer = new QuoteAnnouncer(
    () => this.fireQuoteChange(),
    () => (this.spoken = this.results.summaryText()),
  );
  private readonly view = this.viewHost();
  private readonly minutesControl = new MinutesControl(this.view);
  private readonly peakControl = new PeakControl(this.view);
  private readonly regionControl = new RegionControl(this.view);
  private readonly callLengthControl = new CallLengthControl(this.view);
  private readonly choiceControls = new ChoiceControls(this.view);
  private readonly results = new ResultsView(this.view);

  constructor() {
    super();
    // A page may set these before the element is defined; they then sit on
    // the instance and hide the accessors: move them through the accessors.
    for (const key of ['tariffs', 'usage'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const value: unknown = this[key];
        delete (this as Partial<Record<typeof key, unknown>>)[key];
        (this as Record<typeof key, unknown>)[key] = value;
      }
    }
  }

  /**
   * The tariffs in use (validated, defaults filled in), or null while loading
   * or after an error. Set it to a tariff document object to replace them;
   * the document is validated like a file.
   */
  get tariffs(): TariffSet | null {
    return this.loader.tariffs;
  }
  set tariffs(document: unknown) {
    this.loader.setDocument(document);
  }

  /**
   * The visitor's usage with every default applied (null until tariffs are
   * loaded). Set it to an engine `Usage`; missing fields take the tariff's
   * defaults, bad values are clamped or dropped with a warning, and the
   * controls follow.
   */
  get usage(): ResolvedUsage | null {
    return this.resolvedUsage;
  }
  set usage(usage: Usage) {
    this.requestedUsage = usage && typeof usage === 'object' ? { ...usage } : {};
    this.resolveRequestedUsage();
  }

  /** The current quote for the shown plans (read-only), or null while there is none. */
  get quote(): Quote | null {
    if (this.quoteStale && this.isUpdatePending) this.recompute();
    return this.currentQuote;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.announcer.cancel();
  }

  private tariffsChanged(tariffs: TariffSet | null): void {
    if (tariffs) {
      this.resolveRequestedUsage();
    } else {
      this.resolvedUsage = null;
      this.currentQuote = null;
    }
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<hotline-calculator> ${message}`);
  }

  private resolveRequestedUsage(): void {
    const tariffs = this.tariffs;
    if (!tariffs) return;
    this.resolvedUsage = resolveUsage(this.requestedUsage, tariffs, (m) => this.warn(m));
    this.quoteStale = true;
    this.requestUpdate();
  }

  private changeUsage(patch: Partial<ResolvedUsage>): void {
    if (!this.resolvedUsage) return;
    this.resolvedUsage = { ...this.resolvedUsage, ...patch };
    this.requestedUsage = this.resolvedUsage;
    this.quoteStale = true;
    this.requestUpdate();
  }

  /** One estimate per update, whatever changed. */
  private recompute(): void {
    this.quoteStale = false;
    const tariffs = this.tariffs;
    if (!tariffs || !this.resolvedUsage) {
      this.currentQuote = null;
      return;
    }
    const selection = selectPlans(
      tariffs,
      parseIdList(this.plans),
      parseIdList(this.carriers),
      this.hiddenCarriers,
      (m) => this.warn(m),
    );
    this.carrierChoices = selection.carrierChoices;
    try {
      this.currentQuote = estimate(tariffs, this.resolvedUsage, { planIds: selection.planIds });
    } catch (error) {
      // The usage was sanitized for these tariffs, so this is a bug; keep the page alive.
      this.currentQuote = null;
      console.error('<hotline-calculator> could not estimate:', error);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      const locale = matchLocale(this.locale);
      if (locale === null) this.warn(`locale="${this.locale}" is not supported; using ${DEFAULT_LOCALE}.`);
      this.currentLocale = locale ?? DEFAULT_LOCALE;
    }
    if (changed.has('tariffsSrc') && this.hasUpdated) this.loader.sourceChanged();
    // The first update lists every property as changed from undefined; an
    // attribute that is simply absent must not undo a `usage` set earlier.
    const usageChanges = new Set(
      USAGE_PROPERTIES.filter((name) => changed.has(name) && !(changed.get(name) === undefined && this[name] === null)),
    );
    if (usageChanges.size > 0) {
      this.requestedUsage = applyUsageAttributes(this.requestedUsage, this as UsageAttributes, usageChanges, (m) =>
        this.warn(m),
      );
      this.resolveRequestedUsage();
    }
    if (changed.has('plans') || changed.has('carriers') || (changed as Map<PropertyKey, unknown>).has('hiddenCarriers')) {
      this.quoteStale = true;
    }
    if (this.quoteStale) this.recompute();
    if (this.currentQuote && this.currentQuote !== this.announcedQuote) {
      this.announcedQuote = this.currentQuote;
      this.announcer.schedule();
    }
  }

  /**
   * Reports a failed load once the panel is on screen: the element is then
   * in the document, so listeners on `document` hear it too.
   */
  protected override updated(): void {
    const failure = this.loader.takeUnreported();
    if (!failure) return;
    console.error('<hotline-calculator> the tariffs could not be used:', failure.kind, failure.issues);
    this.dispatchEvent(hotlineEvent('hotline-tariffs-error', { issues: failure.issues }));
  }

  private fireQuoteChange(): void {
    if (this.currentQuote && this.resolvedUsage) {
      this.dispatchEvent(hotlineEvent('hotline-quote-change', { usage: this.resolvedUsage, quote: this.currentQuote }));
    }
  }

  private onPlanChoose(event: CustomEvent<string>): void {
    event.stopPropagation();
    if (!this.currentQuote || !this.resolvedUsage) return;
    this.dispatchEvent(
      hotlineEvent('hotline-plan-select', { planId: event.detail, usage: this.resolvedUsage, quote: this.currentQuote }),
    );
  }

  private onPlanExpand(event: CustomEvent<{ planId: string; open: boolean }>): void {
    event.stopPropagation();
    const expanded = new Set(this.expandedPlans);
    if (event.detail.open) expanded.add(event.detail.planId);
    else expanded.delete(event.detail.planId);
    this.expandedPlans = expanded;
  }

  /** What the controls and the results view read and call back. */
  private viewHost(): ControlHost & ResultsHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const element = this;
    return {
      get tariffs() {
        return element.tariffs!;
      },
      get usage() {
        return element.resolvedUsage!;
      },
      get quote() {
        return element.currentQuote;
      },
      get locale() {
        return element.currentLocale;
      },
      get strings() {
        return stringsFor(element.currentLocale);
      },
      get carrierChoices() {
        return element.carrierChoices;
      },
      get shownCarriers() {
        return new Set(element.carrierChoices.filter((id) => !element.hiddenCarriers.has(id)));
      },
      get ctaTemplate() {
        return element.ctaHref;
      },
      get baseUri() {
        return element.ownerDocument.baseURI;
      },
      get expandedPlans() {
        return element.expandedPlans;
      },
      warn: (message) => element.warn(message),
      changeUsage: (patch) => element.changeUsage(patch),
      setCarrierShown: (id, shown) => {
        const hidden = new Set(element.hiddenCarriers);
        if (shown) hidden.delete(id);
        else hidden.add(id);
        element.hiddenCarriers = hidden;
      },
    };
  }

  // ---- rendering: small pieces, so that later features slot in -------------

  private get strings(): Strings {
    return stringsFor(this.currentLocale);
  }

  override render(): TemplateResult {
    const failure = this.loader.failure;
    let body: TemplateResult;
    if (this.loader.loading) body = renderLoading(this.strings);
    else if (failure) body = renderError(this.strings, this.currentLocale, failure.kind, failure.issues, failure.status);
    else body = this.renderCalculator();
    return html`
      <div class="root" lang=${this.currentLocale}>
        ${body}
        <div class="visually-hidden" role="status" aria-live="polite">${this.spoken}</div>
      </div>
    `;
  }

  private renderCalculator(): TemplateResult {
    return html`
      <div class="layout">
        ${this.renderControls()} ${this.renderResults()}
      </div>
    `;
  }

  protected renderControls(): TemplateResult {
    return html`
      <section class="controls" part="controls" aria-labelledby="controls-heading">
        <h2 id="controls-heading" class="section-heading">${this.strings.controlsHeading}</h2>
        ${this.minutesControl.render()} ${this.peakControl.render()} ${this.regionControl.render()}
        ${this.callLengthControl.render()} ${this.choiceControls.render()} ${this.renderShare()}
      </section>
    `;
  }

  protected renderResults(): TemplateResult {
    return html`
      <section class="results" part="results" aria-labelledby="results-heading" @plan-choose=${this.onPlanChoose}
        @plan-expand=${this.onPlanExpand}
      >
        <h2 id="results-heading" class="section-heading">${this.strings.resultsHeading}</h2>
        ${this.results.renderSummary()} ${this.renderChart()} ${this.results.renderCards()}
        ${this.results.renderNotice()}
      </section>
    `;
  }

  /** Hook for the break-even chart (part `chart`). */
  protected renderChart(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Hook for sharing the usage through the URL hash (the `share` attribute). */
  protected renderShare(): TemplateResult | typeof nothing {
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hotline-calculator': HotlineCalculator;
  }
}
