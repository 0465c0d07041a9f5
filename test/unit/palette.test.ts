/**
 * The calm palette on the server side: "now" and "currently" (PRESENT_REF) are dates
 * to TimeML but no calendar position, so they get no date colour; a dateline city is
 * coloured as a place.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { collectTokens } from '../../server/src/features/semanticTokens';

describe('semantic token palette', () => {
  it('"now" and "currently" get no date colour; real dates do', () => {
    const text = 'Headline here\n\nThe plant currently employs 800 people and is now closing on Monday.\n';
    const r = analyzeArticle(text, { publicationDate: '2024-05-04' });
    assert.ok(
      r.dates.some((d) => d.value === 'PRESENT_REF'),
      'the core still reads "now" as PRESENT_REF',
    );
    const dated = collectTokens(r)
      .filter((t) => t.type === 'date')
      .map((t) => text.slice(t.start, t.end));
    assert.deepEqual(dated, ['Monday']);
  });

  it('the dateline city is a place token', () => {
    const text = 'Headline here\n\nBERLIN (AP) — The plant is closing.\n';
    const tokens = collectTokens(analyzeArticle(text, { publicationDate: '2024-05-04' }));
    const berlin = tokens.find((t) => text.slice(t.start, t.end) === 'BERLIN');
    assert.equal(berlin?.type, 'place');
  });
});
