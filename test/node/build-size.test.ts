// The size budget of the one script resellers paste (issue 4): every feature
// of the product has to fit in 30 KB gzip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleComposition } from './support/bundle-composition.js';

/** 30 KB, counted as 30 × 1024 bytes of `gzip -9` output. */
const BUDGET_BYTES = 30 * 1024;
const script = new URL('../../dist/hotline-calculator.js', import.meta.url);

test('dist/hotline-calculator.js stays within 30 KB gzip -9', (t) => {
  const raw = readFileSync(script);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  const report =
    `dist/hotline-calculator.js: ${raw.length} bytes minified, ` +
    `${gzipped} bytes (${(gzipped / 1024).toFixed(1)} KB) gzip -9; budget ${BUDGET_BYTES} bytes`;
  t.diagnostic(report);
  if (gzipped > BUDGET_BYTES) {
    // Say where the weight is, from the source map.
    const map = JSON.parse(readFileSync(new URL('hotline-calculator.js.map', script), 'utf8'));
    t.diagnostic('largest parts (each gzipped on its own):');
    for (const share of bundleComposition(raw.toString('utf8'), map).slice(0, 15)) {
      t.diagnostic(`  ${String(share.gzipBytes).padStart(6)} B gzip  ${String(share.bytes).padStart(7)} B  ${share.source}`);
    }
  }
  assert.ok(gzipped <= BUDGET_BYTES, `over budget by ${gzipped - BUDGET_BYTES} bytes: ${report}`);
});
