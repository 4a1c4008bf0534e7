/**
 * Bundled into the browser benchmark page: times `switchPoints` for a
 * generated 10-plan file over 0–100,000 minutes, in the browser itself.
 */
import { switchPoints } from '../../src/engine/switch-points.js';
import { generatedTariffs } from '../support/random-tariffs.js';

/** Median and p95 of `runs` searches (after a few untimed ones), and how many switch points were found. */
export function benchSwitchPoints(runs: number): { medianMs: number; p95Ms: number; switches: number } {
  const tariffs = generatedTariffs(10);
  const usage = { peakSharePercent: 60, addOns: ['ivr'], numberGrade: 'standard' };
  let switches = 0;
  for (let i = 0; i < 3; i++) switches = switchPoints(tariffs, usage, { maxMinutes: 100_000 }).length;
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    switchPoints(tariffs, usage, { maxMinutes: 100_000 });
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return {
    medianMs: durations[Math.floor(runs / 2)]!,
    p95Ms: durations[Math.floor(runs * 0.95)]!,
    switches,
  };
}
