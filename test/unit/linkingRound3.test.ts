/**
 * Signals of the third round of issue 10's linker, developed on the first two linking sets
 * and kept only where they are general, each on inline text and an inline registry written
 * for these tests: the registry's own default sense of a bare name (its slug as the id) breaks
 * ties between two entries of one type; a plural verb after a single name makes it a team;
 * a lake, unlike a river, is written without "the"; "beaten X" and "X under-20" are teams; a
 * men's team is not the side of a sentence about women, and a place is no reading of a name a
 * match report writes as a team, so with neither left the mention stays unlinked; a cue said
 * outright ("the village of X") that excludes every candidate leaves the name unlinked; lower-case
 * words after a name that complete one candidate's alias ("the Eden district") name that one;
 * "X, on the Y coast" qualifies X by Y, and a registered place after a comma that is no region and
 * holds no candidate is a list's next item, not a qualifier; a name counted or owned ("every
 * Kestrel in the field", "a second-hand Kestrel") is a product, and one that stops selling its
 * things is the company; a namesake introduced as "is also called X" is not the X named before,
 * a headline's surname is the first person the article then names in full, and a surname opening
 * the paragraph after a fuller name follows it; what is cancelled is an event; "its operations
 * director" later in the sentence makes an organization; "released by X" is a team; "a X
 * geologist", "the X firm", "the edge of X" make a place; an alias beginning with "the" gives
 * way to a longer registered name that begins after its "the" ("the Lakes Rescue Team").
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { outrightCue } from '../../server/src/analysis/entities/disambiguate/cue';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { cueAt } from '../support/spanOf';

describe("the registry's default sense of a bare name", () => {
  const registry = registryOfEntries([
    // The qualified entry first: file order alone would choose it.
    entry('brampton-ontario', 'Brampton', 'place', {
      aliases: ['Brampton, Ontario'],
      description: 'City in the Greater Toronto Area, Canada, named after Brampton in England',
    }),
    entry('brampton', 'Brampton', 'place', { description: 'Market town in north Cumbria' }),
    entry('ivy-brampton', 'Ivy Brampton', 'person', { aliases: ['Brampton'], description: 'Judge at the county court', roles: ['judge'] }),
  ]);

  it('with nothing in the article to tell two places apart, the one whose id is the bare name wins', () => {
    const text = 'A drone firm opens a plant\n\nThe Brampton firm said on Monday that it would hire 40 engineers.';
    assert.deepEqual(idsOf(text, registry, 'Brampton'), ['brampton']);
  });

  it('gives way to what the article says, and says nothing between entries of different types', () => {
    assert.deepEqual(
      idsOf('A drone firm opens a plant\n\nThe Brampton firm, in the Greater Toronto Area of Canada, said it would hire 40 engineers.', registry, 'Brampton'),
      ['brampton-ontario'],
    );
    const people = registryOfEntries([
      entry('kelso', 'Kelso', 'place', { description: 'Border town' }),
      entry('kelso-rovers', 'Kelso Rovers', 'organization', { aliases: ['Kelso'], description: 'Football club', roles: ['football club'] }),
    ]);
    // Without the town's type shared by another candidate there is no default: the team cue decides.
    assert.deepEqual(idsOf('Kelso beat Hawick 2-0 in the league on Saturday.', people, 'Kelso'), ['kelso-rovers']);
  });
});

describe('a plural verb after a single name', () => {
  it('makes a team of it: British English treats a side as plural', () => {
    assert.equal(cueAt('Kelso have asked the council for a new pitch.', 'Kelso'), 'team');
    assert.equal(cueAt('Hawick visit Kelso, who are bottom of the table.', 'Kelso'), 'team');
  });

  it('not for a river with "the", a list, or a name ending in s', () => {
    assert.notEqual(cueAt('Sea trout numbers in the Tweed have fallen.', 'Tweed'), 'team');
    assert.equal(cueAt('Both Hawick and Kelso have new bypasses.', 'Kelso'), undefined);
    assert.notEqual(cueAt('Councillors in Kelso have backed the plan.', 'Kelso'), 'team');
    assert.equal(cueAt('Wales have a new coach.', 'Wales'), undefined);
  });

  it('decides a town against its club', () => {
    const registry = registryOfEntries([
      entry('kelso', 'Kelso', 'place', { description: 'Border town on the Tweed' }),
      entry('kelso-rovers', 'Kelso Rovers', 'organization', {
        aliases: ['Kelso'],
        description: 'Football club with a riverside ground',
        roles: ['football club'],
      }),
    ]);
    assert.deepEqual(idsOf('Floods hit the riverside ground\n\nKelso have asked the council for permission to move training.', registry, 'Kelso'), [
      'kelso-rovers',
    ]);
  });
});

describe('a lake is written bare', () => {
  it('does not hold the missing "the" against a lake, as it does against a river', () => {
    const registry = registryOfEntries([
      entry('grasmere-village', 'Grasmere', 'place', { description: 'Village on the road north of the lake, home of a gingerbread shop' }),
      entry('grasmere-lake', 'Grasmere', 'place', { aliases: ['Grasmere lake'], description: 'Lake in the central fells, fed by the Rothay' }),
    ]);
    const text =
      'Swimmers cross the lake\n\nForty swimmers crossed Grasmere on Saturday, from the boathouse to the far shore of the lake, in water fed by the Rothay.';
    assert.deepEqual(idsOf(text, registry, 'Grasmere'), ['grasmere-lake']);
  });
});

describe('teams in match reports', () => {
  it('"beaten X" and "X under-20" are teams', () => {
    assert.equal(cueAt('a week after they had beaten France 41-10 in Paris', 'France'), 'team');
    assert.equal(cueAt('a former Scotland under-20 player', 'Scotland'), 'team');
    assert.equal(cueAt("Earlier, Iceland's women drew 1-1 with Denmark in a friendly.", 'Denmark'), 'team');
  });

  const registry = registryOfEntries([
    entry('malta', 'Malta', 'place', { description: 'Island country in the Mediterranean' }),
    entry('malta-team', 'Malta national football team', 'organization', { aliases: ['Malta'], description: "Men's national football team of Malta" }),
    entry('cyprus', 'Cyprus', 'place', { description: 'Island country' }),
  ]);

  it("a men's team is not the side of a sentence about women; nor the place: the mention stays unlinked", () => {
    const text =
      "Malta beat Cyprus 2-0 in the qualifier on Tuesday.\n\nEarlier, Cyprus's women drew 1-1 with Malta in a friendly, the football association said.";
    assert.deepEqual(idsOf(text, registry, 'Malta'), ['malta-team', null]);
  });

  it("the men's team where the sentence says nothing of a side, and the place where it is no team", () => {
    assert.deepEqual(idsOf('Malta beat Cyprus 2-0 in the qualifier on Tuesday, the football association said.', registry, 'Malta'), ['malta-team']);
    assert.deepEqual(idsOf('Tourism in Malta grew by a tenth last year, the ministry said.', registry, 'Malta'), ['malta']);
  });
});

describe('what the text says outright', () => {
  const registry = registryOfEntries([
    entry('moira-kilbride', 'Moira Kilbride', 'person', { aliases: ['Kilbride'], description: 'MSP for Ayr', roles: ['MSP'] }),
    entry('ian-kilbride', 'Ian Kilbride', 'person', { aliases: ['Kilbride'], description: 'Rugby coach from Ayr', roles: ['coach'] }),
    entry('kilbride-district', 'Kilbride', 'place', { aliases: ['Kilbride District'], description: 'Former local government district, abolished in 2023' }),
  ]);

  it('"the village of X" is no person: with only people left, the name stays unlinked', () => {
    const people = registryOfEntries(registry.entries.filter((e) => e.type === 'person'));
    const text =
      'Moira Kilbride, the MSP for Ayr, wants cleaner beaches.\n\nHer surname causes confusion. The village of Kilbride, up the coast, has its own problems, and a constituent wrote to congratulate her on the rugby win masterminded by head coach Ian Kilbride, the rugby coach from Ayr.';
    assert.deepEqual(idsOf(text, people, 'Kilbride'), [null]);
    const village = analyzeArticle(text, { registry: people }).entities.find((m) => m.text === 'Kilbride');
    assert.match(village?.linkReason ?? '', /fits none of the candidates/);
    assert.equal(outrightCue(text, { start: text.indexOf('Kilbride, up'), end: text.indexOf('Kilbride, up') + 8 }), true);
    assert.equal(outrightCue('She grew up in Kilbride.', { start: 15, end: 23 }), false);
  });

  it('"the football clubs of X and Y", "the football club, X," are the clubs: with only places registered, X stays unlinked', () => {
    const places = registryOfEntries([
      entry('velden', 'Velden', 'place', { description: 'Port town in the north' }),
      entry('velden-district', 'Velden District', 'place', { aliases: ['Velden'], description: 'District around the town of Velden' }),
    ]);
    assert.deepEqual(idsOf('Mourners came from all over. The football clubs of Velden and Orsa both sent flowers.', places, 'Velden'), [null]);
    assert.deepEqual(idsOf("Farmers marched on Saturday. The city's football club, Velden, held a minute's applause.", places, 'Velden'), [null]);
    assert.notDeepEqual(idsOf('Mourners came from all over. The mayors of Velden and Orsa both sent flowers.', places, 'Velden'), [null]);
  });

  it('"the Kilbride district" is the district, though a Kilbride was named in full before', () => {
    const text =
      'Flood warning manager Moira Kilbride said the river had peaked.\n\nWhen the area was still governed as the Kilbride district, councillors drew up plans for a wall.';
    assert.deepEqual(idsOf(text, registry, 'Kilbride'), ['kilbride-district']);
  });
});

describe('place qualifiers', () => {
  const registry = registryOfEntries([
    entry('auburn-au', 'Auburn', 'place', { description: 'Suburb in western Sydney, New South Wales' }),
    entry('auburn-maine', 'Auburn', 'place', { aliases: ['Auburn, Maine'], description: 'City in Androscoggin County, Maine' }),
    entry('alabama', 'Alabama', 'place', { description: 'US state' }),
    entry('rydal-lake', 'Rydal', 'place', { aliases: ['Rydal Water'], description: 'Small lake in the central fells' }),
    entry('rydal-village', 'Rydal', 'place', { description: 'Hamlet beside the lake, on the road to Grasmere' }),
    entry('elter', 'Elter', 'place', { description: 'Hamlet with a small tarn in the central fells' }),
  ]);

  it('"X, on the Y coast" names an X in Y; with no candidate there, X stays unlinked', () => {
    const text = 'Other towns joined in. A rodeo in Auburn, on the Alabama coast, gave the proceeds of a night to the library.';
    assert.deepEqual(idsOf(text, registry, 'Auburn'), [null]);
  });

  it('"X in Y" names the X that lies in Y when some candidate does, though Y is a city', () => {
    const towns = registryOfEntries([
      entry('kasai-east', 'Kasai', 'place', { description: 'City in western Tokara, a suburb of the capital' }),
      entry('kasai-west', 'Kasai', 'place', { description: 'Town in Orimachi Prefecture, on the inland sea' }),
      entry('orimachi', 'Orimachi', 'place', { description: 'City on the inland sea, capital of Orimachi Prefecture' }),
    ]);
    const text =
      'Visitors from the capital had gone to Kasai in Orimachi by mistake, after a website for the western suburb gave the wrong city, organisers said.';
    assert.deepEqual(idsOf(text, towns, 'Kasai'), ['kasai-west']);
    const withVelden = registryOfEntries([...towns.entries, entry('velden', 'Velden', 'place', { description: 'City in northern Marland' })]);
    assert.notDeepEqual(
      idsOf('Buses to Kasai in Velden were cancelled on Tuesday.', withVelden, 'Kasai'),
      [null],
      'a city no candidate lies in rules none out',
    );
  });

  it('a registered place that is no region and holds no candidate is the next item of a list', () => {
    const text = 'The rescue team covers Rydal, Elter and the smaller lakes of the central fells.';
    assert.notDeepEqual(idsOf(text, registry, 'Rydal'), [null]);
  });
});

describe('a product and its maker', () => {
  const registry = registryOfEntries([
    entry('kestrel-robotics', 'Kestrel Robotics', 'organization', { aliases: ['Kestrel'], description: 'Maker of crop-spraying drones, founded 2019' }),
    entry('kestrel-drone', 'Kestrel', 'product', { aliases: ['Kestrel drone'], description: 'Crop-spraying drone made by Kestrel Robotics' }),
  ]);

  it('a name counted or owned is the product', () => {
    assert.equal(cueAt('"Every Kestrel in the field will be checked," he said.', 'Kestrel'), 'thing');
    assert.equal(cueAt('Last year a Kestrel bought at auction was used to fly phones into a prison.', 'Kestrel'), 'thing');
    assert.equal(cueAt('He bought a second-hand Kestrel, a spraying drone.', 'Kestrel'), 'thing');
    assert.equal(cueAt('She made a visit to Kestrel in May.', 'Kestrel'), undefined);
    const text =
      'Kestrel Robotics recalls drones\n\nKestrel Robotics has asked farmers to ground its crop-spraying drones. "Every Kestrel in the field will be checked, free of charge," the company said.';
    assert.deepEqual(idsOf(text, registry, 'Kestrel'), ['kestrel-drone']);
  });

  it('a name after a measure of something is the thing measured ("a wheel of Gouda", "two crates of …")', () => {
    assert.equal(cueAt('They brought a wheel of Velden, cracked through the middle.', 'Velden'), 'thing');
    assert.equal(cueAt('The farm sent two crates of Velden to the market.', 'Velden'), 'thing');
    assert.equal(cueAt('The farm sent two crates to Velden.', 'Velden'), undefined);
    const cheese = registryOfEntries([
      entry('velden', 'Velden', 'place', { description: 'Market town in the south' }),
      entry('velden-cheese', 'Velden cheese', 'product', { aliases: ['Velden'], description: 'Hard cheese first sold at the Velden market' }),
    ]);
    assert.deepEqual(idsOf('Farmers marched to the ministry. Their gift was a wheel of Velden, cracked through the middle.', cheese, 'Velden'), [
      'velden-cheese',
    ]);
  });

  it('a name that stops selling its things is the company', () => {
    assert.equal(cueAt('Kestrel stops selling its farm drone after three fires', 'Kestrel'), 'organization');
  });
});

describe('namesakes', () => {
  const registry = registryOfEntries([
    entry('ada-obi-novelist', 'Ada Obi', 'person', { aliases: ['Obi'], description: 'Novelist and author of desert fiction', roles: ['novelist'] }),
    entry('ada-obi-cardiologist', 'Ada Obi', 'person', {
      aliases: ['Obi'],
      description: 'Consultant cardiologist at the county infirmary',
      roles: ['cardiologist'],
    }),
  ]);
  const text =
    "Obi's story of a county infirmary finds a home on the stage\n\nThe novelist Ada Obi watched the first night of the adaptation of her book. Her publisher said the novel had sold well.\n\nA consultant cardiologist at the infirmary is also called Ada Obi, and letters meant for the novelist's readers arrive at her desk. \"I have not had a heart attack, so we are even.\"\n\nDr. Obi will be in the audience on opening night to see the novelist's desert story.";

  it('"is also called X" is not the X named before; the headline and the next paragraph follow the right fuller name', () => {
    assert.deepEqual(idsOf(text, registry, 'Ada Obi'), ['ada-obi-novelist', 'ada-obi-cardiologist']);
    assert.deepEqual(idsOf(text, registry, 'Obi'), ['ada-obi-novelist', 'ada-obi-cardiologist']);
  });
});

describe('more cues of kind', () => {
  it('what is cancelled or postponed is an event', () => {
    assert.equal(cueAt('Hotels were under water on Wednesday. Kelso has been cancelled only twice in living memory.', 'Kelso'), 'event');
  });

  it('"its operations director" later in the sentence makes an organization', () => {
    assert.equal(cueAt('Kelso has 60 of the robots on order, and its operations director said more would follow.', 'Kelso'), 'organization');
    assert.equal(cueAt('Kelso has a new bypass, and its mayor is pleased.', 'Kelso'), 'not-person');
  });

  it('"released by X" is a team', () => {
    assert.equal(cueAt('He was released by Kelso as a teenager.', 'Kelso'), 'team');
  });

  it('"a X geologist", "the X firm", "the X maker", "the edge of X" make a place', () => {
    assert.equal(cueAt('footage shot by a Kelso geologist in the 1950s', 'Kelso'), 'place');
    assert.equal(cueAt('The Kelso firm said on Monday that no one was hurt.', 'Kelso'), 'place');
    assert.equal(cueAt('Brannock, the Kelso maker of robots, raised money.', 'Kelso'), 'place');
    assert.equal(cueAt("the company's works on the edge of Kelso", 'Kelso'), 'place');
  });
});

describe('an alias that begins with "the"', () => {
  const registry = registryOfEntries([
    entry('fell-district', 'Fell District', 'place', { aliases: ['the Fells'], description: 'Upland region and national park' }),
    entry('fells-rescue', 'Fells Rescue Team', 'organization', { description: 'Volunteer mountain rescue charity' }),
  ]);

  it('gives way to a longer registered name that begins after its "the"', () => {
    const text = 'The school wanted to thank the Fells Rescue Team in person. Walkers love the Fells in May.';
    const found = analyzeArticle(text, { registry })
      .entities.filter((m) => m.registered)
      .map((m) => [m.text, m.entityId]);
    assert.deepEqual(found, [
      ['Fells Rescue Team', 'fells-rescue'],
      ['the Fells', 'fell-district'],
    ]);
  });
});

describe('an alias that begins with "the", inside a longer name nobody registered', () => {
  const registry = registryOfEntries([
    entry('river-lune', 'River Lune', 'place', { aliases: ['the Lune', 'Lune'], description: 'River through Lancaster' }),
    entry('lune-town', 'Lune', 'place', { description: 'Village on the river' }),
  ]);

  it('gives way to the longer name: the authority is another entity, the river is still the river', () => {
    const text = 'Officials of the Lune Waters Authority said on Tuesday that the water had peaked. The Lune rose again overnight.';
    const found = analyzeArticle(text, { registry }).entities.map((m) => [m.text, m.registered ? m.entityId : null, m.type]);
    assert.deepEqual(found, [
      ['Lune Waters Authority', null, 'organization'],
      ['Lune', 'river-lune', 'place'],
    ]);
  });
});
