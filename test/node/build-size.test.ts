// The size of the one script resellers paste. The v1.1 budget is 48 KB gzip
// with every feature in it; Lit (6.9 KB) and decimal.js (4.5 KB, trimmed to
// the engine's methods) take a quarter of that, and the features of the
// calculator, chart, switch points, share link, printable quote and the
// call-log import and panel bring the script to about 75 KB (README, "Size").
// Until the script meets the budget, this test holds it to a ceiling just
// above its current size, so that growth is a decision and not an accident,
// and reports the distance to the budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleComposition } from './support/bundle-composition.js';

/** The v1.1 budget: 48 KB, counted as 48 × 1024 bytes of `gzip -9` output. */
const TARGET_BYTES = 48 * 1024;
/**
 * The ceiling enforced today: 76 KB, about 1.3 KB above the script's size
 * (76,495 bytes with zlib's gzip -9).
 */
const CEILING_BYTES = 76 * 1024;
const script = new URL('../../dist/hotline-calculator.js', import.meta.url);

test('dist/hotline-calculator.js stays under its 76 KB gzip -9 ceiling', (t) => {
  const raw = readFileSync(script);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  const report =
    `dist/hotline-calculator.js: ${raw.length} bytes minified, ` +
    `${gzipped} bytes (${(gzipped / 1024).toFixed(1)} KB) gzip -9; ceiling ${CEILING_BYTES} bytes, budget ${TARGET_BYTES} bytes ` +
    `(${gzipped - TARGET_BYTES} bytes over the budget)`;
  t.diagnostic(report);
  if (gzipped > TARGET_BYTES) {
    // Say where the weight is, from the source map.
    const map = JSON.parse(readFileSync(new URL('hotline-calculator.js.map', script), 'utf8'));
    t.diagnostic('largest parts (each gzipped on its own):');
    for (const share of bundleComposition(raw.toString('utf8'), map).slice(0, 15)) {
      t.diagnostic(`  ${String(share.gzipBytes).padStart(6)} B gzip  ${String(share.bytes).padStart(7)} B  ${share.source}`);
    }
  }
  assert.ok(gzipped <= CEILING_BYTES, `over the ceiling by ${gzipped - CEILING_BYTES} bytes: ${report}`);
});
