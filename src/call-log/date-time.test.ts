import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDateTime, momentKind, readDateTime, readTimeOfDay } from './date-time.js';

const start = (text: string) => {
  const parts = readDateTime(text);
  return parts && formatDateTime(parts);
};

describe('call-log start times', () => {
  it('read every common format into YYYY-MM-DD HH:MM:SS', () => {
    for (const text of [
      '2026-03-01 08:05:09',
      '2026/3/1 8:05:09',
      '2026.03.01 08:05:09',
      '2026年3月1日 08:05:09',
      '2026年3月1日08:05:09',
      '2026年3月1日 8时5分9秒',
      '2026-03-01T08:05:09',
      '20260301080509',
      '20260301 080509',
      '2026-03-01  08:05:09',
    ]) {
      expect(start(text), text).to.equal('2026-03-01 08:05:09');
    }
  });

  it('read HH:MM as :00', () => {
    for (const text of ['2026/3/1 8:05', '2026.03.01 08:05', '202603010805', '2026年3月1日 8点05分', '2026-03-01 8时5分']) {
      expect(start(text), text).to.equal('2026-03-01 08:05:00');
    }
  });

  it('keep the wall time as written when a zone follows, and cut off fractions of a second', () => {
    for (const text of [
      '2026-03-01T08:05:09Z',
      '2026-03-01T08:05:09+08:00',
      '2026-03-01T08:05:09-0500',
      '2026-03-01 08:05:09 +08',
      '2026-03-01 08:05:09 GMT+8',
      '2026-03-01 08:05:09 UTC',
      '2026-03-01 08:05:09.750',
      '2026-03-01T08:05:09.999+08:00',
    ]) {
      expect(start(text), text).to.equal('2026-03-01 08:05:09');
    }
  });

  it('refuse dates and times that do not exist', () => {
    for (const text of [
      '2026-02-30 08:05:09',
      '2026-02-29 08:05:09',
      '2026-13-01 08:05:09',
      '2026-00-10 08:05:09',
      '2026-03-01 25:00',
      '2026-03-01 24:00:00',
      '2026-03-01 08:60',
      '2026-03-01 08:05:60',
    ]) {
      expect(start(text), text).to.equal(undefined);
    }
    expect(start('2028-02-29 00:00')).to.equal('2028-02-29 00:00:00');
    expect(start('2000-02-29 00:00')).to.equal('2000-02-29 00:00:00');
    expect(start('2100-02-29 00:00')).to.equal(undefined);
  });

  it('refuse a date without a time, a time without a date, and what is no date', () => {
    for (const text of ['2026-03-01', '08:05:09', '', '昨天', '13800138000', '19912345678', '8613800138000', '2026-03-01 8', '1969-12-31 23:59']) {
      expect(start(text), text).to.equal(undefined);
    }
  });

  it('tell dates, times and dates with times apart', () => {
    expect(momentKind('2026-03-01')).to.equal('date');
    expect(momentKind('20260301')).to.equal('date');
    expect(momentKind('08:05')).to.equal('time');
    expect(momentKind('080509')).to.equal('time');
    expect(momentKind('2026-03-01 08:05')).to.equal('datetime');
    expect(momentKind('205')).to.equal(undefined);
    expect(momentKind('2026-03-01 xx')).to.equal(undefined);
    expect(readTimeOfDay('8点')).to.equal(undefined);
  });

  it('read back every real moment of 1970–2099 written as YYYY-MM-DD HH:MM:SS or compact', () => {
    const moments = fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2099, 11, 31, 23, 59, 59)), noInvalidDate: true });
    fc.assert(
      fc.property(moments, (date) => {
        const iso = date.toISOString().slice(0, 19).replace('T', ' ');
        expect(start(iso)).to.equal(iso);
        expect(start(iso.replace(/\D/g, ''))).to.equal(iso);
        expect(start(iso.replace(' ', 'T') + 'Z')).to.equal(iso);
      }),
    );
  });
});
