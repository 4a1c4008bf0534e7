// The package as the ecosystem's tools see it, on the tarball `npm pack`
// makes of the built package: publint (package.json's fields, exports,
// module formats, published files) reports nothing, not even a suggestion;
// Are the Types Wrong? (attw, with .attw.json, as `npx attw --pack .` runs it)
// finds the types of every export under node16 (from ESM and from CJS) and
// bundler resolution. The package is ESM only, so a `require` from CommonJS
// reaching an ES module ("cjs-resolves-to-esm", fine since Node 20.19) is not
// counted; TypeScript's node10 resolution, which ignores `exports`, is not
// checked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let packDir = '';
let tarball = '';

before(() => {
  packDir = mkdtempSync(join(tmpdir(), 'hotline-pack-'));
  const output = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
    cwd: root,
    encoding: 'utf8',
  });
  const [pack] = JSON.parse(output) as [{ filename: string }];
  tarball = join(packDir, pack.filename);
});

after(() => rmSync(packDir, { recursive: true, force: true }));

test('publint finds nothing in the packed package, suggestions included', async () => {
  const bytes = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    level: 'suggestion',
    strict: true,
  });
  assert.deepEqual(
    messages.map((message) => `${message.type} ${message.code} at ${message.path.join('.')}: ${formatMessage(message, pkg)}`),
    [],
  );
});

test('attw finds the types of every export under node16 and bundler resolution', () => {
  const attw = join(root, 'node_modules/.bin/attw');
  const run = (format: string) =>
    spawnSync(process.execPath, [attw, tarball, '--format', format, '--no-color'], { cwd: root, encoding: 'utf8' });
  const json = run('json');
  if (json.status !== 0) {
    // The table says which entry point fails under which resolution.
    assert.fail(`attw exited with ${json.status}:\n${run('table').stdout}${json.stderr}`);
  }
  const { analysis } = JSON.parse(json.stdout) as {
    analysis: { entrypoints: Record<string, { resolutions: Record<string, { resolution?: { isTypeScript?: boolean; fileName?: string } }> }> };
  };
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const typed = Object.keys(pkg.exports).filter((key) => typeof pkg.exports[key] === 'object');
  assert.deepEqual(Object.keys(analysis.entrypoints).sort(), Object.keys(pkg.exports).sort(), 'attw checked other entry points than package.json exports');
  for (const entrypoint of typed) {
    for (const kind of ['node16-esm', 'node16-cjs', 'bundler']) {
      const resolution = analysis.entrypoints[entrypoint].resolutions[kind]?.resolution;
      assert.ok(resolution?.isTypeScript, `${entrypoint} has no types under ${kind} (${resolution?.fileName ?? 'unresolved'})`);
    }
  }
});
