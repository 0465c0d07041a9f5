/**
 * The kind of place a sentence says a shared name is (disambiguate/placeKind.ts): "the
 * province of X" is the registry's province of that name, not its city, and "the city of X"
 * the reverse; such a mention is told apart by it and lends no evidence to the other
 * mentions of its form. Inline text and an inline registry written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { placeKindAfter, placeKindBefore, placeKindOf } from '../../server/src/analysis/entities/disambiguate/placeKind';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { spanOf } from '../support/spanOf';

/** The kind said before the first occurrence of `form`. */
function kindBefore(text: string, form: string): string | undefined {
  return placeKindBefore(text, spanOf(text, form));
}

describe('the kind of place', () => {
  it('a sentence says before a name', () => {
    assert.equal(kindBefore('Farmers from the province of Velden parked tractors.', 'Velden'), 'province');
    assert.equal(kindBefore('His family came from the city of Velden.', 'Velden'), 'settlement');
    assert.equal(kindBefore('the French department of the Velde, which takes its name', 'Velde'), 'department');
    assert.equal(kindBefore('The chairman of Velden said so.', 'Velden'), undefined);
    assert.equal(kindBefore('a province near Velden', 'Velden'), undefined);
  });

  it('an institution or an office of a kind of place says that kind', () => {
    assert.equal(kindBefore('The provincial council of Velden paid for buses.', 'Velden'), 'province');
    assert.equal(kindBefore('The prefectural government of Velden ordered people out.', 'Velden'), 'prefecture');
    assert.equal(kindBefore('the county council of Velden', 'Velden'), 'county');
    assert.equal(kindBefore('The mayor of Velden said so.', 'Velden'), 'settlement');
    assert.equal(kindBefore('The governor of Velden said so.', 'Velden'), 'admin');
    assert.equal(kindBefore('the districts of Velden, Orsa and Brill', 'Velden'), 'district');
    assert.equal(kindBefore('the counties of Velden and Orsa', 'Velden'), 'county');
    assert.equal(kindBefore('the council of Velden', 'Velden'), undefined);
    assert.equal(kindBefore('The prefect of the Velde banned fishing.', 'Velde'), 'admin');
    assert.equal(kindBefore('the district secretary for Velden said on Wednesday', 'Velden'), 'district');
    const after = (text: string, form: string) => placeKindAfter(text, spanOf(text, form));
    assert.equal(after('a roof paid for by the Velden regional government', 'Velden'), 'region');
    assert.equal(after('the Velden Regional Council', 'Velden'), undefined);
    assert.equal(after('without asking the Velden cantonal planning office for an opinion', 'Velden'), 'canton');
    assert.equal(after('The crowd included the Velden regional commissioner.', 'Velden'), 'region');
    assert.equal(after('The Velden government said it had no plans to do so.', 'Velden'), 'admin');
    assert.equal(after('He cut the ribbon with the Velden governor on Monday.', 'Velden'), 'admin');
    assert.equal(after('The Velden departmental association of shrimp farmers said so.', 'Velden'), 'department');
    assert.equal(after('the Velden regional manager of the bank', 'Velden'), undefined, 'regional before any noun says nothing');
    assert.equal(kindBefore('Coffee growers on the slopes of Velden have backed the farmers.', 'Velden'), 'mountain');
    assert.equal(after('a brass band from Molveno, under the Velden peaks, will play', 'Velden'), 'mountain');
    assert.equal(kindBefore('A storm may form off the coast of Velden late in the week.', 'Velden'), 'land');
    assert.equal(kindBefore('A red warning covers the mountains of Velden and Orsa.', 'Velden'), 'land');
    assert.equal(kindBefore('Residents of the northern districts of Velden asked for limits.', 'Velden'), 'settlement');
    assert.equal(kindBefore('put the districts of Orsa, Velden and Brill on red alert', 'Velden'), 'district', 'the districts that are the items');
    assert.equal(kindBefore('A court in Velden on Wednesday ordered the company to pay.', 'Velden'), 'settlement');
    assert.equal(kindBefore('The Court of Appeal in Velden is expected to hear the case.', 'Velden'), 'settlement');
    assert.equal(kindBefore('The bill, sent to the legislature in Velden on Monday, passed.', 'Velden'), 'settlement');
    assert.equal(after('Velden mayor Petra Svobodova said so.', 'Velden'), 'settlement');
  });

  it('every item of a list after a kind in the plural, and an apposition after the name', () => {
    assert.equal(kindBefore('put the districts of Orsa, Velden and Brill on red alert', 'Velden'), 'district');
    assert.equal(kindBefore('put the districts of Orsa, Velden and Brill on red alert', 'Brill'), 'district');
    const after = (text: string, form: string) => placeKindAfter(text, spanOf(text, form));
    assert.equal(after('Dams in the Velde, the wine region, opened.', 'Velde'), 'region');
    assert.equal(after('He sits for Velden, the city, in parliament.', 'Velden'), 'settlement');
    assert.equal(after('He will meet the team in Velden, the prefectural capital, on Tuesday.', 'Velden'), 'settlement');
    assert.equal(after('He met Velden, the mayor, on Tuesday.', 'Velden'), undefined);
  });

  it('a copula or a comparison after the name', () => {
    const after = (text: string, form: string) => placeKindAfter(text, spanOf(text, form));
    assert.equal(after('Velden has more ski resorts than any other prefecture.', 'Velden'), 'prefecture');
    assert.equal(after('Velden is the largest city on the coast.', 'Velden'), 'settlement');
    assert.equal(after('Velden was a mining town until 1950.', 'Velden'), 'settlement');
    assert.equal(
      after('Velden said it would build more than any other team. The prefecture agreed.', 'Velden'),
      undefined,
      'the comparison stays in its sentence',
    );
    assert.equal(after('Velden is the name on the ballot.', 'Velden'), undefined);
  });

  it('the kind of area written right after the name, or after the list it opens', () => {
    const after = (text: string, form: string) => placeKindAfter(text, spanOf(text, form));
    assert.equal(after('The army sent pumps to Velden province on Sunday.', 'Velden'), 'province');
    assert.equal(after('Roads in Velden Province were shut.', 'Velden'), 'province');
    assert.equal(after('Rain fell on Velden and Orsa counties.', 'Velden'), 'county');
    assert.equal(after('Growers in Velden and three neighbouring provinces will be paid.', 'Velden'), 'province');
    assert.equal(after('the mills of Velden governorate', 'Velden'), 'governorate');
    assert.equal(after('She studied at Velden State University.', 'Velden'), undefined, 'a name the kind word begins');
    assert.equal(after('Velden County Council met.', 'Velden'), undefined);
    assert.equal(after('Velden and three other clubs', 'Velden'), undefined);
  });

  it('one is near a town, not near the area around it', () => {
    assert.equal(kindBefore('It will build a second kiln at its plant outside Velden next year.', 'Velden'), 'settlement');
    assert.equal(kindBefore('a distribution yard near Velden', 'Velden'), 'settlement');
    assert.equal(kindBefore('farms on the outskirts of Velden', 'Velden'), 'settlement');
  });

  it('a prefect is of an area that governs towns, as a governor is', () => {
    assert.equal(kindBefore('The prefect of Velden said three villages were cut off.', 'Velden'), 'admin');
  });

  it("an office written before its holder's name", () => {
    const after = (text: string, form: string) => placeKindAfter(text, spanOf(text, form));
    assert.equal(after('Velden Governor Susan Achieng said the county would not drop the levy.', 'Velden'), 'admin');
    assert.equal(after('Velden Mayor Ana Ruiz opened the bridge.', 'Velden'), 'settlement');
    assert.equal(after('Velden governor said so.', 'Velden'), undefined, 'no holder named');
  });

  it('a description names first', () => {
    assert.equal(placeKindOf('City in the north; capital of Velden Province'), 'settlement');
    assert.equal(placeKindOf('Province in the north; capital Velden'), 'province');
    assert.equal(placeKindOf('River that rises in the hills'), 'river');
    assert.equal(placeKindOf('Port on the west coast'), 'settlement');
    assert.equal(placeKindOf('Mountain prefecture of central Marland'), 'prefecture', 'of two kind words in a row, the second');
    assert.equal(placeKindOf('River port on the Velde'), 'settlement');
    assert.equal(placeKindOf('Governorate of the south-east; capital Velden'), 'governorate');
    assert.equal(placeKindOf('Smallest voivodeship of Marland'), 'voivodeship');
    assert.equal(placeKindOf('Regency of central Marland'), 'regency');
    assert.equal(placeKindOf('regional unit of Marland around the city of Velden'), 'region', 'a regional unit is no city');
    assert.equal(placeKindOf('Where the old mill stood'), undefined);
    assert.equal(placeKindOf(undefined), undefined);
  });
});

describe('a city and its province of one name', () => {
  const registry = registryOfEntries([
    entry('velden-city', 'Velden', 'place', { description: 'City in the north of Marland; capital of Velden Province' }),
    entry('velden-province', 'Velden Province', 'place', { aliases: ['Velden'], description: 'Province in the north of Marland; capital Velden' }),
  ]);

  it('"the province of X" is the province, and the city stays the city elsewhere in the article', () => {
    const text =
      'Farmers protest gas drilling\n\nFarmers from the province of Velden parked tractors outside parliament on Monday.\n\n' +
      'In Velden, the city council said the tremors had cracked 300 homes, and Velden would ask for help.';
    assert.deepEqual(idsOf(text, registry, 'Velden'), ['velden-province', 'velden-city', 'velden-city']);
  });
});

describe('a prefecture and its capital of one name, told apart by who governs them', () => {
  const registry = registryOfEntries([
    entry('kaminoyama', 'Kaminoyama', 'place', { description: 'City in Japan, capital of Kaminoyama Prefecture' }),
    entry('kaminoyama-prefecture', 'Kaminoyama Prefecture', 'place', { aliases: ['Kaminoyama'], description: 'Prefecture of Japan on the Sea of Japan coast' }),
  ]);

  it('"the governor of X" and "the prefectural government of X" are the prefecture, "the mayor of X" the city', () => {
    const text =
      'Typhoon nears the coast\n\nThe prefectural government of Kaminoyama ordered 20,000 people to leave the coast. ' +
      'The governor of Kaminoyama said schools would close.\n\nThe mayor of Kaminoyama said the city hall would stay open.';
    assert.deepEqual(idsOf(text, registry, 'Kaminoyama'), ['kaminoyama-prefecture', 'kaminoyama-prefecture', 'kaminoyama']);
  });

  it('is the prefecture where a town is said to lie in it ("Takayama in Kaminoyama"), not where a country lies before it', () => {
    const text =
      'Runners lost\n\nSome visitors had gone to Takayama in Kaminoyama by mistake, organisers said. ' +
      'The team will train outside Japan in Kaminoyama next year.';
    assert.deepEqual(idsOf(text, registry, 'Kaminoyama'), ['kaminoyama-prefecture', 'kaminoyama']);
  });
});

describe('a prefecture whose description opens with a word that is also a kind ("mountain prefecture")', () => {
  const registry = registryOfEntries([
    entry('hakura', 'Hakura', 'place', { aliases: ['Hakura City'], description: 'City in central Marland, capital of Hakura Prefecture' }),
    entry('hakura-prefecture', 'Hakura Prefecture', 'place', { aliases: ['Hakura'], description: 'Mountain prefecture of central Marland' }),
  ]);

  it('is the prefecture where the sentence says so', () => {
    const text =
      'Ski patrols review rules\n\nHakura has more ski resorts than any other prefecture.\n\n' +
      'The prefectural government of Hakura said it would review its guidelines this winter.';
    assert.deepEqual(idsOf(text, registry, 'Hakura'), ['hakura-prefecture', 'hakura-prefecture']);
  });
});

describe('a province and its capital of one name, the province named so', () => {
  const registry = registryOfEntries([
    entry('orsa', 'Orsa', 'place', { description: 'Province in the west of Marland, known for its vineyards; capital Orsa City' }),
    entry('orsa-city', 'Orsa City', 'place', { aliases: ['Orsa'], description: 'City in the west of Marland; capital of the province of Orsa' }),
  ]);

  it('"the city of X" is the city, though the province has the name itself', () => {
    const text = 'Vineyards short of water\n\nGrowers said the harvest would be small. The city of Orsa has rationed water since June.';
    assert.deepEqual(idsOf(text, registry, 'Orsa'), ['orsa-city']);
  });
});

describe('a province that shares its name with a club', () => {
  const registry = registryOfEntries([
    entry('tesera', 'Tesera', 'place', { description: 'City in the north of Marland, on the pilgrim road' }),
    entry('tesera-province', 'Tesera Province', 'place', { aliases: ['Tesera'], description: 'Province in the north of Marland; capital Tesera' }),
    entry('tesera-lynx', 'Tesera Lynx', 'organization', { aliases: ['Tesera'], description: 'Basketball club of Tesera in the national league' }),
  ]);

  it('"the provincial council of X" and "X, the region" are the place the words say, not the club the article is about', () => {
    const text =
      "Basketball club loses its grant\n\nTesera beat Orsa 80-71 on Saturday in the club's last league game before its grant ends. " +
      'The provincial council of Tesera said it had no money left for basketball.\n\n' +
      'The club will still play in the league, its coach said, and Tesera, the province, will pay for the bus.';
    assert.deepEqual(idsOf(text, registry, 'Tesera'), ['tesera-lynx', 'tesera-province', 'tesera-province']);
  });
});

describe('a county named in full elsewhere in the article', () => {
  const registry = registryOfEntries([
    entry('county-tarrow', 'County Tarrow', 'place', {
      aliases: ['Tarrow'],
      description: 'County in the south of Marland: farmland, dairy herds and a long coast of coves and harbours',
    }),
    entry('tarrow-city', 'Tarrow', 'place', { description: 'City in Marland, on an estuary' }),
  ]);

  it('leaves its bare name to the city of that name: the writer told them apart by the full form', () => {
    const text =
      'Haulier buys docks in the south\n\nA haulier from the north has bought three warehouses on the Tarrow docks for 40 million, ' +
      'its first site in the south.\n\nDairy herds and farmland across County Tarrow supply most of the freight, the company said, ' +
      'and Tarrow has the deep water it needs.';
    assert.deepEqual(idsOf(text, registry, 'Tarrow'), ['tarrow-city', 'tarrow-city']);
  });
});

describe('the name itself', () => {
  const registry = registryOfEntries([
    entry('brill-north', 'Brill', 'place', { aliases: ['Brill, North Marland'], description: 'Town in North Marland on the rail line' }),
    entry('brill-south', 'Brill', 'place', { aliases: ['Brill, South Marland'], description: 'Market town in South Marland' }),
  ]);

  it('"towns called X" and "the wrong X" link to none of the entries; a Brill of its own still links', () => {
    const text =
      'Rail plan links two towns called Brill\n\nThe plan would give both towns called Brill a station. ' +
      '"Every month someone books a room in the wrong Brill," a guide said.\n\nThe line would reach Brill, North Marland, by 2030.';
    assert.deepEqual(idsOf(text, registry, 'Brill'), [null, null, null]);
    assert.deepEqual(idsOf(text, registry, 'Brill, North Marland'), ['brill-north']);
  });

  it('"not everyone named X", "each X", "not every X in the news" and "one X or the other" are the name itself; "not every X voter" is a place', () => {
    const text =
      'Two towns, one name\n\nThe exhibition hangs a photograph from each Brill, with no labels. Not every Brill in the news is the one you think, ' +
      "and one Brill or the other gets the other's post every week. Not everyone named Brill likes it.\n\n" +
      'Not every Brill voter was confused, said a councillor in Brill, North Marland.';
    assert.deepEqual(idsOf(text, registry, 'Brill').slice(0, 4), [null, null, null, null]);
    assert.notEqual(idsOf(text, registry, 'Brill')[4], null, 'a modifier of "voter" is a town');
  });
});
