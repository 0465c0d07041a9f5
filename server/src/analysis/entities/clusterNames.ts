/**
 * Step 4 of within-article linking (see link.ts): once mentions are clustered, each
 * cluster gets its id (a registered member's, else a slug of its fullest name, told apart
 * from other clusters' by a type suffix) and its type, written into the mentions.
 */
import type { EntityMention, EntityType } from '../types';
import { slugify } from '../slug';
import type { Clusters } from './clusters';

/** What linking needs to know about one mention. */
export interface Info {
  key: string;
  tokens: string[];
  /** Set when the key came from `SHORT_FORMS`: the long form's display name. */
  canonical?: string;
  /** The name carried a corporate suffix ("Apple Inc."): a full name in its own right, never a short form. */
  suffixed: boolean;
}

/** Step 4: ids and types per cluster, clusters taken in order of first mention. */
export function nameClusters(mentions: EntityMention[], infos: Info[], clusters: Clusters): void {
  const members = new Map<number, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const root = clusters.find(i);
    if (!members.has(root)) members.set(root, []);
    members.get(root)!.push(i);
  }
  const used = new Set<string>(mentions.filter((m) => m.registered).map((m) => m.entityId));
  for (const [root, list] of members) {
    const registered = clusters.registryId(root) !== undefined ? list.find((i) => mentions[i].registered) : undefined;
    const full = registered ?? list.reduce((best, i) => (fuller(infos[i], mentions[i], infos[best], mentions[best]) ? i : best), list[0]);
    const type = clusterType(mentions, infos, list, full);
    let id = clusters.registryId(root);
    if (id === undefined) {
      const base = slugify(infos[full].canonical ?? mentions[full].text);
      id = base;
      if (used.has(id)) id = `${base}-${type}`;
      for (let n = 2; used.has(id); n++) id = `${base}-${type}-${n}`;
      used.add(id);
    }
    for (const i of list) {
      const m = mentions[i];
      if (m.registered) continue;
      if (m.entityId !== id || m.type !== type) m.source = 'coreference';
      m.entityId = id;
      m.type = type;
      m.registered = clusters.registryId(root) !== undefined;
    }
  }
}

/**
 * The type of a cluster: its fullest name's, except that when the mentions spelled like it are
 * read as a place, an organization or another kind of name in turn (the tagger read one name two
 * ways: a club and its town, a title-case headline's town as "other"), the reading most of them
 * have wins; a tie keeps the fullest name's. A person is never outvoted: the fullest name decides.
 */
function clusterType(mentions: readonly EntityMention[], infos: readonly Info[], list: readonly number[], full: number): EntityType {
  const type = mentions[full].type;
  if (!MAJORITY_TYPES.has(type)) return type;
  const counts = new Map<EntityType, number>();
  for (const i of list) {
    if (infos[i].key !== infos[full].key || !MAJORITY_TYPES.has(mentions[i].type)) continue;
    counts.set(mentions[i].type, (counts.get(mentions[i].type) ?? 0) + 1);
  }
  let best = type;
  for (const [t, n] of counts) if (n > (counts.get(best) ?? 0)) best = t;
  return best;
}

/** The types one name is read as in turn, whose mentions vote: a place, an organization, or another kind of name. */
const MAJORITY_TYPES: ReadonlySet<EntityType> = new Set(['place', 'organization', 'other']);

/** True when mention a names its entity more fully than b: more words, then more characters, then earlier. */
function fuller(a: Info, am: EntityMention, b: Info, bm: EntityMention): boolean {
  if (a.tokens.length !== b.tokens.length) return a.tokens.length > b.tokens.length;
  if (am.text.length !== bm.text.length) return am.text.length > bm.text.length;
  return am.start < bm.start;
}
