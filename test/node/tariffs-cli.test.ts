// `npm run tariffs:check [file]` as a marketer runs it: exit codes, the
// `file:line:column  path  message` lines, and the monthly totals table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'hotline-tariffs-check-'));

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/tariffs-check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

const small = {
  $schema: './schema.json',
  schemaVersion: 1,
  currency: 'CNY',
  effectiveDate: '2026-11-01',
  regions: [{ id: 'mainland', name: '中国大陆', defaultShare: 1 }],
  carriers: [{ id: 'unicom', name: '中国联通' }],
  plans: [
    {
      id: 'credit-1200',
      carrier: 'unicom',
      name: '标准年套餐',
      termMonths: 12,
      package: { price: '1200', includes: 'credit' },
      ratePerMinute: '0.12',
      overageRatePerMinute: '0.15',
    },
    {
      id: 'floor-120',
      carrier: 'unicom',
      name: '月保底',
      termMonths: 1,
      package: { price: '0', includes: 'nothing' },
      ratePerMinute: '0.11',
      minimumMonthlySpend: '120',
    },
  ],
};

test('the bundled file passes and shows every plan at 300, 3,000 and 30,000 minutes', () => {
  const { code, out } = check();
  assert.equal(code, 0, out);
  assert.match(out, /^src\/tariffs\/default\.json: OK/);
  assert.match(out, /^plan +300 min +3,000 min +30,000 min$/m);
  const bundled = JSON.parse(readFileSync(new URL('src/tariffs/default.json', root), 'utf8'));
  for (const plan of bundled.plans) {
    assert.match(out, new RegExp(`^${plan.id} +\\d+\\.\\d\\d +[\\d,]+\\.\\d\\d +\\d,\\d{3}\\.\\d\\d  \\S`, 'm'), plan.id);
  }
});

test('the totals table is aligned and exact, its amounts grouped as its headers are', () => {
  // credit-1200: P = 100; at 3,000 min X = 360, calls = (360 − 100) × 0.15 / 0.12 = 325 → 425.00;
  // at 30,000 min X = 3,600, calls = 3,500 × 1.25 = 4,375 → 4,475.00.
  // floor-120: 300 min × 0.11 = 33 < 120 → 120.00; 330.00; 3,300.00.
  const { code, out } = check(file('small.json', JSON.stringify(small, null, 2)));
  assert.equal(code, 0, out);
  assert.deepEqual(out.trimEnd().split('\n').slice(-3), [
    'plan         300 min  3,000 min  30,000 min',
    'credit-1200   100.00     425.00    4,475.00  标准年套餐',
    'floor-120     120.00     330.00    3,300.00  月保底',
  ]);
});

test('a broken file fails with one file:line:column  path  message line per problem', () => {
  const broken = structuredClone(small) as any;
  broken.currency = 'yuan';
  broken.plans[0].ratePerMinuite = '0.1';
  broken.plans[1].ratePerMinute = '-0.1';
  delete broken.plans[1].termMonths;
  const path = file('broken.json', JSON.stringify(broken, null, 2));
  const { code, out } = check(path);
  assert.equal(code, 1, out);
  assert.deepEqual(out.trimEnd().split('\n'), [
    `${path}:4:15  currency  应为币种代码如 "CNY"，实际为 "yuan" / expected a code like "CNY", got "yuan"`,
    `${path}:31:7  plans[0] (credit-1200).ratePerMinuite  未知字段，是否为 ratePerMinute？ / unknown field; did you mean ratePerMinute?`,
    `${path}:33:5  plans[1] (floor-120).termMonths  缺少必填字段 / missing required field`,
    `${path}:41:24  plans[1] (floor-120).ratePerMinute  应为不小于 0 的金额，最多 10 位整数、4 位小数，例如 "0.12"，实际为 "-0.1" / expected an amount ≥ 0 with at most 10 integer digits and 4 decimals, such as "0.12", got "-0.1"`,
    '',
    '4 个问题 / 4 problem(s)',
  ]);
  // The line and column point at the offending text.
  const lines = readFileSync(path, 'utf8').split('\n');
  assert.equal(lines[3].slice(14), '"yuan",');
  assert.equal(lines[30].slice(6), '"ratePerMinuite": "0.1"');
  assert.equal(lines[32].slice(4), '{');
  assert.equal(lines[40].slice(23), '"-0.1",');
});

test('a JSON syntax error is reported where its cause is, saying what it is and how to fix it', () => {
  const path = file('syntax.json', '{\n  "schemaVersion": 1,\n  "currency": "CNY",\n}\n');
  const { code, out } = check(path);
  assert.equal(code, 1, out);
  assert.equal(
    out.split('\n')[0],
    `${path}:3:20  (document)  JSON 语法错误：第 3 行第 20 列，多余的逗号：删掉最后一项后面的 , / ` +
      'JSON syntax error at line 3, column 20: trailing comma: remove the , after the last item',
  );
});

test('problems are listed in reading order, whatever order the validator finds them in', () => {
  // The validator reads the top level in its own field order (regions before plans, currency first);
  // the file below writes plans first.
  const { plans, ...rest } = structuredClone(small) as any;
  const broken = { plans, ...rest };
  broken.plans[0].ratePerMinute = '-1';
  broken.regions[0].defaultShare = 'x';
  broken.currency = 'yuan';
  const path = file('order.json', JSON.stringify(broken, null, 2));
  const { code, out } = check(path);
  assert.equal(code, 1, out);
  const places = out
    .split('\n')
    .filter((line) => line.startsWith(path))
    .map((line) => line.slice(path.length + 1).split('  ').slice(0, 2).join(' '));
  const positions = places.map((p) => p.split(' ')[0].split(':').map(Number));
  assert.deepEqual(
    positions,
    [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
    places.join('\n'),
  );
  assert.deepEqual(
    places.map((p) => p.split(' ').slice(1).join(' ')),
    ['plans[0] (credit-1200).ratePerMinute', 'currency', 'regions[0].defaultShare'],
  );
});

test('a missing file exits 2 with a message', () => {
  const path = join(work, 'no-such-file.json');
  const { code, out, err } = check(path);
  assert.equal(code, 2);
  assert.equal(out, '');
  assert.match(err, /no-such-file\.json: 文件不存在 \/ file not found/);
});
