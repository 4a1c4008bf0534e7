// src/build/slim-decimal.ts trims decimal.js for the one-script build. What it
// keeps must behave exactly like decimal.js; what it drops must be unused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import { propertyNamesIn, slimDecimal } from '../../src/build/slim-decimal.js';

const source = readFileSync(fileURLToPath(import.meta.resolve('decimal.js')), 'utf8');
const used = propertyNamesIn(fileURLToPath(new URL('../../src', import.meta.url)));
const { code, removed } = slimDecimal(source, used);
const file = join(mkdtempSync(join(tmpdir(), 'hotline-decimal-')), 'decimal.mjs');
writeFileSync(file, code);
const Slim: typeof Decimal = (await import(pathToFileURL(file).href)).default;

const methods = (D: typeof Decimal) => Object.getOwnPropertyNames(D.prototype);

test('every decimal.js method the sources name is kept', () => {
  const kept = new Set(methods(Slim));
  const needed = methods(Decimal).filter((name) => used.has(name));
  assert.ok(needed.length >= 10, `only ${needed.length} methods found in use: the scan is broken`);
  for (const name of needed) assert.ok(kept.has(name), `${name} was removed`);
  for (const name of ['toString', 'valueOf', 'toJSON']) assert.ok(kept.has(name));
});

test('what nobody uses is gone', () => {
  for (const name of ['sin', 'toFraction', 'hyperbolicTangent', 'toHexadecimal']) {
    assert.ok(!used.has(name), `${name} is used after all; pick another example`);
    assert.ok(removed.includes(name) || !methods(Slim).includes(name), `${name} was kept`);
  }
  assert.ok(!code.includes('3.1415926535897932384626'), 'the 1,025 digits of pi are still there');
});

test('the kept arithmetic gives the same results as decimal.js', () => {
  // The engine's configuration: nothing rounded implicitly.
  const config = { precision: 1e9, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 } as const;
  const Full = Decimal.clone(config);
  const Trimmed = Slim.clone(config);
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const number = () => (random() * 10 ** Math.floor(random() * 8)).toFixed(Math.floor(random() * 5));
  for (let i = 0; i < 2000; i++) {
    const [a, b] = [number(), number()];
    const [fx, fy] = [new Full(a), new Full(b)];
    const [x, y] = [new Trimmed(a), new Trimmed(b)];
    const same = (label: string, full: unknown, slim: unknown) => assert.equal(String(slim), String(full), `${label} of ${a}, ${b}`);
    same('plus', fx.plus(fy), x.plus(y));
    same('minus', fx.minus(fy), x.minus(y));
    same('times', fx.times(fy), x.times(y));
    same('cmp', fx.cmp(fy), x.cmp(y));
    same('toFixed', fx.times(fy).toFixed(2), x.times(y).toFixed(2));
    same('toDecimalPlaces', fx.times(fy).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN), x.times(y).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN));
    same('decimalPlaces', fx.times(fy).decimalPlaces(), x.times(y).decimalPlaces());
    if (!fy.isZero()) same('divToInt', fx.divToInt(fy), x.divToInt(y));
    same('floor', fx.floor(), x.floor());
    same('toNumber', fx.toNumber(), x.toNumber());
  }
});
