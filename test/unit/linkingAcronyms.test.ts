/**
 * An acronym that several registry entries share (issue 10): the article that defines it
 * ("the Vessel Transit Authority (VTA)") says which entry it is short for, as a surname
 * is short for the full name before it. Inline text and an inline registry written here.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';

describe('an acronym two entries share', () => {
  const registry = registryOfEntries([
    entry('vessel-transit-authority', 'Vessel Transit Authority', 'organization', {
      aliases: ['VTA'],
      description: 'Public agency that runs the harbour ferries',
    }),
    entry('valley-teachers-association', 'Valley Teachers Association', 'organization', {
      aliases: ['VTA'],
      description: 'Union of teachers and school staff in the valley; strikes, pay talks, members, workers',
    }),
  ]);

  it('is the entry whose name the article spelt out before it, even where the words around it fit the other', () => {
    const text =
      'Ferry fares to rise\n\nThe Vessel Transit Authority (VTA) will raise fares in May, its chairman said.\n\n' +
      'Workers and members of the union at the terminal said the VTA had refused pay talks, and staff may strike.';
    assert.deepEqual(idsOf(text, registry, 'VTA'), ['vessel-transit-authority', 'vessel-transit-authority']);
  });

  it('is decided by its context when the article spells out neither name', () => {
    const text = 'Teachers vote\n\nTeachers and school staff voted to strike over pay, the VTA said, after members rejected the offer.';
    assert.deepEqual(idsOf(text, registry, 'VTA'), ['valley-teachers-association']);
  });
});
