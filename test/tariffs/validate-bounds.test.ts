// The v1.1 bounds (tariff-format.md §2 "Bounds"): no valid file can make any
// computation slow or lose precision; one beyond them is rejected with the
// path, in both languages. Each bound is tested at its edge, from the limits
// the validator reads (engine/limits.ts).
import { expect } from '@open-wc/testing';
import {
  DEFAULT_SHARE,
  MAX_ITEMS,
  MONEY_INTEGER_DIGITS,
  MULTIPLIER,
  PACKAGE_MINUTES,
} from '../../src/engine/limits.js';
import { estimate } from '../../src/engine/estimate.js';
import { parseTariffs, validateTariffs, validateTariffsText } from '../../src/tariffs/validate.js';
import { validDocument, type Doc } from '../support/tariff-builder.js';

function issuesOf(d: unknown) {
  const result = validateTariffs(d);
  expect(result.ok, 'the document is valid').to.equal(false);
  return result.issues!;
}

const accepted = (d: Doc) => expect(validateTariffs(d).issues).to.equal(undefined);

/** Every money field of the fixture, with how to set it. */
const MONEY: [string, (d: Doc, v: unknown) => void][] = [
  ['plans[0].package.price', (d, v) => (d.plans[0].package.price = v)],
  ['plans[0].ratePerMinute', (d, v) => (d.plans[0].ratePerMinute = v)],
  ['plans[0].overageRatePerMinute', (d, v) => (d.plans[0].overageRatePerMinute = v)],
  ['plans[0].setupFee', (d, v) => (d.plans[0].setupFee = v)],
  ['plans[0].addOns.recording.monthly', (d, v) => (d.plans[0].addOns.recording.monthly = v)],
  ['plans[0].addOns.recording.oneTime', (d, v) => (d.plans[0].addOns.recording.oneTime = v)],
  ['plans[0].lines.extraLineMonthly', (d, v) => (d.plans[0].lines.extraLineMonthly = v)],
  ['numberGrades[1].selectionFee', (d, v) => (d.numberGrades[1].selectionFee = v)],
];
/** The floors, money with at most 2 decimals. */
const FLOORS: [string, (d: Doc, v: unknown) => void][] = [
  ['plans[2].minimumMonthlySpend', (d, v) => (d.plans[2].minimumMonthlySpend = v)],
  ['numberGrades[1].minimumMonthlySpend', (d, v) => (d.numberGrades[1].minimumMonthlySpend = v)],
];
const MULTIPLIERS: [string, (d: Doc, v: unknown) => void][] = [
  ['plans[0].peakMultiplier', (d, v) => (d.plans[0].peakMultiplier = v)],
  ['plans[0].offPeakMultiplier', (d, v) => (d.plans[0].offPeakMultiplier = v)],
  ['plans[1].regionMultipliers.abroad', (d, v) => (d.plans[1].regionMultipliers.abroad = v)],
];

/** The one issue `value` at `path` causes, checked to be about that path. */
function rejection(set: (d: Doc, v: unknown) => void, path: string, value: unknown) {
  const d = validDocument();
  set(d, value);
  const issues = issuesOf(d);
  expect(issues.map((i) => i.path), `${path} = ${String(value).slice(0, 20)}`).to.deep.equal([path]);
  return issues[0];
}

describe('v1.1 bounds', () => {
  it(`money has at most ${MONEY_INTEGER_DIGITS} integer digits, in every money field`, () => {
    const max = '9'.repeat(MONEY_INTEGER_DIGITS);
    for (const [path, set] of [...MONEY, ...FLOORS]) {
      const d = validDocument();
      set(d, `${max}.99`);
      accepted(d);
      set(d, +max);
      accepted(d);
      for (const value of ['1' + '0'.repeat(MONEY_INTEGER_DIGITS), 1e10, 1e305, '1'.repeat(20_000), 10 ** 21]) {
        const issue = rejection(set, path, value);
        expect(issue.params.expected).to.match(/^money/);
        expect(issue.messageEn).to.contain(`at most ${MONEY_INTEGER_DIGITS} integer digits`);
        expect(issue.message).to.contain(`最多 ${MONEY_INTEGER_DIGITS} 位整数`);
      }
    }
  });

  it('a price of 10^305, an amount of 20,000 digits and a defaultShare of 401 digits are rejected at their paths', () => {
    const d = validDocument();
    d.plans[0].package.price = 1e305;
    d.plans[1].ratePerMinute = '7'.repeat(20_000);
    d.regions[0].defaultShare = '9'.repeat(401);
    expect(issuesOf(d).map((i) => i.path)).to.deep.equal([
      'regions[0].defaultShare',
      'plans[0].package.price',
      'plans[1].ratePerMinute',
    ]);
    // And as text, as tariffs:check and the widget read it.
    expect(validateTariffsText(JSON.stringify(d)).issues).to.have.length(3);
  });

  it(`a package has at most ${PACKAGE_MINUTES.max.toLocaleString('en')} minutes`, () => {
    const set = (d: Doc, v: unknown) => (d.plans[1].package.minutes = v);
    const d = validDocument();
    set(d, PACKAGE_MINUTES.max);
    accepted(d);
    const issue = rejection(set, 'plans[1].package.minutes', PACKAGE_MINUTES.max + 1);
    expect(issue.messageEn).to.equal(`expected an integer 0–${PACKAGE_MINUTES.max}, got ${PACKAGE_MINUTES.max + 1}`);
  });

  it(`multipliers are at most ${MULTIPLIER.max} with at most 4 decimals`, () => {
    for (const [path, set] of MULTIPLIERS) {
      const d = validDocument();
      set(d, `${MULTIPLIER.max}.0000`);
      accepted(d);
      set(d, '999.9999');
      accepted(d);
      for (const value of ['1000.0001', 1000.5, '1.00001', '9'.repeat(401), 1e300]) {
        const issue = rejection(set, path, value);
        expect(issue.params).to.include({ expected: 'decimal', min: 0, max: MULTIPLIER.max });
        expect(issue.messageEn).to.match(/^expected a number 0–1000 with at most 4 decimals, got /);
        expect(issue.message).to.match(/^应为0–1000 的数，最多 4 位小数，实际为 /);
      }
    }
  });

  it(`defaultShare is at most ${DEFAULT_SHARE.max.toLocaleString('en')} with at most 4 decimals`, () => {
    const set = (d: Doc, v: unknown) => (d.regions[1].defaultShare = v);
    const d = validDocument();
    set(d, '1000000.0000');
    accepted(d);
    for (const value of ['1000000.0001', 1e6 + 1, '0.00001', '9'.repeat(401)]) {
      const issue = rejection(set, 'regions[1].defaultShare', value);
      expect(issue.params).to.include({ expected: 'decimal', max: DEFAULT_SHARE.max });
    }
  });

  describe('list lengths', () => {
    const lists: [keyof typeof MAX_ITEMS, string, (d: Doc, n: number) => void][] = [
      ['plans', 'plans', (d, n) => (d.plans = Array.from({ length: n }, (_, i) => ({ ...d.plans[2], id: `p${i}` })))],
      ['regions', 'regions', (d, n) => (d.regions = Array.from({ length: n }, (_, i) => ({ id: i ? `r${i}` : 'abroad', name: 'r', defaultShare: 1 })))],
      ['addOns', 'addOns', (d, n) => (d.addOns = Array.from({ length: n }, (_, i) => ({ id: ['ivr', 'recording'][i] ?? `a${i}`, name: 'a' })))],
      ['numberGrades', 'numberGrades', (d, n) => (d.numberGrades = Array.from({ length: n }, (_, i) => ({ id: `g${i}`, name: 'g' })))],
      ['carriers', 'carriers', (d, n) => (d.carriers = Array.from({ length: n }, (_, i) => ({ id: i ? `c${i}` : 'unicom', name: 'c' })))],
      ['peakWindows', 'peakWindows', (d, n) => (d.peakWindows = Array.from({ length: n }, () => ({ days: [1], from: '08:00', to: '09:00' })))],
      ['callerPrefixes', 'regions[0].callerPrefixes', (d, n) => (d.regions[0].callerPrefixes = Array.from({ length: n }, (_, i) => `+${i + 10}`))],
    ];
    for (const [name, path, fill] of lists) {
      const max = MAX_ITEMS[name];
      it(`${path}: ${max} items are fine, ${max + 1} are too many`, () => {
        const d = validDocument();
        fill(d, max);
        accepted(d);
        fill(d, max + 1);
        const issues = issuesOf(d);
        expect(issues.map((i) => i.path)).to.deep.equal([path]);
        expect(issues[0]).to.deep.include({
          code: 'too-many',
          params: { count: max + 1, max },
          message: `共 ${max + 1} 项，最多 ${max} 项`,
          messageEn: `${max + 1} items, at most ${max}`,
        });
      });
    }
  });

  it('a file at every bound at once still computes, every figure exact', () => {
    const d = validDocument();
    const big = '9999999999.9999';
    d.regions = Array.from({ length: MAX_ITEMS.regions }, (_, i) => ({ id: `r${i}`, name: 'r', defaultShare: '1000000' }));
    d.addOns = Array.from({ length: MAX_ITEMS.addOns }, (_, i) => ({ id: `a${i}`, name: 'a' }));
    d.plans = Array.from({ length: MAX_ITEMS.plans }, (_, i) => ({
      id: `p${i}`,
      carrier: 'unicom',
      name: 'p',
      termMonths: 120,
      package: i % 2 ? { price: big, includes: 'minutes', minutes: PACKAGE_MINUTES.max } : { price: big, includes: 'credit' },
      ratePerMinute: big,
      peakMultiplier: '1000',
      offPeakMultiplier: '0.0001',
      regionMultipliers: Object.fromEntries(d.regions.map((r: Doc) => [r.id, '1000'])),
      minimumMonthlySpend: '9999999999.99',
      setupFee: big,
      addOns: Object.fromEntries(d.addOns.map((a: Doc) => [a.id, { monthly: big, oneTime: big }])),
    }));
    const tariffs = parseTariffs(d);
    const started = performance.now();
    const quote = estimate(tariffs, { minutesPerMonth: 10_000_000, addOns: tariffs.addOns.map((a) => a.id) });
    console.log(`estimate of ${MAX_ITEMS.plans} plans at every bound: ${(performance.now() - started).toFixed(0)} ms`);
    expect(quote.plans).to.have.length(MAX_ITEMS.plans);
    for (const plan of quote.plans) expect(plan.averageMonthly).to.match(/^\d+\.\d\d$/);
  });
});
