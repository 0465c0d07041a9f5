/**
 * Go to definition (the registry entry; the first mention for an unregistered
 * entity), find all references (every mention across the workspace, plus the
 * registry entry) and document highlights (the entity's mentions in this article).
 */
import { DocumentHighlightKind, type Location } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { entryLocation } from './registryLocation';
import { isRegistered, targetAt } from './target';
import { indexKey } from '../workspace/articleRecord';

/** Every mention of an entity in the workspace index (registered or not: see `indexKey`), newest article first. */
export function mentionLocations(ctx: ServerContext, entityId: string, registered = true): Location[] {
  const key = indexKey(entityId, registered);
  return ctx.index.articlesMentioning(key).flatMap((a) => a.entities.get(key)!.ranges.map((range) => ({ uri: a.uri, range })));
}

/** Registers definition, references and document highlights. */
export function register(ctx: ServerContext): void {
  ctx.connection.onDefinition((params) => {
    const target = targetAt(ctx, params.textDocument.uri, params.position);
    if (!target) return null;
    if (target.entry) return entryLocation(ctx, target.entry) ?? null;
    const first = target.article?.analysis.entities.find((e) => e.entityId === target.entityId);
    return first && target.article ? { uri: target.article.document.uri, range: toRange(target.article.document, first) } : null;
  });

  ctx.connection.onReferences((params) => {
    const target = targetAt(ctx, params.textDocument.uri, params.position);
    if (!target) return [];
    const locations = mentionLocations(ctx, target.entityId, isRegistered(target));
    const declaration = target.entry ? entryLocation(ctx, target.entry) : undefined;
    return declaration && params.context.includeDeclaration ? [declaration, ...locations] : locations;
  });

  ctx.connection.onDocumentHighlight((params) => {
    const target = targetAt(ctx, params.textDocument.uri, params.position);
    if (!target?.article) return [];
    const { document, analysis } = target.article;
    return analysis.entities.filter((e) => e.entityId === target.entityId).map((e) => ({ range: toRange(document, e), kind: DocumentHighlightKind.Read }));
  });
}
