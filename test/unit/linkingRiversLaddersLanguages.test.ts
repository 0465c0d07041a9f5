/**
 * Cues read in stop 40 from the eighteenth linking set's mistakes for general causes: "the X" is
 * the river when a river shares the name, a river staying high, Australian football's scores and
 * ladders, a club's name without its designator, registered names the tagger joined into one, a side
 * qualifying, sales of a thing, and a language written or spoken "in". Inline text and an inline
 * registry written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { withoutDesignator } from '../../server/src/analysis/registry';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { cueAt as cue } from '../support/spanOf';

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
