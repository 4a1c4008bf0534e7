// src/build/slim-decimal.ts trims decimal.js for the one-script build. What it
// keeps must behave exactly like decimal.js; what it drops must be unused, and
// nothing unused may survive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import { decimalNamesUsedIn, IMPLICITLY_CALLED, slimDecimal } from '../../src/build/slim-decimal.js';

const source = readFileSync(fileURLToPath(import.meta.resolve('decimal.js')), 'utf8');
const used = decimalNamesUsedIn([fileURLToPath(new URL('../../src', import.meta.url))]);
const { code } = slimDecimal(source, used);
const file = join(mkdtempSync(join(tmpdir(), 'hotline-decimal-')), 'decimal.mjs');
writeFileSync(file, code);
const Slim: typeof Decimal = (await import(pathToFileURL(file).href)).default;

/**
 * The methods the kept ones call themselves: comparisons go through
 * `comparedTo`, formatting asks `isNegative` and `isFinite`. Anything else
 * found on the trimmed prototype is a method nobody calls.
 */
const CALLED_BY_KEPT_METHODS = ['comparedTo', 'isFinite', 'isNegative'];

const methods = (D: typeof Decimal) => {
  const prototype = D.prototype as unknown as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).filter((name) => name !== 'constructor' && typeof prototype[name] === 'function');
};
/** Every name of the methods in `names` (decimal.js gives most two: `times` and `mul`). */
function withAliases(names: Iterable<string>): Set<string> {
  const prototype = Decimal.prototype as unknown as Record<string, unknown>;
  const functions = new Set([...names].map((name) => prototype[name]));
  return new Set(methods(Decimal).filter((name) => functions.has(prototype[name])));
}
const expected = withAliases([...used.methods, ...IMPLICITLY_CALLED, ...CALLED_BY_KEPT_METHODS]);

test('the sources\' Decimal vocabulary is found by the type checker, not by name', () => {
  // The engine's arithmetic and rounding; `max` (ranges) and `Math.pow` are not Decimals.
  for (const name of ['plus', 'times', 'divToInt', 'toDecimalPlaces', 'decimalPlaces', 'eq', 'isZero']) {
    assert.ok(used.methods.has(name), `${name} not found in use: the scan is broken`);
  }
  for (const name of ['max', 'min', 'pow', 'log', 'isFinite']) assert.ok(!used.methods.has(name), `${name} counted as a Decimal method`);
  assert.deepEqual([...used.statics].sort(), ['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'clone']);
});

test('the trimmed prototype has exactly the methods in use and those they call', () => {
  assert.deepEqual(methods(Slim).sort(), [...expected].sort());
  // Statics: the configuration and `clone`, no arithmetic (`Decimal.pow`, `Decimal.log`, …).
  for (const name of ['abs', 'div', 'pow', 'log', 'exp', 'sin', 'random', 'hypot', 'max', 'sum', 'isDecimal']) {
    assert.equal((Slim as unknown as Record<string, unknown>)[name], undefined, `Decimal.${name} was kept`);
  }
  assert.equal(typeof Slim.clone, 'function');
  assert.equal(typeof Slim.set, 'function');
});

test('the constants only logarithms and trigonometry need are gone', () => {
  assert.ok(!code.includes('3.1415926535897932384626'), 'the 1,025 digits of pi are still there');
  assert.ok(!code.includes('2.3025850929940456840179914546843642'), 'the 1,025 digits of ln 10 are still there');
});

test('the constructor reads decimal strings and numbers, and nothing else', () => {
  for (const text of ['0', '-0', '12.50', '.5', '1e-7', '+3', '123456789012345678901234567890.123']) {
    assert.equal(new Slim(text).toString(), new Decimal(text).toString(), text);
  }
  for (const value of [0, 0.1, -2.5, 1e21, 123456789]) assert.equal(new Slim(value).toString(), new Decimal(value).toString());
  for (const text of ['0x1f', '0b101', '0o17', 'NaN', 'Infinity', '1,5', '']) {
    assert.throws(() => new Slim(text), /\[DecimalError\] Invalid argument/, text);
  }
});

test('the built script carries no other Decimal method', { skip: !existsSync(new URL('../../dist/hotline-calculator.js', import.meta.url)) && 'run npm run build first' }, () => {
  const bundle = readFileSync(new URL('../../dist/hotline-calculator.js', import.meta.url), 'utf8');
  // decimal.js defines its methods as `P.name = …`; minified, `x.name=`.
  const defined = (name: string) => new RegExp(`\\.${name}=(?!=)`).test(bundle);
  for (const name of ['times', 'mul', 'toDecimalPlaces', 'divToInt']) assert.ok(defined(name), `${name} not found: the check is broken`);
  const unused = methods(Decimal).filter((name) => !expected.has(name));
  assert.ok(unused.length > 60, 'decimal.js has fewer methods than expected');
  assert.deepEqual(unused.filter(defined), [], 'unused Decimal methods in dist/hotline-calculator.js');
  assert.ok(!bundle.includes('3.1415926535897932384626'));
});

test('the kept arithmetic gives the same results as decimal.js', () => {
  // The engine's configurations: nothing rounded implicitly, and its 20-digit approximations.
  const exact = { precision: 1e9, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 } as const;
  const approximate = { precision: 20, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 } as const;
  const [Full, Trimmed] = [Decimal.clone(exact), Slim.clone(exact)];
  const [FullApprox, TrimmedApprox] = [Decimal.clone(approximate), Slim.clone(approximate)];
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
    same('eq', fx.eq(fy), x.eq(y));
    same('gt', fx.gt(fy), x.gt(y));
    same('lt', fx.lt(fy), x.lt(y));
    same('lte', fx.lte(fy), x.lte(y));
    same('toFixed', fx.times(fy).toFixed(2), x.times(y).toFixed(2));
    same('toDecimalPlaces', fx.times(fy).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN), x.times(y).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN));
    same('decimalPlaces', fx.times(fy).decimalPlaces(), x.times(y).decimalPlaces());
    same('toNumber', fx.toNumber(), x.toNumber());
    if (!fy.isZero()) {
      same('divToInt', fx.divToInt(fy), x.divToInt(y));
      same('div', new FullApprox(fx).div(fy), new TrimmedApprox(x).div(y));
    }
  }
});
