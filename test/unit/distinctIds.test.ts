/**
 * An id names one entity (entities/distinctIds.ts): an unregistered entity never
 * carries a registry entry's id, and two entities of different types never share one,
 * so a consumer that groups the CLI's JSON by `entityId` never merges a person with a city.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle, EMPTY_REGISTRY } from '../../server/src/analysis';
import { entry, registryOfEntries } from '../support/registryEntries';

/** Each mention as "text=type:id", in order. */
function readings(text: string, registry = EMPTY_REGISTRY): string[] {
  return analyzeArticle(text, { registry, publicationDate: '2025-05-02' }).entities.map((e) => `${e.text}=${e.type}:${e.entityId}`);
}

describe('entity ids', () => {
  it('an unregistered place does not take the id of a registered person', () => {
    const registry = registryOfEntries([entry('london', 'London Breed', 'person')]);
    const text = 'Visit\n\nLONDON (Wire) — Tomas Berg arrived in London on Monday. London Breed was not there.\n';
    const got = readings(text, registry);
    assert.ok(got.includes('London Breed=person:london'), got.join(' | '));
    const places = got.filter((r) => r.startsWith('London=') || r.startsWith('LONDON='));
    assert.equal(places.length, 2, got.join(' | '));
    for (const p of places) assert.ok(p.endsWith('=place:london-place'), got.join(' | '));
  });

  it("a dateline's place does not share the id of the organization named after it", () => {
    // The headline's "Eastbridge" is read as the council, and the dateline joined it before it was made a place.
    const text =
      'Eastbridge council backs rent cap after late-night vote\n\nEASTBRIDGE, England — Eastbridge Borough Council voted 30 to 18 ' +
      'on Wednesday night to cap annual rent increases on private flats at 5 per cent.\n\nRents in Eastbridge have risen by roughly a third since 2016.\n';
    const got = readings(text);
    const byId = new Map<string, Set<string>>();
    for (const r of got) {
      const [, type, id] = /=(\w+):(.*)$/.exec(r)!;
      if (!byId.has(id)) byId.set(id, new Set());
      byId.get(id)!.add(type);
    }
    for (const [id, types] of byId) assert.equal(types.size, 1, `${id} names ${[...types].join(' and ')}: ${got.join(' | ')}`);
    const dateline = got.find((r) => r.startsWith('EASTBRIDGE='));
    assert.equal(dateline, 'EASTBRIDGE=place:eastbridge', got.join(' | '));
    assert.ok(got.includes('Eastbridge=place:eastbridge'), `the body's town is the dateline's: ${got.join(' | ')}`);
  });
});
