/**
 * Workspace symbols: entities by name or alias, registered (pointing at their
 * registry entry) and unregistered (pointing at their first mention).
 */
import { SymbolKind, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver-protocol';
import type { EntityType } from '../analysis';
import type { ServiceContext } from '../service/context';
import { distinctName } from '../wording/names';
import { entryLocation } from '../registryFiles/registryLocation';
import { Checkpoints, type Cancellation } from '../service/cancellation';

const KINDS: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Variable,
  organization: SymbolKind.Class,
  place: SymbolKind.Namespace,
  nationality: SymbolKind.EnumMember,
  event: SymbolKind.Event,
  law: SymbolKind.Interface,
  product: SymbolKind.Struct,
  other: SymbolKind.Key,
};
const LIMIT = 500;

/** Case-insensitive subsequence match, the way VS Code's own symbol search feels. */
function fuzzy(query: string, name: string): boolean {
  let i = 0;
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  for (let j = 0; j < n.length && i < q.length; j++) if (n[j] === q[i]) i++;
  return i === q.length;
}

/** The workspace-symbol search provider. */
export function create(ctx: ServiceContext): (params: WorkspaceSymbolParams, token: Cancellation) => Promise<SymbolInformation[]> {
  return async (params, token) => {
    const points = new Checkpoints(token);
    const out: SymbolInformation[] = [];
    const seen = new Set<string>();
    const registry = ctx.registries.registryFor(undefined);
    for (const entry of registry.entries) {
      if (points.due()) await points.pause();
      if (out.length >= LIMIT) break;
      const alias = [entry.name, ...entry.aliases].find((n) => fuzzy(params.query, n));
      const location = alias !== undefined ? entryLocation(ctx, entry) : undefined;
      if (!location) continue;
      seen.add(entry.id);
      out.push({
        name: distinctName(registry, entry.id) ?? entry.name,
        kind: KINDS[entry.type],
        location,
        containerName: alias === entry.name ? 'registry' : `registry · alias ${alias}`,
      });
    }
    for (const article of ctx.index.all()) {
      if (points.due()) await points.pause();
      for (const [key, entity] of article.entities) {
        if (out.length >= LIMIT) return out;
        if (seen.has(key) || !fuzzy(params.query, entity.name)) continue;
        seen.add(key);
        out.push({
          name: entity.name,
          kind: KINDS[entity.type],
          location: { uri: article.uri, range: entity.ranges[0] },
          containerName: entity.registered ? 'registered' : 'not in the registry',
        });
      }
    }
    return out;
  };
}
