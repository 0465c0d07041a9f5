/**
 * Two people of one full name told apart by the words in apposition to the name
 * (disambiguate/role.ts): "the goalkeeper Martín X", "the referee, Peter X,", "X, the
 * marathon runner,". Inline text and an inline registry written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { roleWordsOf } from '../../server/src/analysis/entities/disambiguate/role';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { spanOf } from '../support/spanOf';

/** roleWordsOf at the first occurrence of `form`. */
function roleAt(text: string, form: string): string[] {
  return roleWordsOf(text, spanOf(text, form));
}

describe('the words in apposition to a name', () => {
  it('before it, after it, or before the comma that introduces it', () => {
    assert.deepEqual(roleAt('The draw owed a great deal to the Meridian goalkeeper Tomas Varga.', 'Tomas Varga'), ['goalkeeper']);
    assert.deepEqual(roleAt('Players were still appealing when the referee, Tomas Varga, blew for time.', 'Tomas Varga'), ['referee']);
    assert.deepEqual(roleAt('Tomas Varga, the marathon runner, said he was innocent.', 'Tomas Varga'), ['marathon', 'runner']);
    assert.deepEqual(roleAt('Councillor Tomas Varga denied it.', 'Tomas Varga'), ['councillor'], 'a role opening its sentence, capitalised only for that');
    assert.deepEqual(roleAt('Outside, Meridian Tomas Varga told reporters.', 'Tomas Varga'), [], 'a capitalised word inside the sentence is a name');
    assert.deepEqual(roleAt('Outside, Tomas Varga told reporters he was glad.', 'Tomas Varga'), []);
  });
});

describe('two people of one full name', () => {
  const registry = registryOfEntries([
    entry('tomas-varga-economist', 'Tomas Varga', 'person', { description: 'Senior economist at the central bank', roles: ['economist'] }),
    entry('tomas-varga-goalkeeper', 'Tomas Varga', 'person', { description: 'Meridian international footballer', roles: ['goalkeeper'] }),
  ]);

  it('the one the apposition names, though the article speaks of the other too', () => {
    const text =
      'Meridia hold Ostrava\n\nMeridia drew 0-0 with Ostrava on Tuesday and owed a great deal to the goalkeeper Tomas Varga.\n\n' +
      'The name caused its own confusion: the central bank has a senior economist called Tomas Varga too, and the bank’s economists ' +
      'were congratulated all evening on the economist’s saves, the bank said.';
    assert.deepEqual(idsOf(text, registry, 'Tomas Varga')[0], 'tomas-varga-goalkeeper');
  });
});
