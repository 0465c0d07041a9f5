/**
 * Telling people of one name apart, from stop 38's reading of a set's mistakes: a Chinese or
 * Korean name romanised surname first ("Hsu Wen-chi") is what the bare surname after it
 * follows; a role that opens its sentence ("Pitcher Chen Yu-ting's club") is a role though
 * capitalised; and "she shares her name with …, X" sets X against the X the story is about.
 * Inline text and an inline registry written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isShortFormOf, tokensOf } from '../../server/src/analysis/entities/disambiguate/follow';
import { contrastBefore } from '../../server/src/analysis/entities/disambiguate/neighbours';
import { roleWordsOf } from '../../server/src/analysis/entities/disambiguate/role';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { spanOf } from '../support/spanOf';

describe('a name romanised surname first', () => {
  it('puts the surname last, as short forms are compared', () => {
    assert.deepEqual(tokensOf('Hsu Wen-chi'), ['wen-chi', 'hsu']);
    assert.deepEqual(tokensOf('Baek Min-seok'), ['min-seok', 'baek']);
    assert.deepEqual(tokensOf('Ann Smith-Jones'), ['ann', 'smith-jones'], 'a double-barrelled surname stays last');
    assert.deepEqual(tokensOf('Owen Marsh'), ['owen', 'marsh']);
    assert.ok(isShortFormOf(tokensOf('Hsu'), tokensOf('Hsu Wen-chi')));
    assert.ok(!isShortFormOf(tokensOf('Wen-chi'), tokensOf('Hsu Wen-chi')));
  });

  const registry = registryOfEntries([
    entry('lin-tea', 'Lin Tea Garden', 'organization', { aliases: ['Lin'], description: 'Family tea garden in the hills of Marland' }),
    entry('lin-mei-hua', 'Lin Mei-hua', 'person', { aliases: ['Lin'], description: 'Owner of the Lin Tea Garden' }),
    entry('lin-chao', 'Lin Chao-yang', 'person', { aliases: ['Lin'], description: 'Tea buyer in the capital' }),
  ]);

  it('a bare surname after a namesake the registry does not have is that namesake', () => {
    const text =
      'Tea garden buys picking machines\n\nThe Lin Tea Garden will pick its oolong by machine this spring, said Lin Mei-hua, who runs it.\n\n' +
      'Not every grower agrees. Lin Shu-fen, a tea farmer in the next valley who is not related to the family, said machines would spoil the leaf. ' +
      '"Buyers pay for hands," Lin said.';
    assert.deepEqual(idsOf(text, registry, 'Lin'), [null]);
  });
});

describe('a role that opens its sentence', () => {
  it('is read though capitalised', () => {
    const text = 'The storm moved on. Pitcher Chen Yu-ting and his club postponed the game.';
    assert.deepEqual(roleWordsOf(text, spanOf(text, 'Chen Yu-ting')), ['pitcher']);
    const mid = 'The storm moved on, and Marland Chen Yu-ting postponed the game.';
    assert.deepEqual(roleWordsOf(mid, spanOf(mid, 'Chen Yu-ting')), [], 'a capitalised word inside the sentence is a name');
  });

  const registry = registryOfEntries([
    entry('chen-pitcher', 'Chen Yu-ting', 'person', { description: 'Pitcher, nineteen, left-handed' }),
    entry('chen-councillor', 'Chen Yu-ting', 'person', { description: 'County councillor for the coast of Velden County' }),
  ]);

  it('tells two people of one full name apart', () => {
    const text =
      'Typhoon closes coast\n\nVelden County councillor Chen Yu-ting said the coast road would stay shut. ' +
      'Chen Yu-ting said the county had opened shelters on the coast.\n\nPitcher Chen Yu-ting said the county game was off.';
    assert.deepEqual(idsOf(text, registry, 'Chen Yu-ting'), ['chen-councillor', 'chen-councillor', 'chen-pitcher']);
  });
});

describe('"shares her name with …, X"', () => {
  it('sets the name after it against the one the story is about', () => {
    const text = 'She shares her name with the general manager of the Orsa Storks basketball club, Olena Varga, and staff get her post.';
    assert.ok(contrastBefore(text, spanOf(text, 'Olena Varga')));
    const plain = 'She met the general manager of the Orsa Storks basketball club, Olena Varga, on Monday.';
    assert.ok(!contrastBefore(plain, spanOf(plain, 'Olena Varga')));
  });

  const registry = registryOfEntries([
    entry('varga-judge', 'Olena Varga', 'person', { description: 'Judge of the Supreme Court of Marland, civil chamber' }),
    entry('varga-storks', 'Olena Varga', 'person', { description: 'Former international who runs the Orsa Storks' }),
  ]);

  it('links the namesake to the other entry of the name', () => {
    const text =
      'Court orders dam opened\n\nJudge Olena Varga of the Supreme Court ordered the owner of the dam to open its gates. ' +
      'Olena Varga said the court had read every map.\n\nThe judge shares her name with the general manager of the Orsa Storks basketball club, ' +
      'Olena Varga, and court staff say they sometimes receive tickets.';
    assert.deepEqual(idsOf(text, registry, 'Olena Varga'), ['varga-judge', 'varga-judge', 'varga-storks']);
  });
});
