import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '../../tariffs/localized-text.js';
import type { ControlHost } from './control-host.js';

/** Add-on checkboxes, the number grade and the carrier filter. */
export class ChoiceControls {
  readonly #host: ControlHost;

  constructor(host: ControlHost) {
    this.#host = host;
  }

  readonly #onAddOn = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.addOn ?? '';
    const current = this.#host.state.usage.addOns.filter((a) => a !== id);
    // Keep the catalogue's order so that breakdown lines do not jump around.
    const chosen = new Set(input.checked ? [...current, id] : current);
    const addOns = this.#host.state.tariffs.addOns.map((a) => a.id).filter((a) => chosen.has(a));
    this.#host.state.changeUsage({ addOns });
  };

  readonly #onGrade = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.checked && input.dataset.grade) this.#host.state.changeUsage({ numberGrade: input.dataset.grade });
  };

  readonly #onCarrier = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.dataset.carrier) this.#host.state.setCarrierShown(input.dataset.carrier, input.checked);
  };

  render(): TemplateResult {
    return html`${this.#renderAddOns()}${this.#renderGrades()}${this.#renderCarriers()}`;
  }

  #renderAddOns(): TemplateResult | typeof nothing {
    const { locale, strings: t } = this.#host;
    const { tariffs, usage } = this.#host.state;
    if (tariffs.addOns.length === 0) return nothing;
    return html`
      <fieldset class="control choices">
        <legend>${t.addOnsLabel}</legend>
        ${tariffs.addOns.map((addOn) => {
          const description = localize(addOn.description, locale);
          const descriptionId = `add-on-description-${addOn.id}`;
          return html`
            <label class="check">
              <input
                type="checkbox"
                data-add-on=${addOn.id}
                .checked=${usage.addOns.includes(addOn.id)}
                aria-describedby=${description ? descriptionId : nothing}
                @change=${this.#onAddOn}
              />
              <span>${localize(addOn.name, locale)}</span>
            </label>
            ${description ? html`<p id=${descriptionId} class="hint check-hint">${description}</p>` : nothing}
          `;
        })}
      </fieldset>
    `;
  }

  #renderGrades(): TemplateResult | typeof nothing {
    const { locale, strings: t } = this.#host;
    const { tariffs, usage } = this.#host.state;
    if (tariffs.numberGrades.length < 2) return nothing;
    return html`
      <fieldset class="control choices">
        <legend>${t.gradeLabel}</legend>
        ${tariffs.numberGrades.map(
          (grade) => html`
            <label class="check">
              <input
                type="radio"
                name="number-grade"
                data-grade=${grade.id}
                .checked=${usage.numberGrade === grade.id}
                @change=${this.#onGrade}
              />
              <span>${localize(grade.name, locale)}</span>
            </label>
          `,
        )}
      </fieldset>
    `;
  }

  #renderCarriers(): TemplateResult | typeof nothing {
    const { locale, strings: t } = this.#host;
    const { tariffs, selection, shownCarriers } = this.#host.state;
    const carrierChoices = selection.carrierChoices;
    if (carrierChoices.length < 2) return nothing;
    return html`
      <fieldset class="control choices">
        <legend>${t.carriersLabel}</legend>
        ${carrierChoices.map((id) => {
          const carrier = tariffs.carriers.find((c) => c.id === id);
          return html`
            <label class="check">
              <input
                type="checkbox"
                data-carrier=${id}
                .checked=${shownCarriers.has(id)}
                @change=${this.#onCarrier}
              />
              <span>${localize(carrier?.name, locale)}</span>
            </label>
          `;
        })}
      </fieldset>
    `;
  }
}
