/**
 * After within-article linking: gives gazetteer ids back to the mentions the gazetteer
 * named, and to the unregistered mentions linked with them, so "Holland" and
 * "Netherlands" share `netherlands` even though the linker names clusters by their
 * spelling. Clusters are read from the linker's output (mentions sharing an id).
 * Another cluster that happens to carry a gazetteer id it does not stand for
 * ("Jordan" the person beside `jordan` the country) is told apart by a type suffix,
 * as the linker does.
 */
import type { EntityMention } from '../types';
import type { GazetteerEntry } from './index';

/** Restores gazetteer ids in place. `named` maps each gazetteer mention (as linked, same objects) to its entry. */
export function keepGazetteerIds(mentions: EntityMention[], named: ReadonlyMap<EntityMention, GazetteerEntry>): void {
  if (named.size === 0) return;
  // The entry of each linked cluster: that of its first gazetteer mention.
  const clusterEntry = new Map<string, GazetteerEntry>();
  for (const m of mentions) {
    const entry = named.get(m);
    if (entry && !m.registered && !clusterEntry.has(m.entityId)) clusterEntry.set(m.entityId, entry);
  }
  const gazetteerIds = new Set([...clusterEntry.values()].map((e) => e.id));
  const taken = new Set(mentions.map((m) => m.entityId));
  const renamed = new Map<string, string>();
  for (const m of mentions) {
    if (m.registered) continue;
    const own = named.get(m);
    const entry = own ?? clusterEntry.get(m.entityId);
    if (entry) {
      if (m.entityId !== entry.id || m.type !== entry.type) m.source = own ? 'gazetteer' : 'coreference';
      else if (own) m.source = 'gazetteer';
      m.entityId = entry.id;
      m.type = entry.type;
    } else if (gazetteerIds.has(m.entityId)) {
      let id = renamed.get(m.entityId);
      if (id === undefined) {
        const base = `${m.entityId}-${m.type}`;
        id = base;
        for (let n = 2; taken.has(id) || gazetteerIds.has(id); n++) id = `${base}-${n}`;
        taken.add(id);
        renamed.set(m.entityId, id);
      }
      m.entityId = id;
    }
  }
}
