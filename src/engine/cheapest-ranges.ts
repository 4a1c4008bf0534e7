/**
 * The switch points as a visitor reads them: ranges of minutes, each with its
 * cheapest plan, where an exact tie is said as a tie instead of as a switch
 * that lasts one minute.
 *
 * Ranking breaks a tie by id (tariff-format.md §4), so where two plans cost
 * exactly the same at one minute count, the switch points show the plan with
 * the smaller id as cheapest there alone (`…, 2,500: A, 2,501: B`). Such a
 * run is folded into its neighbour, with a note of the tie.
 */
import { figuresByMinutes } from './estimate.js';
import { minuteRange, switchPoints, type SwitchPointOptions } from './switch-points.js';
import type { TariffSet, Usage } from './types.js';

/** Runs this short are checked for being ties; a longer stretch of equal prices is a range of its own. */
const TIE_SCAN = 8;

/** Plans that cost exactly the same (the same averageMonthly) at `minutes`. */
export interface CheapestTie {
  readonly minutes: number;
  /** The range's own plan first. */
  readonly planIds: readonly string[];
}

/** From `from` to `to` minutes (both included), `planId` is the cheapest plan. */
export interface CheapestRange {
  readonly from: number;
  readonly to: number;
  readonly planId: string;
  /** Minute counts inside the range where another plan costs exactly as much. */
  readonly ties: readonly CheapestTie[];
}

/**
 * The cheapest plan over 0…maxMinutes as ranges, in order and covering every
 * minute; empty when no plan is available. Same arguments and defaults as
 * {@link switchPoints} (without options: the minutes slider's range, every plan).
 *
 * @throws RangeError when maxMinutes is not an integer from 0 to 10,000,000
 * @throws UsageError as `estimate` does
 */
export function cheapestRanges(tariffs: TariffSet, usage: Usage, options: SwitchPointOptions | null = {}): CheapestRange[] {
  const searched = minuteRange(tariffs, options);
  const points = switchPoints(tariffs, usage, searched);
  const runs = points.map((point, i) => ({
    from: point.minutes,
    to: i + 1 < points.length ? points[i + 1]!.minutes - 1 : searched.maxMinutes,
    planId: point.planId,
    ties: [] as CheapestTie[],
  }));
  const figures = figuresByMinutes(tariffs, usage);
  const averageAt = (minutes: number, planIds: readonly string[]) => {
    const quote = figures.at(minutes, planIds);
    return planIds.map((id) => quote.plans.find((plan) => plan.planId === id)!.averageMonthly);
  };
  // A short run whose plan costs exactly what a neighbour's plan costs at each
  // of its minutes is a tie: the neighbour takes those minutes.
  const merged: typeof runs = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const before = merged[merged.length - 1];
    const after = runs[i + 1];
    const tiedWith = run.to - run.from < TIE_SCAN ? tieNeighbour(run, before, after, averageAt) : null;
    if (tiedWith === null) {
      if (before?.planId === run.planId) {
        before.to = run.to;
        before.ties.push(...run.ties);
      } else {
        merged.push(run);
      }
      continue;
    }
    const ties = range(run.from, run.to).map((minutes) => ({ minutes, planIds: [tiedWith.planId, run.planId] }));
    if (tiedWith === before) {
      before.to = run.to;
      before.ties.push(...ties);
    } else {
      // The run after takes the tied minutes: it starts earlier.
      after!.from = run.from;
      after!.ties.unshift(...ties);
    }
  }
  return merged;
}

interface Run {
  from: number;
  to: number;
  planId: string;
}

/** The neighbouring run whose plan ties with `run`'s plan at every minute of `run`, or null. */
function tieNeighbour<R extends Run>(
  run: Run,
  before: R | undefined,
  after: R | undefined,
  averageAt: (minutes: number, planIds: readonly string[]) => string[],
): R | null {
  for (const neighbour of [before, after]) {
    if (!neighbour) continue;
    const ids = [run.planId, neighbour.planId];
    if (range(run.from, run.to).every((minutes) => {
      const [own, other] = averageAt(minutes, ids);
      return own === other;
    })) {
      return neighbour;
    }
  }
  return null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
