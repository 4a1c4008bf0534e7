import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { CallRecord } from '../../call-log/index.js';
import type { ProfileQuote } from '../../engine/index.js';
import type { Quote, ResolvedUsage, TariffSet, Usage } from '../../engine/types.js';
import { DEFAULT_LOCALE, matchLocale, stringsFor, type Locale, type Strings } from '../../i18n/strings.js';
import { CalculatorState, USAGE_ATTRIBUTES, type ReadyState } from '../../state/calculator-state.js';
import { AfterFirstPaint } from '../after-paint.js';
import type { HotlinePrintQuote } from '../print-quote/print-quote.js';
import { CallLogPanel } from '../call-log-panel/call-log-panel.js';
import { CurrentBillField } from '../call-log-panel/current-bill-field.js';
import type { PlanChooseEvent, PlanExpandEvent } from '../plan-card/plan-card-events.js';
import { CallLengthControl } from '../usage-controls/call-length-control.js';
import { ChoiceControls } from '../usage-controls/choice-controls.js';
import { MinutesControl } from '../usage-controls/minutes-control.js';
import { MoreOptions } from '../usage-controls/more-options.js';
import { PeakControl } from '../usage-controls/peak-control.js';
import { RegionControl } from '../usage-controls/region-control.js';
import { idListAttribute, numberAttribute, parseIdList } from './attribute-types.js';
import { ChartView } from './chart-view.js';
import { hotlineEvent, type HotlineQuoteChangeDetail } from './events.js';
import { calculatorStyles } from './hotline-calculator.styles.js';
import { HostWidthController, WIDTH_PROBE } from './host-width.js';
import { PrintController } from './print-controller.js';
import { QuoteActions } from './quote-actions.js';
import { QuoteAnnouncer } from './quote-announcer.js';
import { ResultBar } from './result-bar.js';
import { RESULTS_ID, ResultsView } from './results-view.js';
import { ShareLinkController } from './share-link.js';
import { shownQuote } from './shown-quote.js';
import { renderError, renderLoading } from './state-views.js';
import { TariffController } from './tariff-controller.js';

/**
 * `<hotline-calculator>`: estimates the monthly cost of 400 numbers from a
 * tariff file and compares the plans. It renders only what the engine
 * returns; no money is computed here.
 *
 * Tariffs come from, in order of precedence: the `tariffs` property, the
 * `tariffs-src` URL, a first child `<script type="application/json">`, or
 * the bundled file.
 *
 * A visitor can also drop or choose a call-detail export (话单): it is read in
 * the browser, summarized month by month as it streams (no phone number is
 * kept) and the plans are then priced on those months (tariff-format.md §7).
 * A page can pass records of its own with `useCallRecords()`.
 *
 * @fires hotline-quote-change - `{source, usage, quote}` after each recompute, at most once per animation frame; with a call log in use `source` is `'call-log'`, `quote` the profile quote and `callLog` its month summaries and counts.
 * @fires hotline-plan-select - `{planId, source, usage, quote}` (and `callLog`, as above) when a visitor chooses a plan (its button, or its apply link).
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
  static override properties: PropertyDeclarations = {
    locale: {},
    tariffsSrc: { attribute: 'tariffs-src' },
    minutes: { converter: numberAttribute },
    peakShare: { attribute: 'peak-share', converter: numberAttribute },
    averageCallSeconds: { attribute: 'average-call-seconds', converter: numberAttribute },
    addOns: { attribute: 'add-ons', converter: idListAttribute },
    numberGrade: { attribute: 'number-grade' },
    carriers: {},
    plans: {},
    ctaHref: { attribute: 'cta-href' },
    share: { type: Boolean, reflect: true },
    maxPlans: { attribute: 'max-plans', converter: numberAttribute },
  };

  static override styles = calculatorStyles;

  /** Milliseconds before a `tariffs-src` request gives up (10 s). */
  static tariffsTimeoutMs = 10_000;

  /** `zh-CN` (default) or `en`: all text, numbers and money follow it. */
  locale: string | null = null;

  /** URL of a tariff JSON document that replaces the bundled tariffs. */
  tariffsSrc: string | null = null;

  /** Initial minutes per month. */
  minutes: number | null = null;

  /** Initial share of calls at peak hours, 0–100. */
  peakShare: number | null = null;

  /** Initial average call length in seconds (1–3600); absent: not used. */
  averageCallSeconds: number | null = null;

  /** Initially chosen add-ons (the attribute: space-separated ids). */
  addOns: readonly string[] | null = null;

  /** Initial number grade id. */
  numberGrade: string | null = null;

  /** Show only these carriers' plans (space-separated carrier ids). */
  carriers: string | null = null;

  /** Show only these plans (space-separated plan ids). */
  plans: string | null = null;

  /**
   * Link template for each plan's apply button: `{plan}`, `{carrier}`,
   * `{minutes}`, `{total}` are replaced, URL-encoded. Without it each plan
   * has a "choose" button that only fires `hotline-plan-select`.
   */
  ctaHref: string | null = null;

  /**
   * Keep the usage in the page URL's hash (under the key `hc.<id>`, or
   * `hc`/`hc.<n>` for calculators without an id) and offer a "copy link"
   * button. A link's estimate is restored once the tariffs are ready.
   */
  share = false;

  /**
   * How many available plans show before "show all" (default 3); `0` shows
   * them all. The others stay one tap away.
   */
  maxPlans: number | null = null;

  #currentLocale: Locale = DEFAULT_LOCALE;
  readonly #warned = new Set<string>();

  readonly #state = new CalculatorState({
    warn: (message) => this.#warn(message),
    changed: () => this.requestUpdate(),
  });
  readonly #loader = new TariffController(this, {
    timeoutMs: () => HotlineCalculator.tariffsTimeoutMs,
    changed: (tariffs) => (this.#state.tariffs = tariffs),
  });
  readonly #shareLink = new ShareLinkController(this, this.#state, (message) => this.#warn(message));
  readonly #announcer = new QuoteAnnouncer(this, {
    quote: () => (this.#state.ready() ? shownQuote(this.#state.ready()!) : null),
    onFrame: () => {
      const detail = this.#quoteDetail();
      if (detail) this.dispatchEvent(hotlineEvent('hotline-quote-change', detail));
    },
    summary: () => this.#results.summaryText(),
  });
  readonly #printer = new PrintController(
    this,
    async () => this.#printQuoteElement()?.updateComplete,
    () => {
      if (this.isUpdatePending) this.performUpdate();
      this.#printQuoteElement()?.renderNow();
    },
  );
  readonly #width = new HostWidthController(this);

  /** What the views read while rendering: the state once tariffs are in use, in the element's locale. */
  readonly #view = (() => {
    const element = this;
    return {
      get state(): ReadyState {
        return element.#state.ready()!;
      },
      get locale(): Locale {
        return element.#currentLocale;
      },
      get strings(): Strings {
        return stringsFor(element.#currentLocale);
      },
      get ctaTemplate(): string | null {
        return element.ctaHref;
      },
      get baseUri(): string {
        return element.ownerDocument.baseURI;
      },
      get sharing(): boolean {
        return element.share;
      },
      get maxPlans(): number {
        return element.#shownPlanCount();
      },
      get samplePrices(): boolean {
        return element.#loader.bundled;
      },
      get wide(): boolean {
        return element.#width.wide;
      },
      get updateComplete(): Promise<boolean> {
        return element.updateComplete;
      },
      get renderRoot(): HTMLElement | DocumentFragment {
        return element.renderRoot;
      },
      warn: (message: string) => element.#warn(message),
      requestUpdate: () => element.requestUpdate(),
      printQuote: () => void element.#printer.print(),
      shareUrl: () => element.#shareLink.url(),
    };
  })();
  readonly #minutesControl = new MinutesControl(this.#view);
  readonly #peakControl = new PeakControl(this.#view);
  readonly #regionControl = new RegionControl(this.#view);
  readonly #callLengthControl = new CallLengthControl(this.#view);
  readonly #choiceControls = new ChoiceControls(this.#view);
  readonly #moreOptions = new MoreOptions(this.#view);
  readonly #resultBar = new ResultBar(this.#view);
  readonly #results = new ResultsView(this.#view);
  readonly #chart = new ChartView(this.#view);
  readonly #actions = new QuoteActions(this.#view);
  readonly #callLogPanel = new CallLogPanel(this.#view);
  readonly #currentBill = new CurrentBillField(this.#view);

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
    return this.#state.tariffs;
  }
  set tariffs(document: unknown) {
    this.#loader.setDocument(document);
  }

  /**
   * The visitor's usage with every default applied (null until tariffs are
   * loaded). Set it to an engine `Usage`; missing fields take the tariff's
   * defaults, bad values are clamped or dropped with a warning, and the
   * controls follow.
   */
  get usage(): ResolvedUsage | null {
    return this.#state.usage;
  }
  set usage(usage: Usage) {
    this.#state.setUsage(usage);
  }

  /** The current quote for the shown plans (read-only), or null while there is none. */
  get quote(): Quote | null {
    return this.#state.quote;
  }

  /**
   * The profile quote of the visitor's call log (tariff-format.md §7) while
   * one is in use, else null. Read-only.
   */
  get profileQuote(): ProfileQuote | null {
    return this.#state.profileQuote;
  }

  /**
   * Prices the plans on call records from the page's own data (for example a
   * reseller's CRM) instead of the sliders, as if the visitor had dropped an
   * export: the records are summarized month by month right away (once the
   * tariffs are ready, if they are still loading) and not kept. Each record
   * is `{start: 'YYYY-MM-DD HH:MM:SS', seconds, caller?}` (tariff-format.md §7);
   * records that cannot be read are counted, never billed. Events then carry
   * the profile quote.
   */
  useCallRecords(records: Iterable<CallRecord>): void {
    this.#state.useCallRecords(records);
  }

  /** Drops the call log in use (from the visitor or `useCallRecords`); the sliders apply again. */
  clearCallRecords(): void {
    this.#state.callLog.clear();
  }

  /** The detail of the quote events for what is on screen: the sliders' quote or the call log's profile. */
  #quoteDetail(): HotlineQuoteChangeDetail | null {
    const { usage, quote, profileQuote, callLog } = this.#state;
    if (!usage) return null;
    if (profileQuote) {
      const months = callLog.includedMonths();
      const counts = callLog.counts;
      return {
        source: 'call-log',
        usage,
        quote: profileQuote,
        callLog: { months, excludedMonths: [...callLog.excludedMonths], records: counts?.records ?? 0, unreadable: counts?.unreadable ?? 0 },
      };
    }
    return quote ? { source: 'usage', usage, quote } : null;
  }

  #warn(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`<hotline-calculator> ${message}`);
  }

  #printQuoteElement(): HotlinePrintQuote | null {
    return this.renderRoot.querySelector<HotlinePrintQuote>('hotline-print-quote');
  }

  /** `max-plans` as a count: a whole number ≥ 0, else the default of 3 (with a warning). */
  #shownPlanCount(): number {
    const value = this.maxPlans;
    if (value === null) return DEFAULT_MAX_PLANS;
    if (Number.isInteger(value) && value >= 0) return value;
    this.#warn(`max-plans="${this.getAttribute('max-plans') ?? value}" is not a whole number ≥ 0; showing ${DEFAULT_MAX_PLANS}.`);
    return DEFAULT_MAX_PLANS;
  }

  /** The skip link: focus the results (inside the shadow root, so by hand). */
  readonly #onSkip = (): void => {
    const results = this.renderRoot.querySelector<HTMLElement>(`#${RESULTS_ID}`);
    results?.scrollIntoView({ block: 'start' });
    results?.focus({ preventScroll: true });
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      const locale = matchLocale(this.locale);
      if (locale === null) this.#warn(`locale="${this.locale}" is not supported; using ${DEFAULT_LOCALE}.`);
      this.#currentLocale = locale ?? DEFAULT_LOCALE;
    }
    if (changed.has('tariffsSrc')) this.#loader.sourceChanged();
    // The first update lists every property as changed from undefined; an
    // attribute that is simply absent must not undo a `usage` set earlier.
    const attributes = USAGE_ATTRIBUTES.filter(
      (name) => changed.has(name) && !(changed.get(name) === undefined && this[name] === null),
    );
    if (attributes.length > 0) this.#state.applyAttributes(this, attributes, (name) => this.getAttribute(name));
    if (changed.has('plans') || changed.has('carriers')) {
      this.#state.setPageFilters(parseIdList(this.plans), parseIdList(this.carriers));
    }
  }

  /**
   * The rest of the calculator. The first frame with prices holds what
   * answers first (the minutes, the result bars and the cards); what lies
   * below the cards (the chart, the actions and the notes) and, in two
   * columns, the other controls below the minutes follow once it is painted,
   * so that the first price shows sooner. In one column those controls come
   * first, above the cards, which must not move down when they arrive.
   * `updateComplete` waits for the rest.
   */
  readonly #rest = new AfterFirstPaint(this);

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#rest.waiting) return done;
    await this.#rest.waiting;
    return super.getUpdateComplete();
  }

  /**
   * Reports a failed load once the panel is on screen: the element is then
   * in the document, so listeners on `document` hear it too.
   */
  protected override updated(): void {
    if (this.#state.ready()) this.#rest.start();
    const failure = this.#loader.takeUnreported();
    if (!failure) return;
    console.error('<hotline-calculator> the tariffs could not be used:', failure.kind, failure.issues);
    this.dispatchEvent(hotlineEvent('hotline-tariffs-error', { issues: failure.issues }));
  }

  #onPlanChoose(event: PlanChooseEvent): void {
    event.stopPropagation();
    const detail = this.#quoteDetail();
    if (!detail) return;
    this.#state.chosenPlanId = event.detail;
    this.dispatchEvent(hotlineEvent('hotline-plan-select', { ...detail, planId: event.detail }));
  }

  #onPlanExpand(event: PlanExpandEvent): void {
    event.stopPropagation();
    this.#state.setPlanExpanded(event.detail.planId, event.detail.open);
  }

  override render(): TemplateResult {
    const failure = this.#loader.failure;
    const t = stringsFor(this.#currentLocale);
    let body: TemplateResult;
    if (failure) body = renderError(t, this.#currentLocale, failure.kind, failure.issues, failure.status);
    else if (this.#state.ready()) body = this.#renderCalculator();
    else body = renderLoading(t);
    const ready = this.#state.ready() !== null && !failure;
    return html`
      <div class="root" lang=${this.#currentLocale}
        @dragover=${ready ? this.#callLogPanel.onDragOver : null}
        @dragleave=${ready ? this.#callLogPanel.onDragLeave : null}
        @drop=${ready ? this.#callLogPanel.onDrop : null}
      >
        <div class=${WIDTH_PROBE} aria-hidden="true"></div>
        ${body} ${ready ? this.#callLogPanel.renderDropHint() : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${this.#announcer.spoken}</div>
      </div>
    `;
  }

  #renderCalculator(): TemplateResult {
    const t = this.#view.strings;
    // While a call log is in use it stands in for the usage sliders; add-ons,
    // number grade and carriers still apply.
    const fromLog = this.#callLogPanel.inUse;
    const rest = this.#rest.shown;
    return html`
      <button type="button" class="skip-link" @click=${this.#onSkip}>${t.skipToResults}</button>
      <div class="layout">
        <section class="controls" part="controls" aria-labelledby="controls-heading">
          <h2 id="controls-heading" class="section-heading">${t.controlsHeading}</h2>
          ${fromLog ? nothing : this.#minutesControl.render()} ${this.#resultBar.render('narrow')}
          ${rest || !this.#width.wide ? this.#renderOtherControls(fromLog) : nothing}
        </section>
        <section class="results" part="results" id=${RESULTS_ID} tabindex="-1" aria-labelledby="results-heading"
          @plan-choose=${this.#onPlanChoose} @plan-expand=${this.#onPlanExpand}
        >
          ${this.#results.renderHeading()} ${this.#resultBar.render('wide')} ${this.#results.renderCards()}
          ${rest
            ? html`${fromLog ? nothing : this.#chart.render()} ${this.#actions.render()} ${this.#results.renderNotice()}`
            : nothing}
        </section>
      </div>
      <hotline-print-quote
        class="print-only"
        .tariffs=${this.#state.tariffs}
        .quote=${this.#printer.printing ? this.#state.quote : null}
        .profile=${this.#printer.printing && this.#callLogPanel.inUse ? this.#state.profileQuote : null}
        .locale=${this.#currentLocale}
        .planId=${this.#state.chosenPlanId}
      ></hotline-print-quote>
    `;
  }

  /** The call log, the current bill and "more options", below the minutes. */
  #renderOtherControls(fromLog: boolean): TemplateResult {
    return html`${this.#callLogPanel.render()} ${this.#currentBill.render()}
    ${this.#moreOptions.render(fromLog
      ? this.#choiceControls.render()
      : html`${this.#peakControl.render()} ${this.#regionControl.render()}
    ${this.#callLengthControl.render()} ${this.#choiceControls.render()}`)}`;
  }
}

/** Available plans shown before "show all" when `max-plans` is absent. */
const DEFAULT_MAX_PLANS = 3;

declare global {
  interface HTMLElementTagNameMap {
    'hotline-calculator': HotlineCalculator;
  }
}
