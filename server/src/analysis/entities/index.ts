/**
 * Entity mentions of an article: registered names first (the registry always wins),
 * then the built-in gazetteer's names combined with those found by the trained tagger
 * (see gazetteer/combine.ts), typed, with their titles kept as roles, and linked
 * within the article.
 */
import { findGazetteerNames, type GazetteerEntry } from '../gazetteer';
import { combineWithGazetteer, type CandidateName } from '../gazetteer/combine';
import { keepGazetteerIds } from '../gazetteer/ids';
import { registryEntryFor } from '../gazetteer/registryLink';
import type { NameSpan } from '../ner';
import { taggedNames } from './taggedNames';
import { linkMentions } from './link';
import { slugify } from '../slug';
import { disambiguate, placesWrittenAsTeams, surnamesOfNamesakes, typeHintOf, type LinkStrategy, type SharedName } from './disambiguate';
import { matchDateline } from '../dateline';
import { datelineNames } from './datelineNames';
import { splitPlaceQualifiers } from './placeQualifier';
import { withoutLeadingThe } from './leadingThe';
import { ROLE_LOOKBACK, roleBefore } from './roles';
import { surnamesReadAsPlaces } from './surnamePlaces';
import { entityTypeOf, TYPE_LOOKBACK } from './typing';
import type { NameMatch, Registry } from '../registry';
import type { AnalysisMemo } from '../memo';
import { namesClearOfDates } from '../namesAndDates';
import { partitionPoint } from '../spans';
import type { EntityMention, FrontMatterLinks, TextSpan } from '../types';

/** What the article says beyond its text: the reader's link choices; and, for evaluations, how shared names are decided. */
export interface FindEntitiesOptions {
  /** The front matter's `links:`: they win over the scorer. */
  links?: FrontMatterLinks;
  /** 'context' (the default) or an evaluation baseline. */
  strategy?: LinkStrategy;
  /** The article's dateline, whose place and agency are names too. */
  dateline?: TextSpan;
  /** The article's date expressions, which no name may overlap. */
  dates?: readonly TextSpan[];
}

/**
 * Finds, types and links the entity mentions inside the given spans. `options.dates` are
 * the article's date expressions: no name may overlap one (see namesAndDates.ts), and the
 * names that would are dropped before linking, so a month never joins a person's cluster.
 */
export function findEntities(
  text: string,
  spans: readonly TextSpan[],
  registry: Registry,
  memo?: AnalysisMemo,
  options: FindEntitiesOptions = {},
): EntityMention[] {
  const found: Found = { mentions: [], shared: new Map(), named: new Map() };
  const registered = addRegistered(found, text, spans, registry, memo);
  const tagged = taggedNames(text, spans, memo);
  for (const [mention, name] of found.shared) name.hint = typeHintOf(text, mention, tagged);
  addTagged(found, text, spans, tagged, registered, registry, memo);
  if (options.dateline) addDateline(found, text, options.dateline, registry);
  const { mentions, shared, named } = found;
  mentions.sort((a, b) => a.start - b.start);
  const clear = namesClearOfDates(mentions, options.dates ?? NO_SPANS);
  // "said Washington" after "MaliVai Washington": the person, not the place the gazetteer read.
  for (const m of surnamesReadAsPlaces(text, clear, (x) => shared.has(x))) {
    m.type = 'person';
    m.entityId = slugify(m.text);
    m.source = 'tagger';
    named.delete(m);
  }
  const inContext = (options.strategy ?? 'context') === 'context';
  const teams = inContext ? placesWrittenAsTeams(text, clear, (m) => shared.has(m)) : [];
  const namesakes = inContext ? surnamesOfNamesakes(text, clear, registry, (m) => shared.has(m)) : new Map<EntityMention, EntityMention>();
  const unlinked =
    shared.size > 0 || teams.length > 0 || namesakes.size > 0 || (options.links?.entries.length ?? 0) > 0
      ? disambiguate(text, spans, clear, shared, registry, { ...options, teams, namesakes })
      : undefined;
  linkMentions(text, clear, unlinked, memo);
  keepGazetteerIds(clear, named);
  return splitPlaceQualifiers(clear, registry);
}

/**
 * The mentions findEntities gathers, phase by phase. Each phase is a function of its own:
 * besides reading better, a keystroke's first analyses then run optimised code sooner
 * (V8 compiled the one long function's first loop on its own and left the rest of it in
 * the interpreter for a dozen analyses).
 */
interface Found {
  mentions: EntityMention[];
  /** Registered mentions whose text several entries claim, decided once the article is read. */
  shared: Map<EntityMention, SharedName>;
  /** Unregistered mentions the gazetteer knows, for their gazetteer ids. */
  named: Map<EntityMention, GazetteerEntry>;
}

/** Adds the registry's names (the registry always wins); returns their spans, in order. */
function addRegistered(found: Found, text: string, spans: readonly TextSpan[], registry: Registry, memo?: AnalysisMemo): TextSpan[] {
  const registered: TextSpan[] = [];
  const registryKind = memo ? `reg ${memo.registryNumber(registry)}` : '';
  for (const span of spans) {
    for (const match of withoutLeadingThe(text, span, matchesIn(memo, registryKind, text, span, registry.matcher), registry)) {
      const entry = registry.byId.get(match.id)!;
      registered.push(match);
      const mention = withRole(text, {
        start: match.start,
        end: match.end,
        text: text.slice(match.start, match.end),
        type: entry.type,
        entityId: entry.id,
        registered: true,
        source: 'registry',
      });
      if (match.ids) found.shared.set(mention, { ids: match.ids });
      found.mentions.push(mention);
    }
  }
  return registered;
}

/** Adds the tagged names, combined with the gazetteer's, where no registered name already stands. */
function addTagged(
  found: Found,
  text: string,
  spans: readonly TextSpan[],
  tagged: readonly NameSpan[],
  registered: readonly TextSpan[],
  registry: Registry,
  memo?: AnalysisMemo,
): void {
  const { mentions, shared, named } = found;
  const places: NameMatch[] = [];
  for (const span of spans) for (const match of matchesIn(memo, 'gaz', text, span, GAZETTEER)) places.push(match);
  for (const name of combineWithGazetteer(text, tagged, places)) {
    const overlapping = overlappingSpans(registered, name);
    // A longer name around a registered one is another entity ("Bank of Japan" around "Japan");
    // any other overlap means the registry's reading wins.
    // "The National Farmers' Alliance" around the registered "National Farmers' Alliance" is that name, with its article.
    const encloses =
      overlapping.length > 0 &&
      overlapping.every((r) => enclosedBy(text, name, r)) &&
      !isTheBefore(text, name, overlapping) &&
      !onlyRegisteredList(text, name, overlapping);
    // A person's fuller name around a shared one is that person ("Morwenna Price" around "Price"), and so is one around
    // a registered person's surname with another given name ("Owen Marsh" around Ellen Marsh's "Marsh"); any other
    // unshared one keeps the registry's reading.
    if (
      overlapping.length > 0 &&
      !(encloses && (!isPerson(name) || overlapping.every((r) => sharedAt(mentions, shared, r) || anotherPerson(text, name, r, mentions, registry))))
    )
      continue;
    // The enclosed registered mentions give way to the longer name; one already gone (-1) removes nothing.
    for (const r of overlapping) {
      const at = mentions.findIndex((m) => m.start === r.start && m.end === r.end);
      if (at >= 0) shared.delete(mentions.splice(at, 1)[0]);
    }
    if (registry.ignore.size > 0 && registry.ignore.has(name.text.toLowerCase())) continue;
    const caps = capitalsOfRegistered(text, name, registry) ?? registeredAfterThe(text, name, registry);
    if (caps) {
      mentions.push(caps.mention);
      if (caps.ids) shared.set(caps.mention, { ids: caps.ids });
      continue;
    }
    const mention = mentionOf(text, name, registry, memo);
    if (name.gazetteer && !mention.registered) named.set(mention, name.gazetteer);
    mentions.push(mention);
  }
}

/** Adds the dateline's place and agency. */
function addDateline(found: Found, text: string, dateline: TextSpan, registry: Registry): void {
  const { mentions, shared, named } = found;
  for (const dated of datelineNames(text, dateline, registry)) {
    // A dateline place the layers found already (as a shared name, or unregistered) takes the dateline's reading:
    // it is a place ("KENDAL, England" is the town, not its club).
    const same = mentions.findIndex((m) => m.start === dated.mention.start && m.end === dated.mention.end && (shared.has(m) || !m.registered));
    if (same >= 0 && dated.role === 'place') shared.delete(mentions.splice(same, 1)[0]);
    else if (mentions.some((m) => m.start < dated.mention.end && dated.mention.start < m.end)) continue;
    mentions.push(dated.mention);
    if (dated.ids) shared.set(dated.mention, { ids: dated.ids, hint: { type: dated.role, from: 'dateline' } });
    if (dated.gazetteer) named.set(dated.mention, dated.gazetteer);
  }
}

const NO_SPANS: readonly TextSpan[] = [];

/** True when the registered mention at `span` is a shared name. */
function sharedAt(mentions: readonly EntityMention[], shared: ReadonlyMap<EntityMention, SharedName>, span: TextSpan): boolean {
  if (shared.size === 0) return false;
  const m = mentions.find((x) => x.start === span.start && x.end === span.end);
  return m !== undefined && shared.has(m);
}

/**
 * The registered spans overlapping `name`, in order (what `registered.filter(overlaps)` gives):
 * registered matches are sorted and disjoint, so their ends are sorted too and a binary search
 * finds the first one ending after the name's start.
 */
function overlappingSpans(registered: readonly TextSpan[], name: TextSpan): readonly TextSpan[] {
  if (registered.length === 0) return NO_SPANS;
  const lo = partitionPoint(registered.length, (k) => registered[k].end <= name.start);
  const out: TextSpan[] = [];
  for (let k = lo; k < registered.length && registered[k].start < name.end; k++) out.push(registered[k]);
  return out;
}

/** What finds names in a stretch of text: the registry's matcher or the gazetteer's. */
interface NameFinder {
  find(text: string, from?: number, to?: number): NameMatch[];
}

const GAZETTEER: NameFinder = { find: findGazetteerNames };

/**
 * Name matches inside one span: they depend on the span's text alone, so they are memoized by it.
 * Without a memo the finder reads the span in place (its tokenizer and rules never look outside
 * `[from, to)`, so the matches are the span's own, already at article offsets) and no key is built.
 */
function matchesIn(memo: AnalysisMemo | undefined, kind: string, text: string, span: TextSpan, finder: NameFinder): NameMatch[] {
  if (!memo) return finder.find(text, span.start, span.end);
  const spanText = text.slice(span.start, span.end);
  const relative = memo.getFor(kind, spanText, () => finder.find(spanText));
  return span.start === 0 ? relative : relative.map((m) => ({ ...m, start: m.start + span.start, end: m.end + span.start }));
}

/**
 * The registered span `r` lies inside the longer name. A registered alias written with "the"
 * counts from the word after it, so "the Shannon" (the river) is inside "Shannon Waters
 * Authority" in "officials of the Shannon Waters Authority": the authority is another entity.
 */
function enclosedBy(text: string, name: TextSpan, r: TextSpan): boolean {
  const start = name.start === r.start + 4 && text.startsWith('the ', r.start) ? r.start + 4 : r.start;
  return name.start <= start && r.end <= name.end && name.end - name.start > r.end - start;
}

/** What joins two items of a list: a comma, "and", or both. */
const LIST_JOINER = /^(?:,\s*|,?\s+and\s+)$/;

/**
 * True when `name` is nothing but registered names joined as a list ("Naalakkersuisut and Sermersooq", which the tagger
 * spanned as one): no longer name, so the registry's readings stand.
 */
function onlyRegisteredList(text: string, name: TextSpan, overlapping: readonly TextSpan[]): boolean {
  if (overlapping.length < 2 || overlapping[0].start !== name.start || overlapping[overlapping.length - 1].end !== name.end) return false;
  for (let k = 1; k < overlapping.length; k++) if (!LIST_JOINER.test(text.slice(overlapping[k - 1].end, overlapping[k].start))) return false;
  return true;
}

/** True when `name` is "The " followed by exactly the one registered span it overlaps. */
function isTheBefore(text: string, name: TextSpan, overlapping: readonly TextSpan[]): boolean {
  return overlapping.length === 1 && overlapping[0].end === name.end && /^the\s+$/i.test(text.slice(name.start, overlapping[0].start));
}

/**
 * A name after "the" whose registry entry is written with it ("The Courier will publish…" for the
 * alias "the Courier"): the matcher reads the alias's case exactly, so a sentence's capital "The"
 * hides it; the tagger's name is that registered entity.
 */
function registeredAfterThe(text: string, name: CandidateName, registry: Registry): { mention: EntityMention; ids?: readonly string[] } | undefined {
  if (registry.entries.length === 0 || name.gazetteer || !/\bthe\s+$/i.test(text.slice(Math.max(0, name.start - 4), name.start))) return undefined;
  const ids = registry.claims.get(`the ${name.text.replace(/\s+/g, ' ').toLowerCase()}`);
  if (!ids || ids.length === 0) return undefined;
  return registeredMention(name, registry, ids);
}

/** The registered mention of a name the registry claims under `ids` (the first entry; all of them when several share it, for the linker). */
function registeredMention(name: CandidateName, registry: Registry, ids: readonly string[]): { mention: EntityMention; ids?: readonly string[] } {
  const entry = registry.byId.get(ids[0])!;
  const mention: EntityMention = {
    start: name.start,
    end: name.end,
    text: name.text,
    type: entry.type,
    entityId: entry.id,
    registered: true,
    source: 'registry',
  };
  return ids.length > 1 ? { mention, ids } : { mention };
}

/**
 * True when the person `name` encloses the registered span `r`, a registered person's alias, with a first word that
 * is none of that person's names: "Owen Marsh" is not Ellen Marsh, whose alias "Marsh" the registry matched inside it.
 */
function anotherPerson(text: string, name: CandidateName, r: TextSpan, mentions: readonly EntityMention[], registry: Registry): boolean {
  // A surname alone: a fuller registered name inside a longer span is that person with a word before it ("Winger Kofi Mensah").
  if (r.start <= name.start || /\s/.test(text.slice(r.start, r.end))) return false;
  const m = mentions.find((x) => x.start === r.start && x.end === r.end);
  const entry = m?.registered ? registry.byId.get(m.entityId) : undefined;
  if (entry?.type !== 'person') return false;
  const first = text.slice(name.start, r.start).trim().split(/\s+/)[0];
  const names = [entry.name, ...(entry.aliases ?? [])].flatMap((n) => n.toLowerCase().split(/\s+/));
  return /^\p{Lu}\p{Ll}+$/u.test(first) && !names.includes(first.toLowerCase());
}

function isPerson(name: CandidateName): boolean {
  return !name.gazetteer && name.label === 'PER';
}

/**
 * True when the name opens a line that is a dateline, as its whole town ("LOM, Bulgaria, July 4 (Wire) -"): a short
 * name there is a place, not an acronym. The line is read by the structure's own dateline recogniser (matchDateline).
 */
function opensDateline(text: string, name: TextSpan): boolean {
  if ((name.start > 0 && text[name.start - 1] !== '\n') || /^[ ]?\p{Lu}/u.test(text.slice(name.end, name.end + 2))) return false;
  const lineEnd = text.indexOf('\n', name.start);
  return matchDateline(text.slice(name.start, lineEnd < 0 ? text.length : lineEnd)) !== undefined;
}

/**
 * A registered name written in capitals outside a shouting line ("DENVER Bureau", "talks with
 * GERMANY"): the registry's matcher reads capitals without case only where the whole line
 * shouts, so the tagger finds these; they are the registered entity. Five letters at least,
 * so an acronym ("NICE") is not taken for a registered word ("Nice"), save a dateline's town (opensDateline).
 */
function capitalsOfRegistered(text: string, name: CandidateName, registry: Registry): { mention: EntityMention; ids?: readonly string[] } | undefined {
  if (registry.entries.length === 0 || name.text !== name.text.toUpperCase()) return undefined;
  const letters = name.text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 5 && !opensDateline(text, name)) return undefined;
  const ids = registry.claims.get(
    name.text
      .replace(/\s+/g, ' ')
      .replace(/[’']S$/, '')
      .toLowerCase(),
  );
  if (!ids || ids.length === 0) return undefined;
  return registeredMention(name, registry, ids);
}

/** A gazetteer name links to the registry entry that stands for its entity when there is one, else to its gazetteer id. */
function mentionOf(text: string, name: CandidateName, registry: Registry, memo?: AnalysisMemo): EntityMention {
  if (!name.gazetteer) {
    if (!memo)
      return withRole(text, {
        start: name.start,
        end: name.end,
        text: name.text,
        type: entityTypeOf(name.label, name.text, text.slice(Math.max(0, name.start - TYPE_LOOKBACK), name.start)),
        entityId: slugify(name.text),
        registered: false,
        source: 'tagger',
      });
    // The type, id and role read the name, its label and at most ROLE_LOOKBACK characters before it (the type TYPE_LOOKBACK): memoized by those.
    const from = Math.max(0, name.start - ROLE_LOOKBACK);
    const read = memo.getFor(`mention ${name.label} ${name.start - from} ${name.text}`, text.slice(from, name.end), () => {
      const m = withRole(text, {
        start: name.start,
        end: name.end,
        text: name.text,
        type: entityTypeOf(name.label, name.text, text.slice(Math.max(0, name.start - TYPE_LOOKBACK), name.start)),
        entityId: slugify(name.text),
        registered: false,
        source: 'tagger',
      });
      return { type: m.type, entityId: m.entityId, role: m.role };
    });
    const mention: EntityMention = {
      start: name.start,
      end: name.end,
      text: name.text,
      type: read.type,
      entityId: read.entityId,
      registered: false,
      source: 'tagger',
    };
    if (read.role !== undefined) mention.role = read.role;
    return mention;
  }
  const owner = registryEntryFor(registry, name.gazetteer);
  if (owner) return { start: name.start, end: name.end, text: name.text, type: owner.type, entityId: owner.id, registered: true, source: 'gazetteer' };
  return { start: name.start, end: name.end, text: name.text, type: name.gazetteer.type, entityId: name.gazetteer.id, registered: false, source: 'gazetteer' };
}

function withRole(text: string, mention: EntityMention): EntityMention {
  if (mention.type !== 'person') return mention;
  const role = roleBefore(text, mention.start);
  if (!role) return mention;
  const { start, end, text: name, type, entityId, registered, source } = mention;
  return { start, end, text: name, type, entityId, registered, source, role };
}
