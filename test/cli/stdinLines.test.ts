/**
 * The line reader of `--stdin` (server/src/cli/stdinLines.ts) on streams cut into
 * awkward chunks: characters and byte-order marks split across chunks, a line that is
 * not UTF-8 between good ones, a line over the limit. Lines are cut on bytes and each
 * decoded strictly on its own, so a bad byte spoils only its own line.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { firstInvalidUtf8, forEachLine, type StdinLine } from '../../server/src/cli/stdinLines';

/** Every line `forEachLine` hands on for a stream made of `chunks`. */
async function linesOf(chunks: Buffer[], maxLineBytes = 1000): Promise<StdinLine[]> {
  const lines: StdinLine[] = [];
  async function* stream() {
    for (const chunk of chunks) yield chunk;
  }
  await forEachLine(stream(), maxLineBytes, (line) => {
    lines.push(line);
  });
  return lines;
}

/** `text` as UTF-8 cut into chunks of `size` bytes, cutting through characters. */
function chunked(text: string | Buffer, size: number): Buffer[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

describe('forEachLine', () => {
  it('decodes characters cut across chunks and drops a byte-order mark only at the start of the stream', async () => {
    const text = '\uFEFFZoé 😀 in Köln\r\n\n\uFEFFsecond\nlast without newline';
    for (const size of [1, 2, 3, 5, 64]) {
      assert.deepEqual(
        await linesOf(chunked(text, size)),
        [
          { kind: 'text', number: 1, text: 'Zoé 😀 in Köln' },
          // Line 2 is blank: counted, not handed on. A mark later in the stream is kept (the record then fails as JSON).
          { kind: 'text', number: 3, text: '\uFEFFsecond' },
          { kind: 'text', number: 4, text: 'last without newline' },
        ],
        `chunks of ${size}`,
      );
    }
  });

  it('hands on a line that is not UTF-8 as such, where it fails, and decodes the next lines', async () => {
    const stream = Buffer.concat([Buffer.from('good\nJos'), Buffer.from([0xe9]), Buffer.from(' in Madrid\nJosé\n')]);
    for (const size of [1, 4, 100]) {
      assert.deepEqual(
        await linesOf(chunked(stream, size)),
        [
          { kind: 'text', number: 1, text: 'good' },
          { kind: 'not-utf8', number: 2, byteOffset: 3, byte: 0xe9, text: 'Jos\uFFFD in Madrid' },
          { kind: 'text', number: 3, text: 'José' },
        ],
        `chunks of ${size}`,
      );
    }
  });

  it('skips a line over the byte limit unread and goes on with the next', async () => {
    const lines = await linesOf(chunked(`short\n${'x'.repeat(50)}\n${'é'.repeat(6)}\nafter\n`, 7), 12);
    assert.deepEqual(lines, [
      { kind: 'text', number: 1, text: 'short' },
      { kind: 'too-long', number: 2 },
      // Six characters, but twelve bytes: the limit counts bytes.
      { kind: 'text', number: 3, text: 'éééééé' },
      { kind: 'text', number: 4, text: 'after' },
    ]);
  });
});

describe('firstInvalidUtf8', () => {
  const at = (...bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));

  it('finds the sequence the strict decoder refuses', () => {
    assert.equal(at(0x61, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80), 7, 'a, é, 😀 are valid');
    assert.equal(at(0x61, 0xe9, 0x62), 1, 'a Latin-1 é');
    assert.equal(at(0xc0, 0x80), 0, 'an overlong NUL');
    assert.equal(at(0xe0, 0x9f, 0xbf), 0, 'an overlong three-byte form');
    assert.equal(at(0x61, 0xed, 0xa0, 0x80), 1, 'an encoded surrogate');
    assert.equal(at(0xf4, 0x90, 0x80, 0x80), 0, 'past U+10FFFF');
    assert.equal(at(0x61, 0x62, 0xe2, 0x82), 2, 'cut short at the end');
    assert.equal(at(0xe2, 0x28, 0xa1), 0, 'a continuation byte missing');
  });

  it('agrees with the strict decoder on every two-byte sequence', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0; a < 256; a++)
      for (let b = 0; b < 256; b++) {
        const bytes = Uint8Array.from([a, b]);
        let valid = true;
        try {
          decoder.decode(bytes);
        } catch {
          valid = false;
        }
        assert.equal(firstInvalidUtf8(bytes) === 2, valid, `${a.toString(16)} ${b.toString(16)}`);
      }
  });

  it('agrees with the strict decoder on where longer byte strings fail', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16;
    for (let n = 0; n < 20_000; n++) {
      // Mostly bytes of multi-byte sequences, so that valid and invalid strings both come up often.
      const bytes = Uint8Array.from({ length: 1 + (next() % 8) }, () => (next() % 4 === 0 ? next() % 0x80 : 0x80 + (next() % 0x80)));
      const failsAt = firstInvalidUtf8(bytes);
      const validPrefix = (end: number) => {
        try {
          decoder.decode(bytes.subarray(0, end));
          return true;
        } catch {
          return false;
        }
      };
      assert.equal(failsAt === bytes.length, validPrefix(bytes.length), Array.from(bytes).join(' '));
      if (failsAt < bytes.length) assert.ok(validPrefix(failsAt), `the bytes before ${failsAt} decode: ${Array.from(bytes).join(' ')}`);
    }
  });
});
