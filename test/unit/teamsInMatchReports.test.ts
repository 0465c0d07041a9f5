/**
 * A national side in a match report, where the registry has only the country (issue 10):
 * the name stays unlinked wherever the report writes it as the side, not only where a
 * team cue sits right beside it. One sense per article: once a name is written as a team
 * ("Peru beat Ecuador 2-1"), its other mentions in the match's words are the team too
 * ("Ecuador had led at half-time"), unless their own words make them the place ("in Lima",
 * "returning to Peru"). "The Ecuador sevens team" is a team cue of its own.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { entry, registryOfEntries } from '../support/registryEntries';

const registry = registryOfEntries([
  entry('peru', 'Peru', 'place', { description: 'Country in South America' }),
  entry('ecuador', 'Ecuador', 'place', { description: 'Country in South America' }),
  entry('lima', 'Lima', 'place', { description: 'Capital of Peru' }),
]);

const linked = (text: string, form: string): (string | null)[] =>
  analyzeArticle(text, { registry })
    .entities.filter((m) => m.text === form)
    .map((m) => (m.registered ? m.entityId : null));

describe('national sides in match reports', () => {
  it('leaves every mention of a side unlinked once the report writes it as a team, and links the place it names', () => {
    const text =
      'Peru edge Ecuador in Lima qualifier\n\nLIMA, March 21 (Andeswire) - Peru beat Ecuador 2-1 in a World Cup qualifier on Thursday, with the winner coming in the 88th minute.\n\nEcuador had led at half-time through a header from the captain. Peru levelled after the break and pressed for the winner.\n\nEcuador now sit fifth in the table, two points behind Peru. The Peru coach, returning to Peru after a spell abroad, thanked the fans.\n';
    assert.deepEqual(linked(text, 'Ecuador'), [null, null, null, null]);
    const peru = linked(text, 'Peru');
    assert.deepEqual(peru.slice(0, -1), [null, null, null, null, null]);
    assert.equal(peru[peru.length - 1], 'peru', 'returning to Peru is the country');
    assert.deepEqual(linked(text, 'Lima'), ['lima']);
  });

  it('reads "the Ecuador sevens team" as a team', () => {
    const text =
      'Ecuador sevens side reach final\n\nThe Ecuador sevens team beat Peru 19-12 in the semi-final in Santiago on Saturday. Ecuador will play Chile in the final on Sunday.\n';
    assert.deepEqual(linked(text, 'Ecuador'), [null, null, null]);
  });
});
