import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { estimate } from '../../engine/estimate.js';
import type { PlanQuote, Quote, ResolvedUsage, TariffSet, Usage } from '../../engine/types.js';
import { formatDate, formatMoney } from '../../i18n/format.js';
import { DEFAULT_LOCALE, matchLocale, stringsFor, type Locale, type Strings } from '../../i18n/strings.js';
import { localize } from '../../tariffs/localized-text.js';
import { PLAN_CHOOSE_EVENT } from '../plan-card/plan-card.js';
import { CallLengthControl } from '../usage-controls/call-length-control.js';
import { ChoiceControls } from '../usage-controls/choice-controls.js';
import type { ControlHost } from '../usage-controls/control-host.js';
import { MinutesControl } from '../usage-controls/minutes-control.js';
import { PeakControl } from '../usage-controls/peak-control.js';
import { RegionControl } from '../usage-controls/region-control.js';
import { buildCtaHref } from './cta-href.js';
import { hotlineEvent } from './events.js';
import { calculatorStyles } from './hotline-calculator.styles.js';
import { renderError, renderLoading } from './state-views.js';
import { bundledTariffs, fromObject, fromText, fromUrl, type TariffLoad } from './tariff-source.js';
import { parseIdList, parseNumberAttribute, resolveUsage } from './usage-input.js';

type LoadState = { readonly phase: 'loading' } | { readonly phase: 'done'; readonly result: TariffLoad };

/** Attribute-backed properties that carry the initial usage. */
const USAGE_PROPERTIES = ['minutes', 'peakShare', 'averageCallSeconds', 'addOns', 'numberGrade'] as const;

/** When no animation frame comes (a hidden page), quote-change fires after this. */
const QUOTE_EVENT_FALLBACK_MS = 100;

/** How long the spoken summary waits for the visitor to stop moving a slider. */
const SPOKEN_SUMMARY_DELAY_MS = 250;

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

  @state() private load: LoadState = { phase: 'loading' };
  @state() private spoken = '';
  @state() private hiddenCarriers: ReadonlySet<string> = new Set();

  private currentLocale: Locale = DEFAULT_LOCALE;
  /** What the page or visitor asked for, resolved again whenever tariffs change. */
  private requestedUsage: Usage = {};
  private resolvedUsage: ResolvedUsage | null = null;
  private currentQuote: Quote | null = null;
  private announcedQuote: Quote | null = null;
  private carrierChoices: readonly string[] = [];
  private quoteStale = true;
  private tariffsFromProperty = false;
  private unreportedFailure: TariffLoad | null = null;
  private loadToken = 0;
  private fetchAbort: AbortController | null = null;
  private quoteFrame = 0;
  private quoteFallback: ReturnType<typeof setTimeout> | undefined;
  private spokenTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly warned = new Set<string>();

  private readonly host: ControlHost = this.controlHost();
  private readonly minutesControl = new MinutesControl(this.host);
  private readonly peakControl = new PeakControl(this.host);
  private readonly regionControl = new RegionControl(this.host);
  private readonly callLengthControl = new CallLengthControl(this.host);
  private readonly choiceControls = new ChoiceControls(this.host);

  /**
   * The tariffs in use (validated, defaults filled in), or null while loading
   * or after an error. Set it to a tariff document object to replace them;
   * the document is validated like a file.
   */
  get tariffs(): TariffSet | null {
    return this.load.phase === 'done' && this.load.result.ok ? this.load.result.tariffs : null;
  }
  set tariffs(document: unknown) {
    this.tariffsFromProperty = true;
    this.cancelFetch();
    this.finishLoad(fromObject(document));
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

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.load.phase === 'loading' && this.fetchAbort === null) this.startLoad();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.fetchAbort) {
      // Abandon the request; a reconnection starts it again.
      this.cancelFetch();
      this.load = { phase: 'loading' };
    }
    cancelAnimationFrame(this.quoteFrame);
    clearTimeout(this.quoteFallback);
    this.quoteFrame = 0;
    clearTimeout(this.spokenTimer);
  }

  // ---- tariffs -----------------------------------------------------------

  private startLoad(): void {
    if (this.tariffsFromProperty) return;
    const src = this.getAttribute('tariffs-src');
    if (src) {
      this.fetchTariffs(src);
      return;
    }
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script && this.ownerDocument.readyState === 'loading') {
      // Defined before the parser reached our children: look again once it has.
      this.ownerDocument.addEventListener('DOMContentLoaded', () => this.startLoad(), { once: true });
      return;
    }
    this.finishLoad(script ? fromText(script.textContent ?? '') : bundledTariffs());
  }

  private fetchTariffs(src: string): void {
    this.cancelFetch();
    const token = ++this.loadToken;
    const abort = new AbortController();
    this.fetchAbort = abort;
    this.load = { phase: 'loading' };
    fromUrl(src, HotlineCalculator.tariffsTimeoutMs, abort.signal)
      .catch((error): TariffLoad => ({
        ok: false,
        kind: 'network',
        issues: [{ path: '', message: String(error), messageEn: String(error) }],
      }))
      .then((result) => {
        if (token !== this.loadToken) return;
        this.fetchAbort = null;
        this.finishLoad(result);
      });
  }

  private cancelFetch(): void {
    this.loadToken++;
    this.fetchAbort?.abort();
    this.fetchAbort = null;
  }

  private finishLoad(result: TariffLoad): void {
    this.load = { phase: 'done', result };
    if (result.ok) {
      this.unreportedFailure = null;
      this.resolveRequestedUsage();
      return;
    }
    this.resolvedUsage = null;
    this.currentQuote = null;
    this.unreportedFailure = result;
  }

  /**
   * Reports a failed load once the panel is on screen: the element is then
   * in the document, so listeners on `document` hear it too.
   */
  protected override updated(): void {
    const failure = this.unreportedFailure;
    if (!failure || failure.ok) return;
    this.unreportedFailure = null;
    console.error('<hotline-calculator> the tariffs could not be used:', failure.kind, failure.issues);
    this.dispatchEvent(hotlineEvent('hotline-tariffs-error', { issues: failure.issues }));
  }

  // ---- usage and quote -----------------------------------------------------

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

  /** Applies the usage attributes that changed in this update. */
  private applyUsageAttributes(changed: PropertyValues<this>): void {
    if (!USAGE_PROPERTIES.some((name) => changed.has(name))) return;
    const next: { -readonly [K in keyof Usage]: Usage[K] } = { ...this.requestedUsage };
    const number = (name: string, value: string | null, field: 'minutesPerMonth' | 'peakSharePercent') => {
      const parsed = parseNumberAttribute(value);
      if (parsed === null) delete next[field];
      else if (Number.isNaN(parsed)) this.warn(`${name}="${value}" is not a number; ignored.`);
      else next[field] = parsed;
    };
    if (changed.has('minutes')) number('minutes', this.minutes, 'minutesPerMonth');
    if (changed.has('peakShare')) number('peak-share', this.peakShare, 'peakSharePercent');
    if (changed.has('averageCallSeconds')) {
      const parsed = parseNumberAttribute(this.averageCallSeconds);
      if (parsed === null) delete next.averageCallSeconds;
      else if (Number.isNaN(parsed)) this.warn(`average-call-seconds="${this.averageCallSeconds}" is not a number; ignored.`);
      else next.averageCallSeconds = parsed;
    }
    if (changed.has('addOns')) next.addOns = parseIdList(this.addOns) ?? undefined;
    if (changed.has('numberGrade')) next.numberGrade = this.numberGrade ?? undefined;
    this.requestedUsage = next;
    this.resolveRequestedUsage();
  }

  private planFilter(tariffs: TariffSet): { choices: string[]; planIds: string[] } {
    const onlyPlans = parseIdList(this.plans);
    const onlyCarriers = parseIdList(this.carriers);
    for (const id of onlyPlans ?? []) {
      if (!tariffs.plans.some((p) => p.id === id)) this.warn(`plans: unknown plan "${id}" ignored.`);
    }
    for (const id of onlyCarriers ?? []) {
      if (!tariffs.carriers.some((c) => c.id === id)) this.warn(`carriers: unknown carrier "${id}" ignored.`);
    }
    const allowed = tariffs.plans.filter(
      (p) => (!onlyPlans || onlyPlans.includes(p.id)) && (!onlyCarriers || onlyCarriers.includes(p.carrier)),
    );
    const choices = tariffs.carriers.map((c) => c.id).filter((id) => allowed.some((p) => p.carrier === id));
    const planIds = allowed.filter((p) => !this.hiddenCarriers.has(p.carrier)).map((p) => p.id);
    return { choices, planIds };
  }

  /** One estimate per update, whatever changed. */
  private recompute(): void {
    this.quoteStale = false;
    const tariffs = this.tariffs;
    if (!tariffs || !this.resolvedUsage) {
      this.currentQuote = null;
      return;
    }
    const { choices, planIds } = this.planFilter(tariffs);
    this.carrierChoices = choices;
    try {
      this.currentQuote = estimate(tariffs, this.resolvedUsage, { planIds });
    } catch (error) {
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
    if (changed.has('tariffsSrc') && this.hasUpdated && !this.tariffsFromProperty) this.startLoad();
    this.applyUsageAttributes(changed);
    if (changed.has('plans') || changed.has('carriers') || (changed as Map<PropertyKey, unknown>).has('hiddenCarriers')) {
      this.quoteStale = true;
    }
    if (this.quoteStale) this.recompute();
    if (this.currentQuote && this.currentQuote !== this.announcedQuote) {
      this.announcedQuote = this.currentQuote;
      this.announce();
    }
  }

  /** Schedules the quote-change event (once per frame) and the spoken summary. */
  private announce(): void {
    if (!this.quoteFrame) {
      const fire = () => {
        cancelAnimationFrame(this.quoteFrame);
        clearTimeout(this.quoteFallback);
        this.quoteFrame = 0;
        if (this.currentQuote && this.resolvedUsage) {
          this.dispatchEvent(
            hotlineEvent('hotline-quote-change', { usage: this.resolvedUsage, quote: this.currentQuote }),
          );
        }
      };
      this.quoteFrame = requestAnimationFrame(fire);
      // Hidden pages get no animation frames; the page still wants to hear.
      this.quoteFallback = setTimeout(fire, QUOTE_EVENT_FALLBACK_MS);
    }
    clearTimeout(this.spokenTimer);
    this.spokenTimer = setTimeout(() => {
      this.spoken = this.summaryText();
    }, SPOKEN_SUMMARY_DELAY_MS);
  }

  private onPlanChoose(event: CustomEvent<string>): void {
    event.stopPropagation();
    if (!this.currentQuote || !this.resolvedUsage) return;
    this.dispatchEvent(
      hotlineEvent('hotline-plan-select', {
        planId: event.detail,
        usage: this.resolvedUsage,
        quote: this.currentQuote,
      }),
    );
  }

  private controlHost(): ControlHost {
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
      changeUsage: (patch) => element.changeUsage(patch),
      setCarrierShown: (id, shown) => {
        const hidden = new Set(element.hiddenCarriers);
        if (shown) hidden.delete(id);
        else hidden.add(id);
        element.hiddenCarriers = hidden;
      },
    };
  }

  // ---- rendering -----------------------------------------------------------

  private get strings(): Strings {
    return stringsFor(this.currentLocale);
  }

  override render(): TemplateResult {
    const t = this.strings;
    let body: TemplateResult;
    if (this.load.phase === 'loading') body = renderLoading(t);
    else if (!this.load.result.ok) {
      const { kind, issues, status } = this.load.result;
      body = renderError(t, this.currentLocale, kind, issues, status);
    } else body = this.renderCalculator();
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
        <section class="controls" part="controls" aria-labelledby="controls-heading">
          <h2 id="controls-heading" class="section-heading">${this.strings.controlsHeading}</h2>
          ${this.minutesControl.render()} ${this.peakControl.render()} ${this.regionControl.render()}
          ${this.callLengthControl.render()} ${this.choiceControls.render()} ${this.renderShare()}
        </section>
        <section class="results" part="results" aria-labelledby="results-heading">
          <h2 id="results-heading" class="section-heading">${this.strings.resultsHeading}</h2>
          ${this.renderSummary()} ${this.renderChart()} ${this.renderCards()} ${this.renderNotice()}
        </section>
      </div>
    `;
  }

  /** The cheapest plan in one sentence, or why there is none. */
  private summaryText(): string {
    const quote = this.currentQuote;
    const tariffs = this.tariffs;
    if (!quote || !tariffs || quote.plans.length === 0) return quote ? this.strings.empty : '';
    const cheapest = quote.plans.find((p) => p.planId === quote.cheapestPlanId);
    if (!cheapest) return this.strings.noneAvailable;
    const plan = tariffs.plans.find((p) => p.id === cheapest.planId);
    return this.strings.summary(
      localize(plan?.name, this.currentLocale),
      formatMoney(cheapest.monthlyTotal, quote.currency, this.currentLocale),
    );
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.currentQuote || this.currentQuote.plans.length === 0) return nothing;
    return html`<p class="summary-line">${this.summaryText()}</p>`;
  }

  /** Hook for the break-even chart (part `chart`). */
  protected renderChart(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Hook for sharing the usage through the URL hash (the `share` attribute). */
  protected renderShare(): TemplateResult | typeof nothing {
    return nothing;
  }

  private renderCards(): TemplateResult {
    const quote = this.currentQuote;
    if (!quote || quote.plans.length === 0) return html`<p class="empty">${this.strings.empty}</p>`;
    return html`
      <div class="cards" @plan-choose=${this.onPlanChoose}>
        ${repeat(
          quote.plans,
          (plan) => plan.planId,
          (plan) => {
            const cheapest = plan.planId === quote.cheapestPlanId;
            return html`<hotline-plan-card
              part=${cheapest ? 'plan cheapest' : 'plan'}
              exportparts="plan-total, breakdown, cta"
              data-plan-id=${plan.planId}
              .quote=${plan}
              .tariffs=${this.tariffs}
              .locale=${this.currentLocale}
              .cheapest=${cheapest}
              .ctaHref=${this.ctaFor(plan)}
            ></hotline-plan-card>`;
          },
        )}
      </div>
    `;
  }

  private ctaFor(plan: PlanQuote): string | null {
    if (this.ctaHref === null) return null;
    const href = buildCtaHref(
      this.ctaHref,
      {
        plan: plan.planId,
        carrier: plan.carrierId,
        minutes: String(this.resolvedUsage?.minutesPerMonth ?? ''),
        total: plan.monthlyTotal,
      },
      this.ownerDocument.baseURI,
    );
    if (href === null) this.warn(`cta-href="${this.ctaHref}" does not give an http(s), mailto: or tel: link; ignored.`);
    return href;
  }

  private renderNotice(): TemplateResult {
    const tariffs = this.tariffs!;
    const t = this.strings;
    const notice = localize(tariffs.notice, this.currentLocale);
    return html`
      <footer class="notice" part="notice">
        <p>
          ${t.pricesAsOf(formatDate(tariffs.effectiveDate, this.currentLocale))} ·
          ${tariffs.pricesIncludeTax ? t.taxIncluded : t.taxExcluded}
        </p>
        ${notice ? html`<p>${notice}</p>` : nothing}
      </footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hotline-calculator': HotlineCalculator;
  }
}
