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
import { tagNames, type NameSpan } from '../ner';
import { linkMentions } from './link';
import { slugify } from '../slug';
import { disambiguate, placesWrittenAsTeams, typeHintOf, type LinkStrategy, type SharedName } from './disambiguate';
import { datelineNames } from './datelineNames';
import { splitPlaceQualifiers } from './placeQualifier';
import { compoundTailAt, isCommonAbbreviation, isPronounContraction } from './notNames';
import { ROLE_LOOKBACK, roleBefore } from './roles';
import { isPersonRole, isTitleWord } from './titles';
import { entityTypeOf } from './typing';
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
  const teams = (options.strategy ?? 'context') === 'context' ? placesWrittenAsTeams(text, clear, (m) => shared.has(m)) : [];
  const unlinked =
    shared.size > 0 || teams.length > 0 || (options.links?.entries.length ?? 0) > 0
      ? disambiguate(text, spans, clear, shared, registry, { ...options, teams })
      : undefined;
  linkMentions(text, clear, unlinked);
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

/** The tagger's names, trimmed of what is no part of a name (titles, role words, trailing lower-case words). */
function taggedNames(text: string, spans: readonly TextSpan[], memo?: AnalysisMemo): NameSpan[] {
  const tagged: NameSpan[] = [];
  for (const found of tagNames(text, spans, undefined, memo)) {
    const trimmed = withoutTrailingLowercase(text, found);
    if (trimmed && (isPronounContraction(trimmed.text) || isCommonAbbreviation(text, trimmed.start, trimmed.end))) continue;
    const bare = trimmed && withoutLeadingWords(text, trimmed);
    if (!bare) continue;
    if (bare.label === 'PER') {
      const person = withoutLeadingTitles(text, bare);
      // "The Mayor of Boston", "Chief Executive Officer of General Motors": titles after "the" or before "of" name an office, not a person.
      const office =
        person.text.split(/\s+/).every(isTitleWord) &&
        (/\bthe\s+$/i.test(text.slice(Math.max(0, person.start - 4), person.start)) || /^\s+of\s/.test(text.slice(person.end, person.end + 4)));
      if (!office) tagged.push(person);
      continue;
    }
    const person = personAfterRole(text, bare);
    if (person) {
      tagged.push(person);
      continue;
    }
    const organization = withoutRoleWords(text, bare);
    if (!organization) continue;
    const listed = listTail(text, organization, tagged[tagged.length - 1]);
    for (const name of listed ?? [organization]) tagged.push(withoutLeadingHonorific(text, name));
  }
  return tagged;
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
    const encloses = overlapping.length > 0 && overlapping.every((r) => enclosedBy(text, name, r)) && !isTheBefore(text, name, overlapping);
    // A person's fuller name around a shared one is that person ("Morwenna Price" around "Price"); an unshared one keeps the registry's reading.
    if (overlapping.length > 0 && !(encloses && (!isPerson(name) || overlapping.every((r) => sharedAt(mentions, shared, r))))) continue;
    // The enclosed registered mentions give way to the longer name; one already gone (-1) removes nothing.
    for (const r of overlapping) {
      const at = mentions.findIndex((m) => m.start === r.start && m.end === r.end);
      if (at >= 0) shared.delete(mentions.splice(at, 1)[0]);
    }
    if (registry.ignore.size > 0 && registry.ignore.has(name.text.toLowerCase())) continue;
    const caps = capitalsOfRegistered(name, registry) ?? registeredAfterThe(text, name, registry);
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

/**
 * An alias that begins with "the" ("the Lakes") gives way to a longer registered name that
 * begins right after its "the" ("the Lakes Rescue Team"): the matcher reads left to right, so
 * it takes the alias first, but the "the" is the article of the longer name. Only matches
 * that begin with a lower-case "the " are looked at again, so the cost is nil elsewhere.
 */
function withoutLeadingThe(text: string, span: TextSpan, matches: NameMatch[], registry: Registry): NameMatch[] {
  let out: NameMatch[] | undefined;
  for (let k = 0; k < matches.length; k++) {
    const match = matches[k];
    if (!text.startsWith('the ', match.start)) continue;
    const longer = registry.matcher.find(text, match.start + 4, span.end)[0];
    if (!longer || longer.start !== match.start + 4 || longer.end <= match.end) continue;
    out ??= matches.slice();
    const at = out.indexOf(match);
    let until = at + 1;
    while (until < out.length && out[until].start < longer.end) until++;
    out.splice(at, until - at, longer);
  }
  return out ?? matches;
}

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

function isPerson(name: CandidateName): boolean {
  return !name.gazetteer && name.label === 'PER';
}

/**
 * A registered name written in capitals outside a shouting line ("DENVER Bureau", "talks with
 * GERMANY"): the registry's matcher reads capitals without case only where the whole line
 * shouts, so the tagger finds these; they are the registered entity. Five letters at least,
 * so an acronym ("NICE") is not taken for a registered word ("Nice").
 */
function capitalsOfRegistered(name: CandidateName, registry: Registry): { mention: EntityMention; ids?: readonly string[] } | undefined {
  if (registry.entries.length === 0 || name.text !== name.text.toUpperCase()) return undefined;
  const letters = name.text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 5) return undefined;
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
        type: entityTypeOf(name.label, name.text, text.slice(Math.max(0, name.start - 12), name.start)),
        entityId: slugify(name.text),
        registered: false,
        source: 'tagger',
      });
    // The type, id and role read the name, its label and at most ROLE_LOOKBACK characters before it (the type 12): memoized by those.
    const from = Math.max(0, name.start - ROLE_LOOKBACK);
    const read = memo.getFor(`mention ${name.label} ${name.start - from} ${name.text}`, text.slice(from, name.end), () => {
      const m = withRole(text, {
        start: name.start,
        end: name.end,
        text: name.text,
        type: entityTypeOf(name.label, name.text, text.slice(Math.max(0, name.start - 12), name.start)),
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

const TRAILING_LOWERCASE = /(?:\s+\p{Ll}[\p{L}'’.]*)+$/u;

/**
 * A name never ends in a lower-case word ("Port of" when the tagger stopped early), nor in a
 * compound's lower-case tail ("Accra-based", "Cardiff-bred", "Obama-era": see notNames.ts), so
 * the name inside a compound is what links, to the registry when it has it.
 */
function withoutTrailingLowercase<T extends TextSpan & { text: string }>(text: string, name: T): T | undefined {
  const compound = compoundTailAt(name.text);
  const m = compound === undefined ? TRAILING_LOWERCASE.exec(name.text) : undefined;
  if (compound === undefined && !m) return name;
  // "Port of" when the tagger stopped before "Rotterdam": one generic word left is a fragment, not a name.
  if (m && /^\s+(?:of|for)\b/.test(m[0]) && !/\s/.test(name.text.slice(0, m.index))) return undefined;
  const end = name.start + (compound ?? m!.index);
  return end > name.start ? { ...name, end, text: text.slice(name.start, end) } : undefined;
}

/** A lower-case prefix joined by a hyphen ("union-Japan", "anti-Brexit", "ex-Google"); Arabic articles and patronymics ("al-Assad", "bin-Salman") belong to the name. */
const LEADING_PREFIX = /^(?!(?:al|el|ad|as|ash|at|an|ar|az|bin|ibn|bint|ul|ud|abu|abd)-)\p{Ll}+-(?=\p{Lu})/u;
/** A determiner a sentence starts with ("Every Quillan in the fleet", "Each Ferreira"): never part of a name. */
const LEADING_DETERMINER = /^(?:Every|Each|Any|Another|Some|No|This|That|These|Those|Our|Their|His|Her|Its|My|Your)\s+(?=\p{Lu})/u;

/** A wire headline's sport before a hyphen ("Soccer-Iceland beat Denmark"): the topic, not part of the name. */
const LEADING_TOPIC =
  /^(?:Soccer|Football|Rugby|Cricket|Tennis|Golf|Athletics|Cycling|Boxing|Hockey|Basketball|Baseball|Motorsport|Motor racing|Sailing|Rowing|Swimming|Snooker|Racing)-(?=\p{Lu})/u;

/** Without a lower-case prefix before a hyphen, a wire headline's sport, or a leading determiner; undefined when nothing is left. */
function withoutLeadingWords<T extends TextSpan & { text: string }>(text: string, name: T): T | undefined {
  const m = LEADING_PREFIX.exec(name.text) ?? LEADING_TOPIC.exec(name.text) ?? LEADING_DETERMINER.exec(name.text);
  if (!m) return name;
  const start = name.start + m[0].length;
  return start < name.end ? { ...name, start, text: text.slice(start, name.end) } : undefined;
}

/** "President Ana Ruiz" → "Ana Ruiz": titles belong to the role, not the name. */
function withoutLeadingTitles<T extends TextSpan & { text: string }>(text: string, name: T): T {
  let start = name.start;
  for (const word of name.text.split(/\s+/).slice(0, -1)) {
    if (!isTitleWord(word)) break;
    start = text.indexOf(word, start) + word.length;
    while (/\s/.test(text[start])) start++;
  }
  return start === name.start ? name : { ...name, start, text: text.slice(start, name.end) };
}

/** Words that make a run of capitalised words an organization rather than a person's name. */
const ORGANIZATION_WORD =
  /^(?:Inc|Corp|Co|Ltd|Plc|LLC|Group|Bank|Party|Council|Agency|Ministry|Department|Association|Club|Union|United|City|Company|Committee|Commission|Board|Office|Authority|Trust|Fund|Institute|University|College|School|Court|Police|Service|Services|Foundation|Society|League|Federation|Holdings|Airlines|Motors|News|Times|Post|Logistics|Industries|Partners|Systems|Energy|Health|Hotel|Hospital)\.?$/;

/**
 * "Chief Executive Amara Okafor" typed as an organization (the retrained tagger reads a capitalised role
 * that opens a sentence, "Founder and Chief Executive …", as an organization's first words) → the person
 * "Amara Okafor": titles that end in a person's role, then two or three capitalised words none of which
 * names an organization, are a role before a person's name. The role is read back by withRole.
 */
function personAfterRole(text: string, name: NameSpan): NameSpan | undefined {
  const words = name.text.split(/\s+/);
  let titles = 0;
  while (titles < words.length && isTitleWord(words[titles])) titles++;
  if (titles === 0 || !isPersonRole(words[titles - 1])) return undefined;
  const rest = words.slice(titles);
  if (rest.length < 2 || rest.length > 3 || !rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORGANIZATION_WORD.test(w) && !isTitleWord(w))) return undefined;
  const start = name.end - rest.join(' ').length;
  if (text.slice(start, name.end) !== rest.join(' ')) return undefined;
  return { start, end: name.end, text: text.slice(start, name.end), label: 'PER' };
}

/**
 * A role written with an organization's name is not part of it: "Chief Executive Officer of General
 * Motors" → "General Motors", "Apple Chief Executive Officer" → "Apple" (the retrained tagger spans
 * both whole). Leading titles go with the "of" after them; trailing titles go when the word before
 * them is capitalised ("Office of the President" keeps its office); both runs must end in a person's
 * role ("Duke Energy", "State of Texas" stay whole). Undefined when nothing is left.
 */
function withoutRoleWords(text: string, name: NameSpan): NameSpan | undefined {
  const words = name.text.split(/\s+/);
  let first = 0;
  while (first < words.length && isTitleWord(words[first])) first++;
  let start = name.start;
  if (first > 0 && isPersonRole(words[first - 1]) && first + 1 < words.length && words[first] === 'of') {
    const of = text.indexOf(' of ', name.start);
    if (of < 0 || of >= name.end) return name;
    start = of + 4;
  }
  let last = words.length;
  if (isPersonRole(words[words.length - 1])) while (last > 1 && isTitleWord(words[last - 1])) last--;
  let end = name.end;
  if (last < words.length && last > 0 && /^\p{Lu}/u.test(words[last - 1]) && !(start > name.start && last <= first + 1)) {
    const kept = words.slice(0, last).join(' ');
    if (text.slice(name.start, name.start + kept.length) !== kept) return name;
    end = name.start + kept.length;
  }
  if (start === name.start && end === name.end) return name;
  return start < end ? { ...name, start, end, text: text.slice(start, end) } : undefined;
}

/**
 * "Larkhall and Stonehouse" at the end of a list ("the MSP for Ayr, Larkhall and Stonehouse") → two
 * names: a name joined by "and" right after a comma that follows another name is the list's last two
 * items, unless the gazetteer knows the whole ("Bosnia and Herzegovina").
 */
function listTail(text: string, name: NameSpan, previous: NameSpan | undefined): NameSpan[] | undefined {
  const m = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?) and (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)$/u.exec(name.text);
  if (!m || !previous || !/^,\s*$/.test(text.slice(previous.end, name.start))) return undefined;
  if (findGazetteerNames(name.text).some((g) => g.start === 0 && g.end === name.text.length)) return undefined;
  const second = name.end - m[2].length;
  return [
    { start: name.start, end: name.start + m[1].length, text: m[1], label: name.label },
    { start: second, end: name.end, text: m[2], label: name.label },
  ];
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?=\S)/;

/**
 * "Ms Portsmouth" typed as an organization or place → "Portsmouth": an honorific is never part
 * of any name (the tagger, retrained for issue 11, sometimes spans it with a name it does not
 * read as a person); what follows is left to the linker, which sees the honorific before it.
 */
function withoutLeadingHonorific<T extends TextSpan & { text: string }>(text: string, name: T): T {
  const m = HONORIFIC.exec(name.text);
  if (!m || m[0].length >= name.text.length) return name;
  const start = name.start + m[0].length;
  return { ...name, start, text: text.slice(start, name.end) };
}

function withRole(text: string, mention: EntityMention): EntityMention {
  if (mention.type !== 'person') return mention;
  const role = roleBefore(text, mention.start);
  if (!role) return mention;
  const { start, end, text: name, type, entityId, registered, source } = mention;
  return { start, end, text: name, type, entityId, registered, source, role };
}
