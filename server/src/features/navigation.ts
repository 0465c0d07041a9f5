/**
 * Go to definition (the registry entry; the first mention for an unregistered
 * entity), find all references (every mention across the workspace, plus the
 * registry entry) and document highlights (the entity's mentions in this article).
 */
import {
  DocumentHighlightKind,
  type DocumentHighlight,
  type Location,
  type ReferenceParams,
  type TextDocumentPositionParams,
} from 'vscode-languageserver-protocol';
import type { ServiceContext } from '../service/context';
import { toRange } from '../convert';
import { entryLocation } from '../registryFiles/registryLocation';
import { isRegistered, targetAt } from '../cursor/target';
import { indexKey } from '../workspace/articleRecord';
import { Checkpoints, throwIfCancelled, type Cancellation } from '../service/cancellation';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/**
 * Every mention of an entity in the workspace index (registered or not: see `indexKey`), newest
 * article first. Passes each article through `points`, so a cancelled request stops within a slice.
 */
export async function mentionLocations(index: WorkspaceIndex, entityId: string, registered: boolean, points: Checkpoints): Promise<Location[]> {
  const key = indexKey(entityId, registered);
  const out: Location[] = [];
  for (const article of index.articlesMentioning(key)) {
    if (points.due()) await points.pause();
    for (const range of article.entities.get(key)!.ranges) out.push({ uri: article.uri, range });
  }
  return out;
}

/** The providers of definition, references and document highlights. */
export function create(ctx: ServiceContext) {
  const definition = (params: TextDocumentPositionParams, token: Cancellation): Location | null => {
    throwIfCancelled(token);
    const target = targetAt(ctx, params.textDocument.uri, params.position);
    if (!target) return null;
    if (target.entry) return entryLocation(ctx, target.entry) ?? null;
    const first = target.article?.analysis.entities.find((e) => e.entityId === target.entityId);
    return first && target.article ? { uri: target.article.document.uri, range: toRange(target.article.document, first) } : null;
  };

  const references = async (params: ReferenceParams, token: Cancellation): Promise<Location[]> => {
    const points = new Checkpoints(token);
    const target = targetAt(ctx, params.textDocument.uri, params.position);
    if (!target) return [];
    const locations = await mentionLocations(ctx.index, target.entityId, isRegistered(target), points);
    const declaration = target.entry ? entryLocation(ctx, target.entry) : undefined;
    return declaration && params.context.includeDeclaration ? [declaration, ...locations] : locations;
  };

  const documentHighlights = (params: TextDocumentPositionParams, token: Cancellation): DocumentHighlight[] => {
    throwIfCancelled(token);
    const target = targetAt(ctx, params.textDocument.uri, params.position);
    if (!target?.article) return [];
    const { document, analysis } = target.article;
    return analysis.entities.filter((e) => e.entityId === target.entityId).map((e) => ({ range: toRange(document, e), kind: DocumentHighlightKind.Read }));
  };
  return { definition, references, documentHighlights };
}
