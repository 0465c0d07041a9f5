/**
 * Title-case headlines (entities/titleCaseHeadlines.ts): a name the tagger runs on through
 * a headline's prepositions and verbs is cut before them, and a verb read as a name is none.
 * Sentence case and the body are left alone. Inline text written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { withoutHeadlineTail } from '../../server/src/analysis/entities/titleCaseHeadlines';

const BODY =
  'MILLBROOK, England — The mayor of Millbrook, Anita Szabo, said on Tuesday that the town library would reopen by spring after floodwater ' +
  'damaged its ground floor last month.\n\n"We will rebuild," Szabo said.\n';

/** A name span over `name` inside `text`. */
function spanOf(text: string, name: string, label: 'PER' | 'ORG' | 'LOC' | 'MISC') {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, label };
}

describe('title-case headlines', () => {
  it('a name does not run on through "After" and the words after it', () => {
    const text = `Mayor Vows To Reopen Millbrook Library After Devastating Flood\n\n${BODY}`;
    const names = analyzeArticle(text, { publicationDate: '2025-05-02' }).entities.map((e) => e.text);
    assert.ok(!names.some((n) => /After|Devastating|Flood/.test(n)), names.join(' | '));
    assert.deepEqual(withoutHeadlineTail(text, spanOf(text, 'Millbrook Library After Devastating Flood', 'ORG'))?.text, 'Millbrook Library');
  });

  it('a headline verb read as a name is none, in title case only', () => {
    const title = `Mayor Vows To Reopen Library\n\n${BODY}`;
    assert.equal(withoutHeadlineTail(title, spanOf(title, 'Vows', 'PER')), undefined);
    const sentence = `A mayor who never Vows anything, the town says, is rare\n\n${BODY}`;
    assert.equal(withoutHeadlineTail(sentence, spanOf(sentence, 'Vows', 'PER'))?.text, 'Vows');
  });

  it('names in the body, in sentence case or in capitals are left to the tagger', () => {
    for (const text of [
      `Library to reopen\n\n${BODY}The Friends of Millbrook Library After Hours Club met on Monday.\n`,
      `MILLBROOK LIBRARY AFTER DEVASTATING FLOOD\n\n${BODY}`,
    ]) {
      const name = text.includes('After Hours') ? 'Millbrook Library After Hours Club' : 'MILLBROOK LIBRARY AFTER DEVASTATING FLOOD';
      assert.equal(withoutHeadlineTail(text, spanOf(text, name, 'ORG'))?.text, name);
    }
  });
});
