/**
 * What the registry says about each entry, as weighted words: its id, name, aliases,
 * description, roles and the titles of its links, each word weighted by how rare it is
 * across the whole registry (inverse document frequency, documents = entries). A word
 * every entry shares ("town", "company" in a registry of towns and companies) says
 * little; a word only one entry has ("Championship", "Hampshire") says a lot.
 * Built once per registry, on the first article that needs it; an entry's profile is
 * built the first time it is a candidate.
 */
import type { Registry, RegistryEntry } from '../../registry';
import { linkTitleWords, wordsOf } from './words';
import type { EntryKind } from './cue';
import { describedSex, type Sex } from './gender';
import { placeKindOf } from './placeKind';
import { sportOf, type Sport } from './sport';

/** The men's or the women's side of a sport. */
export type Side = 'men' | 'women';

/** One entry's weighted words and the text coherence checks read. */
export interface EntryProfile {
  entry: RegistryEntry;
  /** Word → inverse document frequency (every word of the entry once). */
  weights: Map<string, number>;
  /** The entry's name and aliases, lower-cased: what another entry's description may name it by. */
  names: string[];
  /** The same, normalised as `prose` is (punctuation as spaces), for `namesIn`. */
  phrases: string[];
  /** Description and roles, lower-cased, space-padded, for phrase look-ups (" portsmouth "). */
  prose: string;
  /** Its links, and its own id, for shared-link and direct-link coherence. */
  links: Set<string>;
  /** A team or a river, lake or the like, as the registry describes it (cues tell these apart from clubs' towns and rivers' counties). */
  kind: EntryKind;
  /** For a team whose name or description says so, whether it is the men's or the women's side. */
  side?: Side;
  /** For a team, the one sport its name, description and roles name ("national rugby union team"). */
  sport?: Sport;
  /** For a place, the kind its name says ("Whanganui District"), else the kind its description names first ("settlement", "province", "river"; placeKind.ts). */
  placeKind?: string;
  /** For a person, the sex the description and roles give ("daughter of the founder"; gender.ts), when they give one. */
  sex?: Sex;
}

/** The registry-wide statistics and the entry profiles built so far. */
export class RegistryProfiles {
  private readonly documentFrequency = new Map<string, number>();
  private readonly profiles = new Map<string, EntryProfile>();
  private readonly entryCount: number;

  /** Counts the registry's words at once; `profilesInSteps` makes one in steps instead. */
  constructor(
    private readonly registry: Registry,
    counted = false,
  ) {
    this.entryCount = registry.entries.length;
    if (!counted) for (const step = this.count(Infinity); !step.next().done;);
  }

  /** Counts every entry's words for the document frequencies, yielding after every `entriesPerStep` entries. */
  *count(entriesPerStep: number): Generator<void, void, void> {
    let since = 0;
    for (const entry of this.registry.entries) {
      for (const word of new Set(entryWords(entry))) this.documentFrequency.set(word, (this.documentFrequency.get(word) ?? 0) + 1);
      if (++since >= entriesPerStep) {
        since = 0;
        yield;
      }
    }
  }

  /** How telling a word is: high when few entries have it; words no entry has are worth nothing. */
  idf(word: string): number {
    const df = this.documentFrequency.get(word);
    return df === undefined ? 0 : Math.log((this.entryCount + 1) / df);
  }

  /** The profile of a registry entry (undefined for an id the registry does not have). */
  profile(id: string): EntryProfile | undefined {
    let found = this.profiles.get(id);
    if (found) return found;
    const entry = this.registry.byId.get(id);
    if (!entry) return undefined;
    const weights = new Map<string, number>();
    for (const word of entryWords(entry)) weights.set(word, this.idf(word));
    found = {
      entry,
      weights,
      names: [entry.name, ...entry.aliases].map((n) => n.toLowerCase()),
      phrases: [entry.name, ...entry.aliases].map((n) => normalise(n.toLowerCase())),
      prose: ` ${normalise([entry.description ?? '', ...entry.roles].join(' ; ').toLowerCase())} `,
      links: new Set([...entry.links, entry.id]),
      kind: kindOf(entry),
    };
    // A kind word in the name itself ("Whanganui District", "Canton of Lucerne") says more than the description,
    // which may name the town it lies around first ("Territorial authority around the city of Whanganui").
    if (entry.type === 'place') found.placeKind = placeKindOf(entry.name) ?? placeKindOf(entry.description);
    if (entry.type === 'person') found.sex = describedSex([entry.description ?? '', ...entry.roles].join(' ; '));
    if (found.kind === 'team') {
      found.side = sideOf(`${entry.name} ${entry.description ?? ''}`);
      found.sport = sportOf([entry.name, entry.description ?? '', ...entry.roles].join(' ; '));
    }
    this.profiles.set(id, found);
    return found;
  }
}

/** Every comparable word an entry is described by. */
function entryWords(entry: RegistryEntry): string[] {
  // Ids are slugs people choose to tell entries apart ("perth-scotland", "portsmouth-fc"): their words count too.
  const out = wordsOf(entry.id.replace(/[-_.]+/g, ' '));
  out.push(...wordsOf(entry.name));
  for (const alias of entry.aliases) out.push(...wordsOf(alias));
  if (entry.description) out.push(...wordsOf(entry.description));
  for (const role of entry.roles) out.push(...wordsOf(role));
  for (const link of entry.links) out.push(...linkTitleWords(link));
  return out;
}

const TEAM_WORDS = new Set(['team', 'club', 'xv', 'squad', 'football', 'rugby', 'hockey', 'basketball', 'cricket']);
/** A name that says a body of members, whatever its description calls it ("… Association", "… Society", "… Union"). */
const BODY_NAME = /\b(?:Association|Society|Federation|Union|Institute|Foundation|Council|Authority|Alliance|Guild|Chamber)$/;
// Not a "River port on the Paraguay" or a "lake town": there the water word describes a settlement.
const WATER = /^(?:[\p{L}-]+\s+){0,2}(?:river|lake|loch|lough|canal|stream|estuary|reservoir)\b(?!\s+(?:port|town|city|village|harbour|harbor|resort)\b)/iu;
const WATER_NAME = /\b(?:river|canal|estuary)\b/i;
const LANGUAGE = /\blanguages?\b/i;
const LAKE = /^(?:[\p{L}-]+\s+){0,2}(?:lake|loch|lough|reservoir|tarn|mere)\b/iu;
const LAKE_NAME = /\b(?:lake|loch|lough|reservoir|tarn|water)\b/i;

/**
 * A language: a group name or another name whose description says language. A sports team: an organization whose
 * description or roles say team or club, unless its name says a body of
 * members (BODY_NAME); a lake (its
 * name or description says lake, loch, tarn, reservoir, "Water"); a river or other body of
 * water: a place whose name says so or whose description starts with it ("River through
 * Bath", "Longest river in Britain", not "Village … on the River Clare").
 */
function kindOf(entry: RegistryEntry): EntryKind {
  // "Inuit language of Greenland", "People and language of Tonga": a tongue, which is written and spoken "in".
  if ((entry.type === 'other' || entry.type === 'nationality') && LANGUAGE.test(entry.description ?? '')) return 'language';
  if (entry.type === 'organization') {
    // "Omani Falconry Association: club of falconers in Oman" is a body of members, no side that plays.
    if (BODY_NAME.test(entry.name)) return undefined;
    const words = wordsOf([entry.description ?? '', ...entry.roles].join(' '));
    return words.some((w) => TEAM_WORDS.has(w)) ? 'team' : undefined;
  }
  if (entry.type !== 'place') return undefined;
  // A lake is written bare ("rowed the length of Windermere"), a river with "the": only rivers and the like are 'water'.
  if ([entry.name, ...entry.aliases].some((n) => LAKE_NAME.test(n)) || LAKE.test(entry.description ?? '')) return 'lake';
  if ([entry.name, ...entry.aliases].some((n) => WATER_NAME.test(n)) || WATER.test(entry.description ?? '')) return 'water';
  return undefined;
}

const WOMEN = /\b(?:women|woman|ladies|girls)(?:['’]s)?\b/i;
const MEN = /\b(?:men|man|boys)(?:['’]s)?\b/i;

/**
 * Which side a text speaks of: "women" (or "ladies") and not "men", or the reverse; undefined
 * when it names neither or both. A team the registry calls the men's is not the side of a
 * sentence about "Iceland's women", nor the reverse.
 */
export function sideOf(text: string): Side | undefined {
  const women = WOMEN.test(text);
  const men = MEN.test(text);
  return women === men ? undefined : women ? 'women' : 'men';
}

const cache = new WeakMap<Registry, RegistryProfiles>();

/** The profiles of a registry, built on first use and kept as long as the registry lives. */
export function profilesOf(registry: Registry): RegistryProfiles {
  let found = cache.get(registry);
  if (!found) cache.set(registry, (found = new RegistryProfiles(registry)));
  return found;
}

/**
 * Builds a registry's profiles in steps (yielding after every `entriesPerStep` entries),
 * so the server can prepare them between requests when a large registry with shared
 * names comes into force, instead of in the first hover's analysis. Does nothing when
 * they are built already.
 */
export function* profilesInSteps(registry: Registry, entriesPerStep: number): Generator<void, void, void> {
  if (cache.has(registry)) return;
  const profiles = new RegistryProfiles(registry, true);
  yield* profiles.count(entriesPerStep);
  cache.set(registry, profiles);
}

/** Lower-case text with every run of punctuation and space as one space, trimmed. */
function normalise(lower: string): string {
  return lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True when a normalised phrase (`EntryProfile.phrases`) appears as whole words in padded, normalised prose. */
export function namesIn(prose: string, phrase: string): boolean {
  return phrase.length >= 3 && prose.includes(` ${phrase} `);
}
