/**
 * The Entities view's data: every entity the workspace index knows, grouped by type
 * in the spec's order, with the articles that mention it and where. Answered from the
 * index alone, so the view stays fast on large workspaces and never re-reads files.
 */
import { ENTITY_TYPES, type Registry } from '../analysis';
import type { ServiceContext } from '../service/context';
import { distinctName } from '../wording/names';
import { type EntitiesParams, type EntitiesResult, type EntityNode } from '../protocol';
import { toPath } from '../uri';
import { indexKey, type ArticleRecord } from '../workspace/articleRecord';
import { newestFirst } from '../workspace/workspaceIndex';
import { Checkpoints, type Cancellation } from '../service/cancellation';

/**
 * Builds the view's tree from index records. Pure (the registry lookup is passed in)
 * so the grouping and ordering rules can be tested without a server: groups in the
 * spec's type order, empty groups left out; entities by mention count, most first,
 * then by name; articles newest first; mentions in document order. Its loops over
 * records and entities pass through `points`, as references does, so a cancelled
 * request stops within a slice.
 */
export async function buildEntitiesResult(
  records: Iterable<ArticleRecord>,
  canonicalName: (entityId: string, articleUri: string) => string | undefined,
  indexing: boolean,
  points: Checkpoints,
): Promise<EntitiesResult> {
  const byId = new Map<string, EntityNode & { records: ArticleRecord[] }>();
  for (const record of records) {
    if (points.due()) await points.pause();
    for (const [key, entity] of record.entities) {
      let node = byId.get(key);
      if (!node) {
        const name = (entity.registered ? canonicalName(entity.entityId, record.uri) : undefined) ?? entity.name;
        node = { entityId: entity.entityId, name, type: entity.type, registered: entity.registered, mentionCount: 0, articles: [], records: [] };
        byId.set(key, node);
      } else if (!node.registered && entity.name.length > node.name.length) {
        // Unregistered entities have no canonical form: the fullest surface form anywhere wins.
        node.name = entity.name;
      }
      node.mentionCount += entity.ranges.length;
      node.records.push(record);
    }
  }
  const groups: EntitiesResult['groups'] = [];
  for (const type of ENTITY_TYPES) {
    const sorted = [...byId.values()]
      .filter((node) => node.type === type)
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name) || a.entityId.localeCompare(b.entityId));
    const entities: EntityNode[] = [];
    for (const { records: mentionedIn, ...node } of sorted) {
      if (points.due()) await points.pause();
      entities.push({
        ...node,
        articles: [...mentionedIn].sort(newestFirst).map((record) => ({
          uri: record.uri,
          title: record.title,
          publicationDate: record.publicationDate,
          mentions: record.entities.get(indexKey(node.entityId, node.registered))!.ranges.map((r) => ({ start: { ...r.start }, end: { ...r.end } })),
        })),
      });
    }
    if (entities.length > 0) groups.push({ type, entities });
  }
  return { groups, indexing };
}

/** The provider of `ENTITIES_REQUEST`, answered from the workspace index. */
export function create(ctx: ServiceContext): (params: EntitiesParams | undefined, token: Cancellation) => Promise<EntitiesResult> {
  const registryOf = (uri: string): Registry => ctx.registries.registryFor(toPath(uri));
  // Entries that share a name are told apart ("Daniel Price (pianist)"), as in the outline.
  const canonicalName = (entityId: string, uri: string) => distinctName(registryOf(uri), entityId);
  return async (params, token) => {
    const points = new Checkpoints(token);
    const indexing = ctx.indexer.isIndexing();
    if (params?.uri) {
      // An open document's record follows its edits (the service indexes it on every change), so the view shows unsaved edits.
      const record = ctx.index.get(params.uri);
      return buildEntitiesResult(record ? [record] : [], canonicalName, indexing, points);
    }
    return buildEntitiesResult(ctx.index.all(), canonicalName, indexing, points);
  };
}
