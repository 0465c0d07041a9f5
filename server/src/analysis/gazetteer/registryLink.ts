/**
 * The registry wins over the gazetteer: when a registry entry spells a gazetteer
 * entity's name or one of its aliases, with the same type, a gazetteer match of any of
 * that entity's forms links to the registry entry ("U.S." links to the team's
 * `usa` entry for "United States"). A form several entries share counts only when exactly
 * one of them has the gazetteer entity's type. Computed per registry and entry, on demand.
 */
import type { Registry, RegistryEntry } from '../registry';
import type { GazetteerEntry } from './index';

const cache = new WeakMap<Registry, Map<string, RegistryEntry | null>>();

/** The registry entry that stands for this gazetteer entity, if the registry has one. */
export function registryEntryFor(registry: Registry, entry: GazetteerEntry): RegistryEntry | undefined {
  if (registry.entries.length === 0) return undefined;
  let known = cache.get(registry);
  if (!known) cache.set(registry, (known = new Map()));
  let found = known.get(entry.id);
  if (found === undefined) {
    found = null;
    for (const surface of [entry.name, ...entry.aliases]) {
      const [match, ...more] = registry.matcher.find(surface);
      if (!match || more.length > 0 || match.start !== 0 || match.end !== surface.length) continue;
      // A form several entries share stands for this entity only when exactly one of them has its type.
      const owners = (match.ids ?? [match.id]).map((id) => registry.byId.get(id)!).filter((e) => e.type === entry.type);
      if (owners.length === 1) {
        found = owners[0];
        break;
      }
    }
    known.set(entry.id, found);
  }
  return found ?? undefined;
}
