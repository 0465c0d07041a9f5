/**
 * Lines of a stream for `news-lens analyze --stdin`, one at a time and only as fast
 * as the handler takes them: the stream is read by async iteration, so while the
 * handler awaits (threads busy, stdout full) nothing more is read and the pipe's own
 * buffer holds the rest. Memory stays bounded by one chunk and the longest line.
 *
 * Lines are cut on the bytes (a `\n` byte is never part of a longer UTF-8 character)
 * and each is decoded on its own, strictly: a line that is not valid UTF-8 is handed
 * on as such, to be reported in its place, instead of being analysed with U+FFFD
 * where its bytes were (an article file with those bytes is refused the same way).
 */

/** One line of the stream, numbered from 1 (blank lines count but are not handed on). */
export type StdinLine =
  /** A line of text, without its `\n` or `\r\n`. */
  | { kind: 'text'; number: number; text: string }
  /** A line longer than the limit: skipped unread, so one huge line cannot exhaust memory. */
  | { kind: 'too-long'; number: number }
  /**
   * A line that is not valid UTF-8: `byteOffset` (from 0) and `byte` say where it first fails,
   * `text` is the line decoded with U+FFFD replacements, only to find its record's id.
   */
  | { kind: 'not-utf8'; number: number; byteOffset: number; byte: number; text: string };

/** Called for each non-blank line, in order; the next line is read once it returns (or its promise settles). */
export type LineHandler = (line: StdinLine) => void | Promise<void>;

const NEWLINE = 0x0a;

/**
 * Feeds every line of `input` to `handle` in order; a line longer than `maxLineBytes`
 * bytes is skipped (handed on as `too-long`). A UTF-8 byte-order mark at the very start
 * of the stream is dropped, as it is from an article file.
 */
export async function forEachLine(input: AsyncIterable<Buffer | string>, maxLineBytes: number, handle: LineHandler): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let lineNumber = 0;
  const take = (bytes: Buffer) => {
    if (skipping || bytes.length === 0) return;
    if (size + bytes.length > maxLineBytes) {
      skipping = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(bytes);
    size += bytes.length;
  };
  const finish = async () => {
    lineNumber++;
    if (skipping) {
      skipping = false;
      await handle({ kind: 'too-long', number: lineNumber });
      return;
    }
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (lineNumber === 1 && startsWithBom(bytes)) bytes = bytes.subarray(3);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      const byteOffset = firstInvalidUtf8(bytes);
      await handle({ kind: 'not-utf8', number: lineNumber, byteOffset, byte: bytes[byteOffset], text: bytes.toString('utf8') });
      return;
    }
    if (text.trim() !== '') await handle({ kind: 'text', number: lineNumber, text });
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let newline = bytes.indexOf(NEWLINE, from); newline >= 0; newline = bytes.indexOf(NEWLINE, from)) {
      take(bytes.subarray(from, newline));
      await finish();
      from = newline + 1;
    }
    take(bytes.subarray(from));
  }
  if (skipping || size > 0) await finish();
}

function startsWithBom(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * The offset of the first byte of `bytes` where UTF-8 decoding fails (the lead byte of a
 * bad or truncated sequence), or `bytes.length` when they are valid. Follows the decoder's
 * rules (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The allowed range of the second byte depends on the lead (Unicode Table 3-7); the others are 80..BF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += length;
  }
  return bytes.length;
}
