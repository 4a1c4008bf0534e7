/**
 * "当前每月话费 / Current monthly bill": an optional amount; each plan card
 * then says what it saves or costs more a month against it, with the sliders
 * or with a call log.
 */
import { html, type TemplateResult } from 'lit';
import type { ControlHost } from '../usage-controls/control-host.js';
import { callLogStringsFor } from './call-log-strings.js';
import { currencySign } from '../../i18n/format.js';

export class CurrentBillField {
  readonly #host: ControlHost;

  constructor(host: ControlHost) {
    this.#host = host;
  }

  readonly #onInput = (event: Event): void => {
    this.#host.state.setCurrentBill((event.target as HTMLInputElement).value);
  };

  render(): TemplateResult {
    const t = callLogStringsFor(this.#host.locale);
    const { currentBill, currentBillText, tariffs } = this.#host.state;
    const invalid = currentBill === 'invalid';
    return html`<div class="control current-bill">
      <label for="current-bill">${t.billLabel}</label>
      <div class="field">
        <input id="current-bill" class="number" type="text" inputmode="decimal" autocomplete="off"
          aria-describedby="current-bill-hint" aria-invalid=${String(invalid)} .value=${currentBillText} @input=${this.#onInput} />
        <span class="unit">${currencySign(tariffs.currency, this.#host.locale)}</span>
      </div>
      <p id="current-bill-hint" class=${invalid ? 'hint invalid' : 'hint'}>${invalid ? t.billInvalid : t.billHint}</p>
    </div>`;
  }
}
