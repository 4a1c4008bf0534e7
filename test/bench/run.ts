/**
 * `npm run bench`: runs every benchmark in turn and prints its figures.
 * Not part of `npm test`; always exits 0 (the figures are for people to read).
 * To add a benchmark, append it to `benches`.
 */
import { runEngineBench } from './engine.bench.js';
import { runBrowserBench } from './browser.js';
import { runBoundsBench } from './bounds.bench.js';
import { runProfileBench } from './profile.bench.js';

const benches: readonly { readonly name: string; readonly run: () => Promise<void> }[] = [
  { name: 'engine', run: runEngineBench },
  { name: 'engine at the bounds', run: runBoundsBench },
  { name: 'profile', run: runProfileBench },
  { name: 'browser', run: runBrowserBench },
  { name: 'call-log import', run: async () => (await import('./call-log.js')).runCallLogBench() },
];

for (const bench of benches) {
  try {
    await bench.run();
  } catch (error) {
    console.log(`${bench.name}: failed: ${error instanceof Error ? error.stack : String(error)}`);
  }
  console.log();
}
process.exit(0);
