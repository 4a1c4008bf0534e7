/**
 * Writes precompressed copies beside a built file, for servers that send a
 * file's `.br` or `.gz` sibling instead of compressing on every request
 * (nginx `gzip_static`/`brotli_static`, Apache's rewrite to `.br`/`.gz`, a
 * CDN that takes them as they are): gzip at level 9 and brotli at its
 * highest quality, from Node's zlib.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** `bytes` as gzip (level 9) and brotli (quality 11, text mode). */
export function precompress(bytes: Uint8Array): { gz: Buffer; br: Buffer } {
  return {
    gz: gzipSync(bytes, { level: 9 }),
    br: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  };
}

/**
 * A Vite plugin writing `<file>.gz` and `<file>.br` beside each of
 * `fileNames` (relative to the output directory). It reads each file once it
 * is written, so the copies hold exactly the bytes served uncompressed,
 * source-map comment included.
 */
export function precompressPlugin(fileNames: readonly string[]): Plugin {
  return {
    name: 'hotline:precompress',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir!;
      for (const fileName of fileNames) {
        const path = join(dir, fileName);
        const { gz, br } = precompress(readFileSync(path));
        writeFileSync(`${path}.gz`, gz);
        writeFileSync(`${path}.br`, br);
      }
    },
  };
}
