// The tariff validator stays small and runs under a strict
// Content-Security-Policy (no eval, no new Function). v1 held it to 3 KB gzip;
// v1.1 gives every issue a code and params and reads call logs' fields
// (prepayment, peak windows, caller prefixes): 3,786 bytes. The one-script
// budget (build-size.test.ts) governs the whole; these ceilings keep the
// validator's growth a decision.
//
// v1.1 hardening needs more than the 4 KB and 5 KB ceilings, so they are
// raised by what it takes (figures: bytes gzip -9, before → after):
// - the validator, 3,786 → 4,710 (ceiling 4,096 → 4,736): it reads the
//   document once into a prototype-free copy, measuring its JSON text as it
//   goes (no inherited property is read as data, a throwing getter or Proxy
//   becomes an issue, the size is the text's, not a guess); the v1.1 bounds
//   and their messages (`too-many`, `reserved-id`, `unreadable`); ids in
//   sets, id maps read by their own keys, and did-you-mean by a bounded
//   edit distance over at most 64 candidates, so that the work is linear;
// - the whole module, 4,549 → 5,474 (ceiling 5,120 → 5,504): the text
//   entry reads JSON with a scanner whose regular expressions cannot
//   backtrack over a string's length (the old one overflowed the stack on a
//   10 MB string). What caused a syntax error and where the cause is
//   (jsonSyntaxError, 332 bytes) is left to the marketers' tools, which the
//   widget does not import.
// - naming the plan of each issue inside `plans[i]` (`planId`, shown as
//   `plans[3] (unicom-1200)` in the error panel as in the marketers' tools):
//   4,710 → 4,785 and 5,474 → 5,548, so both ceilings rise by 64 more
//   (4,736 → 4,800, 5,504 → 5,568).
// The whole embed script grows by about 1 KB (build-size.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BUDGET = 4800;
const MODULE_BUDGET = 5568;

/** A minified bundle of `code` (resolved from the project root), and its gzip -9 size. */
async function bundle(code: string) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    write: false,
  });
  const text = result.outputFiles[0].text;
  return { text, gzip: gzipSync(result.outputFiles[0].contents, { level: 9 }).length };
}

test(`the validator (validateTariffs, parseTariffs, TariffError) is at most ${BUDGET} bytes gzip`, async () => {
  const { gzip } = await bundle(
    "export { validateTariffs, parseTariffs, TariffError } from './src/tariffs/validate.ts';",
  );
  console.log(`validator: ${gzip} bytes gzip -9 (budget ${BUDGET})`);
  assert.ok(gzip <= BUDGET, `${gzip} > ${BUDGET}`);
});

test('the whole validate module, with the text entry and its JSON position reader, stays small', async () => {
  const { gzip } = await bundle("export * from './src/tariffs/validate.ts';");
  console.log(`validate.ts with validateTariffsText: ${gzip} bytes gzip -9`);
  assert.ok(gzip <= MODULE_BUDGET, `${gzip} > ${MODULE_BUDGET}`);
});

test('the validator needs neither eval nor new Function, nor decimal.js', async () => {
  const { text } = await bundle("export * from './src/tariffs/validate.ts';");
  for (const forbidden of ['eval(', 'new Function', 'Function(', 'DecimalError']) {
    assert.ok(!text.includes(forbidden), `the bundle contains ${forbidden}`);
  }
});
