// The layers of README "Architecture", enforced: dependency-cruiser's rules
// (.dependency-cruiser.cjs) hold on the real tree, and each rule does catch
// the import it forbids; the engine compiles without the DOM's types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

/** The rule violations dependency-cruiser finds in `paths`, run in `cwd` with the project's rules. */
function violations(cwd: string, paths: readonly string[]): Violation[] {
  const config = join(root, '.dependency-cruiser.cjs');
  let output: string;
  try {
    output = execFileSync(process.execPath, [depcruise, ...paths, '--config', config, '--output-type', 'json'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // It exits non-zero when it finds violations; the report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
}

test('the source tree keeps every dependency rule', () => {
  const found = violations(root, ['src', 'demo', 'vite.config.ts']);
  assert.deepEqual(
    found.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`),
    [],
  );
});

test('each rule catches the import it forbids', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-architecture-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  try {
    copyFileSync(join(root, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    write('src/engine/types.ts', 'export type Amount = string;\n');
    write('src/engine/limits.ts', 'export const MAX = 1;\n');
    write('src/engine/estimate.ts', "import '../components/card.js';\nexport const e = 1;\n");
    write('src/components/card.ts', "import '../../demo/page.js';\nexport const c = 1;\n");
    write('src/tariffs/validate.ts', "import type { Amount } from '../engine/types.js';\nimport { MAX } from '../engine/limits.js';\nimport { e } from '../engine/estimate.js';\nexport const v: Amount = String(MAX + e);\n");
    write('src/i18n/strings.ts', "import { c } from '../components/card.js';\nexport const s = c;\n");
    write('src/state/state.ts', "import { c } from '../components/card.js';\nexport const st = c;\n");
    write('src/share/a.ts', "import { b } from './b.js';\nexport const a = b;\n");
    write('src/share/b.ts', "import { a } from './a.js';\nexport const b = a;\n");
    write('src/index.ts', "import './missing.js';\n");
    write('src/call-log/read.ts', "import { e } from '../engine/estimate.js';\nexport const r = e;\n");
    write('demo/page.ts', 'export const p = 1;\n');
    const rules = new Set(violations(dir, ['src']).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`));
    for (const expected of [
      'engine-is-pure: src/engine/estimate.ts → src/components/card.ts',
      'tariffs-use-only-engine-declarations: src/tariffs/validate.ts → src/engine/estimate.ts',
      'i18n-knows-no-component: src/i18n/strings.ts → src/components/card.ts',
      'state-and-share-are-dom-free: src/state/state.ts → src/components/card.ts',
      'no-circular: src/share/a.ts → src/share/b.ts',
      'src-never-imports-demo-or-test: src/components/card.ts → demo/page.ts',
      'not-to-unresolvable: src/index.ts → ./missing.js',
      'call-log-reads-files-only: src/call-log/read.ts → src/engine/estimate.ts',
    ]) {
      assert.ok(rules.has(expected), `not reported: ${expected}\nreported: ${[...rules].join('\n')}`);
    }
    // The engine's own types and limits are what the validator may use.
    assert.ok(![...rules].some((r) => /validate\.ts → src\/engine\/(types|limits)\.ts/.test(r)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the engine compiles without the DOM: it runs in Node as in browsers', () => {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram([join(root, 'src/engine/index.ts')], {
    ...options,
    lib: ['lib.es2022.d.ts'],
    types: [],
    noEmit: true,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(diagnostics, []);
});
