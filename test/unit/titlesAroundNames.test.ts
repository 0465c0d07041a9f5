/**
 * Titles written around a name are no part of it (issues 10 and 11): British style writes
 * "Mr Pryce" without a full stop, and a member of a parliament is named after the place
 * that elects them ("Durham MP", "a Mayo TD"). Left in, they made new unregistered
 * entities ("mr-pryce", "durham-mp") where the registry knows the person and the place;
 * and the member's title after a place, like its council, says the name is the place.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle, type Registry } from '../../server/src/analysis';
import { cueOf } from '../../server/src/analysis/entities/disambiguate/cue';
import { entry, registryOfEntries } from '../support/registryEntries';

const registry = registryOfEntries([
  entry('rhodri-pryce', 'Rhodri Pryce', 'person', { aliases: ['Pryce'], description: 'Founder of a winch maker' }),
  entry('castlebay', 'Castlebay', 'place', { description: 'Village on Barra' }),
  entry('tullamore', 'Tullamore', 'place', { description: 'County town of Offaly' }),
]);

function found(text: string, r: Registry = registry): string[] {
  return analyzeArticle(text, { registry: r }).entities.map((m) => `${m.text}=${m.entityId}${m.registered ? '' : '?'}`);
}

describe('titles around names', () => {
  it('reads "Mr Pryce" as the registered Pryce, without the title, even when two entries share the surname', () => {
    const pryces = registryOfEntries([
      entry('rhodri-pryce', 'Rhodri Pryce', 'person', { aliases: ['Pryce'], description: 'Founder of a winch maker' }),
      entry('bethan-pryce', 'Bethan Pryce', 'person', { aliases: ['Pryce'], description: 'His daughter, managing director of the winch maker' }),
    ]);
    const names = found('Rhodri Pryce founded the firm in 1981.\n\nLater Mr Pryce said he was proud of it, and Mrs Pryce agreed.\n', pryces);
    assert.ok(names.includes('Pryce=rhodri-pryce'), names.join(' '));
    assert.ok(!names.some((n) => n.startsWith('Mr ') || n.startsWith('Mrs ')), names.join(' '));
  });

  it('reads "Castlebay MP" and "a Tullamore TD" as the places', () => {
    const names = found('Castlebay MP says ferry cuts leave the island cut off\n\nThe minister, a Tullamore TD, said the service would return.\n');
    assert.ok(names.includes('Castlebay=castlebay'), names.join(' '));
    assert.ok(names.includes('Tullamore=tullamore'), names.join(' '));
  });

  it('reads a name before "council" or "MP" as a place', () => {
    const text = 'Brandon council rejects the towers. The Durham MP objected.';
    assert.equal(cueOf(text, { start: 0, end: 7 }), 'place');
    const at = text.indexOf('Durham');
    assert.equal(cueOf(text, { start: at, end: at + 6 }), 'place');
  });
});
