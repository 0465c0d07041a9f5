/**
 * The last word on ids: an id names one entity. Within-article linking tells clusters
 * apart by a type suffix ("jordan", "jordan-person"), but two later steps could still
 * give one id to two entities: the gazetteer's ids and the tagger's slugs know nothing of
 * the registry, so an unregistered London took the id `london` of a registered person
 * London Breed; and a dateline's city is made a place after linking, so "EASTBRIDGE"
 * kept the id of the council it had joined. A consumer that groups the CLI's JSON by
 * `entityId`, the workspace index and the references of an unregistered name all rely on
 * one id meaning one thing.
 */
import type { Registry } from '../registry';
import type { EntityMention } from '../types';

/**
 * The mentions with every unregistered id apart from the registry's ids and from the ids
 * of other types: the type most of an id's mentions have keeps it (the first of them on a tie;
 * "Kingsferry" the club, twice, keeps `kingsferry` from its town in the dateline), and a
 * mention of another type gets `<id>-<type>` (then `-2`, `-3`…), the same new id
 * for all mentions of one id and type. Registered mentions are never changed; changed
 * mentions are copies. Linear in the mentions.
 */
export function distinctIds(mentions: EntityMention[], registry: Registry): EntityMention[] {
  const owner = owners(mentions);
  let out: EntityMention[] | undefined;
  let taken: Set<string> | undefined;
  const renamed = new Map<string, string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.registered || (!registry.byId.has(m.entityId) && owner.get(m.entityId) === m.type)) continue;
    const key = `${m.entityId}\u0000${m.type}`;
    let id = renamed.get(key);
    if (id === undefined) {
      taken ??= new Set(mentions.map((x) => x.entityId));
      const base = `${m.entityId}-${m.type}`;
      id = base;
      for (let n = 2; taken.has(id) || registry.byId.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      renamed.set(key, id);
    }
    out ??= mentions.slice();
    out[i] = { ...m, entityId: id };
  }
  return out ?? mentions;
}

/** The type that keeps each unregistered id: the one most of its mentions have, the first on a tie. */
function owners(mentions: readonly EntityMention[]): Map<string, EntityMention['type']> {
  const counts = new Map<string, Map<EntityMention['type'], number>>();
  for (const m of mentions) {
    if (m.registered) continue;
    let byType = counts.get(m.entityId);
    if (!byType) counts.set(m.entityId, (byType = new Map()));
    byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
  }
  const owner = new Map<string, EntityMention['type']>();
  for (const [id, byType] of counts) {
    let best: EntityMention['type'] | undefined;
    for (const [type, n] of byType) if (best === undefined || n > byType.get(best)!) best = type;
    owner.set(id, best!);
  }
  return owner;
}
