import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import { localize } from '../../tariffs/localized-text.js';
import { inputNumber, type ControlHost } from './control-host.js';

/**
 * Share of calls in the peak band, 0–100 %. Besides any time-band prices it
 * sets the capacity estimate, which the control shows ("about N simultaneous
 * calls at peak"); when no shown plan prices by time band it says so.
 */
export class PeakControl {
  constructor(private readonly host: ControlHost) {}

  private readonly onRange = (event: Event): void => {
    const value = inputNumber(event);
    if (value !== null) this.host.changeUsage({ peakSharePercent: Math.min(100, Math.max(0, value)) });
  };

  render(): TemplateResult {
    const { tariffs, usage, quote, locale, strings: t } = this.host;
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
          min="0"
          max="100"
          step="1"
          .value=${String(Math.round(usage.peakSharePercent))}
          aria-valuetext=${t.peakValueText(percent)}
          aria-describedby="peak-notes"
          @input=${this.onRange}
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
