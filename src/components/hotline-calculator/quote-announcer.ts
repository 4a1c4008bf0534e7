/**
 * Paces what follows a recompute: the page's `hotline-quote-change` event at
 * most once per animation frame, and the spoken summary only once the
 * visitor pauses. Rendering itself never waits on either.
 */

/** When no animation frame comes (a hidden page), the frame callback runs after this. */
const FRAME_FALLBACK_MS = 100;

/** How long the spoken summary waits for the visitor to stop moving a slider. */
export const SPOKEN_SUMMARY_DELAY_MS = 250;

export class QuoteAnnouncer {
  private frame = 0;
  private frameFallback: ReturnType<typeof setTimeout> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onFrame: () => void,
    private readonly onSettled: () => void,
  ) {}

  /** A new quote exists. */
  schedule(): void {
    if (!this.frame) {
      const fire = () => {
        this.cancelFrame();
        this.onFrame();
      };
      this.frame = requestAnimationFrame(fire);
      // Hidden pages get no animation frames; the page still wants to hear.
      this.frameFallback = setTimeout(fire, FRAME_FALLBACK_MS);
    }
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(this.onSettled, SPOKEN_SUMMARY_DELAY_MS);
  }

  cancel(): void {
    this.cancelFrame();
    clearTimeout(this.settleTimer);
  }

  private cancelFrame(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.frameFallback);
    this.frame = 0;
  }
}
