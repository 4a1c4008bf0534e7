/**
 * Paces what follows a new quote: the page's `hotline-quote-change` event at
 * most once per animation frame, and the spoken summary only once the
 * visitor pauses. Rendering itself never waits on either.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** When no animation frame comes (a hidden page), the frame callback runs after this. */
const FRAME_FALLBACK_MS = 100;

/** How long the spoken summary waits for the visitor to stop moving a slider. */
export const SPOKEN_SUMMARY_DELAY_MS = 250;

export interface AnnouncerOptions {
  /** The quote on screen, the sliders' or a call log's (null while there is none); compared by identity. */
  readonly quote: () => object | null;
  /** Once per animation frame with a new quote. */
  readonly onFrame: (quote: object) => void;
  /** The sentence for the polite status region, once the visitor pauses. */
  readonly summary: () => string;
}

export class QuoteAnnouncer implements ReactiveController {
  /** What the status region says. */
  spoken = '';
  #announced: object | null = null;
  #frame = 0;
  #frameFallback: ReturnType<typeof setTimeout> | undefined;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: AnnouncerOptions;

  constructor(
    host: ReactiveControllerHost,
    options: AnnouncerOptions,
  ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const quote = this.#options.quote();
    if (!quote || quote === this.#announced) return;
    this.#announced = quote;
    if (!this.#frame) {
      const fire = () => {
        this.#cancelFrame();
        const latest = this.#options.quote();
        if (latest) this.#options.onFrame(latest);
      };
      this.#frame = requestAnimationFrame(fire);
      // Hidden pages get no animation frames; the page still wants to hear.
      this.#frameFallback = setTimeout(fire, FRAME_FALLBACK_MS);
    }
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => {
      this.spoken = this.#options.summary();
      this.#host.requestUpdate();
    }, SPOKEN_SUMMARY_DELAY_MS);
  }

  hostDisconnected(): void {
    this.#cancelFrame();
    clearTimeout(this.#settleTimer);
  }

  #cancelFrame(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#frameFallback);
    this.#frame = 0;
  }
}
