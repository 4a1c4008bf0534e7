/**
 * The `share` attribute: the visitor's estimate lives in the page URL's hash,
 * under a key of its own (see src/share/usage-hash.ts), so a copied link
 * restores it and the page's own hash entries stay as they were.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedUsage, TariffSet, Usage } from '../../engine/types.js';
import { resolveUsage } from '../../engine/usage.js';
import {
  encodeSharedState,
  readSharedState,
  writeSharedState,
  type SharedState,
} from '../../share/usage-hash.js';
import type { CalculatorState } from '../../state/calculator-state.js';

/**
 * At most one history write per this many milliseconds while a slider moves:
 * browsers refuse (Firefox throws) more than about 200 in ten seconds.
 */
export const SHARE_WRITE_INTERVAL_MS = 250;

/** The instance's key in the hash: its `id`, else its place among the sharing calculators (none for the first). */
export function shareInstanceKey(element: HTMLElement): string | null {
  if (element.id) return element.id;
  const root = element.getRootNode() as ParentNode;
  // Counts this element even before its `share` property is reflected.
  const sharing = [...root.querySelectorAll<HTMLElement>('hotline-calculator')].filter((el) => el === element || el.hasAttribute('share'));
  const index = sharing.indexOf(element);
  return index > 0 ? String(index) : null;
}

/**
 * The state a link carries, compact: minutes and peak share always, every
 * other field only where it differs from the tariff's default.
 */
export function compactSharedState(usage: ResolvedUsage, tariffs: TariffSet, planId: string | null): SharedState {
  const shared: { -readonly [K in keyof Usage]: Usage[K] } = {
    minutesPerMonth: usage.minutesPerMonth,
    peakSharePercent: usage.peakSharePercent,
  };
  const typical = resolveUsage(tariffs, {});
  if (tariffs.regions.some((r) => usage.regionShares[r.id] !== typical.regionShares[r.id])) shared.regionShares = usage.regionShares;
  if (usage.averageCallSeconds !== typical.averageCallSeconds) shared.averageCallSeconds = usage.averageCallSeconds;
  if (usage.addOns.length > 0) shared.addOns = usage.addOns;
  if (usage.numberGrade !== typical.numberGrade) shared.numberGrade = usage.numberGrade;
  return planId === null ? { usage: shared } : { usage: shared, planId };
}

export interface ShareHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the `share` attribute is set. */
  readonly share: boolean;
}

/**
 * Restores the estimate of the page's link once the tariffs can check it,
 * then writes every later change back to the hash (throttled).
 */
export class ShareLinkController implements ReactiveController {
  #restored = false;
  /** The value last written to (or read from) the hash; a change is any other value. */
  #written: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #again = false;

  readonly #host: ShareHost;
  readonly #state: CalculatorState;
  /** Tells the page about an unusable link. */
  readonly #warn: (message: string) => void;

  constructor(
    host: ShareHost,
    state: CalculatorState,
    warn: (message: string) => void,
  ) {
    this.#host = host;
    this.#state = state;
    this.#warn = warn;
    host.addController(this);
  }

  /** Before each render: the first tariffs in use with `share` on take the link's estimate. */
  hostUpdate(): void {
    const tariffs = this.#state.tariffs;
    if (!this.#host.share || !tariffs || this.#restored) return;
    this.#restored = true;
    const found = readSharedState(location.hash, shareInstanceKey(this.#host), { tariffs });
    if (found && !found.ok) this.#warn(`the estimate in the page's link is invalid and was ignored: ${found.reason}.`);
    if (found?.ok) {
      // A link's totals view (from the days of a monthly / term switch) is read and has nothing left to set.
      const { usage, planId } = found.state;
      this.#state.restoreUsage(usage);
      if (planId) this.#state.chosenPlanId = planId;
    }
    // What the page starts with is not a change: the link (or its absence) already says it.
    this.#written = this.#current();
  }

  /** After each render: a changed estimate goes to the hash. */
  hostUpdated(): void {
    if (this.#host.share && this.#written !== null && this.#current() !== this.#written) this.#schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#again = false;
  }

  /** The page's address with the current estimate in its hash. */
  url(): string {
    this.#write();
    return location.href;
  }

  #shared(): SharedState | null {
    const { tariffs, usage } = this.#state;
    return tariffs && usage ? compactSharedState(usage, tariffs, this.#state.chosenPlanId) : null;
  }

  #current(): string | null {
    const shared = this.#shared();
    return shared && encodeSharedState(shared);
  }

  /** Writes now, or at the end of the current interval if a write just happened. */
  #schedule(): void {
    if (this.#timer !== undefined) {
      this.#again = true;
      return;
    }
    this.#write();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#again) {
        this.#again = false;
        this.#schedule();
      }
    }, SHARE_WRITE_INTERVAL_MS);
  }

  #write(): void {
    const shared = this.#shared();
    if (!shared) return;
    this.#written = encodeSharedState(shared);
    try {
      const hash = writeSharedState(location.hash, shared, shareInstanceKey(this.#host));
      // An absolute address: a page's <base href> must not redirect the write.
      if (hash !== location.hash) history.replaceState(history.state, '', location.href.split('#')[0] + hash);
    } catch (error) {
      // A throttled history API must not break the calculator; the next change writes again.
      console.warn('<hotline-calculator> could not update the link:', error);
    }
  }
}
