/**
 * Registries built from entries written inline, for tests of the linker that must not depend
 * on how the parser reads a file (shared by the disambiguation, linking-signal and index-key tests).
 */
import { analyzeArticle, buildRegistry, type Registry, type RegistryEntry } from '../../server/src/analysis';

/** A registry entry with empty aliases, roles and links unless `rest` gives them. */
export function entry(id: string, name: string, type: RegistryEntry['type'], rest: Partial<RegistryEntry> = {}): RegistryEntry {
  return { id, name, type, aliases: [], roles: [], links: [], ...rest };
}

/** A registry of these entries, as one clean file would give it. */
export function registryOfEntries(entries: RegistryEntry[]): Registry {
  return buildRegistry([{ ok: true, problems: [], ignore: [], entries }]);
}

/** The linked id (or null when left unregistered) of each mention spelled `form` (possessive aside), in order: what the linking tests assert. */
export function idsOf(text: string, registry: Registry, form: string): (string | null)[] {
  return analyzeArticle(text, { registry })
    .entities.filter((m) => m.text.replace(/['’]s$/, '') === form)
    .map((m) => (m.registered ? m.entityId : null));
}
