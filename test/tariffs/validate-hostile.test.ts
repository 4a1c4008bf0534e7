// Whatever it is given, validateTariffs returns issues and never throws, and
// no inherited property is ever read as data: getters and Proxies (whose
// traps may throw), cycles, huge lists, ids that are names of
// Object.prototype's members. The size guard measures the document's JSON
// text, exactly, without building it.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { estimate, UsageError } from '../../src/engine/estimate.js';
import { MAX_DOCUMENT_BYTES } from '../../src/engine/limits.js';
import { parseTariffs, validateTariffs } from '../../src/tariffs/validate.js';
import { setOwn, validDocument, type Doc } from '../support/tariff-builder.js';

function issuesOf(d: unknown) {
  let result;
  expect(() => (result = validateTariffs(d))).not.to.throw();
  expect(result!.ok, 'the document is valid').to.equal(false);
  return result!.issues!;
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const utf8 = new TextEncoder();
const jsonBytes = (value: unknown) => utf8.encode(JSON.stringify(value)).length;

describe('validateTariffs never throws', () => {
  it('reports a getter that throws, at its path, and reads nothing further', () => {
    const d = validDocument();
    Object.defineProperty(d.plans[0], 'ratePerMinute', {
      enumerable: true,
      get() {
        throw new TypeError('price list locked');
      },
    });
    expect(issuesOf(d)).to.deep.equal([
      {
        code: 'unreadable',
        params: { detail: 'TypeError: price list locked' },
        path: 'plans[0].ratePerMinute',
        message: '无法读取：TypeError: price list locked',
        messageEn: 'could not be read: TypeError: price list locked',
      },
    ]);
  });

  it('reports Proxies whose traps throw, and revoked Proxies', () => {
    const thrower = (trap: keyof ProxyHandler<object>) => () => {
      throw new Error(`${trap} trap`);
    };
    for (const trap of ['get', 'ownKeys', 'getOwnPropertyDescriptor', 'has', 'getPrototypeOf'] as const) {
      const d = validDocument();
      d.plans[1] = new Proxy(d.plans[1], { [trap]: thrower(trap) });
      // `has` and `getPrototypeOf` are never asked: a value is read by its own keys only.
      if (trap === 'getPrototypeOf' || trap === 'has') expect(validateTariffs(d).ok, trap).to.equal(true);
      else {
        expect(issuesOf(d), trap).to.deep.equal([
          {
            code: 'unreadable',
            params: { detail: `Error: ${trap} trap` },
            path: trap === 'get' ? 'plans[1].id' : 'plans[1]',
            message: `无法读取：Error: ${trap} trap`,
            messageEn: `could not be read: Error: ${trap} trap`,
          },
        ]);
      }
    }
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf(proxy)[0].code).to.equal('unreadable');
    const d = validDocument();
    d.regions = proxy;
    expect(issuesOf(d)[0]).to.deep.include({ code: 'unreadable', path: 'regions' });
  });

  it('reports what is thrown even when it cannot be turned into text', () => {
    for (const thrown of [Symbol('x'), Object.create(null), { toString: () => { throw new Error('again'); } }, undefined]) {
      const d = validDocument();
      Object.defineProperty(d, 'currency', {
        enumerable: true,
        get() {
          throw thrown;
        },
      });
      expect(issuesOf(d)[0]).to.deep.include({ code: 'unreadable', path: 'currency' });
    }
  });

  it('reads each value once: a getter runs once, and what it returned is what is checked', () => {
    const d = validDocument();
    let reads = 0;
    Object.defineProperty(d.plans[0], 'ratePerMinute', {
      enumerable: true,
      get: () => (++reads === 1 ? '0.12' : 'changed'),
    });
    expect(parseTariffs(d).plans[0].ratePerMinute).to.equal('0.12');
    expect(reads).to.equal(1);
  });

  it('never reads an inherited property as data', () => {
    const d = validDocument();
    // A plan whose required fields all come from its prototype lacks them all.
    d.plans[2] = Object.create({ ...d.plans[2] });
    expect(issuesOf(d).map((i: { code: string; path: string }) => `${i.code} ${i.path}`)).to.deep.equal(
      ['id', 'carrier', 'name', 'termMonths', 'package', 'ratePerMinute'].map((k) => `missing-field plans[2].${k}`),
    );
  });

  it('refuses cycles and huge lists, dense or sparse, without walking them', () => {
    const a: unknown[] = [];
    a.push(a, a);
    expect(issuesOf({ ...validDocument(), $cycle: a })[0].code).to.equal('too-deep');
    expect(issuesOf({ ...validDocument(), $list: new Array(2 ** 32 - 1) })[0].code).to.equal('too-large');
    expect(issuesOf({ ...validDocument(), $list: new Array(600_000).fill(0) })[0].code).to.equal('too-large');
    expect(issuesOf({ ...validDocument(), $text: 'x'.repeat(50_000_000) })[0].code).to.equal('too-large');
  });

  it('returns issues for any value, Proxies and getters included', () => {
    const hostile = fc.oneof(
      fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true }),
      fc.constant(new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } })),
      fc.constant(new Proxy([], { get: () => { throw new Error('no items'); } })),
    );
    fc.assert(
      fc.property(fc.constantFrom('plans', 'regions', 'carriers', 'notice', 'defaults'), hostile, (key, value) => {
        const d = validDocument();
        d[key] = value;
        const result = validateTariffs(d);
        expect(result.ok || result.tariffs !== undefined).to.be.oneOf([true, false]);
        if (!result.ok) expect(result.issues.length).to.be.at.least(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the size guard', () => {
  /** The fixture with `$padding` that makes its JSON text exactly `bytes` long (UTF-8). */
  function documentOfSize(bytes: number, unit = 'x', extra: Doc = {}) {
    const d = { ...validDocument(), ...extra, $padding: '' };
    const missing = bytes - jsonBytes(d);
    const unitBytes = jsonBytes(unit) - 2; // as JSON writes it: \" and \u0001 are longer
    d.$padding = unit.repeat(Math.floor(missing / unitBytes)) + 'x'.repeat(missing % unitBytes);
    expect(jsonBytes(d)).to.equal(bytes);
    return d;
  }

  it('accepts a document whose JSON text is exactly 1 MiB, and refuses one byte more', () => {
    for (const unit of ['x', '中', '"', '\u0001', '😀']) {
      expect(validateTariffs(documentOfSize(MAX_DOCUMENT_BYTES, unit)).issues, unit).to.equal(undefined);
      expect(issuesOf(documentOfSize(MAX_DOCUMENT_BYTES + 1, unit))[0].code, unit).to.equal('too-large');
    }
  });

  it('measures lists by their text: 600 KB of numbers in a list is not "over 1 MiB"', () => {
    const d = { ...validDocument(), $data: new Array(300_000).fill(0) };
    expect(jsonBytes(d)).to.be.within(600_000, 700_000);
    expect(validateTariffs(d).issues).to.equal(undefined);
  });

  it('measures exactly what JSON.stringify would write, for any JSON value', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const extra = { $value: value };
        expect(validateTariffs(documentOfSize(MAX_DOCUMENT_BYTES, 'x', extra)).issues).to.equal(undefined);
        expect(issuesOf(documentOfSize(MAX_DOCUMENT_BYTES + 1, 'x', extra))[0].code).to.equal('too-large');
      }),
      { numRuns: 20 },
    );
  });
});

describe(`ids that are names of Object.prototype's members (${PROTOTYPE_NAMES.length})`, () => {
  // The choice: such ids are rejected, with a message that says why. Only
  // `constructor` fits the id pattern at all (the others have capitals or
  // underscores); `constructor` and `prototype` may not be keys of an id map,
  // so an id named so could never be priced.
  const lists: [string, (d: Doc, id: string) => void][] = [
    ['regions[2].id', (d, id) => d.regions.push({ id, name: 'x', defaultShare: 1 })],
    ['carriers[1].id', (d, id) => d.carriers.push({ id, name: 'x' })],
    ['addOns[2].id', (d, id) => d.addOns.push({ id, name: 'x' })],
    ['numberGrades[2].id', (d, id) => d.numberGrades.push({ id, name: 'x' })],
    ['plans[3].id', (d, id) => d.plans.push({ ...d.plans[2], id })],
  ];

  for (const name of PROTOTYPE_NAMES) {
    it(`${name}: rejected as an id of every list, as an id-map key and as a reference, with a clear message`, () => {
      for (const [path, set] of lists) {
        const d = validDocument();
        set(d, name);
        const issues = issuesOf(d);
        expect(issues.map((i: { path: string }) => i.path), path).to.deep.equal([path]);
        const [issue] = issues;
        if (name === 'constructor') {
          expect(issue).to.deep.include({ code: 'reserved-id', params: { id: name } });
          expect(issue.messageEn).to.equal('constructor is reserved and cannot be an id');
          expect(issue.message).to.equal('constructor 是保留字，不能用作 id');
        } else {
          expect(issue.params.expected, path).to.equal('id');
        }
      }
      // As a key of an id map: never read from the prototype.
      for (const at of ['plans[1].regionMultipliers', 'plans[0].addOns']) {
        const d = validDocument();
        const map = at.endsWith('addOns') ? d.plans[0].addOns : d.plans[1].regionMultipliers;
        setOwn(map, name, at.endsWith('addOns') ? 'included' : '2');
        const [issue, ...more] = issuesOf(d);
        expect(more, at).to.deep.equal([]);
        expect(issue.path).to.equal(`${at}.${name}`);
        expect(issue.code).to.equal(['__proto__', 'constructor'].includes(name) ? 'forbidden-key' : 'unknown-id');
      }
      // As a plan's carrier.
      const d = validDocument();
      d.plans[0].carrier = name;
      expect(issuesOf(d)).to.have.length(1);
      // No message ever shows a function read from a prototype.
      for (const issue of [...issuesOf(d)]) expect(issue.messageEn).not.to.contain('function');
    });
  }

  it('the engine refuses them in usage, with a UsageError, and ignores them as plan ids', () => {
    const tariffs = parseTariffs(validDocument());
    for (const name of PROTOTYPE_NAMES) {
      expect(() => estimate(tariffs, { regionShares: { [name]: 1 } }), name).to.throw(UsageError);
      expect(() => estimate(tariffs, { addOns: [name] }), name).to.throw(UsageError);
      expect(() => estimate(tariffs, { numberGrade: name }), name).to.throw(UsageError);
      expect(estimate(tariffs, {}, { planIds: [name] }).plans, name).to.deep.equal([]);
    }
  });

  it('works as a language tag of a localized text, where it is only ever a key read as its own', () => {
    const d = validDocument();
    d.plans[0].name = { toString: '标准', valueOf: 'Standard' };
    const tariffs = parseTariffs(d);
    expect(Object.keys(tariffs.plans[0].name)).to.deep.equal(['toString', 'valueOf']);
    expect(estimate(tariffs, {}).plans).to.have.length(3);
  });

  it('a region named constructor (which was accepted, and then broke every plan) is one clear issue', () => {
    const d = validDocument();
    d.regions.push({ id: 'constructor', name: 'x', defaultShare: 1 });
    expect(issuesOf(d).map((i: { code: string; path: string }) => `${i.code} ${i.path}`)).to.deep.equal(['reserved-id regions[2].id']);
  });
});
