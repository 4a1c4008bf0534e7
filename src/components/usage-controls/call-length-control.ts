import { html, nothing, type TemplateResult } from 'lit';
import { CALL_SECONDS, clamp } from '../../engine/limits.js';
import { formatNumber } from '../../i18n/format.js';
import { inputNumber, type ControlHost } from './control-host.js';
import { callSecondStops, nearestStop } from './stepped-scale.js';

/** Where the slider starts when the visitor first turns call length on. */
const FIRST_SECONDS = 90;

/**
 * Average call length, off by default. When on, it shows how billing per
 * started unit inflates the billed minutes, using the engine's figures.
 */
export class CallLengthControl {
  #lastSeconds = FIRST_SECONDS;

  readonly #host: ControlHost;

  constructor(host: ControlHost) {
    this.#host = host;
  }

  readonly #onToggle = (event: Event): void => {
    const on = (event.target as HTMLInputElement).checked;
    this.#host.state.changeUsage({ averageCallSeconds: on ? this.#lastSeconds : null });
  };

  readonly #onRange = (event: Event): void => {
    const index = inputNumber(event);
    if (index === null) return;
    const stops = callSecondStops();
    this.#set(stops[Math.max(0, Math.min(stops.length - 1, index))]);
  };

  readonly #onNumber = (event: Event): void => {
    const value = inputNumber(event);
    if (value !== null) this.#set(clamp(value, CALL_SECONDS));
  };

  readonly #onNumberChange = (event: Event): void => {
    (event.target as HTMLInputElement).value = String(this.#host.state.usage.averageCallSeconds ?? this.#lastSeconds);
  };

  #set(seconds: number): void {
    this.#lastSeconds = seconds;
    this.#host.state.changeUsage({ averageCallSeconds: seconds });
  }

  render(): TemplateResult {
    const { strings: t } = this.#host;
    const { usage } = this.#host.state;
    const seconds = usage.averageCallSeconds;
    if (seconds !== null) this.#lastSeconds = seconds;
    return html`
      <div class="control call-length">
        <label class="check">
          <input id="call-length-toggle" type="checkbox" .checked=${seconds !== null} @change=${this.#onToggle} />
          <span>${t.callLengthToggle}</span>
        </label>
        ${seconds === null ? nothing : this.#renderSlider(seconds)}
      </div>
    `;
  }

  #renderSlider(seconds: number): TemplateResult {
    const { locale, strings: t } = this.#host;
    const stops = callSecondStops();
    const shown = formatNumber(seconds, locale);
    return html`
      <div class="control-head">
        <label for="call-length-range">${t.callLengthLabel}</label>
        <span class="value" aria-hidden="true">${t.seconds(shown)}</span>
      </div>
      <input
        id="call-length-range"
        type="range"
        min="0"
        max=${stops.length - 1}
        step="1"
        .value=${String(nearestStop(stops, seconds))}
        aria-valuetext=${t.seconds(shown)}
        aria-describedby="billed-note"
        @input=${this.#onRange}
      />
      <div class="ends" aria-hidden="true">
        <span>${t.seconds(formatNumber(stops[0], locale))}</span>
        <span>${t.seconds(formatNumber(stops[stops.length - 1], locale))}</span>
      </div>
      <div class="field">
        <input
          id="call-length-number"
          class="number"
          type="number"
          inputmode="numeric"
          min=${CALL_SECONDS.min}
          max=${CALL_SECONDS.max}
          step="1"
          .value=${String(seconds)}
          aria-label=${t.callLengthFieldLabel}
          @input=${this.#onNumber}
          @change=${this.#onNumberChange}
        />
        <span class="unit" aria-hidden="true">${t.secondsUnit}</span>
      </div>
      ${this.#renderBilledNote()}
    `;
  }

  /** Billed minutes differ by plan (their billing steps differ): show the range. */
  #renderBilledNote(): TemplateResult | typeof nothing {
    const { locale, strings: t } = this.#host;
    const { quote, usage } = this.#host.state;
    if (!quote || quote.plans.length === 0) return nothing;
    const distinct = [...new Set(quote.plans.map((p) => p.billedMinutes))];
    // Sorting display strings of non-money estimates; Number is fine here.
    distinct.sort((a, b) => Number(a) - Number(b));
    const low = formatNumber(distinct[0], locale);
    const high = formatNumber(distinct[distinct.length - 1], locale);
    const billed = low === high ? low : `${low}–${high}`;
    return html`<p id="billed-note" class="hint">
      ${t.billedNote(formatNumber(usage.minutesPerMonth, locale), billed)}
    </p>`;
  }
}
