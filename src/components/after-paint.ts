import type { ReactiveControllerHost } from 'lit';
/**
 * Resolves once the frame after the current task has been painted, for work
 * a first frame can do without (what is closed, hidden or below it). A page
 * in a background tab paints no frames: there, and should frames stop for a
 * second, a timeout stands in, so that the work is never held back for good.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    const timer = setTimeout(resolve, hidden ? 0 : 1000);
    if (hidden) return;
    // A task posted from the frame's callback runs after that frame's paint.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/**
 * A part of an element's render that its first frame leaves out: `shown`
 * turns true, with an update of the host, once that frame is painted, or at
 * once with `show()`. While it waits, `waiting` is the promise to await
 * before the host's update is complete.
 */
export class AfterFirstPaint {
  shown = false;
  waiting: Promise<void> | null = null;

  readonly #host: Pick<ReactiveControllerHost, 'requestUpdate'>;

  constructor(host: Pick<ReactiveControllerHost, 'requestUpdate'>) {
    this.#host = host;
  }

  /** Starts waiting for the next painted frame (once). */
  start(): void {
    if (this.shown || this.waiting) return;
    this.waiting = afterPaint().then(() => {
      this.waiting = null;
      this.show();
    });
  }

  show(): void {
    if (this.shown) return;
    this.shown = true;
    this.#host.requestUpdate();
  }
}
