import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isSelfDescribing, readSeconds } from './duration.js';

describe('call-log durations', () => {
  it('read seconds, clock times and Chinese or English units', () => {
    const cases: [string, number][] = [
      ['205', 205],
      ['0', 0],
      ['205秒', 205],
      ['205 秒', 205],
      ['205s', 205],
      ['205S', 205],
      ['205 sec', 205],
      ['205 seconds', 205],
      ['00:03:25', 205],
      ['0:03:25', 205],
      ['3:25', 205],
      ['03:25', 205],
      ['125:00', 7500],
      ['3分25秒', 205],
      ['3分钟25秒', 205],
      ['3 分 25 秒', 205],
      ['3分', 180],
      ['3分钟', 180],
      ['1小时2分3秒', 3723],
      ['1时2分3秒', 3723],
      ['1小时', 3600],
      ['1小时3秒', 3603],
      ['1h2m3s', 3723],
      ['3m25s', 205],
      ['3 min 25 s', 205],
      ['01:02:03', 3723],
    ];
    for (const [text, seconds] of cases) expect(readSeconds(text), text).to.equal(seconds);
  });

  it('round fractions of a second up, as carriers bill every started unit', () => {
    expect(readSeconds('204.2')).to.equal(205);
    expect(readSeconds('205.0')).to.equal(205);
    expect(readSeconds('205.000001')).to.equal(206);
    expect(readSeconds('00:03:24.5')).to.equal(205);
    expect(readSeconds('3分24.5秒')).to.equal(205);
    expect(readSeconds('0.4')).to.equal(1);
  });

  it('count bare numbers in minutes when the column says so', () => {
    expect(readSeconds('4', 60)).to.equal(240);
    expect(readSeconds('2.5', 60)).to.equal(150);
    expect(readSeconds('0.1', 60)).to.equal(6);
    expect(readSeconds('2.1', 60)).to.equal(126);
    expect(readSeconds('205秒', 60)).to.equal(205);
    expect(readSeconds('3:25', 60)).to.equal(205);
  });

  it('refuse what is no duration', () => {
    for (const text of ['', '-5', '很久', '3:60', '1:60:00', '1:02:60', '3分25', '500ms', '1.2.3', '3:25:', 'abc', '--']) {
      expect(readSeconds(text), text).to.equal(undefined);
    }
  });

  it('tell durations that state their unit from bare numbers', () => {
    expect(isSelfDescribing('3:25')).to.equal(true);
    expect(isSelfDescribing('3分25秒')).to.equal(true);
    expect(isSelfDescribing('205')).to.equal(false);
    expect(isSelfDescribing('abc')).to.equal(false);
  });

  it('read back any whole number of seconds in every format', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), (total) => {
        const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
        const two = (n: number) => String(n).padStart(2, '0');
        for (const text of [`${total}`, `${total}秒`, `${two(h)}:${two(m)}:${two(s)}`, `${h}小时${m}分${s}秒`, `${h * 60 + m}分${s}秒`]) {
          expect(readSeconds(text), text).to.equal(total);
        }
      }),
    );
  });
});
