import { html, nothing, type TemplateResult } from 'lit';
import { clamp, PEAK_SHARE_PERCENT } from '../../engine/limits.js';
import { formatNumber } from '../../i18n/format.js';
import { localize } from '../../tariffs/localized-text.js';
import { inputNumber, type ControlHost } from './control-host.js';

/**
 * Share of calls in the peak band, 0–100 %. Besides any time-band prices it
 * sets the capacity estimate, which the control shows ("about N simultaneous
 * calls at peak"); when no shown plan prices by time band it says so.
 */
export class PeakControl {
  readonly #host: ControlHost;

  constructor(host: ControlHost) {
    this.#host = host;
  }

  readonly #onRange = (event: Event): void => {
    const value = inputNumber(event);
    if (value !== null) this.#host.state.changeUsage({ peakSharePercent: clamp(value, PEAK_SHARE_PERCENT) });
  };

  render(): TemplateResult {
    const { locale, strings: t } = this.#host;
    const { tariffs, usage, quote } = this.#host.state;
    const percent = formatNumber(usage.peakSharePercent, locale, 0);
    const peakHours = localize(tariffs.peakHours, locale);
    const noEffect = quote !== null && quote.plans.length > 0 && !quote.plans.some((p) => p.dependsOn.peakShare);
    return html`
      <div class="control">
        <div class="control-head">
          <label for="peak-range">${t.peakLabel}</label>
          <span class="value" aria-hidden="true">${t.peakValueText(percent)}</span>
        </div>
        <input
          id="peak-range"
          type="range"
          min=${PEAK_SHARE_PERCENT.min}
          max=${PEAK_SHARE_PERCENT.max}
          step="1"
          .value=${String(Math.round(usage.peakSharePercent))}
          aria-valuetext=${t.peakValueText(percent)}
          aria-describedby="peak-notes"
          @input=${this.#onRange}
        />
        <div class="ends" aria-hidden="true"><span>0%</span><span>100%</span></div>
        <div id="peak-notes" class="notes">
          ${peakHours ? html`<p class="hint">${t.peakHours(peakHours)}</p>` : nothing}
          ${quote
            ? html`<p class="hint capacity">${t.capacity(formatNumber(quote.linesNeeded, locale))}</p>`
            : nothing}
          ${noEffect ? html`<p class="hint no-effect">${t.peakNoEffect}</p>` : nothing}
        </div>
      </div>
    `;
  }
}
