import { expect } from '@open-wc/testing';
import { cleanCell, isEmptyRow } from './cell.js';

describe('call-log fields', () => {
  it('turn full-width digits, letters and spaces into ASCII (NFKC) and trim', () => {
    expect(cleanCell('　１３８００１３８０００　')).to.equal('13800138000');
    expect(cleanCell('２０２６－０３－０１　０８：０５：０９')).to.equal('2026-03-01 08:05:09');
    expect(cleanCell('ＡＢＣ（秒）')).to.equal('ABC(秒)');
    expect(cleanCell(' 205 ')).to.equal('205');
    expect(cleanCell(undefined)).to.equal('');
  });

  it("drop the marks spreadsheets add to keep digits as text", () => {
    expect(cleanCell('="01088888888"')).to.equal('01088888888');
    expect(cleanCell("'13800138000")).to.equal('13800138000');
    expect(cleanCell('\t13800138000')).to.equal('13800138000');
  });

  it('tell empty rows', () => {
    expect(isEmptyRow([''])).to.equal(true);
    expect(isEmptyRow(['', ' ', '\u3000'])).to.equal(true);
    expect(isEmptyRow(['', 'a'])).to.equal(false);
  });
});
