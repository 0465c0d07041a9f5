/**
 * The workspace index never counts an unregistered name among a registry entry's
 * mentions, even when the name's slug is that entry's id: "Ms Portsmouth", a person
 * that fits none of the entries sharing the name, has the slug `portsmouth`, and the
 * registry's town is `portsmouth` too. The analysis gives such a name an id of its own
 * (`portsmouth-person`, entities/distinctIds.ts); the index keeps registered and
 * unregistered keys apart as well, which the tests below check on the id the analysis
 * gave before (`portsmouth`), put back by hand.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle, type Registry } from '../../server/src/analysis';
import { indexKey, toRecord } from '../../server/src/workspace/articleRecord';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { buildEntitiesResult } from '../../server/src/features/entitiesView';
import { Checkpoints, NEVER_CANCELLED } from '../../server/src/service/cancellation';
import { entry, registryOfEntries } from '../support/registryEntries';

const registry: Registry = registryOfEntries([
  entry('portsmouth', 'Portsmouth', 'place', { description: 'Port city in Hampshire, England' }),
  entry('portsmouth-fc', 'Portsmouth F.C.', 'organization', { aliases: ['Portsmouth'], description: 'Football club', roles: ['football club'] }),
]);

const PERSON = 'Ms Portsmouth said she would appeal.\n';
const TOWN = 'Ferries left Portsmouth on time. Residents of Portsmouth welcomed the news.\n';

function indexed(): { index: WorkspaceIndex; person: ReturnType<typeof analyzeArticle> } {
  const index = new WorkspaceIndex();
  const analysed = analyzeArticle(PERSON, { registry });
  const person = { ...analysed, entities: analysed.entities.map((e) => (e.entityId === 'portsmouth-person' ? { ...e, entityId: 'portsmouth' } : e)) };
  const town = analyzeArticle(TOWN, { registry });
  index.set(toRecord('file:///a.news', PERSON, person));
  index.set(toRecord('file:///b.news', TOWN, town));
  return { index, person };
}

describe('the workspace index keeps unregistered names apart from registry entries', () => {
  it('the person-shaped name stays unregistered, with an id apart from the registry id its slug would be', () => {
    const m = analyzeArticle(PERSON, { registry }).entities.find((e) => e.text === 'Portsmouth')!;
    assert.equal(m.registered, false);
    assert.equal(m.entityId, 'portsmouth-person');
  });

  it("the registry entry's articles and references are only the linked mentions", () => {
    const { index } = indexed();
    const articles = index.articlesMentioning('portsmouth').map((a) => a.uri);
    assert.deepEqual(articles, ['file:///b.news']);
    assert.equal(index.get('file:///b.news')!.entities.get('portsmouth')!.ranges.length, 2);
  });

  it('the unregistered name is found under its own key, in its own article only', () => {
    const { index } = indexed();
    const key = indexKey('portsmouth', false);
    assert.notEqual(key, 'portsmouth');
    assert.deepEqual(
      index.articlesMentioning(key).map((a) => a.uri),
      ['file:///a.news'],
    );
  });

  it('the Entities view shows two entities, the registered one with its two mentions', async () => {
    const { index } = indexed();
    const nodes = (await buildEntitiesResult(index.all(), () => 'Portsmouth', false, new Checkpoints(NEVER_CANCELLED))).groups.flatMap((g) => g.entities);
    const same = nodes.filter((n) => n.entityId === 'portsmouth');
    assert.equal(same.length, 2);
    assert.equal(same.find((n) => n.registered)!.mentionCount, 2);
    assert.equal(same.find((n) => !n.registered)!.mentionCount, 1);
  });
});
