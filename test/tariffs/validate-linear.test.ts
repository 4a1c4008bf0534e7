// The validator's work grows linearly with the document, whatever a hostile
// file under 1 MiB holds: each test times the same check at n and at 8·n
// (test/support/growth.ts) — linear work grows about 8 times, quadratic work
// 64 times. Before v1.1, "did you mean" compared every unknown key with every
// id (a file with many unknown ids in regionMultipliers took over 70 s), and
// ids and caller prefixes were looked up in lists.
import { expect } from '@open-wc/testing';
import { validateTariffs } from '../../src/tariffs/validate.js';
import { assertLinear } from '../support/growth.js';
import { validDocument, type Doc } from '../support/tariff-builder.js';

const log = (what: string, growth: { small: number; large: number; ratio: number }) =>
  console.log(`${what}: ${growth.small.toFixed(1)} ms at n, ${growth.large.toFixed(1)} ms at 8n (×${growth.ratio.toFixed(1)})`);

/** `n` ids of the same length, each within a few edits of many others. */
const idsOf = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);

describe('validation in linear time', function () {
  // Each test validates a document of up to 1 MiB several times: slow on a loaded machine, whatever the growth.
  this.timeout(180_000);

  it('10,000 unknown keys against 50 region ids: a bounded number of comparisons per key', () => {
    const regions = idsOf('region', 50);
    const prepare = (n: number) => {
      const d = validDocument();
      d.regions = regions.map((id) => ({ id, name: id, defaultShare: 1 }));
      // Of the same length as the ids and close to them: every comparison runs its course.
      d.plans[1].regionMultipliers = Object.fromEntries(idsOf('regoin', n).map((id) => [id, '1']));
      return () => validateTariffs(d);
    };
    const d = validDocument();
    d.regions = regions.map((id) => ({ id, name: id, defaultShare: 1 }));
    d.plans[1].regionMultipliers = { 'region-00001x': '1', 'regoin-00002': '1', 'far-away-key': '1' };
    // The nearest: region-00001 is one edit away, region-00010 two, region-00000 three.
    expect(validateTariffs(d).issues!.map((i) => [i.path, i.params.suggestion])).to.deep.equal([
      ['plans[1].regionMultipliers.region-00001x', 'region-00001'],
      ['plans[1].regionMultipliers.regoin-00002', 'region-00002'],
      ['plans[1].regionMultipliers.far-away-key', undefined],
    ]);
    log('unknown region ids', assertLinear(prepare, 1250, { runs: 2 }));
  });

  it('as many unknown keys as ids, both growing (the file that took over 70 s)', () => {
    const prepare = (n: number) => {
      const d = validDocument();
      d.regions = idsOf('r', n).map((id) => ({ id, name: 'r', defaultShare: 1 }));
      for (const plan of d.plans) plan.regionMultipliers = Object.fromEntries(idsOf('q', n / 4).map((id) => [id, '2']));
      return () => validateTariffs(d);
    };
    log('ids and unknown keys', assertLinear(prepare, 1000, { runs: 2 }));
  });

  it('100,000 issues', () => {
    const prepare = (n: number) => {
      const d = validDocument();
      for (let i = 0; i < n; i++) d.plans[0][i.toString(36)] = 1;
      return () => expect(validateTariffs(d).issues).to.have.length(n);
    };
    log('100,000 unknown fields', assertLinear(prepare, 12_500, { runs: 2 }));
  });

  it('100,000 caller prefixes, each checked against all the others', () => {
    const prepare = (n: number) => {
      const d: Doc = validDocument();
      d.regions[1].callerPrefixes = Array.from({ length: n }, (_, i) => `+${i}`);
      return () => expect(validateTariffs(d).issues!.map((i) => i.code)).to.deep.equal(['too-many']);
    };
    log('caller prefixes', assertLinear(prepare, 12_500, { runs: 2 }));
  });

  it('a long unknown key is compared in a few steps per character, never recursively', () => {
    const d = validDocument();
    d.plans[0]['ratePerMinute'.repeat(20_000)] = 1;
    d.plans[0]['r'.repeat(600_000)] = 1;
    expect(validateTariffs(d).issues!.map((i) => i.code)).to.deep.equal(['unknown-field', 'unknown-field']);
  });
});
