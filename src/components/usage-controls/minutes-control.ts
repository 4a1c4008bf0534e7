import { html, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import { clamp, MINUTES_PER_MONTH } from '../../engine/limits.js';
import { inputNumber, type ControlHost } from './control-host.js';
import { minuteStops, nearestStop } from './stepped-scale.js';

/**
 * Minutes per month: a range slider over round stops (fine at low volumes,
 * reaching the tariff's `maxMinutesPerMonth`) and a number field for exact
 * values or for anyone who cannot drag.
 */
export class MinutesControl {
  readonly #host: ControlHost;

  constructor(host: ControlHost) {
    this.#host = host;
  }

  readonly #onRange = (event: Event): void => {
    const index = inputNumber(event);
    if (index === null) return;
    const stops = minuteStops(this.#host.state.tariffs.defaults.maxMinutesPerMonth);
    this.#host.state.changeUsage({ minutesPerMonth: stops[Math.max(0, Math.min(stops.length - 1, index))] });
  };

  readonly #onNumber = (event: Event): void => {
    const value = inputNumber(event);
    if (value === null) return;
    this.#host.state.changeUsage({ minutesPerMonth: clamp(value, MINUTES_PER_MONTH) });
  };

  // When the visitor leaves the field, show the value actually used (a
  // cleared or clamped entry snaps back to it).
  readonly #onNumberChange = (event: Event): void => {
    (event.target as HTMLInputElement).value = String(this.#host.state.usage.minutesPerMonth);
  };

  render(): TemplateResult {
    const { locale, strings: t } = this.#host;
    const { tariffs, usage } = this.#host.state;
    const stops = minuteStops(tariffs.defaults.maxMinutesPerMonth);
    const minutes = usage.minutesPerMonth;
    const shown = formatNumber(minutes, locale);
    return html`
      <div class="control">
        <div class="control-head">
          <label for="minutes-range">${t.minutesLabel}</label>
          <span class="value" aria-hidden="true">${t.minutesPerMonth(shown)}</span>
        </div>
        <input
          id="minutes-range"
          type="range"
          min="0"
          max=${stops.length - 1}
          step="1"
          .value=${String(nearestStop(stops, minutes))}
          aria-valuetext=${t.minutesValueText(shown)}
          @input=${this.#onRange}
        />
        <div class="ends" aria-hidden="true">
          <span>${formatNumber(stops[0], locale)}</span>
          <span>${formatNumber(stops[stops.length - 1], locale)}</span>
        </div>
        <div class="field">
          <input
            id="minutes-number"
            class="number"
            type="number"
            inputmode="numeric"
            min=${MINUTES_PER_MONTH.min}
            max=${MINUTES_PER_MONTH.max}
            step="1"
            .value=${String(minutes)}
            aria-label=${t.minutesFieldLabel}
            @input=${this.#onNumber}
            @change=${this.#onNumberChange}
          />
          <span class="unit" aria-hidden="true">${t.minutesUnit}</span>
        </div>
      </div>
    `;
  }
}
