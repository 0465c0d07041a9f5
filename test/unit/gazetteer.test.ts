/**
 * The built-in gazetteer (issue 4): its generated data, its lookups, and how
 * findEntities combines it with the tagger and the registry. Sentences are our own.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import { entityTypeOf } from '../../server/src/analysis/entities/typing';
import { findGazetteerNames, gazetteerEntry, gazetteerEntryNamed } from '../../server/src/analysis/gazetteer';
import { buildRegistry, EMPTY_REGISTRY, parseRegistry } from '../../server/src/analysis/registry';
import data from '../../server/src/analysis/gazetteer/data.json';
import type { EntityMention } from '../../server/src/analysis/types';

/** Entities of a one-paragraph text. */
function entities(text: string, registry = EMPTY_REGISTRY): EntityMention[] {
  return findEntities(text, [{ start: 0, end: text.length }], registry);
}

function mention(list: EntityMention[], text: string): EntityMention {
  const found = list.find((m) => m.text === text);
  assert.ok(found, `"${text}" is marked (found: ${list.map((m) => `${m.text}/${m.type}/${m.entityId}`).join(', ')})`);
  return found;
}

describe('gazetteer data', () => {
  it('is generated sorted, with unique slug ids and forms no two entries share', () => {
    const ids = (data as { id: string }[]).map((e) => e.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const forms = (data as { name: string; aliases: string[] }[]).flatMap((e) => [e.name, ...e.aliases].map((f) => f.toLowerCase()));
    assert.equal(new Set(forms).size, forms.length);
  });

  it('has every kind the issue asks for', () => {
    assert.equal(gazetteerEntry('united-states')?.kind, 'country');
    assert.equal(gazetteerEntry('japanese')?.type, 'nationality');
    assert.equal(gazetteerEntry('tokyo')?.kind, 'city');
    assert.equal(gazetteerEntry('middle-east')?.kind, 'region');
    assert.equal(gazetteerEntry('european-union')?.type, 'organization');
    assert.equal(gazetteerEntryNamed('Britain')?.id, 'united-kingdom');
    assert.equal(gazetteerEntryNamed("America's")?.id, 'united-states');
  });

  it('finds names on token boundaries, longest first', () => {
    const text = 'Officials from South Korea met in the U.S. capital.';
    const found = findGazetteerNames(text).map((m) => [text.slice(m.start, m.end), m.id]);
    assert.deepEqual(found, [
      ['South Korea', 'south-korea'],
      ['U.S.', 'united-states'],
    ]);
  });
});

describe('findEntities with the gazetteer', () => {
  it('gives "U.S." and "United States" one id and the type place', () => {
    const list = entities('The United States raised tariffs on Friday. Officials in the U.S. said talks would resume.');
    const long = mention(list, 'United States');
    const short = mention(list, 'U.S.');
    assert.equal(long.entityId, 'united-states');
    assert.equal(short.entityId, 'united-states');
    assert.deepEqual([long.type, short.type], ['place', 'place']);
    assert.equal(short.source, 'gazetteer');
    assert.equal(short.registered, false);
  });

  it('types "Japanese" and "South Korean" as nationalities', () => {
    const list = entities('Japanese exporters and South Korean buyers signed the deal in Seoul on Tuesday.');
    assert.deepEqual([mention(list, 'Japanese').type, mention(list, 'Japanese').entityId], ['nationality', 'japanese']);
    assert.deepEqual([mention(list, 'South Korean').type, mention(list, 'South Korean').entityId], ['nationality', 'south-korean']);
  });

  it('links "Britain" to united-kingdom and "Holland" to netherlands', () => {
    const list = entities('Britain and Holland signed a fisheries pact, officials said.');
    assert.equal(mention(list, 'Britain').entityId, 'united-kingdom');
    assert.equal(mention(list, 'Holland').entityId, 'netherlands');
  });

  it('gives "NATO" and its long form one id and the type organization', () => {
    const list = entities('The North Atlantic Treaty Organization will meet next week. NATO ministers arrive on Monday.');
    const long = mention(list, 'North Atlantic Treaty Organization');
    const short = mention(list, 'NATO');
    assert.equal(long.entityId, short.entityId);
    assert.equal(short.entityId, 'north-atlantic-treaty-organization');
    assert.deepEqual([long.type, short.type], ['organization', 'organization']);
  });

  it('lets a registry entry win over the gazetteer', () => {
    const registry = buildRegistry([parseRegistry('entities:\n  - id: nippon\n    name: Japan\n    type: place\n')]);
    const list = entities('Japan and its neighbours held talks in Tokyo. Japan said it would reply.', registry);
    for (const m of list.filter((e) => e.text === 'Japan')) {
      assert.deepEqual([m.entityId, m.registered, m.source], ['nippon', true, 'registry']);
    }
    assert.equal(list.filter((e) => e.text === 'Japan').length, 2);
    assert.ok(!list.some((m) => m.entityId === 'japan'), 'no gazetteer id for a registered entity');
  });

  it('links another gazetteer form of a registered entity to the registry entry', () => {
    const registry = buildRegistry([parseRegistry('entities:\n  - id: usa\n    name: United States\n    type: place\n')]);
    const list = entities('Officials in the U.S. said talks would resume on Monday.', registry);
    const short = mention(list, 'U.S.');
    assert.deepEqual([short.entityId, short.registered], ['usa', true]);
  });

  it('keeps a person whose name is also a country', () => {
    // (Bare "Jordan Peele said …" at a text's start: the tagger retrained for issue 11 reads it as an organization.)
    const list = entities('The director Jordan Peele said the film was finished.');
    const peele = mention(list, 'Jordan Peele');
    assert.equal(peele.type, 'person');
    assert.ok(!list.some((m) => m.text === 'Jordan'), 'no place inside the person');
  });

  it('leaves a name that contains a gazetteer name to the tagger', () => {
    const list = entities('The Bank of Japan kept its rates unchanged on Thursday, its governor said.');
    const bank = mention(list, 'Bank of Japan');
    assert.equal(bank.type, 'organization');
    assert.notEqual(bank.source, 'gazetteer');
    assert.ok(!list.some((m) => m.text === 'Japan'));
  });

  it('does not mark a city that is a common word without the tagger', () => {
    assert.deepEqual(
      entities('Reading the report took the committee two days.').filter((m) => m.text === 'Reading'),
      [],
    );
    // "Phoenix" is in the gazetteer as a city, but nothing here says it is one: the gazetteer adds no place.
    // (The tagger, with word embeddings since stop 32, reads this "Phoenix" as an organization of its own.)
    const text = 'Phoenix rose from the ashes, the mayor said.';
    assert.equal(gazetteerEntryNamed('Phoenix')?.kind, 'city');
    assert.equal(findGazetteerNames(text).length, 1);
    assert.deepEqual(
      entities(text).filter((m) => m.text === 'Phoenix' && (m.source === 'gazetteer' || m.type === 'place')),
      [],
    );
  });

  it('marks a city the tagger agrees on', () => {
    const list = entities('Leaders of both countries met in Osaka on Friday.');
    assert.deepEqual([mention(list, 'Osaka').entityId, mention(list, 'Osaka').source], ['osaka', 'gazetteer']);
  });

  it('keeps no acronym on its own in a shouted headline', () => {
    assert.ok(!entities('WHO IS TO BLAME FOR THE DELAY').some((m) => m.text === 'WHO'));
    assert.equal(mention(entities('The WHO said the outbreak was over.'), 'WHO').entityId, 'world-health-organization');
  });

  it('tells a person apart from a country spelled alike in one article', () => {
    const list = entities('Troops crossed into Jordan overnight. Michael Jordan, a spokesman, said the border stayed open. Jordan said more would follow.');
    const places = list.filter((m) => m.text === 'Jordan' && m.type === 'place');
    assert.equal(places.length, 1);
    assert.equal(places[0].entityId, 'jordan');
    assert.equal(mention(list, 'Michael Jordan').type, 'person');
    for (const m of list.filter((e) => e.type === 'person')) assert.notEqual(m.entityId, 'jordan');
  });

  it('types a tagger MISC name by the gazetteer when no match covers it', () => {
    assert.equal(entityTypeOf('MISC', 'JAPANESE'), 'nationality');
    assert.equal(entityTypeOf('MISC', 'Americans'), 'nationality');
    assert.equal(entityTypeOf('MISC', 'Holland'), 'place');
    assert.equal(entityTypeOf('MISC', 'Oscars'), 'other');
  });

  it('types a named day as an event, and only a MISC name: "Doris Day" read as a person stays one', () => {
    assert.equal(entityTypeOf('MISC', 'Labor Day'), 'event');
    assert.equal(entityTypeOf('MISC', 'Marcus Dayton Day'), 'event');
    assert.equal(entityTypeOf('PER', 'Doris Day'), 'person');
  });

  it("lets a name's own organization or geographic words correct the tagger's type", () => {
    assert.equal(entityTypeOf('LOC', 'Baltic Cargo Research'), 'organization');
    assert.equal(entityTypeOf('LOC', 'Ministry of Energy'), 'organization');
    assert.equal(entityTypeOf('PER', 'Lake Victoria'), 'place');
    assert.equal(entityTypeOf('PER', 'Rikers Island'), 'place');
    assert.equal(entityTypeOf('PER', 'Emily Bank'), 'person', 'a two-word person name ending in an organization word stays a person');
    assert.equal(entityTypeOf('PER', 'Anna Maria College'), 'organization');
    assert.equal(entityTypeOf('ORG', 'Cape Argus'), 'organization', 'an organization named like a place stays one');
    assert.equal(entityTypeOf('LOC', 'Soviet Union'), 'place');
    assert.equal(entityTypeOf('LOC', 'Kenya'), 'place');
  });

  it('reads a name right after a kind of news outlet as the outlet', () => {
    assert.equal(entityTypeOf('PER', 'Der Spiegel', 'news weekly '), 'organization');
    assert.equal(entityTypeOf('LOC', 'Zycie Warszawy', 'the daily '), 'organization');
    assert.equal(entityTypeOf('PER', 'Der Spiegel', 'said '), 'person');
  });

  it('reads a name after words that only a place can follow as a place ("archbishop of", "the city of", "neighbouring")', () => {
    assert.equal(entityTypeOf('ORG', 'Cincinnati', 'archbishop of '), 'place');
    assert.equal(entityTypeOf('ORG', 'Groningen', 'the northern city of '), 'place');
    assert.equal(entityTypeOf('ORG', 'Chatelineaux', 'in neighbouring '), 'place');
    assert.equal(entityTypeOf('PER', 'Jackson', 'the mayor of '), 'place');
    assert.equal(entityTypeOf('ORG', 'Cincinnati', 'a win for '), 'organization', 'a club still plays');
    assert.equal(entityTypeOf('ORG', 'Porto', 'the city of Porto and '), 'organization', 'the cue is right before the name');
  });

  it('reads a town followed by a capitalised plural as its team, and a plural of geography as a place', () => {
    assert.equal(entityTypeOf('LOC', 'Philadelphia Eagles'), 'organization');
    assert.equal(entityTypeOf('LOC', 'Chicago Bulls'), 'organization');
    assert.equal(entityTypeOf('LOC', 'Cayman Islands'), 'place');
    assert.equal(entityTypeOf('LOC', 'Golan Heights'), 'place');
    assert.equal(entityTypeOf('LOC', 'Chicago Highlands'), 'place');
    assert.equal(entityTypeOf('LOC', 'Chicago Falls'), 'place');
    assert.equal(entityTypeOf('LOC', 'Eagles'), 'place', 'one word is no town and its team');
  });
});
