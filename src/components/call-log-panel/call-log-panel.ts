/**
 * "用通话记录估算 / Use my call records": the visitor chooses (or drops) a
 * call-detail export, confirms its columns when the import is unsure, and
 * then sees the months found, which of them count, and the log's peak
 * concurrency; "back to sliders" leaves the log for its average month.
 * Rendered into the calculator's shadow root; the reading, summarizing and
 * pricing happen in the state (src/state/call-log-state.ts) and the engine.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ColumnMapping } from '../../call-log/index.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { ControlHost } from '../usage-controls/control-host.js';
import { callLogStringsFor, type CallLogStrings } from './call-log-strings.js';
import { MappingForm } from './mapping-form.js';
import { renderMonths } from './months-view.js';

export interface CallLogHost extends ControlHost {
  requestUpdate(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const FILE_TYPES = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';

export class CallLogPanel {
  /** Whether a file is being dragged over the calculator. */
  #dragging = false;
  readonly #mapping: MappingForm;

  readonly #host: CallLogHost;

  constructor(host: CallLogHost) {
    this.#host = host;
    const panel = this;
    this.#mapping = new MappingForm({
      get locale() {
        return panel.#host.locale;
      },
      get callLogStrings() {
        return panel.#strings;
      },
      requestUpdate: () => host.requestUpdate(),
      confirm: (mapping: ColumnMapping) => void host.state.callLog.confirm(mapping, host.state.tariffs),
      cancel: () => host.state.callLog.cancel(),
    });
  }

  get #strings(): CallLogStrings {
    return callLogStringsFor(this.#host.locale);
  }

  /** Whether a log is in use (the sliders then give way to it). */
  get inUse(): boolean {
    return this.#host.state.callLog.phase.kind === 'ready';
  }

  render(): TemplateResult {
    const phase = this.#host.state.callLog.phase;
    const t = this.#strings;
    if (phase.kind !== 'confirm') this.#mapping.forget();
    let body: TemplateResult;
    switch (phase.kind) {
      case 'opening':
        body = this.#renderBusy(t.opening, null);
        break;
      case 'reading': {
        const { progress } = phase;
        const ratio = progress?.totalBytes ? Math.min(1, progress.bytesRead / progress.totalBytes) : null;
        body = this.#renderBusy(t.reading(ratio === null ? '' : formatPercent(ratio, this.#host.locale)), ratio);
        break;
      }
      case 'confirm':
        body = this.#mapping.render(phase.log);
        break;
      case 'ready':
        body = this.#renderLog();
        break;
      case 'failed':
        body = html`<p class="log-problem" role="alert">${phase.problem === 'empty' ? t.noRecords : t.failed}</p>
          ${this.#renderUnreadable()} ${this.#renderChooser(t.chooseAnother)}`;
        break;
      default:
        body = this.#renderChooser(t.useRecords);
    }
    return html`<section class="call-log" aria-labelledby="call-log-heading">
      <h3 id="call-log-heading" class=${phase.kind === 'ready' ? 'log-heading' : 'visually-hidden'}>${t.logHeading}</h3>
      ${body}
    </section>`;
  }

  /** The overlay that says a drop will be read (while a file is dragged over the calculator). */
  renderDropHint(): TemplateResult | typeof nothing {
    return this.#dragging ? html`<div class="drop-hint" aria-hidden="true"><p>${this.#strings.dropHere}</p></div>` : nothing;
  }

  #renderChooser(label: string): TemplateResult {
    const t = this.#strings;
    return html`<div class="log-chooser">
      <button type="button" class="use-records" aria-describedby="log-privacy" @click=${this.#onChoose}>${label}</button>
      <input class="log-file" type="file" accept=${FILE_TYPES} hidden @change=${this.#onFile} />
      <p id="log-privacy" class="log-privacy">${t.privacy}</p>
      <p class="log-hint">${t.fileHint}</p>
    </div>`;
  }

  #renderBusy(text: string, ratio: number | null): TemplateResult {
    const t = this.#strings;
    return html`<div class="log-busy">
      <p role="status">${text}</p>
      <progress aria-label=${t.progressLabel} max="1" .value=${ratio ?? 0} ?indeterminate=${ratio === null}></progress>
      <p class="log-buttons"><button type="button" class="log-cancel" @click=${this.#onCancel}>${t.cancel}</button></p>
    </div>`;
  }

  #renderLog(): TemplateResult {
    const { locale } = this.#host;
    const t = this.#strings;
    const log = this.#host.state.callLog;
    const summary = log.summary!;
    const included = log.includedMonths();
    const peak = Math.max(0, ...included.map((m) => m.peakConcurrency));
    const months = summary.months.length;
    return html`
      <p class="log-summary">${t.logSummary(formatNumber(summary.records, locale), months, formatNumber(months, locale))}</p>
      ${renderMonths({ months: summary.months, excluded: log.excludedMonths, locale, strings: t, onToggle: this.#onMonth })}
      <p class="log-peak">${t.peakConcurrency(formatNumber(peak, locale))}</p>
      ${this.#renderUnreadable()}
      <p class="log-buttons">
        <button type="button" class="back-to-sliders" aria-describedby="back-hint" @click=${this.#onBack}>${t.backToSliders}</button>
        <button type="button" class="other-file" @click=${this.#onChoose}>${t.chooseOtherFile}</button>
        <input class="log-file" type="file" accept=${FILE_TYPES} hidden @change=${this.#onFile} />
      </p>
      <p id="back-hint" class="log-hint">${t.backHint}</p>
    `;
  }

  /** How many rows could not be read, and the first few by row number and reason. */
  #renderUnreadable(): TemplateResult | typeof nothing {
    const counts = this.#host.state.callLog.counts;
    if (!counts || counts.unreadable === 0) return nothing;
    const { locale } = this.#host;
    const t = this.#strings;
    const more = counts.unreadable - counts.unreadableRows.length;
    return html`<div class="unreadable">
      <p>${t.unreadableCount(counts.unreadable, formatNumber(counts.unreadable, locale))}</p>
      <ul>
        ${counts.unreadableRows.map((row) => html`<li>${t.unreadableRow(formatNumber(row.row, locale), t.reasons[row.reason])}</li>`)}
        ${more > 0 ? html`<li>${t.unreadableMore(formatNumber(more, locale))}</li>` : nothing}
      </ul>
    </div>`;
  }

  #open(file: Blob): void {
    void this.#host.state.callLog.open(file, this.#host.state.tariffs);
  }

  readonly #onChoose = (event: Event): void => {
    const input = (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLInputElement>('.log-file');
    input?.click();
  };

  readonly #onFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Let go of the file list: the same file can be chosen again, and nothing keeps it.
    input.value = '';
    if (file) this.#open(file);
  };

  readonly #onCancel = (): void => this.#host.state.callLog.cancel();

  readonly #onBack = (): void => this.#host.state.backToSliders();

  readonly #onMonth = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    this.#host.state.callLog.setMonthIncluded(box.dataset.month!, box.checked);
    box.checked = !this.#host.state.callLog.excludedMonths.has(box.dataset.month!);
  };

  /** A file dragged over the calculator: accept it (and say so). */
  readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!this.#dragging) {
      this.#dragging = true;
      this.#host.requestUpdate();
    }
  };

  readonly onDragLeave = (event: DragEvent): void => {
    const root = event.currentTarget as Element;
    if (event.relatedTarget instanceof Node && root.contains(event.relatedTarget)) return;
    this.#dragging = false;
    this.#host.requestUpdate();
  };

  readonly onDrop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    this.#dragging = false;
    this.#host.requestUpdate();
    if (!file) return;
    event.preventDefault();
    this.#open(file);
  };
}
