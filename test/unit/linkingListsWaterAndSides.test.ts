/**
 * Cues read in stop 39 from the thirteenth linking set's mistakes for general causes: a comma
 * list that "and" closes, a park among the kinds of place, a seat "for" a named assembly, a river
 * crossed, swollen or with its tributaries and danger mark, "which" after a name, a player's
 * position after a national side, a side's saves and wins, two sides that share the points, a
 * journey "by bus", and "itself" said of a place. Inline text and an inline registry written for
 * these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { placeKindBefore, placeKindOf } from '../../server/src/analysis/entities/disambiguate/placeKind';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { cueAt as cue, spanOf } from '../support/spanOf';

describe('the kind of place of stop 39', () => {
  it('a national park is a kind of place, so "X, the province" rules it out', () => {
    assert.equal(placeKindOf('National park on the border of Marland and Sorvia'), 'park');
    const registry = registryOfEntries([
      entry('orsa-province', 'Orsa Province', 'place', { aliases: ['Orsa'], description: 'Province of northern Sorvia' }),
      entry('orsa-park', 'Orsa National Park', 'place', { aliases: ['Orsa'], description: 'National park in Marland, on the Orsa' }),
    ]);
    const text = 'Rangers in the Orsa National Park moved 40 elephants. Parts of Orsa, the Sorvian province next to the park, had 250 mm of rain.';
    assert.deepEqual(idsOf(text, registry, 'Orsa'), ['orsa-province']);
  });

  it('a kingdom is a country, and "capital Rabat" says what a place has, not what it is', () => {
    assert.equal(placeKindOf('kingdom in north-west Africa, capital Rabat'), 'country');
    assert.equal(placeKindOf('US state on the Gulf of Mexico, capital Austin'), 'state');
    assert.equal(placeKindOf('Capital of Mongolia, on the Tuul'), 'settlement');
  });

  it('a seat "for" a named assembly is an area that governs towns', () => {
    const before = (text: string) => placeKindBefore(text, spanOf(text, 'Velden'));
    assert.equal(before('She was elected to the National Assembly for Velden last year.'), 'admin');
    assert.equal(before('a grant from the Arts Council for Velden schools'), undefined);
  });

  it('a comma joins two items of a list when "and" follows them', () => {
    const registry = registryOfEntries([
      entry('huna-province', 'Huna Province', 'place', { aliases: ['Huna'], description: 'Province of southern Marland' }),
      entry('bera', 'Bera', 'place', { description: 'Port town in Marland, capital of Bera Province' }),
      entry('bera-province', 'Bera Province', 'place', { aliases: ['Bera'], description: 'Coastal province of Marland' }),
      entry('tolo-province', 'Tolo Province', 'place', { aliases: ['Tolo'], description: 'Province of Marland on the border' }),
      entry('tolo-river', 'Tolo River', 'place', { aliases: ['Tolo'], description: 'River of Marland' }),
    ]);
    // Tolo, shared with a river, says nothing; Huna, before the comma, says the province.
    assert.deepEqual(idsOf('The lager outsells imports in Huna, Bera and Tolo, the brewer said.', registry, 'Bera'), ['bera-province']);
    // A comma alone, with no "and" after, writes a town with its country.
    assert.deepEqual(idsOf('The lager is brewed in Bera, Marland, the brewer said.', registry, 'Bera'), ['bera']);
  });
});

describe('the cues of stop 39', () => {
  it('a river is crossed, swollen, has tributaries and a danger mark', () => {
    assert.equal(cue('The team had travelled by bus, crossing the Atbara at Khashm on Saturday.', 'Atbara'), 'water');
    assert.equal(cue('The rain that has swollen the Bago this month hit the league.', 'Bago'), 'water');
    assert.equal(cue('Rain has raised the Bago and its tributaries this month.', 'Bago'), 'water');
    assert.equal(cue('* Ayeyarwady passes danger mark at Hinthada', 'Ayeyarwady'), 'water');
    assert.notEqual(cue('The Bago and its clubs', 'Bago'), 'water');
  });

  it('"which" after a name is said of no person', () => {
    assert.equal(cue('Tavares, which has 40 trucks, plans to run containers.', 'Tavares'), 'not-person');
    assert.equal(cue('Tavares, who has 40 trucks, plans to run containers.', 'Tavares'), 'person');
  });

  it("a player's position after a national side, and a side's saves and wins, say the team", () => {
    assert.equal(cue('He is the uncle of the Angola guard Paulo Tavares.', 'Angola'), 'team');
    assert.equal(cue('the Angola point guard', 'Angola'), 'team');
    assert.notEqual(cue('the Angola guard of honour', 'Angola'), 'team');
    assert.equal(cue('the goalkeeper whose saves against Algeria made him famous', 'Algeria'), 'team');
    assert.equal(cue('after their win over Algeria in March', 'Algeria'), 'team');
  });

  it('two sides that share the points or are given a score are teams', () => {
    assert.equal(cue('Soccer-Misrata and Sirte share points', 'Misrata'), 'team');
    assert.equal(cue('Soccer-Misrata and Sirte share points', 'Sirte'), 'team');
    assert.equal(cue('Late goals gave Misrata a 1-1 draw in the league.', 'Misrata'), 'team');
  });

  it('a journey "by bus" ends at a place, and "itself" is said of places too', () => {
    assert.equal(cue('"Next month we go to Maputo by bus," he said.', 'Maputo'), 'place');
    assert.notEqual(cue('Next month we go to Maputo for the cup.', 'Maputo'), 'place');
    assert.equal(cue('Maputo itself had flooding on Wednesday night.', 'Maputo'), 'not-person');
  });

  it('a side written as a team that is called a country is still the team', () => {
    const registry = registryOfEntries([
      entry('marland', 'Marland', 'place', { description: 'Country in southern Africa' }),
      entry('marland-basketball', 'Marland national basketball team', 'organization', {
        aliases: ['Marland'],
        description: "Marland's men's basketball team",
      }),
    ]);
    const text =
      'Basketball - Stars lose to Marland\n\nThe Stars lost 88-69 to Marland in the basketball semi-final on Sunday. ' +
      'Marland have won the title more often than any other country. Marland is a basketball country, the coach said.';
    assert.deepEqual(idsOf(text, registry, 'Marland'), ['marland-basketball', 'marland-basketball', 'marland-basketball', 'marland']);
  });
});
