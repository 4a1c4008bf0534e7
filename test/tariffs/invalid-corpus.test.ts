// The invalid-tariff corpus (invalid-corpus.ts): the validator must report
// each defect at its exact JSON path.
import { expect } from '@open-wc/testing';
import { validateTariffs } from '../../src/tariffs/validate.js';
import { validDocument } from '../support/tariff-builder.js';
import { corpus, documentOf } from './invalid-corpus.js';

describe('invalid tariff corpus', () => {
  it(`has at least 40 documents with one defect each (${corpus.length})`, () => {
    expect(corpus.length).to.be.at.least(40);
    expect(new Set(corpus.map((c) => c.defect)).size).to.equal(corpus.length);
  });

  it('starts from a valid document', () => {
    expect(validateTariffs(validDocument()).issues).to.equal(undefined);
  });

  for (const testCase of corpus) {
    const { defect, path, alsoReported = 0, says } = testCase;
    it(`reports ${defect} at ${path || '(document)'}`, () => {
      const result = validateTariffs(documentOf(testCase));
      expect(result.ok).to.equal(false);
      const issues = result.issues!;
      expect(issues[0].path).to.equal(path);
      expect(issues, JSON.stringify(issues, null, 1)).to.have.length(1 + alsoReported);
      if (typeof says === 'string') expect(issues[0].messageEn).to.contain(says);
      if (says instanceof RegExp) expect(issues[0].messageEn).to.match(says);
    });
  }
});
