/**
 * The `share` attribute: the visitor's estimate lives in the page URL's hash,
 * under a key of its own (see src/share/usage-hash.ts), so a copied link
 * restores it and the page's own hash entries stay as they were.
 */
import type { ResolvedUsage, TariffSet, Usage } from '../../engine/types.js';
import {
  readSharedState,
  writeSharedState,
  type SharedState,
  type SharedStateResult,
  type TotalsView,
} from '../../share/usage-hash.js';
import { defaultRegionShares } from './usage-input.js';

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
export function compactSharedState(
  usage: ResolvedUsage,
  tariffs: TariffSet,
  view: TotalsView,
  planId: string | null,
): SharedState {
  const shared: { -readonly [K in keyof Usage]: Usage[K] } = {
    minutesPerMonth: usage.minutesPerMonth,
    peakSharePercent: usage.peakSharePercent,
  };
  const typical = defaultRegionShares(tariffs);
  if (tariffs.regions.some((r) => usage.regionShares[r.id] !== typical[r.id])) shared.regionShares = usage.regionShares;
  if (usage.averageCallSeconds !== tariffs.defaults.averageCallSeconds) shared.averageCallSeconds = usage.averageCallSeconds;
  if (usage.addOns.length > 0) shared.addOns = usage.addOns;
  if (usage.numberGrade !== (tariffs.numberGrades[0]?.id ?? null)) shared.numberGrade = usage.numberGrade;
  return {
    usage: shared,
    ...(planId === null ? {} : { planId }),
    ...(view === 'term' ? { view } : {}),
  };
}

export class ShareLink {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private again = false;

  /** `state` gives what to write, or null while there is nothing to share. */
  constructor(
    private readonly element: HTMLElement,
    private readonly state: () => SharedState | null,
  ) {}

  /** This instance's entry in the page's hash, checked against `tariffs`; null when it has none. */
  read(tariffs: TariffSet): SharedStateResult | null {
    return readSharedState(location.hash, shareInstanceKey(this.element), { tariffs });
  }

  /** Writes the state now, or at the end of the current interval if a write just happened. */
  schedule(): void {
    if (this.timer !== undefined) {
      this.again = true;
      return;
    }
    this.write();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    }, SHARE_WRITE_INTERVAL_MS);
  }

  /** The page's address with the current state in its hash. */
  url(): string {
    this.write();
    return location.href;
  }

  /** Stops a pending write (the element left the page). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.again = false;
  }

  private write(): void {
    const state = this.state();
    if (!state) return;
    try {
      const hash = writeSharedState(location.hash, state, shareInstanceKey(this.element));
      // An absolute address: a page's <base href> must not redirect the write.
      if (hash !== location.hash) history.replaceState(history.state, '', location.href.split('#')[0] + hash);
    } catch (error) {
      // A throttled history API must not break the calculator; the next change writes again.
      console.warn('<hotline-calculator> could not update the link:', error);
    }
  }
}
