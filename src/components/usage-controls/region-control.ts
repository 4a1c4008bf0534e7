import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import { localize } from '../../tariffs/localized-text.js';
import { inputNumber, type ControlHost } from './control-host.js';
import { setRegionPercent, wholePercentages } from '../../state/region-shares.js';

/**
 * One slider per caller region. Moving one sets that region's share and
 * rescales the others, so the displayed percentages always add up to 100.
 */
export class RegionControl {
  readonly #host: ControlHost;

  constructor(host: ControlHost) {
    this.#host = host;
  }

  readonly #onRange = (event: Event): void => {
    const value = inputNumber(event);
    const regionId = (event.target as HTMLElement).dataset.region;
    if (value === null || regionId === undefined) return;
    const ids = this.#host.state.tariffs.regions.map((r) => r.id);
    this.#host.state.changeUsage({ regionShares: setRegionPercent(this.#host.state.usage.regionShares, ids, regionId, value) });
  };

  // No weights at all: the engine applies the file's typical mix.
  readonly #onRestore = (): void => {
    this.#host.state.changeUsage({ regionShares: {} });
  };

  render(): TemplateResult | typeof nothing {
    const { locale, strings: t } = this.#host;
    const { tariffs, usage, quote } = this.#host.state;
    // A single region is always 100 %: nothing for the visitor to set.
    if (tariffs.regions.length < 2) return nothing;
    const percents = wholePercentages(tariffs.regions.map((r) => usage.regionShares[r.id] ?? 0));
    const noEffect = quote !== null && quote.plans.length > 0 && !quote.plans.some((p) => p.dependsOn.regions);
    return html`
      <fieldset class="control regions" aria-describedby=${noEffect ? 'regions-note' : nothing}>
        <legend>${t.regionsLabel}</legend>
        ${tariffs.regions.map((region, i) => {
          const name = localize(region.name, locale);
          const percent = formatNumber(percents[i], locale, 0);
          const id = `region-${region.id}`;
          return html`
            <div class="region">
              <div class="control-head">
                <label for=${id}>${name}</label>
                <span class="value" aria-hidden="true">${percent}%</span>
              </div>
              <input
                id=${id}
                data-region=${region.id}
                type="range"
                min="0"
                max="100"
                step="1"
                .value=${String(percents[i])}
                aria-valuetext=${t.regionValueText(name, percent)}
                @input=${this.#onRange}
              />
            </div>
          `;
        })}
        <button id="restore-mix" type="button" class="secondary" @click=${this.#onRestore}>${t.restoreMix}</button>
        ${noEffect ? html`<p id="regions-note" class="hint no-effect">${t.regionsNoEffect}</p>` : nothing}
      </fieldset>
    `;
  }
}
