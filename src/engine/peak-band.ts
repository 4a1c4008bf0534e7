/**
 * The band of a call from its start (tariff-format.md §7): peak when the start
 * falls in any of the file's `peakWindows` (`from` inclusive, `to` exclusive),
 * otherwise off-peak.
 */
import type { PeakWindow } from './types.js';

/** Whether a start (ISO weekday, second of the day) lies in the peak band. */
export type PeakTest = (weekday: number, secondOfDay: number) => boolean;

/** `HH:MM` (up to `24:00`) as seconds since midnight. */
function secondsOf(time: string): number {
  return Number(time.slice(0, 2)) * 3600 + Number(time.slice(3, 5)) * 60;
}

/** The peak test of a file's windows; with `[]` nothing is peak. */
export function peakTest(windows: readonly PeakWindow[]): PeakTest {
  // Per weekday (index 1–7), the [from, to) spans in seconds.
  const spans: [number, number][][] = [[], [], [], [], [], [], [], []];
  for (const window of windows) {
    const span: [number, number] = [secondsOf(window.from), secondsOf(window.to)];
    for (const day of window.days) spans[day]?.push(span);
  }
  return (weekday, secondOfDay) => {
    for (const [from, to] of spans[weekday] ?? []) {
      if (secondOfDay >= from && secondOfDay < to) return true;
    }
    return false;
  };
}
