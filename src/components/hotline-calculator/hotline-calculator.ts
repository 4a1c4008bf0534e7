import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
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
import type { TotalsView } from '../../share/usage-hash.js';
import type { HotlinePrintQuote } from '../print-quote/print-quote.js';
import { ChartView, type ChartHost } from './chart-view.js';
import { hotlineEvent } from './events.js';
import { calculatorStyles } from './hotline-calculator.styles.js';
import { selectPlans } from './plan-filter.js';
import { QuoteActions, type ActionsHost } from './quote-actions.js';
import { QuoteAnnouncer } from './quote-announcer.js';
import { ResultsView, type ResultsHost } from './results-view.js';
import { compactSharedState, ShareLink } from './share-link.js';
import { renderError, renderLoading } from './state-views.js';
import { TariffController } from './tariff-controller.js';
import { applyUsageAttributes, parseIdList, resolveUsage, type UsageAttributes } from './usage-input.js';

/** The instance whose print button was pressed; the others stay off the printout. */
let printRequester: HotlineCalculator | null = null;

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
 * @csspart chart - The collapsible panel that holds the break-even chart.
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

  /**
   * Keep the usage in the page URL's hash (under the key `hc.<id>`, or
   * `hc`/`hc.<n>` for calculators without an id) and offer a "copy link"
   * button. A link's estimate is restored once the tariffs are ready.
   */
  @property({ type: Boolean, reflect: true }) share = false;

  @state() private spoken = '';
  @state() private hiddenCarriers: ReadonlySet<string> = new Set();
  @state() private expandedPlans: ReadonlySet<string> = new Set();
  @state() private totalsView: TotalsView = 'monthly';
  /** The last plan the visitor chose; the printed quote shows it. */
  @state() private chosenPlanId: string | null = null;
  /** The print quote is filled in only while printing: it would cost every update otherwise. */
  @state() private printing = false;

  private currentLocale: Locale = DEFAULT_LOCALE;
  /** What the page or visitor asked for, resolved again whenever tariffs change. */
  private requestedUsage: Usage = {};
  private resolvedUsage: ResolvedUsage | null = null;
  private currentQuote: Quote | null = null;
  private announcedQuote: Quote | null = null;
  private carrierChoices: readonly string[] = [];
  private shownPlanIds: readonly string[] = [];
  private shareRestored = false;
  /** The estimate changed since it was last written to the URL. */
  private shareChanged = false;
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
  private readonly chart = new ChartView(this.view);
  private readonly actions = new QuoteActions(this.view);
  private readonly shareLink = new ShareLink(this, () =>
    this.tariffs && this.resolvedUsage
      ? compactSharedState(this.resolvedUsage, this.tariffs, this.totalsView, this.chosenPlanId)
      : null,
  );

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
    this.shareChanged = true;
    this.resolveRequestedUsage();
  }

  /** The current quote for the shown plans (read-only), or null while there is none. */
  get quote(): Quote | null {
    if (this.quoteStale && this.isUpdatePending) this.recompute();
    return this.currentQuote;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.announcer.cancel();
    this.shareLink.cancel();
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
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
    this.shareChanged = true;
    this.actions.reset();
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
    this.shownPlanIds = selection.planIds;
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
      if (this.hasUpdated) this.shareChanged = true;
      this.requestedUsage = applyUsageAttributes(this.requestedUsage, this as UsageAttributes, usageChanges, (m) =>
        this.warn(m),
      );
      this.resolveRequestedUsage();
    }
    if (this.share && !this.shareRestored && this.tariffs) this.restoreShared();
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
    if (this.share && this.shareChanged && this.resolvedUsage) {
      this.shareChanged = false;
      this.shareLink.schedule();
    }
    const failure = this.loader.takeUnreported();
    if (!failure) return;
    console.error('<hotline-calculator> the tariffs could not be used:', failure.kind, failure.issues);
    this.dispatchEvent(hotlineEvent('hotline-tariffs-error', { issues: failure.issues }));
  }

  /** Applies the estimate of a shared link, once the tariffs can check it. */
  private restoreShared(): void {
    this.shareRestored = true;
    const found = this.shareLink.read(this.tariffs!);
    if (!found) return;
    if (!found.ok) {
      this.warn(`the estimate in the page's link is invalid and was ignored: ${found.reason}.`);
      return;
    }
    const { usage, view, planId } = found.state;
    this.requestedUsage = { ...this.requestedUsage, ...usage };
    if (view) this.totalsView = view;
    if (planId) this.chosenPlanId = planId;
    this.resolveRequestedUsage();
    // The link already says all this.
    this.shareChanged = false;
  }

  private readonly onBeforePrint = (): void => {
    const skip = printRequester !== null && printRequester !== this;
    // Set at once: print layout may start before the next update.
    this.renderRoot.querySelector('.root')?.classList.toggle('print-skip', skip);
    this.printing = !skip;
  };

  private readonly onAfterPrint = (): void => {
    printRequester = null;
    this.printing = false;
  };

  /** The print button: fill in the print quote, then open the browser's print dialog. */
  private async printQuote(): Promise<void> {
    printRequester = this;
    this.printing = true;
    await this.updateComplete;
    await this.renderRoot.querySelector<HotlinePrintQuote>('hotline-print-quote')?.updateComplete;
    window.print();
  }

  private fireQuoteChange(): void {
    if (this.currentQuote && this.resolvedUsage) {
      this.dispatchEvent(hotlineEvent('hotline-quote-change', { usage: this.resolvedUsage, quote: this.currentQuote }));
    }
  }

  private onPlanChoose(event: CustomEvent<string>): void {
    event.stopPropagation();
    if (!this.currentQuote || !this.resolvedUsage) return;
    this.chosenPlanId = event.detail;
    this.shareChanged = true;
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
  private viewHost(): ControlHost & ResultsHost & ChartHost & ActionsHost {
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
      get totalsView() {
        return element.totalsView;
      },
      get planIds() {
        return element.shownPlanIds;
      },
      get sharing() {
        return element.share;
      },
      get updateComplete() {
        return element.updateComplete;
      },
      get renderRoot() {
        return element.renderRoot;
      },
      requestUpdate: () => element.requestUpdate(),
      setTotalsView: (view) => {
        element.totalsView = view;
        element.shareChanged = true;
      },
      printQuote: () => void element.printQuote(),
      shareUrl: () => element.shareLink.url(),
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
      <hotline-print-quote
        class="print-only"
        .tariffs=${this.tariffs}
        .quote=${this.printing ? this.currentQuote : null}
        .locale=${this.currentLocale}
        .planId=${this.chosenPlanId}
      ></hotline-print-quote>
    `;
  }

  protected renderControls(): TemplateResult {
    return html`
      <section class="controls" part="controls" aria-labelledby="controls-heading">
        <h2 id="controls-heading" class="section-heading">${this.strings.controlsHeading}</h2>
        ${this.minutesControl.render()} ${this.peakControl.render()} ${this.regionControl.render()}
        ${this.callLengthControl.render()} ${this.choiceControls.render()}
      </section>
    `;
  }

  protected renderResults(): TemplateResult {
    return html`
      <section class="results" part="results" aria-labelledby="results-heading" @plan-choose=${this.onPlanChoose}
        @plan-expand=${this.onPlanExpand}
      >
        <h2 id="results-heading" class="section-heading">${this.strings.resultsHeading}</h2>
        ${this.results.renderSummary()} ${this.chart.render()} ${this.actions.render()}
        ${this.results.renderCards()} ${this.results.renderNotice()}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hotline-calculator': HotlineCalculator;
  }
}
