/**
 * Section F of the benchmark: registry matching at scale. A registry of 50,000
 * invented entities (people, organizations with acronyms, places; each with aliases)
 * is built from YAML and from entries, and a 1,000-word article is analysed with it,
 * with the workspace fixture's 20-entry registry and with the empty registry. The
 * matcher is a token trie, so the 50k registry should cost the article almost nothing.
 * A second 50k registry shares a fifth of its names between two entries (issue 10): the
 * article's names are all shared, so each is disambiguated; it must add at most 2 ms.
 */
import { analyzeArticle, buildRegistry, EMPTY_REGISTRY, parseRegistry, type RegistryEntry } from '../server/src/analysis';
import { Random } from './prng';
import { Budget, msSince, summarize, Timing, timeSync } from './stats';
import type { BenchText } from './texts';
import { fixtureEntities, registryYaml, type FixtureEntity } from './workspaceFixture';

/** What section F measures. */
export interface RegistryScaleResult {
  entities: number;
  surfaceForms: number;
  /** parseRegistry of the 50k YAML text (one run, as the server does it once per change). */
  parseMs: number;
  /** buildRegistry of the parsed entries (the trie and lookups). */
  buildMs: number;
  text: string;
  words: number;
  empty: Timing;
  small: Timing;
  large: Timing;
  /** Registered mentions found in the article with the 50k registry (the fixture's names are in it). */
  registeredMentions: number;
  /** The same size of registry with a fifth of its names shared by two entries, the article's names among them (issue 10). */
  shared: Timing;
  /** The empty registry, timed in runs alternating with `shared`'s. */
  sharedBaseline: Timing;
  /** Distinct names of the shared registry, and how many of them several entries claim. */
  sharedNames: { distinct: number; shared: number };
  /** Mentions of the article whose text several entries of the shared registry claim (each disambiguated). */
  sharedMentions: number;
}

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kr', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ou', 'ia'];
const CODAS = ['', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'x', 'm'];
const ORG_WORDS = ['Holdings', 'Institute', 'Foundation', 'Logistics', 'Partners', 'Bank', 'Council', 'Works'];

function word(random: Random, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  return w[0].toUpperCase() + w.slice(1);
}

/**
 * `count` distinct invented entities, deterministic for a seed: 60% people ("Draemor
 * Kithal", alias "D. Kithal"), 30% organizations (alias: the acronym while three-letter acronyms last), 10% places
 * (alias: a second spelling), plus the workspace fixture's names so the article has hits.
 */
export function inventedEntities(count: number, seed = 50_000): FixtureEntity[] {
  const random = new Random(seed);
  const names = new Set<string>();
  const out: FixtureEntity[] = fixtureEntities();
  for (const e of out) names.add(e.name.toLowerCase());
  // Names and aliases are all distinct: a surface form claimed twice is a registry error.
  const claim = (forms: string[]) => {
    if (forms.some((f) => names.has(f.toLowerCase()))) return false;
    for (const f of forms) names.add(f.toLowerCase());
    return true;
  };
  while (out.length < count) {
    const kind = random.float();
    const id = `e${String(out.length).padStart(6, '0')}`;
    if (kind < 0.6) {
      const first = word(random, random.int(1, 2));
      const last = word(random, random.int(2, 3));
      const name = `${first} ${last}`;
      const alias = `${first[0]}. ${last}`;
      if (claim([name, alias])) out.push({ id, name, type: 'person', aliases: [alias] });
    } else if (kind < 0.9) {
      const words = [word(random, 2), word(random, 2), random.pick(ORG_WORDS)];
      const name = words.join(' ');
      const acronym = words.map((w) => w[0]).join('');
      // Three-letter acronyms run out long before 15,000 organizations: later ones go without.
      if (claim([name, acronym])) out.push({ id, name, type: 'organization', aliases: [acronym] });
      else if (claim([name])) out.push({ id, name, type: 'organization', aliases: [] });
    } else {
      const name = word(random, 3);
      const alias = `${name}ia`;
      if (claim([name, alias])) out.push({ id, name, type: 'place', aliases: [alias] });
    }
  }
  return out;
}

const DESCRIPTION_WORDS = [
  'city',
  'town',
  'river',
  'port',
  'club',
  'football',
  'company',
  'bank',
  'minister',
  'council',
  'writer',
  'pianist',
  'university',
  'county',
  'capital',
  'founder',
  'airline',
  'museum',
  'festival',
  'party',
];

/**
 * `count` entries in which a fifth of the distinct names, aliases included, are shared by two
 * entries (a second entry of another type and description claims the name): invented entries,
 * every one described, and a second claimant for each of the workspace fixture's names so the
 * article's registered names all need disambiguating. An invented entry has about 1.75 names,
 * so a fifth of the names shared takes a second claimant for about 35 % of the first entries,
 * 26 % of the registry.
 */
export function sharedEntities(count: number, seed = 10_010): RegistryEntry[] {
  const copies = Math.round(count * 0.26);
  const random = new Random(seed);
  const describe = () => `${random.pick(DESCRIPTION_WORDS)} ${random.pick(DESCRIPTION_WORDS)} in ${word(random, 2)}`;
  const base: RegistryEntry[] = inventedEntities(count - copies, seed).map((e) => ({ ...e, roles: [], links: [], description: describe() }));
  const fixture = fixtureEntities().length;
  const out = [...base];
  const other = { person: 'organization', organization: 'place', place: 'organization' } as const;
  for (let k = 0; out.length < count; k++) {
    // The fixture's names first (the article has them), then every second invented entry.
    const source = k < fixture ? base[k] : base[fixture + (k - fixture) * 2];
    if (!source) break;
    out.push({
      id: `${source.id}-other`,
      name: source.name,
      type: other[source.type as keyof typeof other] ?? 'organization',
      aliases: [],
      roles: [],
      links: [],
      description: describe(),
    });
  }
  return out;
}

/** Times two functions in alternating runs (same budget as `timeSync`), so a change of load hits both alike. */
function timePair(first: () => unknown, second: () => unknown, budget: Budget): { first: Timing; second: Timing } {
  const a: number[] = [];
  const b: number[] = [];
  const begun = process.hrtime.bigint();
  while (a.length < budget.maxRuns && (a.length < budget.minRuns || msSince(begun) < budget.ms)) {
    let start = process.hrtime.bigint();
    first();
    a.push(msSince(start));
    start = process.hrtime.bigint();
    second();
    b.push(msSince(start));
  }
  return { first: summarize(a), second: summarize(b) };
}

/** Runs section F on a 1,000-word article. */
export function benchRegistryScale(text: BenchText, count: number, budget: Budget): RegistryScaleResult {
  const yaml = registryYaml(inventedEntities(count));
  let started = process.hrtime.bigint();
  const parsed = parseRegistry(yaml, 'entities.yaml');
  const parseMs = msSince(started);
  if (!parsed.ok) throw new Error(`the generated 50k registry does not parse: ${parsed.problems[0]?.message}`);
  started = process.hrtime.bigint();
  const large = buildRegistry([parsed]);
  const buildMs = msSince(started);
  const small = buildRegistry([parseRegistry(registryYaml(fixtureEntities()), 'entities.yaml')]);
  const surfaceForms = large.entries.reduce((n: number, e: RegistryEntry) => n + 1 + e.aliases.length, 0);
  // Interleaved warm-up so no registry is measured colder than another.
  for (let i = 0; i < budget.warmup; i++) for (const r of [EMPTY_REGISTRY, small, large]) analyzeArticle(text.text, { registry: r });
  const sharedRegistry = buildRegistry([{ entries: sharedEntities(count), ignore: [], problems: [], ok: true }]);
  // The first analysis with it builds its word statistics (once per registry, as the editor does): part of the warm-up.
  for (let i = 0; i < budget.warmup; i++) for (const r of [EMPTY_REGISTRY, sharedRegistry]) analyzeArticle(text.text, { registry: r });
  const sharedForms = [...sharedRegistry.claims.values()];
  const noWarmup = { ...budget, warmup: 0 };
  // Runs alternate with the empty registry's, so both see the same load on a shared machine.
  const pair = timePair(
    () => analyzeArticle(text.text, { registry: EMPTY_REGISTRY }),
    () => analyzeArticle(text.text, { registry: sharedRegistry }),
    noWarmup,
  );
  return {
    shared: pair.second,
    sharedBaseline: pair.first,
    sharedNames: { distinct: sharedForms.length, shared: sharedForms.filter((ids) => ids.length > 1).length },
    sharedMentions: analyzeArticle(text.text, { registry: sharedRegistry }).entities.filter((e) => e.candidates).length,
    entities: large.entries.length,
    surfaceForms,
    parseMs,
    buildMs,
    text: text.name,
    words: text.words,
    empty: timeSync(() => analyzeArticle(text.text, { registry: EMPTY_REGISTRY }), noWarmup),
    small: timeSync(() => analyzeArticle(text.text, { registry: small }), noWarmup),
    large: timeSync(() => analyzeArticle(text.text, { registry: large }), noWarmup),
    registeredMentions: analyzeArticle(text.text, { registry: large }).entities.filter((e) => e.registered).length,
  };
}
