import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fixture, streamOf } from '../../test/support/call-log-helpers.js';
import { decodeText } from './decode.js';
import type { CallLogSource } from './types.js';

async function decodeAll(source: CallLogSource) {
  const text = decodeText(source);
  let all = '';
  for (let piece = await text.next(); piece !== undefined; piece = await text.next()) all += piece;
  return { text: all, encoding: text.encoding, bytesRead: text.bytesRead, totalBytes: text.totalBytes };
}

const bytesOf = async (name: string) => new Uint8Array(await (await fixture(name)).arrayBuffer());

describe('call-log decoding', () => {
  it('reads UTF-8 with a byte-order mark, and drops the mark', async () => {
    const { text, encoding } = await decodeAll(await fixture('utf8-bom-title-crlf.csv'));
    expect(encoding).to.equal('utf-8');
    expect(text.startsWith('通话详单\r\n')).to.equal(true);
  });

  it('reads UTF-8 without a mark', async () => {
    const { text, encoding } = await decodeAll(await fixture('quoted.csv'));
    expect(encoding).to.equal('utf-8');
    expect(text.startsWith('主叫号码,开始时间')).to.equal(true);
  });

  it('recognizes GBK and GB18030 (read as GB18030, which includes GBK)', async () => {
    const gbk = await decodeAll(await fixture('gbk.csv'));
    expect(gbk.encoding).to.equal('gb18030');
    expect(gbk.text).to.contain('来电号码,呼叫时间,通话时长,备注').and.contain('广州，天河');
    const gb18030 = await decodeAll(await fixture('gb18030.tsv'));
    expect(gb18030.encoding).to.equal('gb18030');
    expect(gb18030.text).to.contain('𠮷野家');
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const { text, encoding } = await decodeAll(await fixture('utf16le-bom.tsv'));
    expect(encoding).to.equal('utf-16le');
    expect(text.startsWith('主叫号码\t开始时间')).to.equal(true);
    const be = new Uint8Array([0xfe, 0xff, 0x4e, 0x3b, 0, 0x2c]);
    expect(await decodeAll(new Blob([be]))).to.include({ text: '主,', encoding: 'utf-16be' });
  });

  it('tells GBK after a long ASCII beginning, passing the ASCII on before it knows', async () => {
    const ascii = new TextEncoder().encode('caller,start,duration\n' + '13800138000,2026-03-01 08:05:09,205\n'.repeat(5000));
    const gbk = await bytesOf('gbk.csv');
    const { text, encoding } = await decodeAll(new Blob([ascii, gbk]));
    expect(encoding).to.equal('gb18030');
    expect(text.endsWith(new TextDecoder('gb18030').decode(gbk))).to.equal(true);
    expect(text.length).to.equal(ascii.length + new TextDecoder('gb18030').decode(gbk).length);
  });

  it('reads empty, tiny and pure ASCII inputs', async () => {
    expect(await decodeAll('')).to.include({ text: '', encoding: 'utf-8' });
    expect(await decodeAll('a')).to.include({ text: 'a' });
    expect(await decodeAll('ab\n')).to.include({ text: 'ab\n' });
  });

  it('counts the bytes read against the size of a Blob', async () => {
    const blob = await fixture('gbk.csv');
    expect(await decodeAll(blob)).to.include({ bytesRead: blob.size, totalBytes: blob.size });
    expect((await decodeAll(streamOf(new Uint8Array([0x61, 0x62, 0x63])))).totalBytes).to.equal(undefined);
  });

  it('gives the same text however a stream cuts the bytes', async () => {
    const files = await Promise.all(
      ['utf8-bom-title-crlf.csv', 'gbk.csv', 'gb18030.tsv', 'utf16le-bom.tsv', 'full-width.csv'].map(bytesOf),
    );
    const whole = await Promise.all(files.map(async (bytes) => decodeAll(new Blob([bytes]))));
    await fc.assert(
      fc.asyncProperty(fc.nat(files.length - 1), fc.array(fc.nat(400), { maxLength: 12 }), async (file, cuts) => {
        const cutRead = await decodeAll(streamOf(files[file]!, cuts));
        expect(cutRead.text).to.equal(whole[file]!.text);
        expect(cutRead.encoding).to.equal(whole[file]!.encoding);
      }),
      { numRuns: 200 },
    );
  });

  it('cuts a stream one byte at a time', async () => {
    for (const name of ['gbk.csv', 'utf16le-bom.tsv', 'utf8-bom-title-crlf.csv']) {
      const bytes = await bytesOf(name);
      const everyByte = bytes.map((_, i) => i);
      expect((await decodeAll(streamOf(bytes, [...everyByte]))).text).to.equal((await decodeAll(new Blob([bytes]))).text);
    }
  });
});
