/**
 * Institutions and namesakes, read in stop 38 from a set's mistakes for general causes: a
 * country's possessive says whose institution a shared name is ("Bolivia's own Chamber of
 * Deputies"); an institution's name is no place though "in" comes before it; a namesake the
 * sentence sets against the story's person ("no relation of the footballer with the same name,
 * X"; "she shares her name with a judge, X") is not whom the surname after it names; a person's
 * role decides that mention alone, lending nothing to the others of the full name; and the kind
 * of place a description says (a seat of government is a city, a waterfall no town) or "towns in
 * X". Inline text and inline registries written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { cueOf } from '../../server/src/analysis/entities/disambiguate/cue';
import { contrastBefore } from '../../server/src/analysis/entities/disambiguate/neighbours';
import { placeKindBefore, placeKindOf } from '../../server/src/analysis/entities/disambiguate/placeKind';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { spanOf } from '../support/spanOf';

describe('institutions several countries have', () => {
  const registry = registryOfEntries([
    entry('marland', 'Marland', 'place', { description: 'Country in South America' }),
    entry('orsania', 'Orsania', 'place', { description: 'Country in South America' }),
    entry('chamber-marland', 'Chamber of Deputies of Marland', 'organization', {
      aliases: ['Chamber of Deputies'],
      description: 'lower house of the legislature of Marland',
    }),
    entry('chamber-orsania', 'Chamber of Deputies of Orsania', 'organization', {
      aliases: ['Chamber of Deputies'],
      description: 'lower house of the Congress of Orsania',
    }),
  ]);

  it("a country's possessive says whose, whatever the article is about", () => {
    const text =
      'Orsania to dredge its river\n\nThe lower house of the Congress of Orsania voted to spend 40 million dollars on dredgers. ' +
      'Barges from Orsania carry most of its grain, and Orsania has no coast, deputies in the lower house said.\n\n' +
      "A member of Marland's own Chamber of Deputies said on Monday that his country should share the cost.";
    assert.deepEqual(idsOf(text, registry, 'Chamber of Deputies'), ['chamber-marland']);
  });

  it('an institution is no place though "in" comes before it', () => {
    const text = 'said his daughter, who represents Velden in the Chamber of Deputies.';
    assert.equal(cueOf(text, spanOf(text, 'Chamber of Deputies')), undefined);
    const place = 'said his daughter, who lives in Velden Bay.';
    assert.equal(cueOf(place, spanOf(place, 'Velden Bay')), 'place');
  });
});

describe('a namesake set against the story’s person', () => {
  it('"with the same name, X" sets X apart', () => {
    const text = 'The judge is no relation of the footballer with the same name, Joseph Tembo, who plays in Orsa.';
    assert.ok(contrastBefore(text, spanOf(text, 'Joseph Tembo')));
  });

  const registry = registryOfEntries([
    entry('mercy-lungu-judge', 'Mercy Lungu', 'person', { aliases: ['Lungu'], description: 'Judge of the High Court of Marland' }),
    entry('mercy-lungu-netball', 'Mercy Lungu', 'person', { aliases: ['Lungu'], description: 'Goal shooter of the Marland netball team' }),
  ]);

  it("the surname after the namesake is the story's person, speaking or not", () => {
    const text =
      'Queens win first test\n\nGoal shooter Mercy Lungu scored 48 goals as the Queens beat Orsa 66-55 on Saturday.\n\n' +
      'She shares her name with a judge of the High Court, Mercy Lungu, and laughed when asked about it. ' +
      '"She sends me a message before big games," Lungu said.';
    assert.deepEqual(idsOf(text, registry, 'Lungu'), ['mercy-lungu-netball']);
  });
});

describe("a person's role decides that mention alone", () => {
  const registry = registryOfEntries([
    entry('juan-ruiz-deputy', 'Juan Ruiz', 'person', { roles: ['deputy'], description: 'Deputy for the Velden department' }),
    entry('juan-ruiz-striker', 'Juan Ruiz', 'person', { roles: ['striker'], description: 'Striker of the Marland national team' }),
  ]);

  it('the deputy in the crowd does not make the scorer a deputy', () => {
    const text =
      'Ruiz header gives Marland win\n\nVELDEN, March 25 - Juan Ruiz headed in a corner 13 minutes from time as Marland beat Orsania 2-1, ' +
      'keeping the team in the hunt for a place in the finals, the striker said.\n\n' +
      'Among the crowd of 38,000 was the deputy Juan Ruiz, who represents Velden in the Chamber of Deputies.';
    assert.deepEqual(idsOf(text, registry, 'Juan Ruiz'), ['juan-ruiz-striker', 'juan-ruiz-deputy']);
  });
});

describe('the kind of place a description or a sentence says', () => {
  it('a seat of government is a city, a waterfall is a waterfall', () => {
    assert.equal(placeKindOf('seat of government of Marland, at about 3,600 metres'), 'settlement');
    assert.equal(placeKindOf('waterfall on the Velde between Marland and Orsania'), 'waterfall');
  });

  it('"towns in X" are in land that holds towns', () => {
    const text = 'a pipeline to factories and towns in Velden';
    assert.equal(placeKindBefore(text, spanOf(text, 'Velden')), 'land');
  });

  const registry = registryOfEntries([
    entry('velden-city', 'Velden', 'place', { description: 'seat of government of Marland' }),
    entry('velden-dept', 'Velden Department', 'place', { aliases: ['Velden'], description: 'department of western Marland' }),
    entry('velden-abroad', 'Velden', 'place', { description: 'capital of the state of Orsa in Orsania' }),
  ]);

  it('a town said to be a town is the seat of government, not a capital abroad', () => {
    const text = 'Farmers march\n\nFarmers from the town of Velden marched on Monday, the police said.';
    assert.deepEqual(idsOf(text, registry, 'Velden'), ['velden-city']);
  });
});
