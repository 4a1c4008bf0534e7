import { expect } from '@open-wc/testing';
import fc from 'fast-check';
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
  it('is null for valid JSON', () => {
    expect(jsonSyntaxError(TEXT)).to.equal(null);
  });

  it('points at the character that breaks the syntax', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n}')).to.deep.equal({ line: 3, column: 1, found: '"}"' });
    expect(jsonSyntaxError('[1, 2,]')).to.deep.include({ line: 1, column: 7 });
    expect(jsonSyntaxError('{"a" 1}')).to.deep.include({ line: 1, column: 6 });
    expect(jsonSyntaxError('{\n  "price": 01\n}')).to.deep.include({ line: 2, column: 13 });
    expect(jsonSyntaxError('{"a": tru}')).to.deep.include({ line: 1, column: 7 });
    expect(jsonSyntaxError("{'a': 1}")).to.deep.include({ line: 1, column: 2 });
    expect(jsonSyntaxError('{"a": "\\x"}')).to.deep.include({ line: 1, column: 8 });
    expect(jsonSyntaxError('{"a": 1}}')).to.deep.include({ line: 1, column: 9 });
  });

  it('points past the end of a document that stops early', () => {
    expect(jsonSyntaxError('{\n  "a": [1,')).to.deep.equal({ line: 2, column: 11, found: '' });
    expect(jsonSyntaxError('')).to.deep.include({ line: 1, column: 1 });
  });

  it('reads any nesting depth without a RangeError', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(jsonSyntaxError(deep)).to.equal(null);
    expect(jsonSyntaxError(deep + ']')).to.deep.include({ line: 1, column: 400_001 });
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
    const { error, spots } = indexJson(TEXT);
    expect(error).to.equal(-1);
    expect([...spots.keys()]).to.deep.equal([
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
    ]);
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
  it('stays quick at 500,000 levels', () => {
    const deep = '['.repeat(500_000) + ']'.repeat(500_000);
    const started = performance.now();
    expect(locateJsonPath(deep, '')).to.deep.equal({ line: 1, column: 1 });
    expect(locateJsonPath(deep, '[0][0]')).to.deep.equal({ line: 1, column: 3 });
    // Linear work over a million characters; quadratic work would take hours, so
    // this bound catches it while leaving room for a loaded two-core CI machine.
    expect(performance.now() - started).to.be.below(10_000);
  });
});
