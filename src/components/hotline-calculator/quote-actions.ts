/**
 * The row under the cards: the print button and, with the `share` attribute,
 * "copy link".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ControlHost } from '../usage-controls/control-host.js';

export interface ActionsHost extends ControlHost {
  /** Whether the `share` attribute is set. */
  readonly sharing: boolean;
  printQuote(): void;
  /** The page's address with the current estimate in its hash. */
  shareUrl(): string;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

type CopyState = 'none' | 'copied' | 'manual';

export class QuoteActions {
  #copyState: CopyState = 'none';
  #link = '';

  readonly #host: ActionsHost;

  constructor(host: ActionsHost) {
    this.#host = host;
  }

  /** The estimate changed: an earlier "copied" no longer describes the link. */
  reset(): void {
    this.#copyState = 'none';
  }

  readonly #onPrint = (): void => this.#host.printQuote();

  readonly #onCopy = async (): Promise<void> => {
    this.#link = this.#host.shareUrl();
    try {
      await navigator.clipboard.writeText(this.#link);
      this.#copyState = 'copied';
    } catch {
      // No clipboard (an insecure page, a refused permission): show the link, selected.
      this.#copyState = 'manual';
    }
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (this.#copyState === 'manual') {
      const field = this.#host.renderRoot.querySelector<HTMLInputElement>('.link-field');
      field?.focus();
      field?.select();
    }
  };

  render(): TemplateResult {
    const { strings: t, sharing } = this.#host;
    return html`
      <div class="actions">
        <span class="buttons">
          <button type="button" class="print" @click=${this.#onPrint}>${t.printQuote}</button>
          ${sharing ? html`<button type="button" class="copy" @click=${this.#onCopy}>${t.copyLink}</button>` : nothing}
        </span>
        ${sharing
          ? html`<p class="copy-status" role="status">
              ${this.#copyState === 'copied' ? t.linkCopied : this.#copyState === 'manual' ? t.copyManually : ''}
            </p>`
          : nothing}
        ${this.#copyState === 'manual'
          ? html`<input class="link-field" type="text" readonly aria-label=${t.linkFieldLabel} .value=${this.#link} />`
          : nothing}
      </div>
    `;
  }
}
