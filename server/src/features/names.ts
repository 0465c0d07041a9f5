/**
 * The name an entity goes by in one article, for the hover card, the outline and
 * the quote groups alike: its registry name when it has one, else the fullest way
 * the article writes it (line breaks inside a name folded to spaces).
 */
import type { EntityMention, Registry } from '../analysis';

/** The display name of `entityId`; `fallback` when the article never names it. */
export function entityName(entities: readonly EntityMention[], registry: Registry | undefined, entityId: string, fallback: string): string {
  const registered = registry?.byId.get(entityId)?.name;
  if (registered) return registered;
  let longest = '';
  for (const e of entities) if (e.entityId === entityId && e.text.length > longest.length) longest = e.text;
  return longest ? longest.replace(/\s+/g, ' ') : fallback;
}
