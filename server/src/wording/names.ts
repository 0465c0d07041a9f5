/**
 * The name an entity goes by in one article, for the hover card, the outline and
 * the quote groups alike: its registry name when it has one, else the fullest way
 * the article writes it (line breaks inside a name folded to spaces). Lists that show
 * entries side by side use distinctName instead.
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

/**
 * An entry's name made unmistakable when another entry answers to it too: "Daniel
 * Price (pianist)" beside "Daniel Price (council leader)", from the entry's first role,
 * else its description's first words, else its id. The outline, the Entities view and
 * workspace symbols list entries side by side, so two people who share a name must
 * not look like one.
 */
export function distinctName(registry: Registry, entityId: string): string | undefined {
  const entry = registry.byId.get(entityId);
  if (!entry) return undefined;
  if ((registry.claims.get(entry.name.toLowerCase())?.length ?? 0) < 2) return entry.name;
  return `${entry.name} (${qualifier(entry.roles[0] ?? oneLine(entry.description ?? '', 40)) || entry.id})`;
}

/**
 * The first line (or sentence) of a registry description, folded to one line and cut
 * at a word near `max` characters: what fits in a quick-fix title or a list row.
 */
export function oneLine(description: string, max = 80): string {
  const flat = description.replace(/\s+/g, ' ').trim();
  // A sentence ends after a word of three letters or more (not "F.C." or "St.") before a capital.
  const sentence = /^(.+?[a-z]{3}[.;!?])\s+(?=[A-Z])/.exec(flat)?.[1].replace(/[.;]$/, '') ?? flat.replace(/\.$/, '');
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

function qualifier(text: string): string {
  return text.replace(/[()]/g, '').trim();
}
