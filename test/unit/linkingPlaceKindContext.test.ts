/**
 * The kind of place read from a shared name's surroundings rather than said before it
 * (disambiguate/placeKind.ts, qualifier.ts): a dateline names the town the story was filed
 * from and its second part a country, state or region; a desk's abbreviation of a state and
 * ", in Y" say which town; a place listed with a registered place is of its kind; a kind in the
 * entry's own name wins over its description; an office names a governorate. Split from
 * linkingPlaceKind.test.ts. Inline text and inline registries written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ANY_AREA, ANY_LAND, kindAgrees, placeKindAround, placeKindBefore } from '../../server/src/analysis/entities/disambiguate/placeKind';
import { stateAbbreviationAfter } from '../../server/src/analysis/entities/disambiguate/stateAbbreviations';
import { analyzeArticle } from '../../server/src/analysis';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { spanOf } from '../support/spanOf';

/** The kind said before the first occurrence of `form`. */
function kindBefore(text: string, form: string): string | undefined {
  return placeKindBefore(text, spanOf(text, form));
}
describe('a dateline', () => {
  const registry = registryOfEntries([
    entry('orvena-province', 'Orvena', 'place', { description: 'Province of the north of Marland' }),
    entry('orvena-city', 'Orvena City', 'place', { aliases: ['Orvena'], description: 'City in the north of Marland, on the pilgrim road' }),
    entry('orvena-bears', 'Orvena Bears', 'organization', { aliases: ['Orvena'], description: 'Basketball club of Orvena' }),
  ]);

  it('names the town the story was filed from, not its province or its club', () => {
    const text =
      'Hostels full\n\nORVENA, Marland, July 22 (Wire) - The basketball club has lent its hall to walkers, who have filled ' +
      'every bed in the province of Marland this week; the club said its players would help.';
    assert.deepEqual(idsOf(text, registry, 'ORVENA'), ['orvena-city']);
  });
});

describe("a desk's abbreviation of a state", () => {
  it('after a town is the state, in full', () => {
    assert.equal(stateAbbreviationAfter('a vineyard in Concord, Mass., that grows grapes', 'a vineyard in Concord'.length), 'Massachusetts');
    assert.equal(stateAbbreviationAfter('Salem, Ore. - The bill', 5), 'Oregon');
    assert.equal(stateAbbreviationAfter('Dover, N.H., said', 5), 'New Hampshire');
    assert.equal(stateAbbreviationAfter('Salem, Mansfield and Dover', 5), undefined);
    assert.equal(stateAbbreviationAfter('Salem, Manchester', 5), undefined);
  });

  const registry = registryOfEntries([
    entry('milford-nh', 'Milford', 'place', { description: 'Town in New Hampshire, on the Souhegan' }),
    entry('milford-ma', 'Milford', 'place', { description: 'Town in Worcester County, Massachusetts' }),
  ]);

  it('says which of two towns of one name is meant', () => {
    const text = 'Court hears water case\n\nA farm in Milford, Mass., wrote to the court, and so did the town of Milford, N.H.';
    assert.deepEqual(idsOf(text, registry, 'Milford'), ['milford-ma', 'milford-nh']);
  });
});

describe('a city and its governorate of one name', () => {
  const registry = registryOfEntries([
    entry('qarsa-city', 'Qarsa', 'place', { description: 'Port city on the southern coast of Marland' }),
    entry('qarsa-governorate', 'Qarsa Governorate', 'place', { aliases: ['Qarsa'], description: 'Governorate of southern Marland; capital Qarsa' }),
  ]);

  it('"the governor of X" and "X governorate" are the governorate, the port the city', () => {
    const text =
      'Fishermen win case\n\nBoats returned to the port of Qarsa on Monday. The governor of Qarsa welcomed the ruling, ' +
      'and farmers in Qarsa governorate said they would sue too.';
    assert.deepEqual(idsOf(text, registry, 'Qarsa'), ['qarsa-city', 'qarsa-governorate', 'qarsa-governorate']);
  });
});

describe('a state and its capital of one name, the plant near the city', () => {
  const registry = registryOfEntries([
    entry('velda-state', 'Velda', 'place', { description: 'State of central Marland; capital Velda City' }),
    entry('velda-city', 'Velda City', 'place', { aliases: ['Velda'], description: 'City in central Marland, capital of the state of Velda' }),
  ]);

  it('"a plant near X" is the city, though the state has the name itself', () => {
    const text = 'Cement maker plans new kiln\n\nThe company said it would study a plant near Velda, where it already runs a yard.';
    assert.deepEqual(idsOf(text, registry, 'Velda'), ['velda-city']);
  });
});

describe('two towns of one name, the place after ", in" saying which', () => {
  const registry = registryOfEntries([
    entry('sorna-north', 'Sorna', 'place', { aliases: ['Sorna County'], description: 'County town in Norland province, on the east coast of Marland' }),
    entry('sorna-south', 'Sorna', 'place', { aliases: ['Sorna County'], description: 'Fishing town in Sudland province, on the south coast of Marland' }),
    entry('sudland', 'Sudland', 'place', { description: 'Province in the south of Marland' }),
  ]);

  it('"X, in Y" and "X, in the southern province of Y" qualify X as "X in Y" does', () => {
    const text =
      'Storm nears\n\nThe storm will make landfall near Sorna, in Sudland, early on Friday.\n\n' +
      'Fishermen in Sorna, in the southern province of Sudland, pulled boats ashore.';
    assert.deepEqual(idsOf(text, registry, 'Sorna'), ['sorna-south', 'sorna-south']);
    const reasons = analyzeArticle(text, { registry })
      .entities.filter((m) => m.text === 'Sorna')
      .map((m) => m.linkReason ?? '');
    assert.ok(
      reasons.every((r) => r.includes('qualified by place')),
      reasons.join(' | '),
    );
  });
});

describe('a place listed with a registered place of one kind', () => {
  const registry = registryOfEntries([
    entry('velden-city', 'Velden', 'place', { description: 'City on the Velde, capital of Velden state' }),
    entry('velden-state', 'Velden', 'place', { description: 'State in the south of the country' }),
    entry('orsa', 'Orsa', 'place', { description: 'State in the west of the country' }),
    entry('brill', 'Brill', 'place', { description: 'City on the coast' }),
  ]);

  it('is of that kind ("hotels in Velden and Orsa"), but not as one end of "between" nor with a comma alone', () => {
    assert.deepEqual(idsOf('Alpina runs nine hotels in Velden and Orsa, it said on Monday.', registry, 'Velden'), ['velden-state']);
    assert.deepEqual(idsOf('Alpina runs nine hotels in Brill and Velden, it said on Monday.', registry, 'Velden'), ['velden-city']);
  });

  it('reads the kind off a certain neighbour joined by "and" or "or" only', () => {
    const kindOf = (id: string) => ({ orsa: 'state', brill: 'settlement' })[id];
    const around = (text: string, neighbour: string, id: string) => {
      const n = spanOf(text, neighbour);
      const m = spanOf(text, 'Velden');
      const mention = { ...n, text: neighbour, type: 'place' as const, entityId: id, registered: true, source: 'registry' as const };
      const self = { ...m, text: 'Velden', type: 'place' as const, entityId: 'velden', registered: true, source: 'registry' as const };
      const mentions = n.start < m.start ? [mention, self] : [self, mention];
      return placeKindAround(text, mentions, mentions.indexOf(self), false, kindOf, (x) => x === self);
    };
    assert.equal(around('hotels in Velden and Orsa', 'Orsa', 'orsa'), 'state');
    assert.equal(around('hotels in Orsa or Velden', 'Orsa', 'orsa'), 'state');
    assert.equal(around('trucks run between Orsa and Velden', 'Orsa', 'orsa'), undefined, 'two ends');
    assert.equal(around('ARLO, Orsa, Velden', 'Orsa', 'orsa'), undefined, 'a comma alone');
  });
});

describe('a district whose kind only its name says, and whose description names the town it lies around', () => {
  const registry = registryOfEntries([
    entry('velden-city', 'Velden', 'place', { description: 'Town near the mouth of the Velde' }),
    entry('velden-district', 'Velden District', 'place', { aliases: ['Velden'], description: 'Territorial authority around the city of Velden' }),
  ]);

  it('"the Velden district council" is the district: the kind in the name wins over the town in the description', () => {
    const text = 'Floods close roads\n\nThe Velden district council opened two evacuation centres on Monday. Velden has 40,000 people.\n';
    assert.deepEqual(idsOf(text, registry, 'Velden'), ['velden-district', 'velden-city']);
  });

  it('"the mayor of the Velden district" is the district\'s mayor; a side flies home to the town', () => {
    const text =
      'Rain stops play\n\nThe mayor of the Velden district said the news was a blow. ' + 'The visitors won 24-20 and flew home to Velden on Sunday morning.\n';
    assert.deepEqual(idsOf(text, registry, 'Velden'), ['velden-district', 'velden-city']);
    assert.equal(kindBefore('The Geysers flew home to Velden on Sunday.', 'Velden'), 'settlement');
    // Stop 39: travelling to a place on a day is going to a town too; with no day it says nothing.
    assert.equal(kindBefore('The Geysers flew to Velden on Sunday.', 'Velden'), 'settlement');
    assert.equal(kindBefore('The Geysers flew to Velden in the spring.', 'Velden'), undefined);
  });
});

describe('a people and the region named after it', () => {
  const registry = registryOfEntries([
    entry('velden-region', 'Velden Region', 'place', { aliases: ['Velden'], description: 'Coffee-growing region in the south' }),
    entry('velden-people', 'Velden', 'nationality', { description: 'People of the southern highlands' }),
  ]);

  it('"Velden farmers" are the people; "the Velden regional government" is the region', () => {
    const text =
      'Coffee station opens\n\nThe new station can process the cherries of some 6,000 smallholders in the region. Most of them are Velden farmers who grow coffee on small plots.\n\n' +
      'The Velden regional government paid for the road.\n';
    assert.deepEqual(idsOf(text, registry, 'Velden'), ['velden-people', 'velden-region']);
  });
});

describe("a volcano and the district of its name; the country after a dateline's town", () => {
  const registry = registryOfEntries([
    entry('velden-volcano', 'Volcán Velden', 'place', { aliases: ['Velden'], description: 'Volcano in the west' }),
    entry('velden-district', 'Velden District', 'place', { aliases: ['Velden'], description: 'District of coffee growers and farmers on the western border' }),
    entry('orsa-country', 'Republic of Orsa', 'place', { aliases: ['Orsa'], description: 'Country in the isthmus' }),
    entry('orsa-city', 'Orsa', 'place', { description: 'Capital city of the Republic of Orsa' }),
    entry('orsa-department', 'Orsa Department', 'place', { aliases: ['Orsa'], description: 'Department around the capital' }),
  ]);

  it('"the slopes of Velden" are the volcano\'s; "BRILL, Orsa, Oct 5" is the country, not its capital nor its department', () => {
    const text =
      'Farmers sue over water\n\nBRILL, Orsa, Oct 5 (Wire) - Coffee growers on the slopes of Velden have backed the farmers, a lawyer said on Tuesday.\n';
    assert.deepEqual(idsOf(text, registry, 'Velden'), ['velden-volcano']);
    assert.deepEqual(idsOf(text, registry, 'Orsa'), ['orsa-country']);
  });

  it("a dateline's second part is a country, a state, a province or a region, not a department, a district or a town", () => {
    assert.deepEqual(
      ['country', 'state', 'province', 'region', 'department', 'district', 'settlement'].map((k) => kindAgrees(k, ANY_AREA)),
      [true, true, true, true, false, false, false],
    );
    assert.deepEqual(
      ['country', 'state', 'county', 'department', 'island', 'settlement', 'river'].map((k) => kindAgrees(k, ANY_LAND)),
      [true, true, true, true, true, false, false],
    );
  });
});
