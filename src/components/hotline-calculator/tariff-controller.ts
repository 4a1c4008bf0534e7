/**
 * Owns where the element's tariffs come from and how far loading got. The
 * precedence: the `tariffs` property, then `tariffs-src`, then a first child
 * `<script type="application/json">`, then the bundled file.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TariffSet } from '../../engine/types.js';
import { loadingIssue } from '../../tariffs/messages.js';
import { bundledTariffs, fromObject, fromText, fromUrl, type TariffLoad } from './tariff-source.js';

type Failure = Extract<TariffLoad, { ok: false }>;

export interface TariffHost extends ReactiveControllerHost, HTMLElement {
  /** The `tariffs-src` URL (the property and the attribute are one thing). */
  readonly tariffsSrc: string | null;
}

export interface TariffControllerOptions {
  /** Milliseconds before a `tariffs-src` request gives up, read at each request. */
  readonly timeoutMs: () => number;
  /** Called whenever other tariffs are in use (null after a failure). */
  readonly changed: (tariffs: TariffSet | null) => void;
}

/** No source has been started (before connecting, or after leaving the page mid-request). */
const NOT_STARTED = Symbol('not started');

export class TariffController implements ReactiveController {
  /** null while loading. */
  #result: TariffLoad | null = null;
  #fromProperty = false;
  /** The `tariffs-src` the current result or request is for (null: the inline or bundled tariffs). */
  #source: string | null | typeof NOT_STARTED = NOT_STARTED;
  /** Counts sources started: an answer for an older one is dropped. */
  #token = 0;
  #abort: AbortController | null = null;
  #unreported: Failure | null = null;
  #fromBundle = false;

  readonly #host: TariffHost;
  readonly #options: TariffControllerOptions;

  constructor(
    host: TariffHost,
    options: TariffControllerOptions,
  ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get loading(): boolean {
    return this.#result === null;
  }

  get tariffs(): TariffSet | null {
    return this.#result?.ok ? this.#result.tariffs : null;
  }

  /** Whether the tariffs in use are the bundled sample file (not the site's own). */
  get bundled(): boolean {
    return this.#fromBundle && this.#result !== null;
  }

  get failure(): Failure | null {
    return this.#result && !this.#result.ok ? this.#result : null;
  }

  hostConnected(): void {
    if (this.#source === NOT_STARTED) this.#start();
  }

  hostDisconnected(): void {
    if (this.#abort) {
      // Abandon the request; a reconnection starts it again.
      this.#cancel();
      this.#result = null;
      this.#source = NOT_STARTED;
    }
  }

  /** A document given through the `tariffs` property: it wins over every other source. */
  setDocument(document: unknown): void {
    this.#fromProperty = true;
    this.#cancel();
    this.#finish(fromObject(document));
  }

  /**
   * `tariffsSrc` may have changed (at any time: before the first update, in
   * the same task as connecting, while a request is in flight, or removed):
   * whatever it names now is what ends up shown.
   */
  sourceChanged(): void {
    if (this.#fromProperty || this.#source === NOT_STARTED || this.#source === (this.#host.tariffsSrc || null)) return;
    this.#start();
  }

  /** A failure not yet reported to the page; reading it marks it reported. */
  takeUnreported(): Failure | null {
    const failure = this.#unreported;
    this.#unreported = null;
    return failure;
  }

  #start(): void {
    if (this.#fromProperty) return;
    this.#cancel();
    const host = this.#host;
    const src = host.tariffsSrc || null;
    this.#source = src;
    if (src) {
      this.#fetch(src);
      return;
    }
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (!script && host.ownerDocument.readyState === 'loading') {
      // Defined before the parser reached our children: look again once it has.
      const token = this.#token;
      host.ownerDocument.addEventListener('DOMContentLoaded', () => token === this.#token && this.#start(), { once: true });
      return;
    }
    this.#finish(script ? fromText(script.textContent ?? '') : bundledTariffs(), !script);
  }

  #fetch(src: string): void {
    const token = this.#token;
    const abort = new AbortController();
    this.#abort = abort;
    this.#result = null;
    this.#host.requestUpdate();
    fromUrl(src, this.#options.timeoutMs(), abort.signal)
      .catch(
        (error): TariffLoad => ({
          ok: false,
          kind: 'network',
          issues: [loadingIssue('unexpected-error', { detail: String(error) })],
        }),
      )
      .then((result) => {
        if (token !== this.#token) return;
        this.#abort = null;
        this.#finish(result);
      });
  }

  #cancel(): void {
    this.#token++;
    this.#abort?.abort();
    this.#abort = null;
  }

  #finish(result: TariffLoad, fromBundle = false): void {
    this.#result = result;
    this.#fromBundle = fromBundle;
    this.#unreported = result.ok ? null : result;
    this.#options.changed(this.tariffs);
    this.#host.requestUpdate();
  }
}
