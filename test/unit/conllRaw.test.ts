/**
 * How the raw-text CoNLL++ row (eval/conll-raw.ts) maps the pipeline's mentions back to
 * CoNLL tokens. The documents here are written inline in CoNLL's format for this test.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseConll } from '../../eval/conll-corpus';
import { mentionSpans, writeDocument } from '../../eval/conll-raw';

/** A CoNLL document of one sentence, from "token TAG" pairs. */
function documentOf(pairs: string): ReturnType<typeof parseConll>[0] {
  const lines = pairs
    .trim()
    .split(/\s*;\s*/)
    .map((pair) => pair.replace(' ', ' _ _ '));
  return parseConll(['-DOCSTART- -X- -X- O', '', ...lines, ''].join('\n'))[0];
}

describe('the raw-text CoNLL row', () => {
  it('writes tokens as text, with no space before punctuation', () => {
    const doc = documentOf('Shares B-ORG ; of O ; Lear B-ORG ; Corp I-ORG ; fell O ; . O');
    assert.equal(writeDocument(doc).text, 'Shares of Lear Corp fell.');
  });

  it("does not count a sentence's final period, which CoNLL split off an abbreviation, as part of the name", () => {
    const doc = documentOf('He O ; joined O ; Lear B-ORG ; Corp I-ORG ; . O');
    const raw = writeDocument(doc);
    assert.equal(raw.text, 'He joined Lear Corp.');
    const start = raw.text.indexOf('Lear');
    const spans = mentionSpans(doc, raw, [{ start, end: raw.text.length, type: 'organization' }]);
    assert.deepEqual(spans[0], [{ type: 'ORG', start: 2, end: 4 }]);
  });

  it('nor that period before a closing quote at the end of the sentence', () => {
    const doc = documentOf('" O ; Ask O ; Lear B-ORG ; Corp I-ORG ; . O ; " O');
    const raw = writeDocument(doc);
    assert.equal(raw.text, '"Ask Lear Corp."');
    const start = raw.text.indexOf('Lear');
    const spans = mentionSpans(doc, raw, [{ start, end: start + 'Lear Corp.'.length, type: 'organization' }]);
    assert.deepEqual(spans[0], [{ type: 'ORG', start: 2, end: 4 }]);
  });

  it('still counts a period inside a sentence where the mention covers it', () => {
    const doc = documentOf('Lear B-ORG ; Corp I-ORG ; . O ; said O ; so O');
    const raw = writeDocument(doc);
    const spans = mentionSpans(doc, raw, [{ start: 0, end: 'Lear Corp.'.length, type: 'organization' }]);
    assert.deepEqual(spans[0], [{ type: 'ORG', start: 0, end: 3 }]);
  });
});
