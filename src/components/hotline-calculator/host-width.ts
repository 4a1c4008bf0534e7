/**
 * Whether the calculator is wide (two columns), from its own width rather than
 * the viewport's: it may sit in a sidebar. The styles decide the layout with a
 * container query on the same breakpoint; this tells the script, for what
 * only the script can do (such as opening "more options" by default).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host width, in CSS pixels, from which the layout has two columns (visual.md). */
export const WIDE_LAYOUT_PX = 720;

/** The class of the element measured: as wide as the widget, and always 0 px high. */
export const WIDTH_PROBE = 'width-probe';

export class HostWidthController implements ReactiveController {
  wide = false;
  #observer?: ResizeObserver;
  #observed: Element | null = null;

  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Observes the probe once it is rendered. Its height never changes, so what
   * a re-render does to the widget's height never reaches the observer (which
   * would otherwise report a resize loop); its first report comes before the
   * first paint, so the layout never flashes.
   */
  /** The width the host already has (its container's), so that the first render fits it. */
  hostConnected(): void {
    const width = this.#host.getBoundingClientRect().width;
    if (width > 0) this.wide = width >= WIDE_LAYOUT_PX;
  }

  hostUpdated(): void {
    if (typeof ResizeObserver === 'undefined') return;
    const probe = this.#host.renderRoot.querySelector(`.${WIDTH_PROBE}`);
    if (probe === this.#observed) return;
    this.#observer ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      const wide = width >= WIDE_LAYOUT_PX;
      if (width > 0 && wide !== this.wide) {
        this.wide = wide;
        this.#host.requestUpdate();
      }
    });
    this.#observer.disconnect();
    this.#observed = probe;
    if (probe) this.#observer.observe(probe);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observed = null;
  }
}
