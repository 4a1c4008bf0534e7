/**
 * The markers of the switch points. On the chart, switches a few minutes apart
 * (a plan that is cheapest for one minute, three plans crossing near 900
 * minutes) would draw their circles on top of each other; those close enough to
 * touch become one marker that stands for all of them.
 */
import type { SwitchPoint } from '../../engine/switch-points.js';

/** A switch point where the chart draws it. */
export interface PlacedSwitch {
  readonly point: SwitchPoint;
  readonly x: number;
  readonly y: number;
}

/** One marker: drawn at its first switch, naming every switch in `switches`. */
export interface SwitchMarker {
  readonly x: number;
  readonly y: number;
  readonly switches: readonly SwitchPoint[];
}

/**
 * Groups switches (sorted by minutes) into markers whose centres are at least
 * `spacing` apart: a switch closer than that to a marker joins it.
 */
export function switchMarkers(placed: readonly PlacedSwitch[], spacing: number): SwitchMarker[] {
  const markers: { x: number; y: number; switches: SwitchPoint[] }[] = [];
  for (const { point, x, y } of placed) {
    const near = markers.find((marker) => Math.hypot(x - marker.x, y - marker.y) < spacing);
    if (near) near.switches.push(point);
    else markers.push({ x, y, switches: [point] });
  }
  return markers;
}
