/**
 * Within-article linking (spec §3, "entityId"): gives every unregistered mention the
 * id of the entity it names, so "Kenji Kanasugi" and a later (or earlier) "Kanasugi"
 * share `kenji-kanasugi`, "GSOMIA" shares its long form's id, "U.S." and "America"
 * share `united-states`, "Samsung" joins "Samsung Electronics Co.", and a registered
 * full name makes its surname link to the registry id.
 *
 * How (one pass to build clusters, one to name them):
 * 1. Every mention gets a key: lower case, straight apostrophes, no possessive, no
 *    trailing corporate suffix ("Co.", "Inc", "Group PLC"), and known country/body
 *    short forms replaced by their long form (`SHORT_FORMS`). A parenthesised acronym
 *    right after a name ("… Agreement (GSOMIA)") becomes an alias of that name's key.
 * 2. A mention is *short* when it could be a partial name of a longer one: a surname
 *    or first name of a person's full name, a word prefix (or a two-word-or-more
 *    suffix) of an organization's name, or an acronym of a name's words. All other
 *    mentions are clustered by key, never across incompatible types ("Jordan" the
 *    place and "Jordan" the person stay apart, and so do a known city and the club
 *    named after it: "Milan" the place and "Milan" the organization).
 * 3. Each short mention joins its candidate when there is exactly one (in either
 *    direction in the text). A first name alone links only then. When several
 *    entities fit (John Smith and Mary Smith, then "Smith"), it joins the one whose
 *    full name came last before it, provided no other candidate was mentioned since;
 *    otherwise it stays on its own (all such "Smith" share the id `smith`). No false
 *    merges is preferred to more merges.
 * 4. A cluster's id is the registry id of a registered member, else the slug of its
 *    fullest name (or of the long form for a short form in the table); the fullest
 *    name's type wins for the unregistered members, unless mentions spelled like it
 *    were read both as a place and as an organization: then most of them decide.
 *    Different entities that would get the same slug are told apart by a type suffix
 *    ("jordan", "jordan-person").
 * Cost is linear in mentions apart from small per-name candidate lists.
 */
import type { EntityMention, EntityType } from '../types';
import { partitionPoint } from '../spans';
import { ByTypeAndText } from './byTypeAndText';
import { acronymLetters, acronymOf } from './acronyms';
import { nameKey, nameKeyOf } from './nameKey';
import { compatibleIn, gamesOnce } from './sameEntity';
import { Clusters } from './clusters';
import { nameClusters, type Info } from './clusterNames';
import { LinkReuse, linkSignature } from './linkReuse';
import type { AnalysisMemo } from '../memo';

/** The comparison key of a name: see step 1 in the file comment (re-exported for callers of the linker). */
export { nameKey };

/**
 * Common short forms of countries and international bodies, keyed by their lower-case
 * form, so that mentions that never spell each other out still link. The value is the
 * long form, which also gives the unregistered id ("U.S." → `united-states`).
 */
export const SHORT_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'United States': ['u.s.', 'us', 'u.s.a.', 'usa', 'united states of america', 'america', 'the united states'],
    'United Kingdom': ['u.k.', 'uk', 'britain', 'great britain', 'the united kingdom'],
    'United Nations': ['un', 'u.n.', 'the united nations'],
    'European Union': ['eu', 'e.u.', 'the european union'],
    'Soviet Union': ['ussr', 'u.s.s.r.', 'the soviet union'],
    'United Arab Emirates': ['uae', 'u.a.e.'],
    'North Atlantic Treaty Organization': ['nato'],
    'North Korea': ['dprk', "democratic people's republic of korea", 'n. korea'],
    'South Korea': ['republic of korea', 'rok', 's. korea'],
    China: ["people's republic of china", 'prc'],
    'Federal Reserve': ['fed', 'the fed', 'federal reserve system', 'federal reserve board'],
  }).flatMap(([long, shorts]) => shorts.map((s) => [s, long] as [string, string])),
);

const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const SURNAME_TYPES = new Set<EntityType>(['person', 'organization', 'other']);
const ORG_TYPES = new Set<EntityType>(['organization', 'other', 'product', 'law', 'event']);

/**
 * Links mentions in place (sorted by start): see the file comment for the rules.
 * `unlinked` holds mentions left unregistered on purpose (a shared name whose context
 * fits none of its entries): they may join unregistered names, never a registered one.
 * With an open document's `memo`, a keystroke that changed none of what linking reads
 * reuses the last analysis's links (linkReuse.ts).
 */
export function linkMentions(text: string, mentions: EntityMention[], unlinked?: ReadonlySet<EntityMention>, memo?: AnalysisMemo): void {
  const acronyms = mentions.map((m, i) => (i > 0 && !m.registered ? definedAcronym(text, mentions, i) : undefined));
  // An open document's keystroke that changed no name links as the analysis before it (linkReuse.ts).
  const reuse = memo?.keep('link', () => new LinkReuse());
  const games = gamesOnce(text);
  const signature = reuse ? linkSignature(mentions, unlinked, acronyms, text, games) : '';
  if (reuse?.reuse(signature, mentions)) return;
  // Mentions repeat their names: each spelling of each type is keyed once.
  const known = new ByTypeAndText<Info>();
  const infos = mentions.map((m) => {
    let info = known.get(m.type, m.text);
    if (info === undefined) known.set(m.type, m.text, (info = infoOf(m)));
    return info;
  });
  const compatibleAt = compatibleIn(text, mentions, games);
  const clusters = new Clusters(mentions, unlinked);
  keyDefinedAcronyms(mentions, infos, acronyms);
  const { shortOnes, byKey } = clusterByKey(mentions, infos, clusters, compatibleAt);
  joinShortForms(mentions, infos, clusters, shortOnes, byKey, compatibleAt);
  nameClusters(mentions, infos, clusters);
  reuse?.remember(signature, mentions);
}

/** A short mention and its candidate clusters. */
interface ShortOne {
  index: number;
  found: Candidates;
}

/**
 * Step 1: acronyms defined in parentheses take their long form's key (indexed by key, so an
 * article full of definitions stays linear; built at the first definition, before any key changes).
 */
function keyDefinedAcronyms(mentions: EntityMention[], infos: Info[], acronyms: readonly (number | undefined)[]): void {
  let byAlias: Map<string, number[]> | undefined;
  for (let i = 1; i < mentions.length; i++) {
    const long = acronyms[i];
    if (long !== undefined) {
      byAlias ??= unregisteredByKey(mentions, infos);
      const alias = infos[i].key;
      const longInfo = infos[long];
      for (const j of byAlias.get(alias) ?? []) infos[j] = { ...longInfo };
    }
  }
}

/** Step 2: short forms aside, cluster by key among compatible types. Returns the short forms, and the full names by key. */
function clusterByKey(
  mentions: EntityMention[],
  infos: Info[],
  clusters: Clusters,
  compatibleAt: (a: number, b: number) => boolean,
): { shortOnes: ShortOne[]; byKey: Map<string, number[]> } {
  const candidates = new CandidateIndex(mentions, infos);
  const shortOnes: ShortOne[] = [];
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const found = mentions[i].registered ? undefined : candidates.of(i);
    if (found) {
      shortOnes.push({ index: i, found });
      continue;
    }
    const heads = byKey.get(infos[i].key);
    if (heads === undefined) {
      byKey.set(infos[i].key, [i]);
      continue;
    }
    const head = heads.find((h) => compatibleAt(h, i));
    if (head === undefined || !clusters.union(head, i)) heads.push(i);
  }
  return { shortOnes, byKey };
}

/** Step 3: short forms join one candidate, longest short forms first, in text order. */
function joinShortForms(
  mentions: EntityMention[],
  infos: Info[],
  clusters: Clusters,
  shortOnes: ShortOne[],
  byKey: Map<string, number[]>,
  compatibleAt: (a: number, b: number) => boolean,
): void {
  const find = (i: number) => clusters.find(i);
  const isShort = new Uint8Array(mentions.length);
  for (const { index } of shortOnes) isShort[index] = 1;
  const fullPositions = new Map<number, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    if (isShort[i]) continue;
    const root = find(i);
    if (!fullPositions.has(root)) fullPositions.set(root, []);
    fullPositions.get(root)!.push(mentions[i].start);
  }
  const positions = new Map([...fullPositions].map(([root, list]) => [root, [...list]]));
  shortOnes.sort((a, b) => infos[b.index].tokens.length - infos[a.index].tokens.length || a.index - b.index);
  const unresolved = new Map<string, number[]>();
  /** Short forms no candidate was before (a headline's "GM" above "General Motors"), decided once the rest are. */
  const undecided: number[] = [];
  /** Per key, the clusters the short forms of that key joined. */
  const joinedAs = new Map<string, number[]>();
  for (const { index, found } of shortOnes) {
    // A full name spelled like this short form ("Apple Inc." for "Apple") competes with the longer names.
    const sameKey = (byKey.get(infos[index].key) ?? []).filter((h) => compatibleAt(h, index));
    const target = choose(
      mentions[index].start,
      preferSameType({ strong: [...found.strong, ...sameKey], firstName: found.firstName }, mentions, mentions[index].type),
      find,
      fullPositions,
      positions,
    );
    if (target !== undefined && clusters.union(target, index)) {
      insertSorted(positions.get(find(target)) ?? [], mentions[index].start);
      const joined = joinedAs.get(infos[index].key);
      if (joined) joined.push(index);
      else joinedAs.set(infos[index].key, [index]);
      continue;
    }
    undecided.push(index);
  }
  for (const index of undecided) {
    // One sense per article: when every later short form of this spelling joined one name, this one means it too.
    const roots = new Set((joinedAs.get(infos[index].key) ?? []).filter((j) => compatibleAt(j, index)).map(find));
    if (roots.size === 1 && clusters.union([...roots][0], index)) continue;
    const heads = unresolved.get(infos[index].key) ?? [];
    const head = heads.find((h) => compatibleAt(h, index));
    if (head === undefined || !clusters.union(head, index)) heads.push(index);
    unresolved.set(infos[index].key, heads);
  }
}

/** Unregistered mentions by key, in text order. */
function unregisteredByKey(mentions: EntityMention[], infos: Info[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  infos.forEach((info, j) => {
    if (mentions[j].registered) return;
    const list = byKey.get(info.key);
    if (list) list.push(j);
    else byKey.set(info.key, [j]);
  });
  return byKey;
}

function infoOf(m: EntityMention): Info {
  // nameKeyOf tells whether a suffix word was dropped, which is when the key has fewer words than the name.
  const named = nameKeyOf(m.text, m.type);
  const suffixed = named.suffixed;
  let key = named.key;
  const canonical = m.type === 'person' ? undefined : SHORT_FORMS.get(key);
  if (canonical) key = canonical.toLowerCase();
  // Most keys are one word: no split call for them.
  return { key, tokens: key.includes(' ') ? key.split(' ') : [key], canonical, suffixed };
}

/** Candidate clusters of one short mention, as representative mention indexes. */
interface Candidates {
  /** Full names this mention is the surname (or a shorter form) of, org names it shortens, names it abbreviates. */
  strong: number[];
  /** Full names it is only the first name of. */
  firstName: number[];
}

/** Longer names of the article indexed by word, to find a short mention's candidates without comparing all pairs. */
class CandidateIndex {
  private readonly personByWord = new Map<string, number[]>();
  private readonly orgByWord = new Map<string, number[]>();
  private readonly multiWord: number[] = [];
  private readonly cache = new ByTypeAndText<Candidates | null>();

  constructor(
    private readonly mentions: EntityMention[],
    private readonly infos: Info[],
  ) {
    // One representative per name, but one per registry entry when entries share the name: two
    // registered Tom Archers are two candidates for a later "Archer", which follows the one named last.
    const seen = new ByTypeAndText<true>();
    mentions.forEach((m, i) => {
      const { key, tokens } = infos[i];
      const seenAs = m.registered ? `${key}\u0000${m.entityId}` : key;
      if (tokens.length < 2 || seen.get(m.type, seenAs)) return;
      seen.set(m.type, seenAs, true);
      this.multiWord.push(i);
      const index = m.type === 'person' ? this.personByWord : ORG_TYPES.has(m.type) ? this.orgByWord : undefined;
      if (!index) return;
      for (const word of new Set([tokens[0], surnameOf(tokens), tokens[tokens.length - 1]])) {
        if (!index.has(word)) index.set(word, []);
        index.get(word)!.push(i);
      }
    });
  }

  /** The candidates of mention i, or undefined when it is not a short form of anything. */
  of(i: number): Candidates | undefined {
    const { key, tokens, suffixed } = this.infos[i];
    const type = this.mentions[i].type;
    if (suffixed) return undefined;
    const cached = this.cache.get(type, key);
    if (cached !== undefined) return cached ?? undefined;
    const strong: number[] = [];
    const firstName: number[] = [];
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (SURNAME_TYPES.has(type)) {
      for (const j of this.personByWord.get(last) ?? []) {
        const long = this.infos[j].tokens;
        if (this.infos[j].key === key) continue;
        if (surnameOf(long) === last && isSubsequence(tokens, long)) strong.push(j);
        else if (tokens.length === 1 && long[0] === first) firstName.push(j);
      }
    }
    if (type !== 'place' && type !== 'nationality') {
      for (const j of [...(this.orgByWord.get(first) ?? []), ...(tokens.length > 1 ? (this.orgByWord.get(last) ?? []) : [])]) {
        const long = this.infos[j].tokens;
        const longType = this.mentions[j].type;
        // An organization's short form; other long names only for the same specific type ("Korean" is not the "Korean Peninsula").
        if (longType !== 'organization' && (longType !== type || type === 'other')) continue;
        if (this.infos[j].key === key || long.length <= tokens.length || strong.includes(j)) continue;
        const prefix = tokens.every((t, k) => long[k] === t);
        const suffix = tokens.length > 1 && tokens.every((t, k) => long[long.length - tokens.length + k] === t);
        if (prefix || suffix) strong.push(j);
      }
      const letters = acronymLetters(this.mentions[i].text);
      if (letters) {
        for (const j of this.multiWord) {
          if (this.mentions[j].type !== 'person' && this.infos[j].key !== key && acronymOf(letters, this.infos[j].tokens)) strong.push(j);
        }
      }
    }
    const found = strong.length + firstName.length > 0 ? { strong, firstName } : undefined;
    this.cache.set(type, key, found ?? null);
    return found;
  }
}

/** Candidates of the short mention's own type when there are any: a tagger's type is trusted before its confusions ("Ford" the company before William Ford). */
function preferSameType(found: Candidates, mentions: EntityMention[], type: EntityType): Candidates {
  const same = (j: number) => mentions[j].type === type;
  if (!found.strong.some(same) && !found.firstName.some(same)) return found;
  return { strong: found.strong.filter(same), firstName: found.firstName.filter(same) };
}

/**
 * Which cluster a short mention at `start` joins: the only candidate entity; or,
 * among several, the one whose full name came last before it when no other candidate
 * was mentioned (in any form) since. A first name alone never wins among several.
 */
function choose(
  start: number,
  found: Candidates,
  find: (i: number) => number,
  fullPositions: Map<number, number[]>,
  positions: Map<number, number[]>,
): number | undefined {
  const strong = new Set(found.strong.map(find));
  const all = new Set([...strong, ...found.firstName.map(find)]);
  if (all.size === 1) return [...all][0];
  if (strong.size === 0) return undefined;
  let best: number | undefined;
  let bestAt = -1;
  for (const j of found.strong) {
    const at = latestBefore(fullPositions.get(find(j)) ?? [], start);
    if (at > bestAt) [best, bestAt] = [find(j), at];
  }
  if (best === undefined || bestAt < 0) return undefined;
  for (const root of all) {
    if (root !== best && latestBefore(positions.get(root) ?? [], start) > bestAt) return undefined;
  }
  return best;
}

/** The last position before `start` in a sorted list (-1 when none). */
function latestBefore(sorted: number[], start: number): number {
  const lo = partitionPoint(sorted.length, (k) => sorted[k] < start);
  return lo > 0 ? sorted[lo - 1] : -1;
}

function insertSorted(sorted: number[], value: number): void {
  let at = sorted.length;
  while (at > 0 && sorted[at - 1] > value) at--;
  sorted.splice(at, 0, value);
}

/** The surname of a full name's words: the last word, skipping "Jr." and the like. */
function surnameOf(tokens: string[]): string {
  const last = tokens[tokens.length - 1];
  return tokens.length > 2 && NAME_SUFFIXES.has(last) ? tokens[tokens.length - 2] : last;
}

function isSubsequence(short: string[], long: string[]): boolean {
  let k = 0;
  for (const word of long) if (k < short.length && short[k] === word) k++;
  return k === short.length && short.length < long.length;
}

/** "Long Form Name (LFN)": the mention in parentheses right after another mention, whose initials it spells. */
function definedAcronym(text: string, mentions: EntityMention[], i: number): number | undefined {
  const m = mentions[i];
  if (text[m.start - 1] !== '(' || text[m.end] !== ')') return undefined;
  const letters = acronymLetters(m.text);
  if (!letters) return undefined;
  let j = i - 1;
  while (j >= 0 && mentions[j].end > m.start) j--;
  if (j < 0 || !/^\s*$/.test(text.slice(mentions[j].end, m.start - 1))) return undefined;
  const words = nameKey(mentions[j].text, mentions[j].type).split(' ');
  return acronymOf(letters, words) || words[0][0] === letters[0] ? j : undefined;
}
