import { expect } from '@open-wc/testing';
import defaultTariffs from '../../src/tariffs/default.json';
import {
  parseTariffs,
  parseTariffsText,
  TariffError,
  validateTariffs,
  validateTariffsText,
} from '../../src/tariffs/validate.js';
import { validDocument, type Doc } from '../support/tariff-builder.js';

function issuesOf(doc: unknown) {
  const result = validateTariffs(doc);
  expect(result.ok).to.equal(false);
  return result.issues!;
}

/** A value nested `depth` levels deep, built without recursion. */
function nested(depth: number): unknown[] {
  const root: unknown[] = [];
  let inner = root;
  for (let i = 1; i < depth; i++) {
    const next: unknown[] = [];
    inner.push(next);
    inner = next;
  }
  return root;
}

describe('validateTariffs', () => {
  it('accepts the bundled default tariffs', () => {
    const result = validateTariffs(defaultTariffs);
    expect(result.issues).to.equal(undefined);
    const { tariffs } = result;
    expect(tariffs!.carriers.map((c) => c.id)).to.deep.equal(['telecom', 'unicom', 'mobile']);
    expect(tariffs!.plans.length).to.be.at.least(9);
    expect(new Set(tariffs!.plans.map((p) => p.package.includes))).to.have.keys('credit', 'minutes', 'nothing');
  });

  it('accepts the bundled default tariffs as text', () => {
    expect(validateTariffsText(JSON.stringify(defaultTariffs, null, 2)).ok).to.equal(true);
  });

  it('reports every problem at once, in document order', () => {
    const d = validDocument();
    d.currency = 'yuan';
    d.regions[0].defaultShare = 'most';
    d.plans[0].ratePerMinuite = '0.1';
    d.plans[1].termMonths = 0;
    d.plans[2].ratePerMinute = '-0.1';
    expect(issuesOf(d).map((i) => i.path)).to.deep.equal([
      'currency',
      'regions[0].defaultShare',
      'plans[0].ratePerMinuite',
      'plans[1].termMonths',
      'plans[2].ratePerMinute',
    ]);
  });

  it('says what was expected in Chinese and in English', () => {
    const d = validDocument();
    d.plans[2].ratePerMinute = '-0.1';
    const [issue] = issuesOf(d);
    expect(issue).to.deep.equal({
      code: 'expected',
      params: { expected: 'money', got: '"-0.1"' },
      path: 'plans[2].ratePerMinute',
      planId: 'floor-120',
      message: '应为不小于 0 的金额，最多 10 位整数、4 位小数，例如 "0.12"，实际为 "-0.1"',
      messageEn: 'expected an amount ≥ 0 with at most 10 integer digits and 4 decimals, such as "0.12", got "-0.1"',
    });
  });

  it('suggests the field a typo was meant to be, in both languages', () => {
    const d = validDocument();
    d.plans[0].ratePerMinuite = '0.1';
    const [issue] = issuesOf(d);
    expect(issue.message).to.equal('未知字段，是否为 ratePerMinute？');
    expect(issue.messageEn).to.equal('unknown field; did you mean ratePerMinute?');
  });

  it('shortens long values in messages', () => {
    const d = validDocument();
    d.currency = 'x'.repeat(500);
    const [issue] = issuesOf(d);
    expect(issue.messageEn.length).to.be.below(120);
  });

  it('ignores keys that start with $ anywhere', () => {
    const d = validDocument();
    d.$anything = { __proto__: 1, deep: [NaN] };
    d.defaults = { $comment: 'start small', minutesPerMonth: 10 };
    d.regions[0].$note = 'x';
    d.notice.$comment = 'legal wants this';
    d.plans[0].$comment = 'checked';
    d.plans[0].package.$note = 'x';
    d.plans[0].addOns.$comment = 'x';
    d.plans[0].addOns.recording.$x = 1;
    d.plans[0].lines.$x = 1;
    d.plans[1].regionMultipliers.$why = 'hypothetical';
    const result = validateTariffs(d);
    expect(result.issues).to.equal(undefined);
    expect(JSON.stringify(result.tariffs)).not.to.contain('"$');
  });

  it('ignores symbol keys', () => {
    const d = validDocument();
    d.plans[0][Symbol('tag')] = 'x';
    expect(validateTariffs(d).ok).to.equal(true);
  });

  it('fills in every default', () => {
    const d = validDocument();
    const tariffs = parseTariffs(d);
    expect(tariffs.pricesIncludeTax).to.equal(true);
    expect(tariffs.taxRate).to.equal(null);
    expect(tariffs.valueAddedTaxRate).to.equal(null);
    expect(tariffs.rounding).to.equal('half-up');
    expect(tariffs.peakHoursPerMonth).to.equal('220');
    expect(tariffs.defaults).to.deep.equal({
      minutesPerMonth: 1000,
      peakSharePercent: 60,
      averageCallSeconds: null,
      maxMinutesPerMonth: 100000,
    });
    expect(tariffs.numberGrades[0]).to.deep.equal({ id: 'standard', name: '普通', selectionFee: '0', minimumMonthlySpend: '0' });
    const floor = tariffs.plans[2];
    expect(floor.overageRatePerMinute).to.equal('0.11');
    expect(floor.peakMultiplier).to.equal('1');
    expect(floor.offPeakMultiplier).to.equal('1');
    expect(floor.regionMultipliers).to.deep.equal({});
    expect(floor.billingIncrementSeconds).to.equal(60);
    expect(floor.setupFee).to.equal('0');
    expect(floor.addOns).to.deep.equal({});
    expect(floor).not.to.have.property('lines');
    expect(floor).not.to.have.property('summary');
  });

  it('fills in the defaults that a partial defaults object leaves out', () => {
    const d = validDocument();
    d.defaults = { averageCallSeconds: 150 };
    expect(parseTariffs(d).defaults).to.deep.equal({
      minutesPerMonth: 1000,
      peakSharePercent: 60,
      averageCallSeconds: 150,
      maxMinutesPerMonth: 100000,
    });
  });

  it('applies taxRate to value-added services unless they have their own rate', () => {
    const d = validDocument();
    d.pricesIncludeTax = false;
    d.taxRate = '0.09';
    expect(parseTariffs(d).valueAddedTaxRate).to.equal('0.09');
    d.valueAddedTaxRate = 0.06;
    expect(parseTariffs(d).valueAddedTaxRate).to.equal('0.06');
  });

  it('converts JSON numbers for money to their exact decimal strings', () => {
    const d = validDocument();
    Object.assign(d.plans[0], { ratePerMinute: 0.12, overageRatePerMinute: 0.1, setupFee: 208.3333 });
    d.plans[0].package.price = 1200;
    d.plans[0].addOns.recording = { monthly: 0.0001, oneTime: 0 };
    d.plans[1].regionMultipliers.abroad = 1.5;
    d.regions[0].defaultShare = 95;
    const plan = parseTariffs(d).plans[0];
    expect(plan.ratePerMinute).to.equal('0.12');
    expect(plan.overageRatePerMinute).to.equal('0.1');
    expect(plan.setupFee).to.equal('208.3333');
    expect(plan.package.price).to.equal('1200');
    expect(plan.addOns.recording).to.deep.equal({ monthly: '0.0001', oneTime: '0' });
  });

  it('keeps decimal strings as written', () => {
    const d = validDocument();
    Object.assign(d.plans[0], { ratePerMinute: '0.10', overageRatePerMinute: '0.1500', setupFee: '1200.00' });
    const plan = parseTariffs(d).plans[0];
    expect([plan.ratePerMinute, plan.overageRatePerMinute, plan.setupFee]).to.deep.equal(['0.10', '0.1500', '1200.00']);
  });

  it('treats every defaultShare of zero as all zero, however it is written', () => {
    const d = validDocument();
    d.regions[0].defaultShare = '0.00';
    d.regions[1].defaultShare = 0;
    expect(issuesOf(d).map((i) => i.path)).to.deep.equal(['regions']);
  });

  it('keeps -0 from turning into "-0"', () => {
    const d = validDocument();
    d.plans[0].setupFee = -0;
    expect(parseTariffs(d).plans[0].setupFee).to.equal('0');
  });

  it('accepts dates that exist, such as 29 February of a leap year', () => {
    const d = validDocument();
    d.effectiveDate = '2028-02-29';
    expect(validateTariffs(d).ok).to.equal(true);
    d.effectiveDate = '2027-02-29';
    expect(issuesOf(d)[0].path).to.equal('effectiveDate');
  });

  it('refuses a value nested 100,000 levels deep quickly, without a RangeError', () => {
    const deep = nested(100_000);
    const started = performance.now();
    const issues = issuesOf(deep);
    expect(issues).to.deep.equal([
      { code: 'too-deep', params: {}, path: '', message: '嵌套超过 32 层', messageEn: 'over 32 levels deep' },
    ]);
    expect(performance.now() - started).to.be.below(500);
  });

  it('accepts 32 levels and refuses 33', () => {
    const d = validDocument();
    d.$deep = nested(31); // the document is level 1, the lists levels 2 to 32
    expect(validateTariffs(d).ok).to.equal(true);
    d.$deep = nested(32);
    expect(issuesOf(d)[0].messageEn).to.equal('over 32 levels deep');
    expect(validateTariffsText('['.repeat(32) + ']'.repeat(32)).issues![0].messageEn).to.equal('expected an object, got […]');
    expect(validateTariffsText('['.repeat(33) + ']'.repeat(33)).issues![0].messageEn).to.equal('over 32 levels deep');
  });

  it('refuses a cyclic object without throwing', () => {
    const d = validDocument();
    d.plans[0].self = d;
    expect(issuesOf(d)[0].messageEn).to.equal('over 32 levels deep');
  });

  it('refuses a document over 1 MiB quickly', () => {
    const d = validDocument();
    d.$padding = 'x'.repeat(1 << 20);
    const started = performance.now();
    expect(issuesOf(d)).to.deep.equal([
      { code: 'too-large', params: {}, path: '', message: '文档超过 1 MiB', messageEn: 'document over 1 MiB' },
    ]);
    expect(performance.now() - started).to.be.below(500);
  });

  it('refuses a huge sparse list without walking it', () => {
    const d = validDocument();
    d.plans = new Array(2 ** 31);
    const started = performance.now();
    expect(issuesOf(d)[0].messageEn).to.equal('document over 1 MiB');
    expect(performance.now() - started).to.be.below(500);
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [undefined, null, 0, NaN, '', 'x', true, Symbol('s'), 10n, () => 1, new Date(), new Map(), Object.create(null), [], [[]]];
    for (const value of odd) {
      expect(validateTariffs(value).ok, String(typeof value)).to.equal(false);
      const d = validDocument();
      d.plans[0].ratePerMinute = value;
      d.plans[0].name = value;
      d.regions[0].id = value;
      expect(validateTariffs(d).ok, String(typeof value)).to.equal(false);
    }
  });
});

describe('validateTariffsText', () => {
  it('reports a syntax error with the line and column where reading stopped', () => {
    const text = '{\n  "schemaVersion": 1,\n  "currency": "CNY",\n}\n';
    const result = validateTariffsText(text);
    expect(result.issues).to.deep.equal([
      {
        code: 'json-syntax',
        params: { line: 4, column: 1 },
        path: '',
        message: 'JSON 语法错误：第 4 行第 1 列',
        messageEn: 'JSON syntax error at line 4, column 1',
      },
    ]);
  });

  it('reports an unterminated document at its end', () => {
    expect(validateTariffsText('{\n  "plans": [').issues![0].messageEn).to.equal('JSON syntax error at line 2, column 13');
  });

  it('reads a document that starts with a byte order mark', () => {
    expect(validateTariffsText('\uFEFF' + JSON.stringify(validDocument())).ok).to.equal(true);
  });

  it('refuses text over 1 MiB quickly, before parsing it', () => {
    const text = JSON.stringify({ ...validDocument(), $padding: 'x'.repeat(1 << 20) });
    const started = performance.now();
    expect(validateTariffsText(text).issues![0].messageEn).to.equal('document over 1 MiB');
    expect(performance.now() - started).to.be.below(500);
  });

  it('counts UTF-8 bytes, not characters', () => {
    // 400,000 Chinese characters are 1,200,000 bytes in UTF-8.
    const text = JSON.stringify({ ...validDocument(), $padding: '中'.repeat(400_000) });
    expect(text.length).to.be.below(1 << 20);
    expect(validateTariffsText(text).issues![0].messageEn).to.equal('document over 1 MiB');
  });

  it('refuses 100,000 levels of [[[…]]] without a RangeError', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(validateTariffsText(text).issues![0].messageEn).to.equal('over 32 levels deep');
    expect(validateTariffsText('['.repeat(100_000)).issues![0].messageEn).to.equal('JSON syntax error at line 1, column 100001');
  });

  it('validates the parsed document', () => {
    const d: Doc = validDocument();
    d.plans[2].ratePerMinute = '-0.1';
    expect(validateTariffsText(JSON.stringify(d)).issues![0].path).to.equal('plans[2].ratePerMinute');
  });
});

describe('parseTariffs', () => {
  it('returns the tariff set', () => {
    expect(parseTariffs(validDocument()).plans.map((p) => p.id)).to.deep.equal(['credit-1200', 'minutes-pack', 'floor-120']);
    expect(parseTariffsText(JSON.stringify(validDocument())).currency).to.equal('CNY');
  });

  it('throws a TariffError that lists every issue', () => {
    const d = validDocument();
    d.currency = 'yuan';
    d.plans[2].ratePerMinute = '-0.1';
    try {
      parseTariffs(d);
      expect.fail('parseTariffs accepted a broken document');
    } catch (error) {
      expect(error).to.be.instanceOf(TariffError);
      expect(error).to.be.instanceOf(Error);
      const { issues, message, name } = error as TariffError;
      expect(name).to.equal('TariffError');
      expect(issues.map((i) => i.path)).to.deep.equal(['currency', 'plans[2].ratePerMinute']);
      expect(message).to.contain('plans[2].ratePerMinute: expected an amount ≥ 0');
    }
    expect(() => parseTariffsText('{')).to.throw(TariffError, 'JSON syntax error at line 1, column 2');
  });
});
