/**
 * The registry in force: entries from every registry file merged, with the lookups
 * the analysis needs (names and aliases, roles, ignored names).
 */
import { NameMatcher } from './matcher';
import type { ParsedRegistryFile, RegistryEntry } from './types';

export type { RegistryEntry, RegistryProblem, ParsedRegistryFile } from './types';
export { parseRegistry } from './parse';
export { duplicateIdsAcrossFiles, filesAsMerged, type MergedRegistryFile } from './mergedFiles';
export { NameMatcher, type NameMatch } from './matcher';
export { nearMiss, editDistance } from './nearMiss';

/** Merged registry with lookups. Immutable once built; rebuild when a file changes. */
export interface Registry {
  entries: RegistryEntry[];
  byId: Map<string, RegistryEntry>;
  matcher: NameMatcher;
  /** Lower-cased role ("top government spokesperson") → entity id, for descriptive speakers. */
  roles: Map<string, string>;
  /** Lower-cased names the team chose to ignore. */
  ignore: Set<string>;
  /** Lower-cased surface form → every entity id that claims it (more than one means ambiguous). */
  claims: Map<string, string[]>;
}

/** Merges parsed files in order; an id defined twice keeps its first definition. */
export function buildRegistry(files: ParsedRegistryFile[]): Registry {
  const steps = buildRegistryInSteps(files, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link buildRegistry} in steps: pauses (yields) after every `entriesPerStep` entries,
 * so the server can build a 50,000-entity registry between requests instead of
 * blocking its thread for a second. The result is the same registry.
 */
export function* buildRegistryInSteps(files: ParsedRegistryFile[], entriesPerStep = 2000): Generator<void, Registry, void> {
  let sinceYield = 0;
  const byId = new Map<string, RegistryEntry>();
  const matcher = new NameMatcher();
  const roles = new Map<string, string>();
  const ignore = new Set<string>();
  const claims = new Map<string, string[]>();
  const entries: RegistryEntry[] = [];
  for (const file of files) {
    for (const entry of file.entries) {
      if (byId.has(entry.id)) continue;
      byId.set(entry.id, entry);
      entries.push(entry);
      matcher.add(entry.name, entry.id);
      for (const alias of entry.aliases) matcher.add(alias, entry.id);
      for (const surface of new Set([entry.name, ...entry.aliases].map((n) => n.toLowerCase())))
        claims.set(surface, [...(claims.get(surface) ?? []), entry.id]);
      for (const role of entry.roles) if (!roles.has(role.toLowerCase())) roles.set(role.toLowerCase(), entry.id);
      if (++sinceYield >= entriesPerStep) {
        sinceYield = 0;
        yield;
      }
    }
    for (const name of file.ignore) ignore.add(name.toLowerCase());
  }
  // "Devonport Mersey" for "Devonport Mersey FC": a name without its club or company designator, when no entry claims that form.
  // A second pass over every entry, once every claim is known; it pauses like the first, so a large registry still builds in steps.
  for (const entry of entries) {
    const bare = withoutDesignator(entry.name);
    if (bare !== undefined && !claims.has(bare.toLowerCase()) && !ignore.has(bare.toLowerCase())) matcher.add(bare, entry.id);
    if (++sinceYield >= entriesPerStep) {
      sinceYield = 0;
      yield;
    }
  }
  return { entries, byId, matcher, roles, ignore, claims };
}

/** A club's or a company's designator at the end of its name, after at least two words ("Devonport Mersey FC", "Halden Marine Ltd"). */
const DESIGNATOR =
  /^(\S+(?:\s+\S+)+?),?\s+(?:F\.?C\.?|A\.?F\.?C\.?|R\.?F\.?C\.?|S\.?C\.?|C\.?F\.?|Inc\.?|Ltd\.?|Limited|plc|PLC|LLC|GmbH|AG|SA|S\.A\.|NV|N\.V\.|BV|AB|ASA|Oy|SpA|S\.p\.A\.)$/u;

/**
 * The name without its designator ("Devonport Mersey" for "Devonport Mersey FC"), as articles write a club or a company
 * after the first mention; undefined when the name has none or would keep a single word ("Arsenal" is left to aliases).
 */
export function withoutDesignator(name: string): string | undefined {
  return DESIGNATOR.exec(name.trim())?.[1];
}

/** The empty registry, for articles analysed without one. */
export const EMPTY_REGISTRY: Registry = buildRegistry([]);
