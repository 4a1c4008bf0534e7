// `npm run tariffs:check new.json --against old.json` as a marketer runs it
// before publishing an edit: what the edit changes for visitors, and the exit
// codes when either file is broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'hotline-tariffs-against-'));
const bundled = 'src/tariffs/default.json';
// The bundled file with telecom-600 at 0.13 instead of 0.12 a minute,
// unicom-peak at 0.09 instead of 0.10, mobile-5000-2y at 4,800 instead of
// 5,000, and mobile-regional removed.
const edited = 'test/fixtures/tariffs-three-prices-one-plan-removed.json';

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/tariffs-check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function file(name: string, document: unknown): string {
  const path = join(work, name);
  writeFileSync(path, typeof document === 'string' ? document : JSON.stringify(document, null, 2));
  return path;
}

/** The lines of the "what changed" report, from its heading on. */
const report = (out: string) => out.slice(out.indexOf('变化 / What changed')).trimEnd().split('\n');

test('an edit of the bundled file: each plan before → after at three volumes, the plan removed, the new cheapest plan', () => {
  const { code, out } = check(edited, '--against', bundled);
  assert.equal(code, 0, out);
  const lines = report(out);
  assert.equal(lines[0], `变化 / What changed: ${bundled} → ${edited}`);
  assert.match(lines[1], /averageMonthly.*ranked by/, 'the header says which figure is compared');
  assert.equal(lines[3], 'plan                    minutes    before     after   change');
  const rows = (planId: string) => {
    const start = lines.findIndex((line) => line.startsWith(`${planId} `));
    return lines.slice(start, start + 3);
  };
  // telecom-600 (credit 600/12 = 50 a month, 0.15 once used up): at 3,000 min
  // the credit buys 50 / 0.13 = 384.615… minutes instead of 416.666…, so
  // 2,615.38… minutes at 0.15 instead of 2,583.33…: 442.31 (437.50 + 4.81).
  assert.deepEqual(rows('telecom-600'), [
    'telecom-600             300 min     50.00     50.00     0.00  电信 600 元年套餐',
    '                      3,000 min    437.50    442.31    +4.81',
    '                     30,000 min  4,487.50  4,492.31    +4.81',
  ]);
  // unicom-peak, 60 % peak: 3,000 × (0.6 × 1.2 + 0.4 × 0.8) = 3,120 rated minutes;
  // at 0.09 instead of 0.10 that is 31.20 less; 300 min stay at the 120 floor.
  assert.deepEqual(rows('unicom-peak'), [
    'unicom-peak             300 min    120.00    120.00     0.00  联通 分时段计费',
    '                      3,000 min    312.00    280.80   -31.20',
    '                     30,000 min  3,120.00  2,808.00  -312.00',
  ]);
  // mobile-5000-2y: a 24-month credit; 5,000 / 24 = 208.33 → 4,800 / 24 = 200.00
  // where the credit covers the calls; above it the calls decide.
  assert.deepEqual(rows('mobile-5000-2y'), [
    'mobile-5000-2y          300 min    208.33    200.00    -8.33  移动 两年 5000 元套餐',
    '                      3,000 min    300.00    300.00     0.00',
    '                     30,000 min  3,000.00  3,000.00     0.00',
  ]);
  assert.deepEqual(rows('mobile-regional'), [
    'mobile-regional         300 min    100.00         —        —  移动 分地区计费  (已移除 / removed)',
    '                      3,000 min    348.15         —        —',
    '                     30,000 min  3,481.50         —        —',
  ]);
  assert.deepEqual(lines.slice(-7), [
    '新增套餐 / Plans added: 无 / none',
    '移除套餐 / Plans removed: mobile-regional 移动 分地区计费',
    '',
    '最便宜的套餐（之前 → 之后）/ Cheapest plan (before → after):',
    '     300 min  telecom-600 电信 600 元年套餐  (不变 / unchanged)',
    '   3,000 min  mobile-5000-2y 移动 两年 5000 元套餐 → unicom-peak 联通 分时段计费',
    '  30,000 min  mobile-5000-2y 移动 两年 5000 元套餐 → unicom-peak 联通 分时段计费',
  ]);
  // The usual report comes first, unchanged.
  assert.match(out, /^test\/fixtures\/tariffs-three-prices-one-plan-removed\.json: OK — 9 plans/);
  assert.ok(out.indexOf('每月费用 / Monthly total') < out.indexOf('变化 / What changed'));
});

test('a plan the edit adds is listed as added, with no before and no difference', () => {
  const document = JSON.parse(readFileSync(new URL(bundled, root), 'utf8'));
  const older = { ...document, plans: document.plans.filter((plan: { id: string }) => plan.id !== 'unicom-1800') };
  const { code, out } = check(bundled, '--against', file('older.json', older));
  assert.equal(code, 0, out);
  const lines = report(out);
  assert.ok(lines.includes('unicom-1800             300 min         —    150.00       —  联通 1800 元年套餐  (新增 / added)'), lines.join('\n'));
  assert.ok(lines.includes('新增套餐 / Plans added: unicom-1800 联通 1800 元年套餐'));
  assert.ok(lines.includes('移除套餐 / Plans removed: 无 / none'));
});

test('problems in the checked file decide the exit code; nothing is compared', () => {
  const broken = file('broken.json', '{\n  "schemaVersion": 1,\n  "currency": "CNY",\n}\n');
  const { code, out } = check(broken, '--against', bundled);
  assert.equal(code, 1, out);
  assert.match(out, /^.*broken\.json:3:20  \(document\)  JSON/m);
  assert.match(out.trimEnd(), /Not compared: fix the problems in .*broken\.json first$/);
  assert.doesNotMatch(out, /What changed/);
});

test('a file compared against that has problems is named with them, and the run fails', () => {
  const older = file('older-broken.json', '{\n  "schemaVersion": 1,\n  "currency": "yuan"\n}\n');
  const { code, out } = check(bundled, '--against', older);
  assert.equal(code, 1, out);
  assert.match(out, /The file compared against has \d+ problem\(s\); nothing compared:/);
  assert.match(out, new RegExp(`^${older.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:15  currency  `, 'm'));
  assert.doesNotMatch(out, /What changed/);
  // The checked file's own report still comes first.
  assert.match(out, /^src\/tariffs\/default\.json: OK/);
});

test('a missing file to compare against exits 2, as a missing file to check does', () => {
  const { code, err } = check(bundled, '--against', join(work, 'gone.json'));
  assert.equal(code, 2);
  assert.match(err, /gone\.json: 文件不存在 \/ file not found \(--against\)/);
});

test('--against without a file, or an unknown option, exits 2 with the usage', () => {
  for (const args of [[bundled, '--against'], [bundled, '--agianst', bundled]]) {
    const { code, out, err } = check(...args);
    assert.equal(code, 2, args.join(' '));
    assert.equal(out, '');
    assert.match(err, /usage: npm run tariffs:check \[new\.json\] \[--against old\.json\]/);
  }
  const { code, out } = check(`--against=${bundled}`);
  assert.equal(code, 0, 'the bundled file against itself');
  assert.match(out, /300 min  telecom-600 .*\(不变 \/ unchanged\)/);
});
