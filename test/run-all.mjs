#!/usr/bin/env node
// The project's test command (`npm test`): runs every stage in turn, then
// prints one closing line "N passed, N failed" over all of them and exits
// non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'hotline-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(name, command, args, countsFile, env = {}) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  let counts = null;
  if (countsFile && existsSync(countsFile)) {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  }
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped ?? 0;
  }
  // A stage that failed without reporting a failed test still counts as one failure.
  if (result.status !== 0 && (!counts || counts.failed === 0)) totals.failed += 1;
  if (!countsFile && result.status === 0) totals.passed += 1;
  console.log(`--- ${name}: ${result.status === 0 ? 'ok' : `exit ${result.status}`}`);
}

function nodeTests(name, dir) {
  if (!existsSync(dir)) return;
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.test\.(m?js|ts)$/.test(f))
    .map((f) => join(dir, f));
  if (files.length === 0) return;
  const out = join(work, `${name.replace(/\W+/g, '-')}.json`);
  run(name, process.execPath, [
    '--import', 'tsx',
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./test/support/node-count-reporter.mjs', `--test-reporter-destination=${out}`,
    ...files,
  ], out);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

run('type check', 'npx', ['tsc', '-p', 'tsconfig.json']);
run('build', npm, ['run', '--silent', 'build']);
nodeTests('node tests (CLI, build, size, embedding)', 'test/node');
const wtrCounts = join(work, 'wtr.json');
run('browser tests (Chromium, Firefox)', 'npx', ['wtr'], wtrCounts, { HOTLINE_COUNTS_FILE: wtrCounts });

// The closing line is exactly "N passed, N failed", alone: CI reads it as such.
if (totals.skipped) console.log(`\n${totals.skipped} skipped (each says why above)`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
