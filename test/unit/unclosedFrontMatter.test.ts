/**
 * Front matter opened with `---` and never closed: the text is still read as the article,
 * and the reader is told why its fields do nothing (structure.ts), in the editor's
 * diagnostics and on the CLI's stderr, both of which read `frontMatter.error`. A `---`
 * rule above a headline is no front matter. Inline text written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { readStructure } from '../../server/src/analysis/structure';

const BODY = 'Ferry fares rise\n\nLISBON — Fares rose on Monday, Ana Ruiz said.\n';

describe('front matter never closed', () => {
  it('is an error at its opening fence, and the article is read as before', () => {
    const text = `---\ndate: 2025-05-02\nlinks:\n  Reading: reading-fc\n\n${BODY}`;
    const structure = readStructure(text);
    assert.deepEqual([structure.frontMatter?.error?.start, structure.frontMatter?.error?.end], [0, 3]);
    assert.match(structure.frontMatter!.error!.message, /never closed/);
    assert.equal(structure.frontMatter?.links, undefined);
    assert.ok(analyzeArticle(text).entities.some((e) => e.text === 'Ana Ruiz'));
  });

  it('a closed front matter and a rule above a headline give no such error', () => {
    assert.equal(readStructure(`---\ndate: 2025-05-02\n---\n${BODY}`).frontMatter?.error, undefined);
    assert.equal(readStructure(`---\n${BODY}`).frontMatter, undefined);
  });
});
