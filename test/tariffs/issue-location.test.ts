import { expect } from '@open-wc/testing';
import type { TariffIssue } from '../../src/engine/types.js';
import { issueLocator, locateIssues, parentPath } from '../../src/tariffs/issue-location.js';
import { loadingIssue } from '../../src/tariffs/messages.js';
import { validateTariffsText } from '../../src/tariffs/validate.js';
import { setOwn, validDocument, type Doc } from '../support/tariff-builder.js';
import { assertLinear } from '../support/growth.js';

/** The issues of `d` written as indented JSON, each with where it is located. */
function located(d: unknown, text = JSON.stringify(d, null, 2)) {
  const issues = validateTariffsText(text).issues ?? [];
  const places = locateIssues(text, issues);
  return { text, issues: issues.map((issue, i) => ({ ...issue, ...places[i] })) };
}

/** The 1-based line and column of the `nth` occurrence of `needle` in `text`. */
function find(text: string, needle: string, nth = 1) {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  expect(at, needle).to.be.at.least(0);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function only(d: Doc) {
  const { text, issues } = located(d);
  expect(issues, JSON.stringify(issues)).to.have.length(1);
  return { text, issue: issues[0] };
}

describe('locating issues', () => {
  it('points at the wrong value', () => {
    const d = validDocument();
    d.currency = 'yuan';
    const { text, issue } = only(d);
    expect(issue.code).to.equal('expected');
    expect(issue).to.deep.include(find(text, '"yuan"'));
  });

  it('points at the key of an unknown field, an unknown id and a forbidden key', () => {
    const d = validDocument();
    d.plans[0].ratePerMinuite = '0.1';
    d.plans[0].addOns.ivx = 'included';
    setOwn(d, 'constructor', {});
    const { text, issues } = located(d);
    expect(issues.map((i) => i.code)).to.have.members(['unknown-field', 'unknown-id', 'forbidden-key']);
    const at = (code: string) => issues.find((i) => i.code === code)!;
    expect(at('unknown-field')).to.deep.include(find(text, '"ratePerMinuite"'));
    expect(at('unknown-id')).to.deep.include(find(text, '"ivx"'));
    expect(at('forbidden-key')).to.deep.include(find(text, '"constructor"'));
  });

  it('points at the { of the object that lacks a required field', () => {
    const d = validDocument();
    delete d.plans[1].termMonths;
    const { text, issue } = only(d);
    expect(issue.code).to.equal('missing-field');
    const name = find(text, '"id": "minutes-pack"');
    expect(issue).to.deep.include({ line: name.line - 1, column: name.column - 2 });
    expect(text.split('\n')[issue.line - 1][issue.column - 1]).to.equal('{');
  });

  it('points at the document for a field missing at the top', () => {
    const d = validDocument();
    d.pricesIncludeTax = false;
    expect(only(d).issue).to.deep.include({ code: 'missing-field', path: 'taxRate', line: 1, column: 1 });
  });

  it('points at the repeated id and at the list whose shares are all 0', () => {
    const d = validDocument();
    d.regions[1].id = 'mainland';
    d.plans[1].regionMultipliers = {};
    const duplicate = only(d);
    expect(duplicate.issue).to.deep.include({ code: 'duplicate-id', ...find(duplicate.text, '"mainland"', 2) });
    const e = validDocument();
    e.regions.forEach((r: Doc) => (r.defaultShare = 0));
    const zero = only(e);
    expect(zero.issue).to.deep.include({ code: 'all-shares-zero', ...find(zero.text, '[') });
  });

  it('points at the nearest enclosing value when the path is not in the text', () => {
    const d = validDocument();
    d.defaults = { minutesPerMonth: 200000 }; // above the slider's default end, 100000
    const { text, issue } = only(d);
    expect(issue.path).to.equal('defaults.maxMinutesPerMonth');
    expect(issue).to.deep.include(find(text, '{\n    "minutesPerMonth"'));
  });

  it('points at a syntax error where its cause is, and at 1:1 for size and depth', () => {
    expect(located(null, '{\n  "a": 1,,\n}').issues[0]).to.deep.include({ code: 'json-syntax', line: 2, column: 10 });
    const large = located({ ...validDocument(), $padding: 'x'.repeat(1 << 20) }).issues[0];
    expect(large).to.deep.include({ code: 'too-large', line: 1, column: 1 });
    const deep = located(null, '\n\n' + '['.repeat(40) + ']'.repeat(40)).issues[0];
    expect(deep).to.deep.include({ code: 'too-deep', line: 1, column: 1 });
    const failed = loadingIssue('fetch-status', { url: '/t.json', status: 404 });
    expect(issueLocator('{}')(failed)).to.deep.equal({ line: 1, column: 1 });
  });

  it('counts positions after a byte order mark as editors do', () => {
    const text = '\uFEFF' + JSON.stringify({ ...validDocument(), currency: 'yuan' }, null, 2);
    expect(located(null, text).issues[0]).to.deep.include(find(text.slice(1), '"yuan"'));
  });

  it('decides by the code, not by the message', () => {
    const text = '{\n  "a": {\n    "b": 1\n  }\n}';
    const issue = (code: TariffIssue['code'], path: string): TariffIssue =>
      ({ code, path, params: {}, message: 'x', messageEn: 'unknown field' });
    const locate = issueLocator(text);
    expect(locate(issue('expected', 'a.b'))).to.deep.equal({ line: 3, column: 10 });
    expect(locate(issue('unknown-field', 'a.b'))).to.deep.equal({ line: 3, column: 5 });
    expect(locate(issue('missing-field', 'a.c'))).to.deep.equal({ line: 2, column: 8 });
  });

  it('reads the text once, however many issues it has: 100,000 issues in linear time', function () {
    this.timeout(120_000);
    // n unknown fields in one plan, each an issue (under 1 MiB of text):
    // reading the text, or even the part before each issue, again per issue
    // would make the time grow with n²; the time at 100,000 is compared with
    // the time at 12,500.
    const generate = (n: number) => {
      const d = validDocument();
      const issues: TariffIssue[] = [];
      for (let i = 0; i < n; i++) {
        const key = i.toString(36);
        d.plans[0][key] = 1;
        issues.push({ code: 'unknown-field', params: {}, path: `plans[0].${key}`, message: '', messageEn: '' });
      }
      // A new line after about one field in 36.
      return { text: JSON.stringify(d).replace(/("[0-9a-z]*0[0-9a-z]":1,)/g, '$1\n'), issues };
    };
    const { text, issues } = generate(100_000);
    expect(text.length).to.be.below(1 << 20);
    const places = locateIssues(text, issues);
    expect(places[99_999]).to.deep.equal(find(text, `"${(99_999).toString(36)}":`));
    expect(places[12_345]).to.deep.equal(find(text, `"${(12_345).toString(36)}":`));
    expect(places[99_999].line).to.be.above(900);
    const growth = assertLinear((n) => {
      const input = generate(n);
      return () => locateIssues(input.text, input.issues);
    }, 12_500);
    console.log(`locateIssues: ${growth.small.toFixed(1)} ms for 12,500 issues, ${growth.large.toFixed(1)} ms for 100,000`);
  });

  it('stays linear when a long key holds many values', function () {
    this.timeout(120_000);
    // Every path below the key is as long as the key: keying values by
    // their whole path would hash the key once per value.
    const growth = assertLinear((n) => {
      const text = JSON.stringify({ ['k'.repeat(n)]: new Array(n).fill(0) });
      const issue: TariffIssue = { code: 'expected', params: {}, path: `${'k'.repeat(n)}[${n - 1}]`, message: '', messageEn: '' };
      return () => locateIssues(text, [issue]);
    }, 40_000);
    console.log(`a long key: ${growth.small.toFixed(1)} ms at 40,000 characters and items, ${growth.large.toFixed(1)} ms at 320,000`);
  });
});

describe('parentPath', () => {
  it('goes one level up', () => {
    expect(parentPath('plans[2].addOns.ivr')).to.equal('plans[2].addOns');
    expect(parentPath('plans[2].addOns')).to.equal('plans[2]');
    expect(parentPath('plans[2]')).to.equal('plans');
    expect(parentPath('plans')).to.equal('');
  });
});
