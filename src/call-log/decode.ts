/**
 * Bytes of an export to text, piece by piece, with the encoding found on the
 * way: a byte-order mark says UTF-8 or UTF-16; otherwise the first non-ASCII
 * bytes decide between UTF-8 (when they are valid UTF-8) and GB18030, which
 * also reads GBK and GB2312, the usual encodings of Chinese exports. Pure
 * ASCII reads the same in both, so text before that point is passed on at once.
 *
 * Full-width characters are not converted here but per field (see cell.ts):
 * NFKC turns a full-width comma `，` into `,`, which must not split a field.
 */
import type { CallLogEncoding, CallLogSource } from './types.js';

/** Bytes decoded in one step; small enough that a step never blocks the page for long. */
const PIECE_BYTES = 1 << 14;
/** Non-ASCII bytes that must be seen valid before the text counts as UTF-8. */
const UTF8_EVIDENCE = 64;

export interface DecodedText {
  /** The next piece of text (possibly empty), or undefined after the last. */
  next(): Promise<string | undefined>;
  /** Known once a piece past the first non-ASCII byte was read; `utf-8` before. */
  readonly encoding: CallLogEncoding;
  readonly bytesRead: number;
  readonly totalBytes?: number;
  /** Stops reading the source. */
  cancel(): Promise<void>;
}

function byteStream(source: CallLogSource): { stream: ReadableStream<Uint8Array>; size?: number } {
  const blob = typeof source == 'string' ? new Blob([source]) : source;
  return blob instanceof Blob ? { stream: blob.stream() as ReadableStream<Uint8Array>, size: blob.size } : { stream: blob };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * The encoding of `bytes` (read from the start, or from where only ASCII came
 * before); `ascii` when they are all ASCII and more may follow; undefined when
 * more bytes are needed to tell.
 */
function sniff(bytes: Uint8Array, atStart: boolean, atEnd: boolean): CallLogEncoding | 'ascii' | undefined {
  const [a, b, c] = bytes;
  if (atStart) {
    if (bytes.length < 3 && !atEnd) return undefined;
    if (a == 0xef && b == 0xbb && c == 0xbf) return 'utf-8';
    if (a == 0xff && b == 0xfe) return 'utf-16le';
    if (a == 0xfe && b == 0xff) return 'utf-16be';
  }
  let first = 0;
  while (first < bytes.length && bytes[first]! < 0x80) first++;
  if (first == bytes.length) first = -1;
  if (first < 0) return atEnd ? 'utf-8' : 'ascii';
  try {
    // `stream: true`: a sequence cut at the end of the bytes is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(first), { stream: true });
  } catch {
    return 'gb18030';
  }
  return atEnd || bytes.length - first >= UTF8_EVIDENCE ? 'utf-8' : undefined;
}

/** Starts reading `source`; nothing is read until the first `next()`. */
export function decodeText(source: CallLogSource): DecodedText {
  const { stream, size } = byteStream(source);
  const reader = stream.getReader();
  let chunk: Uint8Array | undefined; // read from the stream, not yet decoded
  let ended = false;
  let held: Uint8Array | undefined; // waiting for the encoding to be known
  let atStart = true;
  let encoding: CallLogEncoding = 'utf-8';
  let decoder: TextDecoder | undefined;
  let flushed = false;
  let bytesRead = 0;
  const ascii = new TextDecoder();

  // The last bytes flush the decoder: a sequence cut off at the end becomes U+FFFD.
  function decode(bytes: Uint8Array, last: boolean): string {
    flushed = last;
    return decoder!.decode(bytes, { stream: !last });
  }

  async function next(): Promise<string | undefined> {
    for (;;) {
      if (!chunk?.length && !ended) {
        const result = await reader.read();
        if (result.done) ended = true;
        else chunk = result.value;
        continue;
      }
      let piece: Uint8Array | undefined;
      if (chunk?.length) {
        piece = chunk.subarray(0, PIECE_BYTES);
        chunk = chunk.subarray(piece.length);
        bytesRead += piece.length;
      }
      const last = ended && !chunk?.length;
      if (decoder) {
        if (piece) return decode(piece, last);
        if (flushed) return undefined;
        return decode(new Uint8Array(0), true);
      }
      held = held && piece ? concat(held, piece) : (held ?? piece);
      if (!held) return undefined;
      const found = sniff(held, atStart, last);
      if (!found) continue;
      const bytes = held;
      held = undefined;
      if (found == 'ascii') {
        // Reads the same in every encoding it could turn out to be.
        atStart = false;
        return ascii.decode(bytes);
      }
      encoding = found;
      // A mark at the start is the decoder's to drop; past the start there is none.
      decoder = new TextDecoder(found, { ignoreBOM: !atStart });
      return decode(bytes, last);
    }
  }

  return {
    next,
    get encoding() {
      return encoding;
    },
    get bytesRead() {
      return bytesRead;
    },
    totalBytes: size,
    cancel: () => reader.cancel(),
  };
}
