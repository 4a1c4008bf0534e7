import { expect } from '@open-wc/testing';
import { callSummarizer, normalizeCaller, summarizeCalls, type CallRecord, type MonthSummary, type TariffSet } from '../../src/engine/index.js';
import { makeRegion, makeTariffs } from '../support/tariff-builder.js';

/** Home (+86) first, then nested +852 inside +85, then the catch-all. */
const regional = makeTariffs({
  regions: [makeRegion('home', '1', ['+86']), makeRegion('hk', '1', ['+852']), makeRegion('near', '1', ['+85']), makeRegion('world', '1', ['+'])],
});

/** The classes of a month as "band region seconds×count". */
function classes(month: MonthSummary | undefined): string[] {
  return (month?.classes ?? []).map((c) => `${c.band} ${c.regionId} ${c.seconds}×${c.count}`);
}

function only(tariffs: TariffSet, records: CallRecord[], options?: { callerHasCountryCode?: boolean }): MonthSummary {
  const summary = summarizeCalls(tariffs, records, options);
  expect(summary.months).to.have.length(1);
  return summary.months[0]!;
}

const bandOf = (tariffs: TariffSet, start: string) => only(tariffs, [{ start, seconds: 60 }]).classes[0]!.band;
const regionOf = (caller: string | undefined, options?: { callerHasCountryCode?: boolean }) =>
  only(regional, [caller === undefined ? { start: '2026-03-02 10:00:00', seconds: 60 } : { start: '2026-03-02 10:00:00', seconds: 60, caller }], options)
    .classes[0]!.regionId;

describe('call summary: band of a call (§7)', () => {
  const tariffs = makeTariffs(); // Monday–Friday 08:00–18:00

  it('is peak from 08:00:00 up to 17:59:59 on a weekday, off-peak just before and from 18:00:00', () => {
    // 2026-03-02 is a Monday.
    expect(bandOf(tariffs, '2026-03-02 07:59:59')).to.equal('offPeak');
    expect(bandOf(tariffs, '2026-03-02 08:00:00')).to.equal('peak');
    expect(bandOf(tariffs, '2026-03-02 08:00')).to.equal('peak');
    expect(bandOf(tariffs, '2026-03-02 17:59:59')).to.equal('peak');
    expect(bandOf(tariffs, '2026-03-02 18:00:00')).to.equal('offPeak');
    expect(bandOf(tariffs, '2026-03-06 12:00:00')).to.equal('peak'); // Friday
  });

  it('is off-peak all weekend', () => {
    expect(bandOf(tariffs, '2026-03-07 10:00:00')).to.equal('offPeak'); // Saturday
    expect(bandOf(tariffs, '2026-03-08 10:00:00')).to.equal('offPeak'); // Sunday
  });

  it("follows the file's own peak windows, an overnight band as two windows, and none with []", () => {
    const evenings = makeTariffs({
      peakWindows: [
        { days: [6, 7], from: '20:00', to: '24:00' },
        { days: [7, 1], from: '00:00', to: '02:30' },
      ],
    });
    expect(bandOf(evenings, '2026-03-07 19:59:59')).to.equal('offPeak');
    expect(bandOf(evenings, '2026-03-07 20:00:00')).to.equal('peak');
    expect(bandOf(evenings, '2026-03-07 23:59:59')).to.equal('peak');
    expect(bandOf(evenings, '2026-03-08 02:29:59')).to.equal('peak'); // Sunday morning
    expect(bandOf(evenings, '2026-03-09 02:00:00')).to.equal('peak'); // Monday morning
    expect(bandOf(evenings, '2026-03-09 02:30:00')).to.equal('offPeak');
    expect(bandOf(evenings, '2026-03-09 10:00:00')).to.equal('offPeak');
    expect(bandOf(makeTariffs({ peakWindows: [] }), '2026-03-02 10:00:00')).to.equal('offPeak');
  });
});

describe('call summary: region of a call (§7)', () => {
  it('takes the longest matching prefix: +852 before +85, +85 before the catch-all +', () => {
    expect(regionOf('+852 9123 4567')).to.equal('hk');
    expect(regionOf('+853 2888 1234')).to.equal('near');
    expect(regionOf('+1 415 555 0100')).to.equal('world');
    expect(regionOf('+86 138 0013 8000')).to.equal('home');
  });

  it('reads a leading 00 as +', () => {
    expect(normalizeCaller('(001) 1782-2771', '86')).to.equal('+117822771');
    expect(regionOf('00852-9123-4567')).to.equal('hk');
    expect(regionOf('001 415 555 0100')).to.equal('world');
  });

  it('gives a domestic number the home calling code in place of one trunk 0', () => {
    expect(normalizeCaller('(010) 8888-8888', '86')).to.equal('+861088888888');
    expect(normalizeCaller('13800138000', '86')).to.equal('+8613800138000');
    // Only one trunk 0 goes: 00 has already become +.
    expect(normalizeCaller('0852 1234', '86')).to.equal('+868521234');
    expect(regionOf('010 8888 8888')).to.equal('home');
    expect(regionOf('13800138000')).to.equal('home');
    // A file for Hong Kong: its domestic numbers are +852.
    const hongKong = makeTariffs({ homeCallingCode: '852', regions: [makeRegion('mainland', '1', ['+86']), makeRegion('local', '1', ['+852'])] });
    expect(only(hongKong, [{ start: '2026-03-02 10:00:00', seconds: 5, caller: '9123 4567' }]).classes[0]!.regionId).to.equal('local');
  });

  it('puts anonymous, empty, "+" and absent callers in the first region', () => {
    for (const caller of ['anonymous', '', '+', '  - ', '未知', undefined]) {
      expect(regionOf(caller), String(caller)).to.equal('home');
    }
  });

  it('puts a number no prefix matches in the first region', () => {
    const noCatchAll = makeTariffs({ regions: [makeRegion('home', '1', ['+86']), makeRegion('hk', '1', ['+852'])] });
    expect(only(noCatchAll, [{ start: '2026-03-02 10:00:00', seconds: 5, caller: '+1 415 555 0100' }]).classes[0]!.regionId).to.equal('home');
  });

  it('reads numbers without + as starting with a country code when the export says so', () => {
    expect(regionOf('85291234567')).to.equal('home'); // domestic by the rule: +8685291234567
    expect(regionOf('85291234567', { callerHasCountryCode: true })).to.equal('hk');
    expect(regionOf('8613800138000', { callerHasCountryCode: true })).to.equal('home');
    // A trunk 0 cannot begin a country code: still domestic.
    expect(normalizeCaller('01088888888', '86', { callerHasCountryCode: true })).to.equal('+861088888888');
  });
});

describe('call summary: months, counts and concurrency (§7)', () => {
  it('counts calls by band, region and seconds in a fixed order, 0-second calls only as calls', () => {
    const month = only(regional, [
      { start: '2026-03-02 19:00:00', seconds: 30, caller: '+85291234567' },
      { start: '2026-03-02 10:00:00', seconds: 61, caller: '13800138000' },
      { start: '2026-03-03 10:00:00', seconds: 61, caller: '13900139000' },
      { start: '2026-03-03 11:00:00', seconds: 5, caller: '+14155550100' },
      { start: '2026-03-04 11:00:00', seconds: 0, caller: '13800138000' },
      { start: '2026-03-04 12:00:00', seconds: 0 },
    ]);
    expect(classes(month)).to.deep.equal(['peak home 61×2', 'peak world 5×1', 'offPeak hk 30×1']);
    expect(month).to.include({ calls: 6, answeredCalls: 4, talkSeconds: 157 });
  });

  it('counts a month of only unanswered calls with no class and a concurrency of 0', () => {
    const month = only(regional, [{ start: '2026-03-02 10:00:00', seconds: 0 }, { start: '2026-03-02 10:00:00', seconds: 0 }]);
    expect(month).to.include({ calls: 2, answeredCalls: 0, talkSeconds: 0, peakConcurrency: 0 });
    expect(month.classes).to.deep.equal([]);
  });

  it('does not overlap calls that touch: one ending as the next starts', () => {
    const touching = only(regional, [
      { start: '2026-03-02 10:00:00', seconds: 60 },
      { start: '2026-03-02 10:01:00', seconds: 60 },
      { start: '2026-03-02 10:02:00', seconds: 60 },
    ]);
    expect(touching.peakConcurrency).to.equal(1);
    const overlapping = only(regional, [
      { start: '2026-03-02 10:00:00', seconds: 95 }, // to 10:01:35
      { start: '2026-03-02 10:01:00', seconds: 60 },
      { start: '2026-03-02 10:01:30', seconds: 10 }, // all three at 10:01:30
      { start: '2026-03-02 10:01:00', seconds: 0 }, // occupies nothing
      { start: '2026-03-02 20:00:00', seconds: 30 }, // off-peak counts too
      { start: '2026-03-02 20:00:10', seconds: 30 },
    ]);
    expect(overlapping.peakConcurrency).to.equal(3);
  });

  it('counts a call that crosses midnight into a new month only in the month it starts in', () => {
    const summary = summarizeCalls(regional, [
      { start: '2026-03-31 23:59:00', seconds: 120 },
      { start: '2026-04-01 00:00:30', seconds: 60 },
      { start: '2026-04-30 23:00:00', seconds: 60 },
    ]);
    expect(summary.months.map((m) => [m.month, m.talkSeconds, m.peakConcurrency])).to.deep.equal([
      ['2026-03', 120, 1],
      ['2026-04', 120, 1],
    ]);
  });

  it('lists every month between the first and the last, those without records empty; partial ends marked', () => {
    const summary = summarizeCalls(regional, [
      { start: '2026-04-30 09:00:00', seconds: 60 },
      { start: '2026-01-15 09:00:00', seconds: 60 },
      { start: '2026-01-31 09:00:00', seconds: 0 },
    ]);
    expect(summary.months.map((m) => [m.month, m.calls, m.firstDay, m.lastDay, m.daysInMonth, m.partial])).to.deep.equal([
      ['2026-01', 2, 15, 31, 31, true],
      ['2026-02', 0, null, null, 28, false],
      ['2026-03', 0, null, null, 31, false],
      ['2026-04', 1, 30, 30, 30, false],
    ]);
    expect(summary.months[1]!.classes).to.deep.equal([]);
    // A log's last month that ends early is partial; a leap February is 29 days.
    const early = summarizeCalls(regional, [{ start: '2024-02-01 09:00', seconds: 1 }, { start: '2024-02-28 09:00', seconds: 1 }]);
    expect(early.months.map((m) => [m.daysInMonth, m.partial])).to.deep.equal([[29, true]]);
    const whole = summarizeCalls(regional, [{ start: '2024-02-01 00:00', seconds: 1 }, { start: '2024-02-29 23:59:59', seconds: 1 }]);
    expect(whole.months[0]!.partial).to.equal(false);
    expect(summarizeCalls(regional, []).months).to.deep.equal([]);
  });

  it('counts records with an impossible start or seconds as unreadable and bills none of them', () => {
    const bad = [
      { start: '2026-02-30 10:00:00', seconds: 60 },
      { start: '2026-03-02 24:00:00', seconds: 60 },
      { start: '2026-03-02 10:60:00', seconds: 60 },
      { start: '2026/03/02 10:00:00', seconds: 60 },
      { start: '2026-03-02T10:00:00', seconds: 60 },
      { start: '2026-03-02 10:00:00', seconds: -1 },
      { start: '2026-03-02 10:00:00', seconds: 1.5 },
      { start: '2026-03-02 10:00:00', seconds: Number.NaN },
      { start: '2026-03-02 10:00:00', seconds: 2 ** 44 }, // over 500,000 years: a misread column
      { start: '2026-03-02 10:00:00', seconds: '60' },
      { start: 20260302, seconds: 60 },
      null,
    ] as unknown as CallRecord[];
    const summary = summarizeCalls(regional, [...bad, { start: '2026-03-02 10:00:00', seconds: 60 }]);
    expect(summary).to.deep.include({ records: 1, unreadable: bad.length });
    expect(summary.months.map((m) => [m.month, m.calls, m.talkSeconds])).to.deep.equal([['2026-03', 1, 60]]);
  });

  it('keeps no calling number: the summary holds no digit of any caller', () => {
    const summarizer = callSummarizer(regional);
    summarizer.add([{ start: '2026-03-02 10:00:00', seconds: 42, caller: '13812345678' }]);
    summarizer.add([{ start: '2026-03-02 10:00:07', seconds: 9, caller: '+85298765432' }]);
    const text = JSON.stringify(summarizer.finish());
    expect(text).not.to.match(/1381|8529|5678|765432/);
  });
});
