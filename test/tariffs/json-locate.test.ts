import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assertLinear } from '../support/growth.js';
import { indexJson, jsonSyntaxError, lineColumn, locateJsonPath, pathKey, scanJson } from '../../src/tariffs/json-locate.js';

const TEXT = `{
  "plans": [
    { "id": "a", "ratePerMinute": "-0.1" },
    { "x": [1, 2], "name": { "zh-CN": "联通" } }
  ],
  "odd key": true
}`;

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('locateJsonPath', () => {
  it('finds the line and column of a value', () => {
    expect(locateJsonPath(TEXT, 'plans[0].ratePerMinute')).to.deep.equal({ line: 3, column: 35 });
    expect(locateJsonPath(TEXT, 'plans[1].x[1]')).to.deep.equal({ line: 4, column: 16 });
    expect(locateJsonPath(TEXT, 'plans[1].name.zh-CN')).to.deep.equal({ line: 4, column: 39 });
    expect(locateJsonPath(TEXT, 'plans')).to.deep.equal({ line: 2, column: 12 });
    expect(locateJsonPath(TEXT, '')).to.deep.equal({ line: 1, column: 1 });
  });

  it('finds the key of an object member when asked', () => {
    expect(locateJsonPath(TEXT, 'plans[0].ratePerMinute', { key: true })).to.deep.equal({ line: 3, column: 18 });
    expect(locateJsonPath(TEXT, 'plans[1]', { key: true })).to.deep.equal({ line: 4, column: 5 });
  });

  it('joins keys with dots, as the validator writes paths', () => {
    expect(pathKey('', 'plans')).to.equal('plans');
    expect(pathKey('plans[0].name', 'zh-CN')).to.equal('plans[0].name.zh-CN');
    expect(locateJsonPath(TEXT, 'odd key')).to.deep.equal({ line: 6, column: 14 });
  });

  it('returns null for a path that is not in the text', () => {
    expect(locateJsonPath(TEXT, 'plans[2]')).to.equal(null);
    expect(locateJsonPath(TEXT, 'plans[0].termMonths')).to.equal(null);
  });

  it('finds the last of duplicate keys, the one JSON.parse keeps', () => {
    expect(locateJsonPath('{"a": 1, "a": 2}', 'a')).to.deep.equal({ line: 1, column: 15 });
  });
});

describe('jsonSyntaxError', () => {
  const at = (text: string) => {
    const error = jsonSyntaxError(text);
    return error && { line: error.line, column: error.column, cause: error.cause, ...error.params };
  };

  it('is null for valid JSON', () => {
    expect(jsonSyntaxError(TEXT)).to.equal(null);
  });

  it('names the cause where it is: a comma that is missing, after the value before it', () => {
    expect(at('{\n  "a": 1\n  "b": 2\n}')).to.deep.equal({ line: 2, column: 9, cause: 'missing-comma' });
    expect(at('["a" "b"]')).to.deep.equal({ line: 1, column: 5, cause: 'missing-comma' });
    expect(at('[{"a": 1}{"b": 2}]')).to.deep.equal({ line: 1, column: 10, cause: 'missing-comma' });
  });

  it('a comma after the last item, at the comma', () => {
    expect(at('{\n  "a": 1,\n}')).to.deep.equal({ line: 2, column: 9, cause: 'trailing-comma' });
    expect(at('[1, 2,\n  ]')).to.deep.equal({ line: 1, column: 6, cause: 'trailing-comma' });
    expect(at('{"a": 1,, "b": 2}')).to.deep.equal({ line: 1, column: 9, cause: 'extra-comma' });
  });

  it('an unclosed string, at its opening quote', () => {
    expect(at('{\n  "name": "联通 标准,\n  "x": 1\n}')).to.deep.equal({ line: 2, column: 11, cause: 'unclosed-string' });
    expect(at('{"name": "abc')).to.deep.equal({ line: 1, column: 10, cause: 'unclosed-string' });
    expect(at('{"a": "\\x"}')).to.deep.equal({ line: 1, column: 8, cause: 'bad-escape' });
  });

  it('a missing closing bracket, at the bracket left open', () => {
    expect(at('{\n  "plans": [\n    {"id": "a"}\n}')).to.deep.equal({
      line: 2, column: 12, cause: 'missing-bracket', open: '[', close: ']',
    });
    expect(at('{\n  "a": [1, 2]\n')).to.deep.equal({ line: 1, column: 1, cause: 'missing-bracket', open: '{', close: '}' });
    expect(at('{\n  "a": [1,')).to.deep.include({ line: 2, column: 8, cause: 'missing-bracket' });
    expect(at('{"a": {"b": 1, "c": 2 ]}')).to.deep.include({ line: 1, column: 7, cause: 'missing-bracket', open: '{' });
  });

  it('a comment, single quotes, an unquoted key or text', () => {
    expect(at('{\n  // prices of Q4\n  "a": 1\n}')).to.deep.equal({ line: 2, column: 3, cause: 'comment' });
    expect(at('{"a": 1 /* x */}')).to.deep.include({ column: 9, cause: 'comment' });
    expect(at("{'a': 1}")).to.deep.equal({ line: 1, column: 2, cause: 'single-quotes' });
    expect(at('{"a": ‘x’}')).to.deep.include({ column: 7, cause: 'single-quotes' });
    expect(at('{\n  ratePerMinute: "0.1"\n}')).to.deep.equal({ line: 2, column: 3, cause: 'unquoted', word: 'ratePerMinute' });
    expect(at('{"currency": CNY}')).to.deep.equal({ line: 1, column: 14, cause: 'unquoted', word: 'CNY' });
  });

  it('a missing colon, a bracket where a key belongs, an empty file, anything else', () => {
    expect(at('{"a" 1}')).to.deep.equal({ line: 1, column: 6, cause: 'missing-colon' });
    expect(at('{"a": 1, {"b": 2}}')).to.deep.equal({ line: 1, column: 10, cause: 'expected-key' });
    expect(at('')).to.deep.equal({ line: 1, column: 1, cause: 'empty' });
    expect(at(' \n ')).to.deep.equal({ line: 1, column: 1, cause: 'empty' });
    expect(at('{\n  "price": 01\n}')).to.deep.equal({ line: 2, column: 13, cause: 'unexpected', found: '"1"' });
    expect(at('{"a": 1}}')).to.deep.equal({ line: 1, column: 9, cause: 'unexpected', found: '"}"' });
    expect(at('[.5]')).to.deep.equal({ line: 1, column: 2, cause: 'unexpected', found: '"."' });
  });

  it('reads any nesting depth without a RangeError', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(jsonSyntaxError(deep)).to.equal(null);
    expect(jsonSyntaxError(deep + ']')).to.deep.include({ line: 1, column: 400_001 });
  });

  it('reads a 50 MB string, number or run of spaces without a RangeError, in linear time', function () {
    this.timeout(120_000);
    const long = 'x'.repeat(50_000_000);
    expect(scanJson('"' + long + '"')).to.equal(-1);
    expect(jsonSyntaxError('{"a": "' + long)).to.deep.include({ line: 1, column: 7, cause: 'unclosed-string' });
    expect(scanJson('1'.repeat(50_000_000))).to.equal(-1);
    expect(scanJson(' '.repeat(50_000_000) + '1')).to.equal(-1);
    // The regular expression this reader used for strings backtracked, and overflowed the stack at about 10 MB.
    assertLinear((n) => {
      const text = '["' + 'x\\n'.repeat(n) + '"]';
      return () => scanJson(text);
    }, 200_000);
  });
});

describe('scanJson', () => {
  it('accepts exactly the texts JSON.parse accepts (JSON values)', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom(0, 2), (text, indent) => {
        const pretty = JSON.stringify(JSON.parse(text), null, indent);
        expect(scanJson(text)).to.equal(-1);
        expect(scanJson(pretty)).to.equal(-1);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts exactly the texts JSON.parse accepts (damaged JSON)', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom(...' ,:[]{}"\\0-.eE+tfnu'.split(''), ''), (text, at, insert) => {
        const i = at % (text.length + 1);
        const damaged = text.slice(0, i) + insert + text.slice(i + (insert ? 0 : 1));
        expect(scanJson(damaged) < 0, damaged).to.equal(parses(damaged));
      }),
      { numRuns: 1000 },
    );
  });

  it('visits every value with its path', () => {
    const index = indexJson(TEXT);
    expect(index.error).to.equal(-1);
    const paths = [
      '',
      'plans',
      'plans[0]',
      'plans[0].id',
      'plans[0].ratePerMinute',
      'plans[1]',
      'plans[1].x',
      'plans[1].x[0]',
      'plans[1].x[1]',
      'plans[1].name',
      'plans[1].name.zh-CN',
      'odd key',
    ];
    expect(index.count).to.equal(paths.length);
    paths.forEach((path, id) => expect(index.find(path), path).to.deep.equal({ id, exact: true }));
    expect(paths.map((_, id) => index.parent(id))).to.deep.equal([-1, 0, 1, 2, 2, 1, 5, 6, 6, 5, 9, 0]);
    expect(index.spot(4)).to.deep.equal({ value: TEXT.indexOf('"-0.1"'), key: TEXT.indexOf('"ratePerMinute"') });
  });

  it('finds the nearest enclosing value of a path that is not in the text', () => {
    const index = indexJson(TEXT);
    expect(index.find('plans[0].termMonths')).to.deep.equal({ id: 2, exact: false });
    expect(index.find('plans[7].name')).to.deep.equal({ id: 1, exact: false });
    expect(index.find('nothing.here')).to.deep.equal({ id: 0, exact: false });
  });

  it('finds keys that hold dots and brackets, or are empty', () => {
    const text = '{"a.b": {"[0]": 1}, "e": {"": {"c": 2}}, "b": {"x": 3}}';
    const index = indexJson(text);
    const value = (path: string) => {
      const { id, exact } = index.find(path);
      return exact ? text[index.spot(id).value] : null;
    };
    expect(value('a.b.[0]')).to.equal('1');
    expect(value('e..c')).to.equal('2');
    expect(value('b.x')).to.equal('3');
    expect(value('b.y')).to.equal(null);
  });
});

describe('lineColumn', () => {
  it('counts lines from 1 and columns in UTF-16 code units from 1', () => {
    expect(lineColumn('ab\ncd', 0)).to.deep.equal({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).to.deep.equal({ line: 2, column: 2 });
    expect(lineColumn('联通\n"x"', 4)).to.deep.equal({ line: 2, column: 2 });
  });
});

describe('locateJsonPath on deep documents', () => {
  it('stays linear up to 500,000 levels', function () {
    this.timeout(120_000);
    const deep = '['.repeat(500_000) + ']'.repeat(500_000);
    expect(locateJsonPath(deep, '')).to.deep.equal({ line: 1, column: 1 });
    expect(locateJsonPath(deep, '[0][0]')).to.deep.equal({ line: 1, column: 3 });
    // The same lookup at 31,250 and at 250,000 levels, timed side by side:
    // linear work grows about 8 times, quadratic work 64 times, whatever the
    // load of the machine. (At 500,000 levels the index no longer fits in the
    // caches, which alone adds a factor of 4 to 5 in Chromium.)
    const growth = assertLinear((n) => {
      const text = '['.repeat(n) + ']'.repeat(n);
      return () => locateJsonPath(text, '[0][0]');
    }, 31_250);
    console.log(`locateJsonPath: ${growth.small.toFixed(1)} ms at 31,250 levels, ${growth.large.toFixed(1)} ms at 250,000`);
  });
});
