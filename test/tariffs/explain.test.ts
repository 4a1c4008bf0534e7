// What the marketers' tools say about each kind of problem (src/tariffs/explain.ts):
// how to fix an amount written as people write prices, which ids a reference
// could name, what caused a JSON syntax error, which plan a path is in, in
// reading order. One test per kind of message, in both languages.
import { expect } from '@open-wc/testing';
import { explainIssues, type ExplainedIssue } from '../../src/tariffs/explain.js';
import { validateTariffsText } from '../../src/tariffs/validate.js';
import { validDocument, type Doc } from '../support/tariff-builder.js';

/** The problems of `text` as tariffs:check and the preview show them. */
function explain(text: string): ExplainedIssue[] {
  const result = validateTariffsText(text);
  expect(result.ok, 'the text is valid').to.equal(false);
  return explainIssues(text, result.issues!);
}

/** The one problem of the fixture changed by `change`, written as the file would be. */
function only(change: (d: Doc) => void): ExplainedIssue {
  const d = validDocument();
  change(d);
  const issues = explain(JSON.stringify(d, null, 2));
  expect(issues, issues.map((i) => i.messageEn).join('\n')).to.have.length(1);
  return issues[0];
}

describe('messages that say how to fix it', () => {
  describe('amounts written as people write prices', () => {
    it('a thousands separator: remove it', () => {
      const issue = only((d) => (d.plans[0].package.price = '1,200'));
      expect(issue.message).to.match(/实际为 "1,200"。去掉千位分隔符：1200$/);
      expect(issue.messageEn).to.match(/got "1,200"; remove the thousands separator: 1200$/);
      // Full-width commas and decimals too.
      expect(only((d) => (d.plans[0].setupFee = '12，345.5')).messageEn).to.match(/remove the thousands separator: 12345\.5$/);
    });

    it('full-width digits: use ASCII digits', () => {
      const issue = only((d) => (d.plans[0].ratePerMinute = '０．１２'));
      expect(issue.message).to.match(/改用半角数字：0\.12$/);
      expect(issue.messageEn).to.match(/use ASCII digits: 0\.12$/);
    });

    it('a currency sign or unit: remove it', () => {
      for (const written of ['¥1200', '￥1200', '1200元', 'RMB 1200', '1200 CNY']) {
        const issue = only((d) => (d.plans[0].package.price = written));
        expect(issue.message, written).to.match(/去掉货币符号和单位：1200$/);
        expect(issue.messageEn, written).to.match(/remove the currency sign: 1200$/);
      }
    });

    it('all at once, in the order to apply them', () => {
      const issue = only((d) => (d.plans[0].package.price = '￥１，２００'));
      expect(issue.message).to.match(/改用半角数字，去掉货币符号和单位，去掉千位分隔符：1200$/);
      expect(issue.messageEn).to.match(/use ASCII digits, remove the currency sign, remove the thousands separator: 1200$/);
    });

    it('no advice where none would make it an amount', () => {
      for (const written of ['-1,200', 'free', '1,2', '¥']) {
        const issue = only((d) => (d.plans[0].package.price = written));
        expect(issue.messageEn, written).to.match(/got "[^"]*"$/);
      }
    });
  });

  describe('unknown references', () => {
    it('a carrier: the nearest known id, and the known ones', () => {
      const issue = only((d) => {
        d.carriers.push({ id: 'telecom', name: '电信' }, { id: 'mobile', name: '移动' });
        d.plans[0].carrier = 'unicorn';
      });
      expect(issue.place).to.equal('plans[0] (credit-1200).carrier');
      expect(issue.message).to.equal('应为运营商 id，实际为 "unicorn"，是否为 unicom？（已有：unicom, telecom, mobile）');
      expect(issue.messageEn).to.equal('expected a carrier id, got "unicorn"; did you mean unicom? (known: unicom, telecom, mobile)');
    });

    it('a region id in regionMultipliers', () => {
      const issue = only((d) => (d.plans[1].regionMultipliers = { abroda: '3' }));
      expect(issue.place).to.equal('plans[1] (minutes-pack).regionMultipliers.abroda');
      expect(issue.message).to.equal('未知 id，是否为 abroad？（已有：mainland, abroad）');
      expect(issue.messageEn).to.equal('unknown id; did you mean abroad? (known: mainland, abroad)');
    });

    it("an add-on id in a plan's addOns, with no near one", () => {
      const issue = only((d) => (d.plans[0].addOns.voicemail = 'included'));
      expect(issue.messageEn).to.equal('unknown id (known: ivr, recording)');
      expect(issue.message).to.equal('未知 id（已有：ivr, recording）');
    });
  });

  describe('JSON syntax errors: the cause, where it is', () => {
    const cases: [text: string, at: string, zh: string, en: string][] = [
      ['{\n  "a": 1,\n}', '2:9', '多余的逗号：删掉最后一项后面的 ,', 'trailing comma: remove the , after the last item'],
      ['{\n  "a": 1\n  "b": 2\n}', '2:9', '缺少逗号：在两个值之间加上 ,', 'missing comma: add a , between the two values'],
      ['{"a": 1,, "b": 2}', '1:9', '多余的逗号：删掉这个 ,', 'extra comma: remove this ,'],
      ['{"a" 1}', '1:6', '字段名后缺少冒号：加上 :', 'missing colon: add a : after the field name'],
      ['{\n  "name": "联通\n}', '2:11', '字符串没有结束：在末尾加上 "', 'unclosed string: add the closing "'],
      ['{"a": "C:\\x"}', '1:10', '无效的转义：反斜杠要写成 \\\\', 'invalid escape: write a backslash as \\\\'],
      ['{\n  "plans": [', '2:12', '[ 没有闭合：加上 ]', '[ is never closed: add ]'],
      ['{\n  // price list\n  "a": 1}', '2:3', 'JSON 不能写注释：改用 "$comment": "…"', 'JSON has no comments: write "$comment": "…" instead'],
      ["{'a': 1}", '1:2', '引号要用英文双引号 "', 'use straight double quotes "'],
      ['{"a": yes}', '1:7', 'yes 要加双引号："yes"', 'put yes in double quotes: "yes"'],
      ['', '1:1', '文件是空的', 'the file is empty'],
      ['{"a": 1} x', '1:10', '意外的字符 "x"', 'unexpected character "x"'],
      ['{"a": @}', '1:7', '意外的字符 "@"', 'unexpected character "@"'],
    ];
    for (const [text, at, zh, en] of cases) {
      it(`${JSON.stringify(text)}: ${en}`, () => {
        const [issue, ...more] = explain(text);
        expect(more).to.deep.equal([]);
        const [line, column] = at.split(':');
        expect(`${issue.location.line}:${issue.location.column}`).to.equal(at);
        expect(issue.message).to.equal(`JSON 语法错误：第 ${line} 行第 ${column} 列，${zh}`);
        expect(issue.messageEn).to.equal(`JSON syntax error at line ${line}, column ${column}: ${en}`);
      });
    }
  });

  describe('paths name the plan', () => {
    it('every path inside plans[i] names its id; others and plans without a usable id do not', () => {
      const d = validDocument();
      d.currency = 'yuan';
      d.plans[2].ratePerMinute = '-1';
      d.plans[1].package.minutes = -5;
      d.plans[0].id = 'Not An Id';
      d.plans[0].setupFee = 'x';
      const places = explain(JSON.stringify(d, null, 2)).map((i) => i.place);
      expect(places).to.deep.equal([
        'currency',
        'plans[0].id',
        'plans[0].setupFee',
        'plans[1] (minutes-pack).package.minutes',
        'plans[2] (floor-120).ratePerMinute',
      ]);
    });
  });

  it('lists problems in reading order, whatever order the validator found them in', () => {
    // Plans written before the regions and currency: the validator reads currency, regions, then plans.
    const { plans, ...rest } = validDocument();
    const d: Doc = { plans, ...rest };
    d.plans[0].ratePerMinute = '-1';
    d.regions[0].defaultShare = 'x';
    d.currency = 'yuan';
    const text = JSON.stringify(d, null, 2);
    const found = validateTariffsText(text).issues!.map((i) => i.path);
    expect(found).to.deep.equal(['currency', 'regions[0].defaultShare', 'plans[0].ratePerMinute']);
    expect(explainIssues(text, validateTariffsText(text).issues!).map((i) => i.path)).to.deep.equal([
      'plans[0].ratePerMinute',
      'currency',
      'regions[0].defaultShare',
    ]);
  });
});
