/**
 * The words that tell the land around towns from a town, read in stop 39 from the read linking
 * sets' city-or-province mistakes: a compass part of the land ("southern Oruro", "the south-east
 * of Córdoba"), farming in it ("farmers in X"), a weather warning for it, living "on" an island,
 * a building in a town (or on an island), travelling to a town on a day, and a player's debut for
 * a side. Inline text and an inline registry written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { BUILT_UP, kindAgrees, placeKindBefore } from '../../server/src/analysis/entities/disambiguate/placeKind';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { cueAt, spanOf } from '../support/spanOf';

const before = (text: string, form: string) => placeKindBefore(text, spanOf(text, form));

describe('the land around towns', () => {
  it('a compass part, farming, and a weather warning say the land', () => {
    assert.equal(before('on the salt plains of southern Oruro and the north', 'Oruro'), 'land');
    assert.equal(before('who farms near a village in the south-east of Oruro', 'Oruro'), 'land');
    assert.equal(before('moved to a course in upstate Oruro', 'Oruro'), 'land');
    assert.equal(before('Farmers in Oruro said the rain came late.', 'Oruro'), 'land');
    assert.equal(before('crop losses in Oruro alone', 'Oruro'), 'land');
    assert.equal(before('an orange rainfall warning for Oruro on Friday', 'Oruro'), 'land');
    assert.equal(before('the southern suburbs of Oruro', 'Oruro'), 'settlement');
  });

  it('one lives on an island', () => {
    assert.equal(before('"I have lived on Jeju for 60 years," she said.', 'Jeju'), 'island');
  });

  it('a building is in a town, or on an island', () => {
    assert.equal(before('from offices in Oruro and Lima', 'Oruro'), BUILT_UP);
    assert.equal(before('a newspaper in Oruro published the contracts', 'Oruro'), BUILT_UP);
    assert.ok(kindAgrees('settlement', BUILT_UP));
    assert.ok(kindAgrees('island', BUILT_UP));
    assert.ok(!kindAgrees('department', BUILT_UP));
  });

  it('one travels to a town on a day', () => {
    assert.equal(before('The Volcanes travel to Oruro on Wednesday and play at home on Saturday.', 'Oruro'), 'settlement');
    assert.equal(before('The Volcanes travel to Oruro in the spring.', 'Oruro'), undefined);
  });

  it('decides between a department and its capital', () => {
    const registry = registryOfEntries([
      entry('oruro', 'Oruro', 'place', { description: 'City in western Bolivia, capital of Oruro Department' }),
      entry('oruro-dept', 'Oruro Department', 'place', { aliases: ['Oruro'], description: 'Department of western Bolivia; capital Oruro' }),
    ]);
    const text =
      'Quinoa prices climb\n\nThe co-operative buys from 1,100 small farms on the plains of southern Oruro. ' +
      'It sells from offices in Oruro and La Paz, and its buyers travel to Oruro on Mondays.';
    assert.deepEqual(idsOf(text, registry, 'Oruro'), ['oruro-dept', 'oruro', 'oruro']);
  });
});

describe("a player's debut for a side", () => {
  it('says the team', () => {
    assert.equal(cueAt('He made his debut for Marland in December.', 'Marland'), 'team');
    assert.equal(cueAt('"He is not ready to start for Marland yet," the coach said.', 'Marland'), 'team');
  });
});
