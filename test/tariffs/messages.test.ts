import { expect } from '@open-wc/testing';
import type { ExpectedKind, TariffIssue, TariffIssueCode } from '../../src/engine/types.js';
import {
  Line,
  loadingIssue,
  LOADING_MESSAGES,
  render,
  SYNTAX_MESSAGES,
  VALIDATION_MESSAGES,
  type MessageTable,
} from '../../src/tariffs/messages.js';
import { validateTariffs, validateTariffsText } from '../../src/tariffs/validate.js';
import { validDocument } from '../support/tariff-builder.js';
import { corpus, documentOf } from './invalid-corpus.js';

// Every code and kind once, with the table of its template: the compiler
// checks that these lists are complete.
const CODES: Record<TariffIssueCode, MessageTable> = {
  expected: VALIDATION_MESSAGES,
  'missing-field': VALIDATION_MESSAGES,
  'unknown-field': VALIDATION_MESSAGES,
  'unknown-id': VALIDATION_MESSAGES,
  'duplicate-id': VALIDATION_MESSAGES,
  'reserved-id': VALIDATION_MESSAGES,
  'forbidden-key': VALIDATION_MESSAGES,
  'all-shares-zero': VALIDATION_MESSAGES,
  'too-many': VALIDATION_MESSAGES,
  'too-large': VALIDATION_MESSAGES,
  'too-deep': VALIDATION_MESSAGES,
  unreadable: VALIDATION_MESSAGES,
  'repeated-value': VALIDATION_MESSAGES,
  'json-syntax': SYNTAX_MESSAGES,
  'fetch-status': LOADING_MESSAGES,
  'fetch-timeout': LOADING_MESSAGES,
  'fetch-failed': LOADING_MESSAGES,
  'unexpected-error': LOADING_MESSAGES,
};
const TABLES = [VALIDATION_MESSAGES, SYNTAX_MESSAGES, LOADING_MESSAGES];
const KINDS: Record<ExpectedKind, true> = {
  object: true,
  list: true,
  'non-empty-list': true,
  'one-of': true,
  text: true,
  id: true,
  'carrier-id': true,
  currency: true,
  date: true,
  url: true,
  money: true,
  'money-2-decimals': true,
  decimal: true,
  integer: true,
  number: true,
  'add-on-price': true,
  time: true,
  'time-after': true,
  'calling-code': true,
  'caller-prefix': true,
};

const placeholders = (template: string) => (template.match(/\{\w+\}/g) ?? []).sort();

/** Renders `issue` again from its code and params alone. */
function rerender(issue: TariffIssue) {
  const table = CODES[issue.code];
  return render(table[0].indexOf(issue.code), issue.params, table);
}

describe('issue messages', () => {
  it('has a template in both languages for every message', () => {
    for (const [names, zh, en] of TABLES) {
      expect(zh).to.have.length(names.length);
      expect(en).to.have.length(names.length);
      names.forEach((name, i) => {
        expect(zh[i], name).to.be.a('string').and.not.equal('');
        expect(en[i], name).to.be.a('string').and.not.equal('');
        // Both languages take the same parameters.
        expect(placeholders(zh[i]), name).to.deep.equal(placeholders(en[i]));
      });
    }
    expect(VALIDATION_MESSAGES[0].length).to.be.greaterThan(20);
  });

  it('names every code and every expected kind once, and nothing else', () => {
    const codesOf = (table: MessageTable) => Object.keys(CODES).filter((code) => CODES[code as TariffIssueCode] === table);
    expect([...VALIDATION_MESSAGES[0]]).to.deep.equal([...codesOf(VALIDATION_MESSAGES), ...Object.keys(KINDS), 'suggestion']);
    expect([...SYNTAX_MESSAGES[0]]).to.deep.equal(codesOf(SYNTAX_MESSAGES));
    expect([...LOADING_MESSAGES[0]]).to.deep.equal(codesOf(LOADING_MESSAGES));
  });

  it('numbers the lines in the order of their names (Line.MISSING_FIELD is missing-field)', () => {
    const members = Object.keys(Line).filter((key) => Number.isNaN(+key));
    expect(members.map((m) => m.toLowerCase().replace(/_/g, '-'))).to.deep.equal([...VALIDATION_MESSAGES[0]]);
    expect(VALIDATION_MESSAGES[0][Line.MISSING_FIELD]).to.equal('missing-field');
  });

  it('renders an expected value from its kind, range and what was found', () => {
    expect(render(Line.EXPECTED, { expected: 'integer', min: 1, max: 120, got: '0' })).to.deep.equal([
      '应为1–120 的整数，实际为 0',
      'expected an integer 1–120, got 0',
    ]);
    expect(render(Line.EXPECTED, { expected: 'one-of', values: '"half-up" / "half-even"', got: '"bankers"' })[1]).to.equal(
      'expected "half-up" / "half-even", got "bankers"',
    );
  });

  it('adds the did-you-mean phrase when there is a suggestion', () => {
    expect(render(Line.UNKNOWN_FIELD, {})).to.deep.equal(['未知字段', 'unknown field']);
    expect(render(Line.UNKNOWN_ID, { suggestion: 'ivr' })).to.deep.equal(['未知 id，是否为 ivr？', 'unknown id; did you mean ivr?']);
  });

  it('builds every message of the invalid corpus from the code and params alone', () => {
    const issues = corpus.flatMap((testCase) => validateTariffs(documentOf(testCase)).issues ?? []);
    issues.push(...validateTariffsText('{"a": 1,}').issues!, ...validateTariffsText('['.repeat(40)).issues!);
    expect(issues.length).to.be.at.least(corpus.length);
    for (const issue of issues) {
      expect(Object.keys(CODES), issue.path).to.include(issue.code);
      expect(rerender(issue), issue.path).to.deep.equal([issue.message, issue.messageEn]);
      if (issue.code === 'expected') expect(Object.keys(KINDS)).to.include(issue.params.expected);
    }
  });

  it('gives each issue the values its message names', () => {
    const d = validDocument();
    d.plans[0].ratePerMinuite = '0.1';
    d.plans[0].termMonths = 0;
    d.plans[0].addOns.ivx = 'included';
    d.plans[1].package.includes = 'everything';
    const issues = validateTariffs(d).issues!.map(({ code, params, path }) => ({ code, params, path }));
    expect(issues).to.deep.equal([
      { code: 'unknown-field', params: { suggestion: 'ratePerMinute' }, path: 'plans[0].ratePerMinuite' },
      { code: 'expected', params: { expected: 'integer', min: 1, max: 120, got: '0' }, path: 'plans[0].termMonths' },
      { code: 'unknown-id', params: { suggestion: 'ivr' }, path: 'plans[0].addOns.ivx' },
      {
        code: 'expected',
        params: { expected: 'one-of', values: '"credit" / "minutes" / "nothing"', got: '"everything"' },
        path: 'plans[1].package.includes',
      },
      // A minutes package whose kind is broken is not one: its minutes are unknown.
      { code: 'unknown-field', params: {}, path: 'plans[1].package.minutes' },
    ]);
  });

  it('words the loading failures as the element always has', () => {
    expect(loadingIssue('fetch-status', { url: '/t.json', status: 404 })).to.deep.equal({
      code: 'fetch-status',
      params: { url: '/t.json', status: 404 },
      path: '',
      message: '请求 /t.json 失败：HTTP 404',
      messageEn: 'Fetching /t.json failed: HTTP 404',
    });
    expect(loadingIssue('fetch-timeout', { url: '/t.json', seconds: 10 })).to.deep.include({
      message: '请求 /t.json 超时（10 秒）',
      messageEn: 'Fetching /t.json timed out after 10 s',
    });
    expect(loadingIssue('fetch-failed', { url: '/t.json', detail: 'Failed to fetch' })).to.deep.include({
      message: '无法请求 /t.json：Failed to fetch',
      messageEn: 'Could not fetch /t.json: Failed to fetch',
    });
    expect(loadingIssue('unexpected-error', { detail: 'TypeError: x' })).to.deep.include({
      message: 'TypeError: x',
      messageEn: 'TypeError: x',
    });
  });
});
