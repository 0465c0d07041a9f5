/**
 * "Which entity is the user pointing at?" — the shared first step of definition,
 * references, highlights and rename, whether the cursor is on a mention in an
 * article or on an entry in a registry file.
 */
import type { Position } from 'vscode-languageserver-protocol';
import type { EntityMention, RegistryEntry } from '../analysis';
import { spanAt } from '../convert';
import type { OpenArticle, ServiceContext } from '../service/context';
import { entryAt } from '../registryFiles/registryLocation';

/** The entity under the cursor: its id, the mention (in an article) and the registry entry (when registered). */
export interface Target {
  entityId: string;
  mention?: EntityMention;
  entry?: RegistryEntry;
  article?: OpenArticle;
}

/** Finds the entity at `position` of document `uri`, or undefined. */
export function targetAt(ctx: ServiceContext, uri: string, position: Position): Target | undefined {
  const article = ctx.article(uri);
  if (article) {
    const offset = article.document.offsetAt(position);
    const speaker = article.analysis.quotes.find((q) => q.speaker?.entityId && q.speaker.start <= offset && offset <= q.speaker.end)?.speaker;
    const mention = spanAt(article.analysis.entities, offset);
    const entityId = mention?.entityId ?? speaker?.entityId ?? undefined;
    if (!entityId) return undefined;
    // An unregistered name can carry the slug of a registry id (a name that fits none of its candidates): it is not that entry.
    const entry = mention && !mention.registered ? undefined : article.registry.byId.get(entityId);
    return { entityId, mention, entry, article };
  }
  const document = ctx.workspace.document(uri);
  if (!document) return undefined;
  const entry = entryAt(ctx, uri, document.offsetAt(position));
  return entry ? { entityId: entry.id, entry } : undefined;
}

/** Whether the target is a registry entry's (a registry entry, or a mention that links to one), for `indexKey`. */
export function isRegistered(target: Target): boolean {
  if (target.mention) return target.mention.registered;
  return target.entry !== undefined;
}
