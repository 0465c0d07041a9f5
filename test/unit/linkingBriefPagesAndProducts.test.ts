/**
 * Cues read in stop 39 from the fourteenth linking set's mistakes for general causes: a page of
 * briefs about several sports (each brief's mentions agree among themselves; a dateline is no side;
 * a team of the brief's own sport is linked though other sports' words fill the page), a wire
 * slug's headline under a section's label, a side picking players, a side in a results line that is
 * never a product, how much of a thing is drunk or sold, and the kinds "metropolitan city", "a town
 * of N in X", "traffic police in X" and "the pastures of the X". Inline text and an inline registry
 * written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { kindAgrees, placeKindBefore, placeKindOf } from '../../server/src/analysis/entities/disambiguate/placeKind';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { cueAt as cue, spanOf } from '../support/spanOf';

describe('a page of briefs about several sports', () => {
  const registry = registryOfEntries([
    entry('marland', 'Marland', 'place', { description: 'Country in central Asia; capital Orsk' }),
    entry('marland-football', 'Marland national football team', 'organization', { aliases: ['Marland'], description: "Marland's men's football team" }),
    entry('marland-cricket', 'Marland national cricket team', 'organization', { aliases: ['Marland'], description: "Marland's men's cricket team" }),
    entry('orsk', 'Orsk', 'place', { description: 'Capital city of Marland' }),
    entry('orsk-owls', 'Orsk Owls', 'organization', { aliases: ['Orsk'], description: 'Twenty20 cricket franchise from Orsk' }),
  ]);
  const page =
    'SPORT IN BRIEF\n\nCricket-Owls keep title\n\nORSK, March 4 (Wire) - The Owls beat the Hawks by 40 runs to keep the league title. ' +
    'Marland beat Sorvia by six wickets in a Twenty20 match, their bowlers taking nine wickets between them.\n\n' +
    'Soccer-Marland appoint new coach\n\nORSK, March 4 (Wire) - Marland have appointed a new coach for the World Cup qualifiers, the football federation said.';

  it("links each brief's side to the team of its own sport, and a dateline to its town", () => {
    assert.deepEqual(idsOf(page, registry, 'Marland'), ['marland-cricket', 'marland-football', 'marland-football']);
    assert.deepEqual(idsOf(page, registry, 'ORSK'), ['orsk', 'orsk']);
  });

  it('keeps a wire slug’s headline under a section’s label in the body', () => {
    const names = analyzeArticle(
      'SPORT IN BRIEF\n\nRugby-Marland pick uncapped Orsk flanker\n\nORSK, March 4 (Wire) - Marland named the uncapped flanker on Tuesday.',
    ).entities.map((e) => e.text);
    assert.ok(names.filter((n) => n === 'Marland').length === 2, names.join(', '));
  });
});

describe('the cues of stop 39 (fourteenth set)', () => {
  it('a side picking players, or named in a line that opens a dateline’s story', () => {
    assert.equal(cue('Marland named the uncapped flanker Joaquín Pereyra on Tuesday.', 'Marland'), 'team');
    assert.equal(cue('Marland named him on Wednesday in their squad for the qualifiers.', 'Marland'), 'team');
    assert.notEqual(cue('Marland named a new ambassador to Sorvia.', 'Marland'), 'team');
    assert.equal(cue('Rugby-Marland pick uncapped flanker', 'Marland'), 'team');
    assert.equal(cue('ORSK, March 4 (Wire) - Marland have appointed a new coach.', 'Marland'), 'team');
    assert.equal(cue('He played more than 100 games for Orsk in the second division.', 'Orsk'), 'team');
    assert.equal(cue('He asked me if I will play for Marland.', 'Marland'), 'team');
    assert.equal(cue('Orsk needed 176 and were well placed.', 'Orsk'), 'team');
    assert.equal(cue("Sorvia recognised Marland's independence in 2008.", 'Marland'), 'place');
  });

  it('how much of a thing is drunk, shipped or packed says the thing', () => {
    assert.equal(cue('the family winemaker that ships more Marsala abroad than any other', 'Marsala'), 'thing');
    assert.equal(cue('"Young people drink less Marsala than their grandparents," she said.', 'Marsala'), 'thing');
    assert.equal(cue('double the amount of Marsala it ages for ten years', 'Marsala'), 'thing');
    assert.equal(cue('It will start selling Sharr in cans later this year.', 'Sharr'), 'thing');
    assert.notEqual(cue('It will start selling in Sharr later this year.', 'Sharr'), 'thing');
  });

  it('a side in a results line is no product of its name', () => {
    const registry = registryOfEntries([
      entry('marsala', 'Marsala', 'place', { description: 'Town in western Sicily' }),
      entry('marsala-wine', 'Marsala wine', 'product', { aliases: ['Marsala'], description: 'Fortified wine from western Sicily' }),
    ]);
    const text =
      'Soccer-Ragusa go top\n\nRAGUSA, Nov 3 (Wire) - Sporting Ragusa beat Virtus Nuoro 2-1 on Sunday to go top of the league, with two second-half goals.\n\n' +
      'Results on Sunday:\nSporting Ragusa 2 Virtus Nuoro 1\nTrapani 3 Sassari 1\nMarsala 1 Oristano 1\nAgrigento 2 Acireale 2';
    assert.deepEqual(idsOf(text, registry, 'Marsala'), [null]);
  });
});

describe('the kinds of place of stop 39 (fourteenth set)', () => {
  it("Italy's metropolitan city governs towns; Korea's is a city", () => {
    assert.equal(placeKindOf('Metropolitan city (former province) of eastern Sicily'), 'metropolitan city');
    assert.equal(
      placeKindBefore('Mayors in the metropolitan city of Catania may declare', spanOf('Mayors in the metropolitan city of Catania may declare', 'Catania')),
      'metropolitan city',
    );
    assert.ok(kindAgrees('metropolitan city', 'admin'));
    assert.ok(kindAgrees('metropolitan city', 'settlement'));
    assert.ok(!kindAgrees('settlement', 'metropolitan city'));
  });

  it('a town of N in X, traffic police in X and the pastures of the X', () => {
    const before = (text: string, form: string) => placeKindBefore(text, spanOf(text, form));
    assert.equal(before('at Santa Lucía, a town of 17,000 in Canelones on its banks', 'Canelones'), 'land');
    assert.equal(before('and traffic police in Ragusa closed two streets', 'Ragusa'), 'settlement');
    assert.equal(before('a summer on the high pastures of the Sharr', 'Sharr'), 'mountain');
  });
});

describe('what a place after a name does not qualify (stop 39)', () => {
  const registry = registryOfEntries([
    entry('vardia', 'Vardia', 'place', { description: 'Country in West Africa' }),
    entry('vardia-football', 'Vardia national football team', 'organization', { aliases: ['Vardia'], description: "Vardia's men's football team" }),
    entry('molla', 'Molla', 'place', { description: 'Country in West Africa' }),
    entry('molla-football', 'Molla national football team', 'organization', { aliases: ['Molla'], description: "Molla's men's football team" }),
    entry('kesi', 'Kesi', 'place', { description: "city in Molla's Ashe Region" }),
    entry('orla', 'Orla', 'place', { description: 'Country in West Africa' }),
    entry('cup-football', 'Coast Cup', 'event', { aliases: ['Coast Cup'], description: 'Football tournament of West African national teams' }),
    entry('cup-cricket', 'Coast Cup (cricket)', 'event', { aliases: ['Coast Cup'], description: 'Cricket tournament of West African national teams' }),
  ]);

  it('a city named after a region is where a match was played', () => {
    const text = 'Soccer-Molla beat Vardia in Kesi thriller\n\nKESI, Sept 9 (Wire) - Molla beat Vardia 3-2 in a qualifier on Sunday.';
    assert.deepEqual(idsOf(text, registry, 'Vardia'), ['vardia-football', 'vardia-football']);
  });

  it('a fixture list’s comma parts two games', () => {
    const text =
      'Soccer-Molla top the group\n\nKESI, Nov 10 (Wire) - Molla beat Orla 2-0 on Sunday to top the group.\n\nRemaining games, Nov 14: Molla v Vardia, Orla v Molla.';
    assert.deepEqual(idsOf(text, registry, 'Vardia'), ['vardia-football']);
  });

  it('an event in a country is where it was played, which rules no event out', () => {
    const text = 'The bowler took four wickets in the final. He played at the Coast Cup in Vardia in 2023 and was the best bowler of the cricket tournament.';
    assert.deepEqual(idsOf(text, registry, 'Coast Cup'), ['cup-cricket']);
  });
});

describe('grounds and journeys in match reports (stop 39)', () => {
  it('a ground’s name is where a side plays, never a side', () => {
    const registry = registryOfEntries([
      entry('ecopa-stadium', 'Ecopa Stadium', 'place', { description: 'Football and rugby stadium in Fukuroi' }),
      entry('orla-rugby', 'Orla national rugby union team', 'organization', { aliases: ['Orla'], description: 'Rugby team' }),
    ]);
    const text = 'Rugby-Orla hold on\n\nFUKUROI, Nov 8 (Wire) - Orla beat Molla 26-20 at Ecopa Stadium on Saturday in a test played in heavy rain.';
    assert.deepEqual(idsOf(text, registry, 'Ecopa Stadium'), ['ecopa-stadium']);
  });

  it('the second place of a journey, and a move indoors to a town, are places', () => {
    assert.equal(cue('Águilas travel to Trujillo and Lima in February.', 'Lima'), 'place');
    assert.equal(cue('his team would move indoors to Zagreb for the play-offs', 'Zagreb'), 'place');
  });
});
