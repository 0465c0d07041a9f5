/**
 * Cues read in stop 40 from the eighteenth linking set's mistakes for general causes: "the X" is
 * the river when a river shares the name, a river staying high, Australian football's scores and
 * ladders, a club's name without its designator, registered names the tagger joined into one, a side
 * qualifying, sales of a thing, and a language written or spoken "in"; then, from the nineteenth set's,
 * a river written bare, a river port, a brief's short dateline, and the words of rivers, sides,
 * founders, things and languages. Inline text and an inline registry written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { cueOf } from '../../server/src/analysis/entities/disambiguate/cue';
import { definiteOf, writtenBare } from '../../server/src/analysis/entities/disambiguate/definite';
import { facesNoPerson } from '../../server/src/analysis/entities/disambiguate/matchReport';
import { buildRegistry, buildRegistryInSteps, withoutDesignator, type Registry } from '../../server/src/analysis/registry';
import type { EntityMention } from '../../server/src/analysis/types';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { cueAt as cue, spanOf } from '../support/spanOf';

describe('a river that shares its name with a town or a club', () => {
  const registry = registryOfEntries([
    entry('kerrow-town', 'Kerrowby', 'place', { aliases: ['Kerrow'], description: 'market town in the north of Vessland' }),
    entry('kerrow-river', 'Kerrow (river)', 'place', { aliases: ['Kerrow'], description: 'river through Kerrowby in Vessland' }),
    entry('kerrow-fc', 'Kerrow Athletic', 'organization', { aliases: ['Kerrow'], description: 'football club from Kerrowby' }),
  ]);

  it('"the X" is the river, whatever the town around it', () => {
    const text = 'In Kerrow, the Kerrow burst through the quays under the railway viaduct of the town for the second winter running.';
    assert.deepEqual(idsOf(text, registry, 'Kerrow'), ['kerrow-town', 'kerrow-river']);
    assert.deepEqual(idsOf('Rescuers set up camp on a neutral ground on the Kerrow with a rebuilt stadium.', registry, 'Kerrow'), ['kerrow-river']);
  });

  it('a river said to stay high', () => {
    assert.equal(cue('The bureau warned that the Kerrow could stay high into the weekend.', 'Kerrow'), 'water');
    assert.equal(cue('The bureau warned that the Kerrow would remain low.', 'Kerrow'), 'water');
    assert.notEqual(cue('Prices in Kerrow could stay high into the weekend.', 'Kerrow'), 'water');
  });
});

describe('Australian football', () => {
  const registry = registryOfEntries([
    entry('kell', 'Kell', 'place', { description: 'city on the north coast of Vessland' }),
    entry('kell-rovers', 'Kell Rovers FC', 'organization', { aliases: ['Kell', 'Rovers'], description: 'Australian rules football club from Kell' }),
    entry('brae', 'Brae', 'place', { description: 'town on the west coast of Vessland' }),
  ]);
  const report =
    'KELL, July 19 (Wire) - Kell Rovers beat Brae by 24 points on Saturday to move into second place.\n\n' +
    'Round 14 results:\nKell Rovers 12.14 (86) d Brae 9.8 (62)\n\nLadder: Kell 40, Brae 28\n\nRound 15: Brae v Kell';

  it('a side with goals, behinds and its total, on a ladder or in the next round, is a team', () => {
    assert.deepEqual(idsOf(report, registry, 'Brae'), [null, null, null, null]);
    assert.deepEqual(idsOf(report, registry, 'Kell'), ['kell-rovers', 'kell-rovers']);
  });

  it('a club is named without its designator', () => {
    assert.deepEqual(idsOf(report, registry, 'Kell Rovers'), ['kell-rovers', 'kell-rovers']);
    assert.equal(withoutDesignator('Kell Rovers FC'), 'Kell Rovers');
    assert.equal(withoutDesignator('Halden Marine Ltd'), 'Halden Marine');
    assert.equal(withoutDesignator('Arsenal FC'), undefined);
    assert.equal(withoutDesignator('Kell Rovers'), undefined);
  });

  it('a stepped build pauses in the designator pass too, and gives the same registry', () => {
    const files = [
      {
        ok: true as const,
        problems: [],
        ignore: [],
        entries: [
          entry('kell-rovers', 'Kell Rovers FC', 'organization'),
          entry('halden-marine', 'Halden Marine Ltd', 'organization'),
          entry('kell', 'Kell', 'place'),
        ],
      },
    ];
    const steps = buildRegistryInSteps(files, 1);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    assert.equal(yields, 6);
    const text = 'Kell Rovers and Halden Marine signed a deal in Kell.';
    const found = (r: Registry) => r.matcher.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.id}`);
    assert.deepEqual(found(next.value), found(buildRegistry(files)));
    assert.deepEqual(found(next.value), ['Kell Rovers=kell-rovers', 'Halden Marine=halden-marine', 'Kell=kell']);
  });

  it('a designator is not dropped where another entry has the shorter name', () => {
    const shared = registryOfEntries([
      entry('kell-rovers', 'Kell Rovers FC', 'organization', { description: 'football club' }),
      entry('kell-rovers-band', 'Kell Rovers', 'organization', { description: 'folk band from Kell' }),
    ]);
    assert.deepEqual(idsOf('Kell Rovers played the town hall on Friday.', shared, 'Kell Rovers'), ['kell-rovers-band']);
  });
});

describe('names the tagger joined, sides that qualify, things sold and languages', () => {
  const registry = registryOfEntries([
    entry('vess-government', 'Naalatsiaq', 'organization', { description: 'government of Vessland' }),
    entry('sermik', 'Sermik', 'place', { description: 'municipality of Vessland around its capital' }),
    entry('vessland', 'Vessland', 'place', { description: 'island country in the north Atlantic' }),
    entry('vessland-handball', "Vessland men's national handball team", 'organization', {
      aliases: ['Vessland'],
      description: "men's national handball team of Vessland",
    }),
    entry('vesslandic', 'Vesslandic', 'nationality', { description: 'people of Vessland' }),
    entry('vesslandic-language', 'Vesslandic', 'other', { description: 'language of Vessland' }),
  ]);

  it('registered names joined by "and" are each their own mention', () => {
    const text = 'The Naalatsiaq and Sermik municipality said they would pay for the flight.';
    assert.deepEqual(idsOf(text, registry, 'Naalatsiaq'), ['vess-government']);
    assert.deepEqual(idsOf(text, registry, 'Sermik'), ['sermik']);
  });

  it('a side that qualifies is the team', () => {
    assert.equal(cue('He scored 51 goals as Vessland qualified for the World Championship.', 'Vessland'), 'team');
    assert.equal(cue('They would fly the team if Vessland qualify.', 'Vessland'), 'team');
  });

  it('sales or consumption of a thing say the thing', () => {
    assert.equal(cue('In France, sales of Calvados have fallen for a decade.', 'Calvados'), 'thing');
    assert.notEqual(cue('In France, exports of Calvados have fallen for a decade.', 'Calvados'), 'thing');
  });

  it('a language is written, sung or spoken "in"; an adjective keeps its own reading', () => {
    assert.equal(cue('The ruling, published in Vesslandic and Danish, is a setback.', 'Vesslandic'), 'language');
    assert.equal(cue('He performed songs in Vesslandic and in the dialect of his coast.', 'Vesslandic'), 'language');
    assert.equal(cue('Her children speak Vesslandic at home.', 'Vesslandic'), 'language');
    assert.notEqual(cue('Fishing has been in Vesslandic hands since 1979.', 'Vesslandic'), 'language');
    const text = 'The ruling, published in Vesslandic and Danish, is a setback. Vesslandic fishermen said they would appeal.';
    assert.deepEqual(idsOf(text, registry, 'Vesslandic'), ['vesslandic-language', 'vesslandic']);
  });
});

describe('the cues of stop 40 (nineteenth set)', () => {
  const registry = registryOfEntries([
    entry('paravel', 'Paravel', 'place', { description: 'landlocked country of South America' }),
    entry('paravel-river', 'Paravel River', 'place', { aliases: ['Paravel'], description: 'River from the highlands past Ostra to the sea' }),
    entry('ostra', 'Ostra', 'place', { description: 'River port on the Paravel, capital of Ostra Department' }),
    entry('ostra-dept', 'Ostra Department', 'place', { aliases: ['Ostra'], description: 'Department of northern Paravel' }),
    entry('ostra-far', 'Ostra', 'place', { aliases: ['Ostra, Norland'], description: 'City in the south of Norland' }),
    entry('ostra-fc', 'Ostra Caimans', 'organization', { aliases: ['Ostra'], description: 'Football club of Ostra in the river league' }),
  ]);

  it('a river is written with "the": bare in a sentence, the name is the country; in a headline it may be either', () => {
    const text = "Paravel's Supreme Court on Wednesday overturned the order. Barges on the Paravel said the water was low.";
    assert.deepEqual(idsOf(text, registry, 'Paravel'), ['paravel', 'paravel-river']);
    assert.equal(writtenBare('Paravel is unusual in the Americas.', { start: 0, end: 7 }), true);
    assert.equal(writtenBare('Barges on the Paravel said so.', { start: 14, end: 21 }), false);
    assert.equal(writtenBare('Paravel runs stay closed', { start: 0, end: 7 }), false);
  });

  it('"River port on the X" describes a town, not a river', () => {
    assert.deepEqual(idsOf('Families in riverside districts of Ostra said they walked to the water.', registry, 'Ostra'), ['ostra']);
  });

  it("a brief's dateline in short capitals is its town", () => {
    const page = 'Soccer-Caimans fined over delay\n\nOSTRA, Paravel, July 4 (Wire) - Ostra Caimans have been fined for arriving late.';
    assert.deepEqual(idsOf(page, registry, 'OSTRA'), ['ostra']);
  });

  it('words a river takes after "the", a side\'s positions, and a country that hosts no side', () => {
    const august = '"August on the Paravel pays for the whole year," he said.';
    assert.equal(definiteOf(august, { start: 15, end: 22 }), 1);
    assert.equal(cue('Ostra right back Nuka Lund has signed a new contract.', 'Ostra'), 'team');
    assert.equal(cue('Ostra host Kell on Sunday.', 'Ostra'), 'team');
    assert.notEqual(cue('Paravel hosted the signing of the convention in 2013.', 'Paravel'), 'team');
  });

  it('a founder founds the company; demand is for a thing; a language is said and spoken', () => {
    assert.equal(cue('Valchev founded the company in 1998.', 'Valchev'), 'person');
    assert.equal(cue('She said demand for Melnik had grown faster than the supply.', 'Melnik'), 'thing');
    assert.equal(cue('"We are not going anywhere," he said in Guaraní outside the court.', 'Guaraní'), 'language');
    assert.equal(cue('a poem written and recited entirely in Guaraní.', 'Guaraní'), 'language');
    assert.equal(cue('the difference between the Guaraní spoken in the capital and their own', 'Guaraní'), 'language');
  });

  it("a fixture's venue after a comma is the town", () => {
    const final = 'Final (best of three): Game 1, March 8, Ostra v Kell, at Ostra; Game 2, March 15, at Kell.';
    assert.equal(cueOf(final, spanOf(final, 'Ostra', final.indexOf('at Ostra'))), 'place');
    assert.equal(cue('Game 2, March 15, at Kell.', 'Kell'), 'place');
    assert.notEqual(cue('Workers, at Kell Mining, went on strike.', 'Kell'), 'place');
  });

  it('a side of a results or standings line facing a club is no person, two players stay players', () => {
    const teams = registryOfEntries([
      entry('lund', 'Lund', 'place', { description: 'city in the south of Vessland' }),
      entry('tomoe-lund', 'Tomoe Lund', 'person', { aliases: ['Lund'], description: 'head coach of Kell Rovers' }),
    ]);
    const report =
      'KELL, May 4 (Wire) - Kell Rovers beat Brae 2-0 in the league on Saturday, said head coach Tomoe Lund.\n\n' +
      'Results: Kell 2 Brae 0; Beppu 0 Lund 2.\n\nStandings: 1. Kell 41 points; 2. Saga 40; 3. Lund 36.';
    assert.deepEqual(idsOf(report, teams, 'Lund'), [null, null]);
    const line = 'Sorel 6 Kov 4';
    const mention = (text: string, type: EntityMention['type']): EntityMention => {
      const start = line.indexOf(text);
      return { start, end: start + text.length, text, type, entityId: text.toLowerCase(), registered: false, source: 'tagger' };
    };
    assert.equal(facesNoPerson(line, [mention('Sorel', 'person'), mention('Kov', 'person')], 0), false);
    assert.equal(facesNoPerson(line, [mention('Sorel', 'person'), mention('Kov', 'organization')], 0), true);
  });

  it("a wire slug's sport is no part of the name after it", () => {
    const names = analyzeArticle('Running-Juneau forward third in Mount Marathon\n\nHe ran well.').entities.map((e) => e.text);
    assert.ok(names.includes('Juneau') && !names.some((n) => n.startsWith('Running')), names.join(', '));
  });
});
