/**
 * Words that say what a shared name is, read in stop 38 from a set's mistakes for general
 * causes: "the X region" (English's loose word for any area that governs towns), a legislator's
 * seat, "a town called X", a journey's length before where it ends, a river's tributaries and
 * far side, a player "called up by" a national side, a team's plural verb, and a club's manager
 * named in apposition after the club. Inline text and an inline registry written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { cueOf } from '../../server/src/analysis/entities/disambiguate/cue';
import { kindAgrees, placeKindBefore } from '../../server/src/analysis/entities/disambiguate/placeKind';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { spanOf } from '../support/spanOf';

/** The cue of the first occurrence of `form`. */
function cue(text: string, form: string) {
  return cueOf(text, spanOf(text, form));
}

describe('the kind of place said by a loose word, a seat or a name called', () => {
  it('"region" agrees with every area that governs towns, never with a town', () => {
    assert.ok(kindAgrees('oblast', 'region'));
    assert.ok(kindAgrees('district', 'region'));
    assert.ok(kindAgrees('region', 'region'));
    assert.ok(!kindAgrees('settlement', 'region'));
    assert.ok(!kindAgrees('river', 'region'));
  });

  it("a legislator's seat is an area that governs towns", () => {
    const before = (text: string, form: string) => placeKindBefore(text, spanOf(text, form));
    assert.equal(before('It was brought by Ana Munt, who represents Velden.', 'Velden'), 'admin');
    assert.equal(before('a member from Velden has proposed a law', 'Velden'), 'admin');
    assert.equal(before('the member of parliament for Velden voted against', 'Velden'), 'admin');
    assert.equal(before('She represents workers at the Velden plant.', 'Velden'), undefined);
  });

  it('"a town called X" is a town', () => {
    const before = (text: string, form: string) => placeKindBefore(text, spanOf(text, form));
    assert.equal(before('a country with a city called Velden', 'Velden'), 'settlement');
    assert.equal(before('we liked the idea of a town named Velden', 'Velden'), 'settlement');
    assert.equal(before('a man called Velden', 'Velden'), undefined);
  });

  const registry = registryOfEntries([
    entry('velden', 'Velden', 'place', { description: 'City in the north of Marland, capital of Velden Oblast' }),
    entry('velden-oblast', 'Velden Oblast', 'place', { aliases: ['Velden'], description: 'Oblast of northern Marland; capital Velden' }),
    entry('anton-velden', 'Anton Velden', 'person', { aliases: ['Velden'], description: 'Rugby coach of the Orsa Bears' }),
  ]);

  it('decides between a city and its oblast, and between a town and a coach of its name', () => {
    const text =
      'Drought cuts harvest\n\nFarmers in Velden region lost a fifth of their sunflowers. ' +
      'Ivan Petro, who represents Velden in parliament, asked for help.\n\n' +
      'Anton Velden, the coach of the Orsa Bears, was asked whether he was often taken for a country with a city called Velden. He laughed.';
    assert.deepEqual(idsOf(text, registry, 'Velden'), ['velden-oblast', 'velden-oblast', 'velden']);
  });
});

describe('cues of stop 38', () => {
  it("a journey's length, then where it ends, is a place", () => {
    assert.equal(cue('Her players faced a drive of more than five hours back to Velden on icy roads.', 'Velden'), 'place');
    assert.equal(cue('"We have a long bus ride back to Velden to think about it."', 'Velden'), 'place');
    assert.equal(cue('They owe their form to a run of wins, back to Velden in May.', 'Velden'), undefined);
  });

  it("a river's tributary and its far side are the river's", () => {
    assert.equal(cue('two reservoirs, including one on a tributary of the Velde in the hills', 'Velde'), 'water');
    assert.equal(cue('you can hear the crowd on the other side of the Velde', 'Velde'), 'water');
    assert.equal(cue('fans on the other side of Velden cheered', 'Velden'), undefined);
  });

  it('a player "called up by" a country is called up by its side', () => {
    assert.equal(cue('Hnat, who was called up by Marland for the qualifiers in February, scored 22.', 'Marland'), 'team');
  });

  it("a team's plural verb opening a sentence", () => {
    assert.equal(cue('The Egrets visit Orsa on Tuesday. Velden open a home series on Friday.', 'Velden'), 'team');
    assert.notEqual(cue('Shops in Velden open at nine.', 'Velden'), 'team');
  });

  it("a club's manager named after the club is the manager, not the club", () => {
    assert.equal(cue('She shares her name with the general manager of the Orsa Storks basketball club, Velden, and court staff say so.', 'Velden'), undefined);
    assert.equal(cue("the city's basketball club, Velden, won again", 'Velden'), 'team');
  });
});
