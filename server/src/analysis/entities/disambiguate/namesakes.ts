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
  text: string,
  mentions: readonly EntityMention[],
  registry: Registry,
  isShared: (m: EntityMention) => boolean,
): Map<EntityMention, EntityMention> {
  const out = new Map<EntityMention, EntityMention>();
  // Cheap first: most articles have no registered person written as one word, and then there is nothing to do.
  if (!mentions.some((m) => m.registered && !/\s/.test(m.text) && registry.byId.get(m.entityId)?.type === 'person' && !isShared(m))) return out;
  /** The nearest fuller person name so far, by surname. */
  const fuller = new Map<string, EntityMention>();
  /** The surnames of registered people named in full so far. */
  const registeredInFull = new Set<string>();
  for (const m of mentions) {
    // Only people matter: a fuller name is a person's, and so is the surname that may follow one.
    const entry = m.registered ? registry.byId.get(m.entityId) : undefined;
    if (m.type !== 'person' && entry?.type !== 'person') continue;
    const form = linkFormOf(m.text).trim();
    const words = form.split(/\s+/);
    if (words.length > 1) {
      fuller.set(surnameOf(form), m);
      if (entry?.type === 'person') registeredInFull.add(surnameOf(form));
      continue;
    }
    if (entry?.type !== 'person' || isShared(m)) continue;
    const surname = form.toLowerCase();
    const before = fuller.get(surname);
    if (!before || before.registered) continue;
    // When the article has named the registered person in full too, the namesake ("Uwe Sommer, no relation") keeps
    // the surname only in the paragraph that names him; after it, the story's own Sommer is meant again.
    if (registeredInFull.has(surname) && /\n\s*\n/.test(text.slice(before.end, m.start))) continue;
    out.set(m, before);
  }
  return out;
}
