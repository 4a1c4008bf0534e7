/**
 * "请确认各列的含义 / Please confirm what each column holds": when the import
 * is not sure of the columns, the visitor picks the start, talk time (or end)
 * and calling-number columns over the file's first rows, phone numbers masked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CallLog, ColumnMapping } from '../../call-log/index.js';
import { formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import type { CallLogStrings } from './call-log-strings.js';

/** The mapping fields the visitor chooses a column for. */
type ColumnField = 'start' | 'time' | 'seconds' | 'end' | 'caller';

const FIELDS: readonly ColumnField[] = ['start', 'time', 'seconds', 'end', 'caller'];

export interface MappingFormHost {
  readonly locale: Locale;
  readonly callLogStrings: CallLogStrings;
  requestUpdate(): void;
  /** The visitor confirmed this mapping. */
  confirm(mapping: ColumnMapping): void;
  cancel(): void;
}

export class MappingForm {
  #draft: ColumnMapping = {};
  #shownLog: CallLog | null = null;
  #problem: 'start' | 'duration' | null = null;

  readonly #host: MappingFormHost;

  constructor(host: MappingFormHost) {
    this.#host = host;
  }

  /** Lets go of the log once it is read or dropped (its preview is of the visitor's file). */
  forget(): void {
    this.#shownLog = null;
    this.#draft = {};
  }

  render(log: CallLog): TemplateResult {
    if (log !== this.#shownLog) {
      this.#shownLog = log;
      this.#draft = { ...log.mapping };
      this.#problem = null;
    }
    const t = this.#host.callLogStrings;
    const label: Record<ColumnField, string> = {
      start: t.startColumn,
      time: t.timeColumn,
      seconds: t.secondsColumn,
      end: t.endColumn,
      caller: t.callerColumn,
    };
    return html`<form class="mapping" aria-labelledby="mapping-heading" @submit=${this.#onSubmit}>
      <h3 id="mapping-heading">${t.mappingHeading}</h3>
      <p>${t.mappingIntro}</p>
      ${this.#renderPreview(log)}
      <div class="mapping-fields">
        ${FIELDS.map((field) => this.#renderSelect(field, label[field], log))}
        <label class="mapping-field" for="mapping-unit">
          <span>${t.durationUnit}</span>
          <select id="mapping-unit" .value=${this.#draft.durationUnit ?? 'second'} @change=${this.#onUnit}>
            <option value="second" ?selected=${this.#draft.durationUnit !== 'minute'}>${t.unitSecond}</option>
            <option value="minute" ?selected=${this.#draft.durationUnit === 'minute'}>${t.unitMinute}</option>
          </select>
        </label>
        <label class="mapping-check">
          <input type="checkbox" .checked=${this.#draft.callerHasCountryCode ?? false} @change=${this.#onCountryCode} />
          <span>${t.countryCode}</span>
        </label>
      </div>
      <p class="mapping-problem" role="alert">${this.#problem === 'start' ? t.needStart : this.#problem === 'duration' ? t.needDuration : ''}</p>
      <p class="log-buttons">
        <button type="submit" class="primary">${t.confirm}</button>
        <button type="button" @click=${this.#onCancel}>${t.cancel}</button>
      </p>
    </form>`;
  }

  #columnName(log: CallLog, index: number): string {
    return this.#host.callLogStrings.column(formatNumber(index + 1, this.#host.locale), log.headers[index] ?? '');
  }

  #renderSelect(field: ColumnField, label: string, log: CallLog): TemplateResult {
    const chosen = this.#draft[field];
    const t = this.#host.callLogStrings;
    return html`<label class="mapping-field" for=${`mapping-${field}`}>
      <span>${label}</span>
      <select id=${`mapping-${field}`} data-field=${field} @change=${this.#onColumn}>
        <option value="" ?selected=${chosen === undefined}>${t.noColumn}</option>
        ${log.columns.map(
          (_, i) => html`<option value=${String(i)} ?selected=${chosen === i}>${this.#columnName(log, i)}</option>`,
        )}
      </select>
    </label>`;
  }

  /** The first rows as a table that scrolls by itself (never the page) when the columns are many. */
  #renderPreview(log: CallLog): TemplateResult | typeof nothing {
    if (log.preview.length === 0) return nothing;
    const t = this.#host.callLogStrings;
    const { locale } = this.#host;
    return html`<div class="preview" tabindex="0" role="region" aria-labelledby="preview-caption">
      <table>
        <caption id="preview-caption">${t.previewCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.rowNumber}</th>
            ${log.columns.map((_, i) => html`<th scope="col">${this.#columnName(log, i)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${log.preview.map(
            (row) => html`<tr>
              <th scope="row">${formatNumber(row.row, locale)}</th>
              ${log.columns.map((_, i) => html`<td>${row.cells[i] ?? ''}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  readonly #onColumn = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const field = select.dataset.field as ColumnField;
    const next: Record<string, unknown> = { ...this.#draft };
    if (select.value === '') delete next[field];
    else next[field] = Number(select.value);
    this.#draft = next as ColumnMapping;
    this.#problem = null;
    this.#host.requestUpdate();
  };

  readonly #onUnit = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value === 'minute' ? 'minute' : 'second';
    this.#draft = { ...this.#draft, durationUnit: value };
  };

  readonly #onCountryCode = (event: Event): void => {
    this.#draft = { ...this.#draft, callerHasCountryCode: (event.target as HTMLInputElement).checked };
  };

  readonly #onSubmit = (event: Event): void => {
    event.preventDefault();
    const { start, seconds, end } = this.#draft;
    this.#problem = start === undefined ? 'start' : seconds === undefined && end === undefined ? 'duration' : null;
    if (this.#problem) this.#host.requestUpdate();
    else this.#host.confirm(this.#draft);
  };

  readonly #onCancel = (): void => this.#host.cancel();
}
