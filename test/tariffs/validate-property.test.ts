// Whatever a tariff document holds, parseTariffs either returns a TariffSet
// or throws a TariffError with at least one issue: never anything else.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseTariffs, TariffError, validateTariffs } from '../../src/tariffs/validate.js';
import { validDocument, type Doc } from '../support/tariff-builder.js';

const RUNS = { numRuns: 1000 };

function parsesOrExplains(json: unknown): void {
  let parsed;
  try {
    parsed = parseTariffs(json);
  } catch (error) {
    expect(error).to.be.instanceOf(TariffError);
    const { issues } = error as TariffError;
    expect(issues.length).to.be.at.least(1);
    for (const issue of issues) {
      expect(issue.path).to.be.a('string');
      expect(issue.message).to.be.a('string').and.not.equal('');
      expect(issue.messageEn).to.be.a('string').and.not.equal('');
    }
    return;
  }
  expect(parsed.schemaVersion).to.equal(1);
}

/** Every place in the fixture: the keys leading to each object, list and value. */
function places(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const found = [at];
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      found.push(...places(inner, [...at, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return found;
}

const fixturePlaces = places(validDocument()).filter((p) => p.length > 0);
const containerPlaces = [[], ...fixturePlaces].filter((p) => {
  const v = p.reduce((o: any, k) => o[k], validDocument());
  return v && typeof v === 'object';
});

function parentOf(doc: Doc, place: (string | number)[]): any {
  return place.slice(0, -1).reduce((o: any, k) => (o && typeof o === 'object' ? o[k] : undefined), doc);
}

/** Any JavaScript value, including the odd ones a `tariffs` property may receive. */
const anything = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e21, 1e-7, '-0.1', '1e3', '0.12345', '__proto__', 'included'),
);

describe('parseTariffs on any input', () => {
  it('parses or throws a TariffError for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), parsesOrExplains), RUNS);
  });

  it('parses or throws a TariffError when any value of a valid document is replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixturePlaces), anything, (place, value) => {
        const doc = validDocument();
        parentOf(doc, place)[place[place.length - 1]] = value;
        parsesOrExplains(doc);
      }),
      RUNS,
    );
  });

  it('parses or throws a TariffError when keys are added anywhere in a valid document', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...containerPlaces),
        fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', '$comment', 'ratePerMinute', 'id')),
        anything,
        (place, key, value) => {
          const doc = validDocument();
          const target = place.reduce((o: any, k) => o[k], doc);
          // An array's `length` cannot be redefined: JavaScript itself throws,
          // so no document can arrive that way.
          fc.pre(!(Array.isArray(target) && key === 'length'));
          Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
          parsesOrExplains(doc);
        },
      ),
      RUNS,
    );
  });

  it('parses or throws a TariffError when several values are replaced at once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...fixturePlaces), fc.jsonValue()), { maxLength: 5 }), (changes) => {
        const doc = validDocument();
        for (const [place, value] of changes) {
          const parent = parentOf(doc, place);
          if (parent && typeof parent === 'object') parent[place[place.length - 1]] = value;
        }
        parsesOrExplains(doc);
      }),
      RUNS,
    );
  });

  it('keeps a valid document valid when only $ keys are added', () => {
    const objectPlaces = containerPlaces.filter((p) => !Array.isArray(p.reduce((o: any, k) => o[k], validDocument())));
    fc.assert(
      fc.property(fc.constantFrom(...objectPlaces), fc.string(), fc.jsonValue(), (place, key, value) => {
        const doc = validDocument();
        place.reduce((o: any, k) => o[k], doc)['$' + key] = value;
        expect(validateTariffs(doc).issues).to.equal(undefined);
      }),
      RUNS,
    );
  });
});
