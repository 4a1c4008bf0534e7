import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TariffSet } from '../engine/types.js';
import { parseTariffs } from '../tariffs/validate.js';
import {
  decodeSharedState,
  plainDecimal,
  encodeSharedState,
  readSharedState,
  removeSharedState,
  shareHashKey,
  writeSharedState,
  type SharedState,
} from './usage-hash.js';

// Mocha's globals, provided by the test runner.

const ids = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,47}$/);
const nonNegative = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)),
  );

const sharedStates: fc.Arbitrary<SharedState> = fc.record(
  {
    usage: fc.record(
      {
        minutesPerMonth: nonNegative(10_000_000),
        peakSharePercent: nonNegative(100),
        regionShares: fc.dictionary(ids, nonNegative(1000), { maxKeys: 6 }),
        averageCallSeconds: fc.option(fc.oneof(fc.integer({ min: 1, max: 3600 }), fc.double({ min: 1, max: 3600, noNaN: true }))),
        addOns: fc.uniqueArray(ids, { maxLength: 5 }),
        numberGrade: fc.option(ids),
      },
      { requiredKeys: [] },
    ),
    planId: ids,
    view: fc.constantFrom('monthly' as const, 'term' as const),
  },
  { requiredKeys: ['usage'] },
);

const plan = (id: string) => ({ id, carrier: 'cu', name: id, termMonths: 12, package: { price: '1200', includes: 'credit' }, ratePerMinute: '0.1' });
const TARIFFS: TariffSet = parseTariffs({
  schemaVersion: 1,
  currency: 'CNY',
  effectiveDate: '2026-01-01',
  regions: [{ id: 'north', name: 'N', defaultShare: 1 }, { id: 'south', name: 'S', defaultShare: 1 }],
  carriers: [{ id: 'cu', name: 'CU' }],
  addOns: [{ id: 'ivr', name: 'IVR' }, { id: 'recording', name: 'Rec' }],
  numberGrades: [{ id: 'standard', name: 'Std' }, { id: 'premium', name: 'Premium' }],
  plans: [plan('unicom-2400'), plan('telecom-1200')],
});

describe('share hash: encoding', () => {
  it('writes a compact, readable, versioned value', () => {
    const value = encodeSharedState({
      usage: {
        minutesPerMonth: 1200,
        peakSharePercent: 60,
        regionShares: { north: 30, south: 70 },
        averageCallSeconds: 180,
        addOns: ['ivr', 'recording'],
        numberGrade: 'premium',
      },
      planId: 'unicom-2400',
      view: 'term',
    });
    expect(value).to.equal('v1_m1200_p60_rnorth:30,south:70_c180_aivr,recording_gpremium_sunicom-2400_tt');
  });

  it('leaves unset fields out and writes empty values for null and empty lists', () => {
    expect(encodeSharedState({ usage: {} })).to.equal('v1');
    expect(encodeSharedState({ usage: { averageCallSeconds: null, addOns: [], numberGrade: null, regionShares: {} } })).to.equal(
      'v1_r_c_a_g',
    );
  });

  it('refuses values no calculator sends', () => {
    expect(() => encodeSharedState({ usage: { minutesPerMonth: -1 } })).to.throw(RangeError);
    expect(() => encodeSharedState({ usage: { minutesPerMonth: Number.NaN } })).to.throw(RangeError);
    expect(() => encodeSharedState({ usage: { addOns: ['Bad_Id'] } })).to.throw(RangeError);
    expect(() => encodeSharedState({ usage: { addOns: ['ivr', 'ivr'] } })).to.throw(RangeError);
  });
});

describe('share hash: round trip', () => {
  it('decodes exactly what it encoded, for any valid state', () => {
    fc.assert(
      fc.property(sharedStates, (state) => {
        const decoded = decodeSharedState(encodeSharedState(state));
        expect(decoded).to.deep.equal({ ok: true, state });
      }),
      { numRuns: 1500 },
    );
  });

  it('survives the hash of a real URL, percent-encoded or not', () => {
    fc.assert(
      fc.property(sharedStates, fc.constantFrom('', 'quote', 'calc-2', 'a b&c=d'), (state, instance) => {
        const url = new URL('https://reseller.example/page?x=1');
        url.hash = writeSharedState('#intro', state, instance);
        const fromUrl = readSharedState(url.hash, instance);
        expect(fromUrl).to.deep.equal({ ok: true, state });
        const encodedHash = url.hash.replace(/:/g, '%3A').replace(/,/g, '%2C');
        expect(readSharedState(encodedHash, instance)).to.deep.equal({ ok: true, state });
      }),
      { numRuns: 300 },
    );
  });
});

describe('share hash: invalid or tampered values', () => {
  const rejected: readonly [string, string][] = [
    ['', 'no version'],
    ['m1200', 'no version'],
    ['v2_m1200', 'a future version'],
    ['v1_m-5', 'negative minutes'],
    ['v1_m10000001', 'minutes above the engine maximum'],
    ['v1_mInfinity', 'infinite minutes'],
    ['v1_mNaN', 'not a number'],
    ['v1_m1e400', 'overflowing exponent'],
    ['v1_m0x10', 'hexadecimal'],
    ['v1_m 12', 'a space'],
    ['v1_m12_m13', 'a repeated field'],
    ['v1_p101', 'peak share above 100'],
    ['v1_c0', 'call length below one second'],
    ['v1_c3601', 'call length above an hour'],
    ['v1_rnorth', 'a region without weight'],
    ['v1_rnorth:1,north:2', 'a repeated region'],
    ['v1_rNorth:1', 'an upper-case id'],
    ['v1_r__proto__:1', 'a prototype key'],
    ['v1_aivr,ivr', 'a repeated add-on'],
    ['v1_aivr,', 'an empty add-on id'],
    ['v1_g-bad', 'an id starting with a hyphen'],
    [`v1_s${'x'.repeat(49)}`, 'an id longer than 48 characters'],
    ['v1_tx', 'an unknown view'],
    ['v1_z1', 'an unknown field'],
    ['v1_m1200_', 'an empty field'],
    ['v1_%E0%A4%A', 'broken percent-encoding'],
    [`v1_m${'1'.repeat(5000)}`, 'an overlong value'],
  ];

  it('rejects each with a reason instead of throwing', () => {
    for (const [value, why] of rejected) {
      const result = decodeSharedState(value);
      expect(result.ok, `${why}: ${value.slice(0, 40)}`).to.equal(false);
      expect(result.reason, why).to.be.a('string').and.not.equal('');
    }
  });

  it('writes and reads numbers in plain decimal notation only', () => {
    expect(encodeSharedState({ usage: { regionShares: { north: 5e-7, south: 1.25e-10 } } })).to.equal(
      'v1_rnorth:0.0000005,south:0.000000000125',
    );
    const back = decodeSharedState('v1_rnorth:0.0000005,south:0.000000000125');
    expect(back.ok && back.state.usage.regionShares).to.deep.equal({ north: 5e-7, south: 1.25e-10 });
    expect(plainDecimal(1e21)).to.equal('1000000000000000000000');
    expect(plainDecimal(1.5e-7)).to.equal('0.00000015');
    expect(plainDecimal(123.45)).to.equal('123.45');
    for (const value of ['v1_m1e-300', 'v1_m1e3', 'v1_m0x10', 'v1_p6e1']) {
      const result = decodeSharedState(value);
      expect(result.ok, value).to.equal(false);
      expect(result.reason, value).to.contain('not a number');
    }
  });

  it('checks ids against the tariffs when given them', () => {
    const options = { tariffs: TARIFFS };
    expect(decodeSharedState('v1_rnorth:1,south:3_aivr_gpremium_sunicom-2400', options).ok).to.equal(true);
    expect(decodeSharedState('v1_rwest:1', options).reason).to.contain('west');
    expect(decodeSharedState('v1_asms', options).reason).to.contain('sms');
    expect(decodeSharedState('v1_ggold', options).reason).to.contain('gold');
    expect(decodeSharedState('v1_smobile-9', options).reason).to.contain('mobile-9');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), sharedStates.map(encodeSharedState).chain((value) =>
        fc.tuple(fc.nat(value.length), fc.string({ maxLength: 3 })).map(([at, junk]) => value.slice(0, at) + junk + value.slice(at)),
      )), (value) => {
        const result = decodeSharedState(value);
        expect(result.ok === true || typeof result.reason === 'string').to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('share hash: the page URL', () => {
  const state: SharedState = { usage: { minutesPerMonth: 3000, peakSharePercent: 40 } };

  it('adds its entry after the host page content and leaves that content intact', () => {
    expect(writeSharedState('', state)).to.equal('#hc=v1_m3000_p40');
    expect(writeSharedState('#pricing', state)).to.equal('#pricing&hc=v1_m3000_p40');
    expect(writeSharedState('#tab=2&lang=zh', state)).to.equal('#tab=2&lang=zh&hc=v1_m3000_p40');
  });

  it('replaces only its own entry, in place', () => {
    const hash = '#tab=2&hc=v1_m10&hc.other=v1_m20&x';
    expect(writeSharedState(hash, state)).to.equal('#tab=2&hc=v1_m3000_p40&hc.other=v1_m20&x');
    expect(writeSharedState(hash, state, 'other')).to.equal('#tab=2&hc=v1_m10&hc.other=v1_m3000_p40&x');
  });

  it('keeps two instances on one page apart', () => {
    let hash = '#top';
    hash = writeSharedState(hash, { usage: { minutesPerMonth: 100 } }, 'left');
    hash = writeSharedState(hash, { usage: { minutesPerMonth: 900 } }, 'right');
    expect(readSharedState(hash, 'left')).to.deep.equal({ ok: true, state: { usage: { minutesPerMonth: 100 } } });
    expect(readSharedState(hash, 'right')).to.deep.equal({ ok: true, state: { usage: { minutesPerMonth: 900 } } });
    expect(readSharedState(hash)).to.equal(null);
    expect(removeSharedState(hash, 'left')).to.equal('#top&hc.right=v1_m900');
    expect(removeSharedState('#hc=v1_m1')).to.equal('');
  });

  it('does not mistake a longer key or foreign content for its own', () => {
    expect(readSharedState('#hcx=v1_m5&hc.left=v1_m6')).to.equal(null);
    expect(shareHashKey('a&b=c')).to.equal('hc.a%26b%3Dc');
    expect(readSharedState('#hc=v9_m1')).to.deep.include({ ok: false });
  });
});
