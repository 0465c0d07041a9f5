/**
 * Within-article linking: gives every unregistered mention the id of the entity it
 * names, so "Kenji Kanasugi" and a later "Kanasugi" share one id, an acronym defined
 * in parentheses shares its long form's id, and a registered full name makes its
 * surname link too (spec §3). Two people who share a surname stay apart.
 */
import type { EntityMention } from '../types';

/** A stable, readable id for an unregistered entity: a slug of its fullest name. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

/** Links mentions in place: surnames to full names, acronyms to long forms, repeats to each other. */
export function linkMentions(text: string, mentions: EntityMention[]): void {
  const surnames = new Map<string, Set<string>>();
  const idOfName = new Map<string, { id: string; type: EntityMention['type']; registered: boolean }>();
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (m.type === 'person' && words.length >= 2) {
      const surname = words[words.length - 1];
      if (!surnames.has(surname)) surnames.set(surname, new Set());
      surnames.get(surname)!.add(m.entityId);
    }
  }
  for (const m of mentions) {
    const key = m.text.replace(/\s+/g, ' ');
    const owners = surnames.get(key);
    if (!m.registered && owners && owners.size === 1 && !key.includes(' ')) {
      const [id] = owners;
      const full = mentions.find((o) => o.entityId === id)!;
      m.entityId = id;
      m.type = 'person';
      m.registered = full.registered;
      m.source = 'coreference';
      continue;
    }
    const acronymOf = definedAcronym(text, m, mentions);
    if (acronymOf && !m.registered) {
      m.entityId = acronymOf.entityId;
      m.type = acronymOf.type;
      m.registered = acronymOf.registered;
      m.source = 'coreference';
      idOfName.set(key, { id: m.entityId, type: m.type, registered: m.registered });
      continue;
    }
    const known = idOfName.get(key);
    if (known && !m.registered) {
      m.entityId = known.id;
      m.type = known.type;
    } else if (!known) idOfName.set(key, { id: m.entityId, type: m.type, registered: m.registered });
  }
}

/** "Long Form Name (LFN)": the mention in parentheses right after another mention whose initials it spells. */
function definedAcronym(text: string, m: EntityMention, mentions: EntityMention[]): EntityMention | undefined {
  if (!/^[A-Z][A-Z0-9&-]{1,9}$/.test(m.text) || text[m.start - 1] !== '(' || text[m.end] !== ')') return undefined;
  const before = mentions.filter((o) => o.end <= m.start - 1 && m.start - 1 - o.end <= 2);
  const long = before[before.length - 1];
  if (!long) return undefined;
  const initials = long.text.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.startsWith(m.text[0]) && m.text.length >= 2 ? long : undefined;
}
