/**
 * A registered person's surname after another person of that surname, named in full and
 * not in the registry: "Marsh said" after "Owen Marsh" is Owen, not the registry's Ellen
 * Marsh, whose alias the surname is. A reader follows the nearest fuller name, as they do
 * for a surname several entries share (follow.ts); the registry only knows one of the two.
 */
import type { Registry } from '../../registry';
import type { EntityMention } from '../../types';
import { linkFormOf } from './frontMatterChoice';

/** The last word of a name, lower case, possessive dropped. */
function surnameOf(text: string): string {
  const words = linkFormOf(text).trim().split(/\s+/);
  return words[words.length - 1].toLowerCase();
}

/**
 * The unshared registered mentions that are a person's one-word alias and follow, as the
 * nearest person named in full with that surname before them, an unregistered person: each
 * with that fuller name. `mentions` are sorted by start.
 */
export function surnamesOfNamesakes(
  mentions: readonly EntityMention[],
  registry: Registry,
  isShared: (m: EntityMention) => boolean,
): Map<EntityMention, EntityMention> {
  const out = new Map<EntityMention, EntityMention>();
  /** The nearest fuller person name so far, by surname. */
  const fuller = new Map<string, EntityMention>();
  for (const m of mentions) {
    const form = linkFormOf(m.text).trim();
    const words = form.split(/\s+/);
    if (words.length > 1) {
      const entry = m.registered ? registry.byId.get(m.entityId) : undefined;
      if (m.type === 'person' || entry?.type === 'person') fuller.set(surnameOf(form), m);
      continue;
    }
    if (!m.registered || isShared(m) || registry.byId.get(m.entityId)?.type !== 'person') continue;
    const before = fuller.get(form.toLowerCase());
    if (before && !before.registered) out.set(m, before);
  }
  return out;
}
