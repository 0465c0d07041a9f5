/**
 * The line index that turns problem offsets into positions: the same positions the
 * editor computes (LF, CRLF and lone CR), from one pass over the text.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/analysis';
import { positionAt } from '../support/textPositions';

describe('LineIndex', () => {
  it('gives positions across LF, CRLF and lone CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('c')), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('f')), { line: 2, character: 1 });
    assert.deepEqual(index.positionAt(text.indexOf('h')), { line: 3, character: 1 });
    assert.deepEqual(index.positionAt(text.length + 5), { line: 3, character: 2 }, 'an offset past the end is clamped');
  });

  it('agrees with the editor-style positions for any text and offset', () => {
    const texts = fc.array(fc.constantFrom('a', 'é', '\n', '\r', '\r\n', ' ', '😀'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        // Between the \r and \n of a CRLF the editor has no position of its own; skip that offset.
        if (text[offset - 1] === '\r' && text[offset] === '\n') return;
        assert.deepEqual(new LineIndex(text).positionAt(offset), positionAt(text, offset));
      }),
    );
  });
});
