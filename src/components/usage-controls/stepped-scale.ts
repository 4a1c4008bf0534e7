/**
 * A non-linear slider scale made of round "stops": fine steps at low values,
 * coarse steps at high ones. The native range input moves over stop indexes
 * (min 0, max stops.length − 1, step 1), so arrows, Page Up/Down, Home and End
 * all keep working the way keyboard users expect.
 */
import { CALL_SECONDS } from '../../engine/limits.js';

/** `[upTo, step]`: below `upTo`, stops are `step` apart. */
export type ScaleSegment = readonly [upTo: number, step: number];

const MINUTE_SEGMENTS: readonly ScaleSegment[] = [
  [100, 10],
  [1_000, 50],
  [5_000, 100],
  [10_000, 250],
  [50_000, 1_000],
  [100_000, 2_500],
  [1_000_000, 25_000],
  [10_000_000, 250_000],
];

const SECOND_SEGMENTS: readonly ScaleSegment[] = [
  [60, 1],
  [600, 10],
  [3_600, 60],
];

/** Stops from `min` to `max` (both included), spaced by the segments. */
export function buildStops(min: number, max: number, segments: readonly ScaleSegment[]): number[] {
  const stops = [min];
  let value = min;
  for (const [upTo, step] of segments) {
    while (value + step <= Math.min(upTo, max)) {
      value += step;
      stops.push(value);
    }
    if (value >= max) break;
  }
  if (stops[stops.length - 1] !== max) stops.push(max);
  return stops;
}

const minuteScales = new Map<number, readonly number[]>();

/** Stops of the minutes-per-month slider, from 0 to the tariff's slider end. */
export function minuteStops(maxMinutes: number): readonly number[] {
  let stops = minuteScales.get(maxMinutes);
  if (!stops) {
    stops = buildStops(0, Math.max(1, maxMinutes), MINUTE_SEGMENTS);
    minuteScales.set(maxMinutes, stops);
  }
  return stops;
}

const secondStops = buildStops(CALL_SECONDS.min, CALL_SECONDS.max, SECOND_SEGMENTS);

/** Stops of the average-call-length slider, 1 s to one hour. */
export function callSecondStops(): readonly number[] {
  return secondStops;
}

/**
 * The index of the stop nearest to `value` (a typed value between two stops
 * puts the thumb on the closer one; values beyond the ends pin to them).
 */
export function nearestStop(stops: readonly number[], value: number): number {
  let low = 0;
  let high = stops.length - 1;
  if (value <= stops[low]) return low;
  if (value >= stops[high]) return high;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (stops[middle] <= value) low = middle;
    else high = middle;
  }
  return value - stops[low] <= stops[high] - value ? low : high;
}
