// What `npm publish` would ship: the built library (with the reseller's
// script precompressed, for those who copy dist/), its sources without tests,
// README, LICENSE and package.json; nothing test-only, no demo pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^dist\/(index|engine|hotline-calculator)\.js(\.map)?$/,
  /^dist\/hotline-calculator\.js\.(gz|br)$/,
  /^dist\/chunks\/[\w.-]+\.js(\.map)?$/,
  /^dist\/types\/.+\.d\.ts(\.map)?$/,
  /^dist\/custom-elements\.json$/,
  /^src\/.+\.(ts|json)$/,
];

function packedFiles(): string[] {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const output = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  const [pack] = JSON.parse(output) as [{ files: { path: string }[] }];
  return pack.files.map((file) => file.path).sort();
}

test('npm pack lists only the built files, the sources without tests, README, LICENSE and package.json', () => {
  const files = packedFiles();
  const unexpected = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
  assert.deepEqual(unexpected, []);
  const testOnly = files.filter((file) => /\.test\.ts$|(^|\/)test(-support)?\//.test(file));
  assert.deepEqual(testOnly, []);
  for (const needed of [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/index.js',
    'dist/engine.js',
    'dist/hotline-calculator.js',
    'dist/hotline-calculator.js.gz',
    'dist/hotline-calculator.js.br',
    'dist/custom-elements.json',
    'dist/types/index.d.ts',
    'src/index.ts',
    'src/tariffs/default.json',
    'src/tariffs/schema.json',
  ]) {
    assert.ok(files.includes(needed), `${needed} is not in the package`);
  }
});

test('every path package.json names (exports, types, customElements) is in the package', () => {
  const files = packedFiles();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets: string[] = [pkg.types, pkg.customElements];
  for (const value of Object.values(pkg.exports) as (string | Record<string, string>)[]) {
    targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
  }
  for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is not published`);
});
