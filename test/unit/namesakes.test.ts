/**
 * Another person with a registered person's surname (issue 10): "Owen Marsh" is not the
 * registry's Ellen Marsh, whose alias "Marsh" the registry matches inside his name, and a
 * bare "Marsh" after him is him until the article names Ellen Marsh again. Inline text and
 * an inline registry written for these tests, through the whole analysis.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';

const registry = registryOfEntries([entry('ellen-marsh', 'Ellen Marsh', 'person', { aliases: ['Marsh'], description: 'State senator for the waterfront' })]);

/** Each mention that contains `word`: its text, and its entry or null. */
function mentionsOf(text: string, word: string): [string, string | null][] {
  return analyzeArticle(text, { registry })
    .entities.filter((m) => m.text.includes(word))
    .map((m) => [m.text, m.registered ? m.entityId : null]);
}

describe('a namesake of a registered person', () => {
  it('named in full is another person, and the bare surname after him is him until the registered one is named', () => {
    const text =
      'Photographer shows two harbours\n\nFor ten years, Owen Marsh has photographed two harbours. "People think they can tell ' +
      'which is which," Marsh said. Marsh grew up by the docks.\n\nThe state senator Ellen Marsh opened the show on Friday. ' +
      'Marsh said the port would buy two of the pictures.';
    assert.deepEqual(mentionsOf(text, 'Marsh'), [
      ['Owen Marsh', null],
      ['Marsh', null],
      ['Marsh', null],
      ['Ellen Marsh', 'ellen-marsh'],
      ['Marsh', 'ellen-marsh'],
    ]);
  });

  it('after the registered person was named in full, gives the namesake the surname only in his own paragraph', () => {
    const text =
      'Senator campaigns on the waterfront\n\nThe state senator Ellen Marsh told a rally the port would grow. Her predecessor, ' +
      'Owen Marsh, no relation, left the party last year; Marsh now sits as an independent.\n\nThe governor said Marsh ' +
      'was promising the moon.';
    assert.deepEqual(mentionsOf(text, 'Marsh'), [
      ['Ellen Marsh', 'ellen-marsh'],
      ['Owen Marsh', null],
      ['Marsh', null],
      ['Marsh', 'ellen-marsh'],
    ]);
  });

  it('keeps the bare surname the registered person when no namesake is named', () => {
    const text = 'Port to grow\n\nMarsh said on Friday that the port would buy two cranes.';
    assert.deepEqual(mentionsOf(text, 'Marsh'), [['Marsh', 'ellen-marsh']]);
  });
});

describe('a registered full name with a word before it', () => {
  const two = registryOfEntries([
    entry('kofi-asante', 'Kofi Asante', 'person', { aliases: ['Asante'], description: 'Winger for the national side' }),
    entry('abena-asante', 'Abena Asante', 'person', { aliases: ['Asante'], description: 'Logistics analyst in Accra' }),
  ]);

  it('is that person, not a namesake ("Winger Kofi Asante")', () => {
    const text =
      'Brewer signs kit deal\n\nThe brewer will sponsor the national team from next month. It did not disclose the value. ' +
      'Winger Kofi Asante, who plays club football in France, attended the signing.';
    const ids = analyzeArticle(text, { registry: two })
      .entities.filter((m) => m.text.includes('Asante'))
      .map((m) => (m.registered ? m.entityId : null));
    assert.deepEqual(ids, ['kofi-asante']);
  });
});

describe('an unregistered namesake of two registered people who share a name', () => {
  const twins = registryOfEntries([
    entry('rosa-lindqvist-judge', 'Rosa Lindqvist', 'person', { aliases: ['Lindqvist'], description: 'Presiding judge of the Harrow District Court' }),
    entry('rosa-lindqvist-skier', 'Rosa Lindqvist', 'person', { aliases: ['Lindqvist'], description: 'Cross-country skier' }),
  ]);
  /** The entry of each bare "Lindqvist" of the text, or null. */
  const bareSurnames = (text: string) =>
    analyzeArticle(text, { registry: twins })
      .entities.filter((m) => m.text === 'Lindqvist')
      .map((m) => (m.registered ? m.entityId : null));

  it('has the bare surname in the paragraph that names her, with no word of speech or title to say so', () => {
    const text =
      'Judge rules on ski lift\n\nRosa Lindqvist, presiding judge of the Harrow District Court, ruled on Friday that the lift had been unsafe. ' +
      'The judge said the operator had known for years.\n\nThe ruling was welcomed by guides. "The ropes were always the problem," said ' +
      'Maja Lindqvist, a mountain guide who is no relation. Lindqvist has led groups on the ridge for 20 years.\n';
    assert.deepEqual(bareSurnames(text), [null]);
  });

  it('has the bare surname in the paragraph that names him when he is the only one named in full, whatever is said of the registered ones', () => {
    const text =
      'Harrow edge past Leeds\n\nHarrow beat Leeds 84-79 on Saturday. The Harrow guard Jonas Lindqvist added 14 points. Lindqvist, whose ' +
      'father played for the club, is no relation of the presiding judge of the Harrow District Court who shares his surname, a question he ' +
      'is asked every week at the district court.\n';
    assert.deepEqual(bareSurnames(text), [null]);
  });
});

describe('two registered people of one full name', () => {
  const twins = registryOfEntries([
    entry('tom-archer-chef', 'Tom Archer', 'person', { description: 'Chef who runs a restaurant on the quay' }),
    entry('tom-archer-mp', 'Tom Archer', 'person', { description: 'Member of Parliament for the harbour seat' }),
  ]);
  const text =
    'Restaurant opens on the quay\n\nA new restaurant opened on Friday. Tom Archer, the chef, cooked for 80 guests. "Food is memory," Archer said.\n\n' +
    'Tom Archer, the Member of Parliament for the harbour seat, praised the opening. "A great night for the town," Archer said.\n';

  it('a bare surname follows the full name named last before it, the second as the first', () => {
    assert.deepEqual(idsOf(text, twins, 'Tom Archer'), ['tom-archer-chef', 'tom-archer-mp']);
    assert.deepEqual(idsOf(text, twins, 'Archer'), ['tom-archer-chef', 'tom-archer-mp']);
  });

  it('and so does the speaker of the quotation after each', () => {
    const speakers = analyzeArticle(text, { registry: twins }).quotes.map((q) => q.speaker?.entityId);
    assert.deepEqual(speakers, ['tom-archer-chef', 'tom-archer-mp']);
  });
});
