/**
 * Go to definition (the registry entry; the first mention for an unregistered
 * entity), find all references (every mention across the workspace, plus the
 * registry entry) and document highlights (the entity's mentions in this article).
 */
import { DocumentHighlightKind, type Location } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { entryLocation } from '../registryFiles/registryLocation';
import { isRegistered, targetAt } from '../cursor/target';
import { indexKey } from '../workspace/articleRecord';
import type { CancellationToken } from 'vscode-languageserver';
import { cancellable } from '../cancellable';
import { Checkpoints, throwIfCancelled } from '../service/cancellation';
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

/** Registers definition, references and document highlights. */
export function register(ctx: ServerContext): void {
  ctx.connection.onDefinition(
    cancellable((params, token: CancellationToken) => {
      throwIfCancelled(token);
      const target = targetAt(ctx, params.textDocument.uri, params.position);
      if (!target) return null;
      if (target.entry) return entryLocation(ctx, target.entry) ?? null;
      const first = target.article?.analysis.entities.find((e) => e.entityId === target.entityId);
      return first && target.article ? { uri: target.article.document.uri, range: toRange(target.article.document, first) } : null;
    }),
  );

  ctx.connection.onReferences(
    cancellable(async (params, token: CancellationToken) => {
      const points = new Checkpoints(token);
      const target = targetAt(ctx, params.textDocument.uri, params.position);
      if (!target) return [];
      const locations = await mentionLocations(ctx.index, target.entityId, isRegistered(target), points);
      const declaration = target.entry ? entryLocation(ctx, target.entry) : undefined;
      return declaration && params.context.includeDeclaration ? [declaration, ...locations] : locations;
    }),
  );

  ctx.connection.onDocumentHighlight(
    cancellable((params, token: CancellationToken) => {
      throwIfCancelled(token);
      const target = targetAt(ctx, params.textDocument.uri, params.position);
      if (!target?.article) return [];
      const { document, analysis } = target.article;
      return analysis.entities.filter((e) => e.entityId === target.entityId).map((e) => ({ range: toRange(document, e), kind: DocumentHighlightKind.Read }));
    }),
  );
}
