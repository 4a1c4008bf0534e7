// The precompressed copies of the reseller's script (README, "Self-hosting
// and caching"): a server sends hotline-calculator.js.br or .gz as they are, so
// each must be exactly the script once decompressed, never a stale build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);
const script = readFileSync(new URL('hotline-calculator.js', dist));

test('hotline-calculator.js.gz and .br decompress to the script byte for byte', (t) => {
  const gz = readFileSync(new URL('hotline-calculator.js.gz', dist));
  const br = readFileSync(new URL('hotline-calculator.js.br', dist));
  assert.ok(gunzipSync(gz).equals(script), 'hotline-calculator.js.gz is not the script');
  assert.ok(brotliDecompressSync(br).equals(script), 'hotline-calculator.js.br is not the script');
  // gzip's header: deflate (8), no file name or time stamp, "maximum compression" (2).
  assert.deepEqual([...gz.subarray(0, 3)], [0x1f, 0x8b, 8]);
  assert.equal(gz.readUInt32LE(4), 0, 'a time stamp would make every build differ');
  assert.equal(gz[8], 2, 'not gzip level 9');
  assert.ok(br.length < gz.length, `brotli (${br.length} B) should beat gzip (${gz.length} B)`);
  t.diagnostic(`hotline-calculator.js: ${script.length} B, .gz ${gz.length} B, .br ${br.length} B`);
});
