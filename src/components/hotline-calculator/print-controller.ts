/**
 * The printable quote: filled in only while printing (it would cost every
 * update otherwise), and on paper only for the calculator whose print button
 * was pressed; a print the browser starts by itself shows every calculator.
 * It is filled in synchronously in `beforeprint`: Firefox lays out a print
 * the browser starts before any microtask (and so any Lit update) runs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Fired on `window` by the calculator about to print, so that the others stay off the printout. */
const PRINT_REQUEST = 'hotline-print-request';

export interface PrintHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class PrintController implements ReactiveController {
  /** Whether this calculator's print quote is to be filled in. */
  printing = false;
  /** The calculator whose print button started the printout, if one did. */
  #requester: EventTarget | null = null;

  readonly #host: PrintHost;
  /** Resolves once the print quote has rendered. */
  readonly #quoteRendered: () => Promise<unknown>;
  /** Renders the host and its print quote now, synchronously. */
  readonly #renderNow: () => void;

  constructor(
    host: PrintHost,
    quoteRendered: () => Promise<unknown>,
    renderNow: () => void,
  ) {
    this.#host = host;
    this.#quoteRendered = quoteRendered;
    this.#renderNow = renderNow;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener(PRINT_REQUEST, this.#onRequest);
    addEventListener('beforeprint', this.#onBeforePrint);
    addEventListener('afterprint', this.#onAfterPrint);
  }

  hostDisconnected(): void {
    removeEventListener(PRINT_REQUEST, this.#onRequest);
    removeEventListener('beforeprint', this.#onBeforePrint);
    removeEventListener('afterprint', this.#onAfterPrint);
  }

  /** The print button: fill in the print quote, then open the browser's print dialog. */
  async print(): Promise<void> {
    dispatchEvent(new CustomEvent<EventTarget>(PRINT_REQUEST, { detail: this.#host }));
    this.printing = true;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    await this.#quoteRendered();
    window.print();
  }

  readonly #onRequest = (event: Event): void => {
    this.#requester = (event as CustomEvent<EventTarget>).detail;
  };

  readonly #onBeforePrint = (): void => {
    const skip = this.#requester !== null && this.#requester !== this.#host;
    // Set at once: print layout may start before the next update.
    this.#host.renderRoot.querySelector('.root')?.classList.toggle('print-skip', skip);
    this.printing = !skip;
    this.#host.requestUpdate();
    this.#renderNow();
  };

  readonly #onAfterPrint = (): void => {
    this.#requester = null;
    this.printing = false;
    this.#host.requestUpdate();
  };
}
