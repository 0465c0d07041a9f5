/**
 * The tagger's tokenizer cuts plain ASCII words and lone punctuation by hand and sends
 * everything else through its regular expression. The hand path is only a shortcut:
 * on any text it must give exactly the tokens the expression alone gives.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tokenize, tokenizeByPattern } from '../../server/src/analysis/ner/tokenize';
import { generateArticle } from '../../bench/generate';

/** Pieces that exercise every alternative: abbreviations, initials, numbers, hyphens, apostrophes, marks, odd spaces, surrogates. */
const PIECES = [
  'Mr',
  'Mrs',
  'Inc',
  'U',
  'S',
  'e',
  'g',
  'i',
  'a',
  'm',
  'Seoul',
  'don',
  't',
  'Japan',
  's',
  'Nak',
  'yeon',
  'O',
  'Neill',
  'co',
  'op',
  '.',
  '..',
  '...',
  '-',
  '--',
  "'",
  '\u2019',
  ',',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '"',
  '\u201c',
  '\u201d',
  '_',
  '/',
  '&',
  '$',
  '%',
  '1',
  '10',
  '1,000.50',
  '1996-08-22',
  'AT&T',
  'US$',
  'C$5',
  '$',
  '&',
  'A&',
  'S&Pa',
  '10:30',
  '3rd',
  '\u00e9',
  'E\u0301',
  '\u00c9mile',
  '\u0627\u0644\u0642\u062f\u0633',
  '\u{1F600}',
  '\ud800',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  '\r',
  '\u00a0',
  '\u2009',
  '\u2028',
  '\u000b',
  '\u0000',
  '\u007f',
];

describe('tokenizer', () => {
  it("gives the pattern's tokens on any mix of tricky pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(tokenize(text), tokenizeByPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("gives the pattern's tokens on arbitrary strings and inside a range of the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(60), fc.nat(60), (text, a, b) => {
        assert.deepEqual(tokenize(text), tokenizeByPattern(text));
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        assert.deepEqual(tokenize(text, start, end), tokenizeByPattern(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the pattern's tokens on whole generated articles, and most go by hand", () => {
    const text = generateArticle(31, 3000);
    const tokens = tokenize(text);
    assert.deepEqual(tokens, tokenizeByPattern(text));
    assert.ok(tokens.length > 3000, `${tokens.length} tokens`);
  });
});
