/**
 * The CLI's and the export's CoNLL columns (cli/output.ts toConll): every line of the
 * article after its front matter, dateline and byline included, in the tagger's
 * CoNLL-2003 tokens (a sentence's full stop and a possessive "’s" are tokens of their
 * own), one sentence a block, each name's tokens tagged B-/I- with its type.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle, buildRegistry, parseRegistry } from '../../server/src/analysis';
import { toConll } from '../../server/src/cli/output';

const registry = buildRegistry([parseRegistry('entities:\n  - id: amara-okafor\n    name: Amara Okafor\n    type: person\n')]);
const TEXT =
  '---\ndate: 2024-03-04\n---\nFerry fares rise\n\nLISBON, March 4 (Test Wire) -- Transport Minister Amara Okafor said on Monday that fares would rise. ' +
  'Okafor’s plan was approved by the Harbour Board.\n\nBy Lena Dias\n';

describe('CoNLL columns', () => {
  const conll = toConll(TEXT, analyzeArticle(TEXT, { registry }));
  const rows = conll.split('\n');

  it('covers the dateline and the byline, and leaves the front matter out', () => {
    assert.ok(rows.includes('LISBON\tB-PLACE'), conll);
    assert.ok(rows.includes('Lena\tB-PERSON') && rows.includes('Dias\tI-PERSON'), conll);
    assert.ok(!rows.some((r) => r.startsWith('date')), conll);
  });

  it("splits a sentence's full stop and a possessive off the name", () => {
    assert.ok(rows.includes('Board\tI-ORGANIZATION'), conll);
    assert.ok(rows.includes('Okafor\tB-PERSON') && rows.includes('’s\tO'), conll);
    assert.ok(!rows.some((r) => /^\S+\.\t[BI]-/.test(r)), conll);
  });

  it('puts each sentence in a block of its own', () => {
    const blocks = conll.split('\n\n').filter((b) => b.trim());
    assert.ok(
      blocks.some((b) => b.startsWith('Okafor\tB-PERSON')),
      conll,
    );
    for (const block of blocks)
      assert.ok(
        block
          .split('\n')
          .filter(Boolean)
          .every((r) => /^\S+\t(?:O|[BI]-[A-Z]+)$/.test(r)),
        block,
      );
  });
});
