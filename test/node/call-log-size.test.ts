// The call-log import (src/call-log/) is a feature of the one script, whose
// budget is tight: it stays at most 6 KB gzip bundled alone, needs neither a
// parser library nor decimal.js, and runs under a strict Content-Security-Policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BUDGET = 6144;

async function bundle() {
  const result = await build({
    stdin: { contents: "export * from './src/call-log/index.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    write: false,
    metafile: true,
  });
  const output = result.outputFiles[0]!;
  return { text: output.text, gzip: gzipSync(output.contents, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

test(`the call-log import is at most ${BUDGET} bytes gzip, with nothing but its own sources`, async () => {
  const { gzip, inputs } = await bundle();
  console.log(`call-log import: ${gzip} bytes gzip -9 (budget ${BUDGET})`);
  assert.ok(gzip <= BUDGET, `${gzip} > ${BUDGET}`);
  assert.deepEqual(inputs.filter((input) => !input.startsWith('src/call-log/') && input != '<stdin>'), []);
});

test('the call-log import needs neither eval nor new Function', async () => {
  const { text } = await bundle();
  for (const forbidden of ['eval(', 'new Function', 'Function(']) assert.ok(!text.includes(forbidden), `the bundle contains ${forbidden}`);
});
