// The build refuses tariffs the validator rejects (issue 4): a broken
// default.json fails `npm run build` with the validator's messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { validateBundledTariffs, bundledModuleFile, bundledTariffsFile } from '../../src/build/validate-bundled-tariffs.js';
import { parseTariffsText } from '../../src/tariffs/validate.js';
import { estimate } from '../../src/engine/estimate.js';

const work = mkdtempSync(join(tmpdir(), 'hotline-build-'));
const entry = join(work, 'entry.js');
writeFileSync(entry, 'export const answer = 42;\n');

function buildWith(tariffsFile: string) {
  return build({
    configFile: false,
    root: work,
    logLevel: 'silent',
    plugins: [validateBundledTariffs(tariffsFile)],
    build: { write: false, lib: { entry, formats: ['es'] } },
  });
}

function tariffsFileWith(change: (tariffs: Record<string, any>) => void): string {
  const tariffs = JSON.parse(readFileSync(bundledTariffsFile, 'utf8'));
  change(tariffs);
  const file = join(work, `tariffs-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(tariffs, null, 2));
  return file;
}

test('the bundled default.json passes the build check', async () => {
  await assert.doesNotReject(buildWith(bundledTariffsFile));
});

test('a misspelled plan field fails the build, naming the path', async () => {
  const file = tariffsFileWith((tariffs) => {
    const plan = tariffs.plans[0];
    plan.ratePerMinuite = plan.ratePerMinute;
    delete plan.ratePerMinute;
  });
  await assert.rejects(buildWith(file), (error: Error) => {
    // Where to look: file:line:column of the misspelt key.
    const line = readFileSync(file, 'utf8').split('\n').findIndex((text) => text.includes('ratePerMinuite')) + 1;
    assert.match(error.message, new RegExp(`\\.json:${line}:\\d+\\s+plans\\[0\\] \\(telecom-600\\)\\.ratePerMinuite`));
    assert.match(error.message, /plans\[0\] \(telecom-600\)\.ratePerMinute\b/);
    // In reading order: the missing field's plan starts before the misspelt key.
    assert.ok(error.message.indexOf('.ratePerMinute:') < error.message.indexOf('.ratePerMinuite:'));
    return true;
  });
});

test('negative money and an unknown carrier are both reported', async () => {
  const file = tariffsFileWith((tariffs) => {
    tariffs.plans[0].setupFee = '-5';
    tariffs.plans[0].carrier = 'no-such-carrier';
  });
  await assert.rejects(buildWith(file), (error: Error) => {
    assert.match(error.message, /plans\[0\] \(telecom-600\)\.setupFee/);
    assert.match(error.message, /plans\[0\] \(telecom-600\)\.carrier: expected a carrier id, got "no-such-carrier" \(known: telecom, unicom, mobile\)/);
    // The carrier comes before the setup fee in the file.
    assert.ok(error.message.indexOf('.carrier:') < error.message.indexOf('.setupFee:'));
    return true;
  });
});

test('a tariff file that is not JSON fails the build', async () => {
  const file = join(work, 'broken.json');
  writeFileSync(file, '{"schemaVersion": 1,');
  await assert.rejects(buildWith(file), /JSON/);
});

test('a build compiles the bundled tariffs in as the validator returns them, with their default quote, so pages neither check nor price them again', async () => {
  const file = tariffsFileWith((tariffs) => {
    tariffs.plans[0].name = '改过的名字';
  });
  const reader = join(work, 'reader.js');
  writeFileSync(reader, `export { bundled } from ${JSON.stringify(bundledModuleFile)};\n`);
  const output = await build({
    configFile: false,
    root: work,
    logLevel: 'silent',
    plugins: [validateBundledTariffs(file)],
    build: { write: false, minify: false, lib: { entry: reader, formats: ['es'] } },
  });
  const chunk = (Array.isArray(output) ? output[0]! : (output as unknown as { output: [{ code: string }] })).output[0];
  const shipped = join(work, 'shipped.mjs');
  writeFileSync(shipped, chunk.code);
  const { bundled } = await import(shipped);
  assert.equal(bundled.document, null);
  // The file the plugin was given, with every default filled in, exactly as the element would have validated it.
  assert.deepEqual(bundled.validated, parseTariffsText(readFileSync(file, 'utf8')));
  assert.equal(bundled.validated.plans[0].name, '改过的名字');
  // and the engine's quote of the default usage, for the first price.
  assert.deepEqual(bundled.defaultQuote, estimate(bundled.validated, {}));
});
