/**
 * Signals added so the linker generalises beyond the articles it was tuned on (issue 10,
 * second round), each on inline text and an inline registry: a dateline's place and the
 * region after its comma are places.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle, buildRegistry, type EntityMention, type Registry, type RegistryEntry } from '../../server/src/analysis';

function entry(id: string, name: string, type: RegistryEntry['type'], rest: Partial<RegistryEntry> = {}): RegistryEntry {
  return { id, name, type, aliases: [], roles: [], links: [], ...rest };
}

function registryOf(entries: RegistryEntry[]): Registry {
  return buildRegistry([{ ok: true, problems: [], ignore: [], entries }]);
}

function mentionAt(text: string, registry: Registry, surface: string, from = 0): EntityMention | undefined {
  const start = text.indexOf(surface, from);
  return analyzeArticle(text, { registry }).entities.find((m) => m.start === start && m.end === start + surface.length);
}

describe('dateline places', () => {
  const registry = registryOf([
    entry('mardale', 'Mardale', 'place', { description: 'Market town in Westmorland, England' }),
    entry('mardale-athletic', 'Mardale Athletic', 'organization', { aliases: ['Mardale'], description: 'Football club playing in the Northern League', roles: ['football club'] }),
    entry('england', 'England', 'place', { description: 'Country, part of the United Kingdom' }),
    entry('england-team', 'England national football team', 'organization', { aliases: ['England'], description: 'National football team' }),
  ]);
  const text = 'Late goal settles derby\n\nMARDALE, England, Oct 11 (Fellwire) - Mardale Athletic won the league match 2-1 at the club ground on Saturday, the club said.\n';

  it('links the capitalised dateline place to the place, not the club the article is about', () => {
    assert.equal(mentionAt(text, registry, 'MARDALE')?.entityId, 'mardale');
  });

  it('reads the region after the comma as a place too', () => {
    const m = mentionAt(text, registry, 'England');
    assert.equal(m?.registered, true);
    assert.equal(m?.entityId, 'england');
  });

  it('does not read the month of "OSLO, June 3," as a region', () => {
    const r = registryOf([entry('june-band', 'June', 'organization', { description: 'Pop group' }), entry('oslo', 'Oslo', 'place', { description: 'Capital of Norway' })]);
    const t = 'Talks resume\n\nOSLO, June 3 (Fellwire) - Talks resumed on Tuesday.\n';
    assert.equal(mentionAt(t, r, 'June'), undefined);
  });
});
