/**
 * Benchmark of a full `estimate` in Node: the bundled default tariffs and a
 * generated 50-plan file. Budget: median ≤ 0.5 ms for 50 plans.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { estimate, parseTariffs, type TariffSet, type Usage } from '../../src/engine-api.js';
import { generatedTariffs } from '../support/random-tariffs.js';
import { ms, time, type Timing } from './measure.js';

const BUDGET_MEDIAN_MS = 0.5;
const DEFAULT_TARIFFS = fileURLToPath(new URL('../../src/tariffs/default.json', import.meta.url));

/** A visitor moving the minutes slider: every call quotes a new minute count. */
function sliderUsage(base: Usage): (iteration: number) => Usage {
  return (iteration) => ({ ...base, minutesPerMonth: 300 + ((iteration * 37) % 30000) });
}

function report(label: string, timing: Timing, budget?: number): string {
  const verdict = budget === undefined ? '' : `   budget median ≤ ${budget} ms: ${timing.medianMs <= budget ? 'ok' : 'OVER'}`;
  return `  ${label.padEnd(58)} median ${ms(timing.medianMs)}   p95 ${ms(timing.p95Ms)}${verdict}`;
}

function bench(tariffs: TariffSet, usageAt: (iteration: number) => Usage): Timing {
  return time((iteration) => estimate(tariffs, usageAt(iteration)));
}

/** Runs the engine benchmarks and prints one line per scenario. */
export async function runEngineBench(): Promise<void> {
  console.log(`engine: full estimate, Node ${process.version}`);

  if (existsSync(DEFAULT_TARIFFS)) {
    const tariffs = parseTariffs(JSON.parse(readFileSync(DEFAULT_TARIFFS, 'utf8')));
    const timing = bench(tariffs, sliderUsage({ peakSharePercent: 60 }));
    console.log(report(`default tariffs (${tariffs.plans.length} plans), minutes slider`, timing));
  } else {
    console.log('  default tariffs: skipped, src/tariffs/default.json does not exist yet');
  }

  const generated = generatedTariffs(50);
  const base: Usage = {
    peakSharePercent: 70,
    averageCallSeconds: 95,
    regionShares: { north: 3, east: 2, south: 1 },
    addOns: ['ivr', 'recording'],
    numberGrade: 'premium',
  };
  console.log(report('generated 50 plans, minutes slider', bench(generated, sliderUsage(base)), BUDGET_MEDIAN_MS));

  // Every call also changes the add-ons or grade, so nothing from the previous call is reused.
  const selections: Usage[] = [
    { addOns: ['ivr'], numberGrade: 'standard' },
    { addOns: ['recording', 'ringback'], numberGrade: 'premium' },
    { addOns: [], numberGrade: 'premium' },
    { addOns: ['ivr', 'recording'], numberGrade: 'standard' },
  ];
  const changing = (iteration: number): Usage => ({ ...sliderUsage(base)(iteration), ...selections[iteration % selections.length] });
  console.log(report('generated 50 plans, add-ons changing every call', bench(generated, changing), BUDGET_MEDIAN_MS));
}
