// The JSON Schema that editors use and the validator agree on the fields:
// every field the schema offers is known to the validator, and the fields
// the schema requires are the ones the validator requires.
import { expect } from '@open-wc/testing';
import defaultTariffs from '../../src/tariffs/default.json';
import schema from '../../src/tariffs/schema.json';
import { validateTariffs } from '../../src/tariffs/validate.js';
import { DEFAULT_SHARE, MAX_ITEMS, MONEY_INTEGER_DIGITS, MULTIPLIER, PACKAGE_MINUTES } from '../../src/engine/limits.js';
import { validDocument, type Doc } from '../support/tariff-builder.js';

type Schema = { properties: Record<string, any>; required?: string[]; additionalProperties?: unknown };
const defs = (schema as any).$defs;
const plan: Schema = (schema as any).properties.plans.items;

/** Each object of the format: its schema, and where it sits in the fixture. */
const objects: [string, Schema, (d: Doc) => Doc][] = [
  ['', schema as unknown as Schema, (d) => d],
  ['defaults', (schema as any).properties.defaults, (d) => (d.defaults ??= {})],
  ['regions[0]', (schema as any).properties.regions.items, (d) => d.regions[0]],
  ['carriers[0]', (schema as any).properties.carriers.items, (d) => d.carriers[0]],
  ['addOns[0]', (schema as any).properties.addOns.items, (d) => d.addOns[0]],
  ['numberGrades[0]', (schema as any).properties.numberGrades.items, (d) => d.numberGrades[0]],
  ['plans[0]', plan, (d) => d.plans[0]],
  ['plans[0].package', plan.properties.package, (d) => d.plans[0].package],
  ['plans[0].lines', plan.properties.lines, (d) => d.plans[0].lines],
];

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

describe('schema.json', () => {
  it('is a draft 2020-12 schema that the tariff files point to', () => {
    expect((schema as any).$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect((defaultTariffs as Doc).$schema).to.equal('./schema.json');
    expect(defs.money.anyOf[0].pattern).to.equal('^(0|[1-9]\\d{0,9})(\\.\\d{1,4})?$');
  });

  it('states the v1.1 bounds the validator checks (engine/limits.ts)', () => {
    const top = (schema as any).properties;
    for (const [list, max] of Object.entries(MAX_ITEMS)) {
      const at = list === 'callerPrefixes' ? top.regions.items.properties.callerPrefixes : top[list];
      expect(at.maxItems, list).to.equal(max);
    }
    expect(defs.money.anyOf[1].exclusiveMaximum).to.equal(10 ** MONEY_INTEGER_DIGITS);
    expect(defs.money2.anyOf[1].exclusiveMaximum).to.equal(10 ** MONEY_INTEGER_DIGITS);
    expect(defs.factor.anyOf[1].maximum).to.equal(MULTIPLIER.max);
    expect(defs.share.anyOf[1].maximum).to.equal(DEFAULT_SHARE.max);
    expect(plan.properties.package.properties.minutes.maximum).to.equal(PACKAGE_MINUTES.max);
    expect(defs.id.not.enum).to.deep.equal(['constructor', 'prototype']);
  });

  it("accepts and refuses money, factors and shares as the validator does, by the schema's own patterns", () => {
    const cases: [string, string[], string[]][] = [
      ['money', ['0', '0.12', '9999999999.9999', '1200'], ['10000000000', '01', '1,200', '1e3', '0.12345', '-1', '¥1200']],
      ['money2', ['120', '9999999999.99'], ['120.001', '10000000000']],
      ['factor', ['0', '1.5', '999.9999', '1000', '1000.0000'], ['1000.0001', '1001', '1.00001', '1e2']],
      ['share', ['0', '95', '1000000', '1000000.0'], ['1000000.0001', '1000001', '0.00001']],
    ];
    for (const [name, good, badValues] of cases) {
      const re = new RegExp(defs[name].anyOf[0].pattern);
      for (const value of good) expect(re.test(value), `${name} ${value}`).to.equal(true);
      for (const value of badValues) expect(re.test(value), `${name} ${value}`).to.equal(false);
    }
  });

  for (const [path, part, find] of objects) {
    it(`lists only fields the validator knows, at ${path || 'the top'}`, () => {
      expect(part.additionalProperties, path).to.equal(false);
      for (const key of Object.keys(part.properties)) {
        if (key.startsWith('$')) continue;
        const d = validDocument();
        find(d)[key] = -1e300; // wrong for every kind of field
        const issues = validateTariffs(d).issues ?? [];
        const own = issues.filter((i) => i.path === at(path, key));
        expect(own, `${at(path, key)}: ${JSON.stringify(issues)}`).to.have.length.at.least(1);
        expect(own[0].messageEn, at(path, key)).not.to.match(/^unknown field/);
      }
    });

    it(`requires what the validator requires, at ${path || 'the top'}`, () => {
      for (const key of Object.keys(part.properties)) {
        const d = validDocument();
        const target = find(d);
        // Fields the fixture leaves out are optional for both.
        if (!(key in target) || key.startsWith('$')) continue;
        delete target[key];
        const missing = (validateTariffs(d).issues ?? []).some(
          (i) => i.path === at(path, key) && i.messageEn === 'missing required field',
        );
        expect(missing, at(path, key)).to.equal((part.required ?? []).includes(key));
      }
    });
  }
});
