/**
 * The sense a registry itself gives a bare name that several of its entries share, used by
 * the scorer as a tie-breaker that never makes a decision an anchor (the article's words win):
 * the entry whose id is the bare name's slug, else the one place described as a country's capital.
 */
import { slugify } from '../../slug';
import { gazetteerEntryNamed } from '../../gazetteer';
import type { RegistryProfiles } from './profile';

/**
 * The sense the registry itself treats as the default of a bare name, as entity linkers use
 * how often a name means each entity: a registry that keeps two places (or two people, two
 * firms) of one name calls the usual one by the bare name's slug (`carlisle`, `paris`) and
 * tells the other apart in its id (`carlisle-pennsylvania`, `paris-texas`). Only among
 * candidates of one type: a town's slug says nothing against its club or its river. Cheap:
 * a slug per candidate.
 */
export function registryDefault(form: string, ids: readonly string[], profiles: RegistryProfiles): string | undefined {
  const bare = slugify(form);
  const found = ids.find((id) => id === bare) ?? nationalCapital(ids, profiles);
  if (!found) return undefined;
  const type = profiles.profile(found)?.entry.type;
  return ids.some((id) => id !== found && profiles.profile(id)?.entry.type === type) ? found : undefined;
}

/** "Capital of Greece", "capital of the United Kingdom": the one place among the candidates a description calls a country's capital. */
const CAPITAL_OF = /^\s*capital of (?:the )?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/iu;

/**
 * Among places of one name, the one that is a country's capital (Athens, Greece against Athens, Texas) is the
 * sense a reader takes when nothing in the article says otherwise: the default, when it is the only such candidate.
 */
function nationalCapital(ids: readonly string[], profiles: RegistryProfiles): string | undefined {
  const capitals = ids.filter((id) => {
    const entry = profiles.profile(id)?.entry;
    const m = entry?.type === 'place' ? CAPITAL_OF.exec(entry.description ?? '') : null;
    return m !== null && gazetteerEntryNamed(m[1].replace(/[.,;]+$/, '').toLowerCase())?.kind === 'country';
  });
  return capitals.length === 1 ? capitals[0] : undefined;
}
