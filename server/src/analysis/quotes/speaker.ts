/**
 * Turns a speaker phrase into a `Speaker`: the named entity inside it (the head,
 * not a possessive modifier: "Japan's Chief Cabinet Secretary Yoshihide Suga" gives
 * "Yoshihide Suga"), else a registry role ("Japan's top government spokesperson"
 * gives its id), else a pronoun resolved to the person it refers to, else the
 * descriptive phrase itself with a null id ("a diplomatic source").
 */
import { isAsciiSpace } from '../chars';
import type { EntityMention, EntityType, Speaker, TextSpan } from '../types';
import { firstStartingAtOrAfter, partitionPoint } from '../spans';
import { DETERMINERS, GROUP_PRONOUNS, OTHER_PRONOUNS, PERSON_PRONOUNS } from './lexicon';

/**
 * Role string (lower-cased) to entity id, built from the registry's `roles`
 * ("top government spokesperson" → "yoshihide-suga"). The registry's `roles` map fits.
 */
export type RoleIndex = ReadonlyMap<string, string>;

/** What pronoun resolution can look back at. */
export interface SpeakerContext {
  text: string;
  entities: readonly EntityMention[];
  roles?: RoleIndex;
  /** Speakers already attributed, in text order (quotation speakers are in subject position). */
  previousSpeakers: readonly Speaker[];
  /** Quotation spans; mentions inside them are not antecedents. */
  quoteSpans: readonly TextSpan[];
}

const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place', 'other']);
const PRONOUN_WINDOW = 2500;

function trimPhrase(text: string, phrase: TextSpan): TextSpan {
  let { start, end } = phrase;
  while (start < end && /[\s,.;:“”"'‘’()—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:“”"‘(—–-]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The entities starting in [from, to), by binary search: `entities` are sorted by start. */
export function entitiesStartingIn(entities: readonly EntityMention[], from: number, to: number): readonly EntityMention[] {
  const lo = firstStartingAtOrAfter(entities, from);
  let end = lo;
  while (end < entities.length && entities[end].start < to) end++;
  return entities.slice(lo, end);
}

function isPossessiveModifier(text: string, mention: TextSpan): boolean {
  return /^['’]s?(?:\s|$)/.test(text.slice(mention.end, mention.end + 3));
}

/** The head entity inside the phrase: a person before an organization before a place; the last of its kind. */
function headEntity(text: string, phrase: TextSpan, entities: readonly EntityMention[]): EntityMention | undefined {
  const inside = entitiesStartingIn(entities, phrase.start, phrase.end).filter(
    (e) => e.end <= phrase.end && SPEAKER_TYPES.has(e.type) && !isPossessiveModifier(text, e),
  );
  for (const type of ['person', 'organization', 'place', 'other'] as const) {
    const ofType = inside.filter((e) => e.type === type);
    if (ofType.length > 0) return ofType[ofType.length - 1];
  }
  return undefined;
}

/** Looks the phrase up in the role index, dropping determiners and possessive modifiers from its start. */
function roleId(phraseText: string, roles: RoleIndex | undefined): string | undefined {
  if (!roles || roles.size === 0) return undefined;
  const words = phraseText.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const id = roles.get(words.slice(i).join(' '));
    if (id) return id;
    if (!(DETERMINERS.has(words[i]) || /'s?$/.test(words[i]) || i === 0)) break;
  }
  return undefined;
}

/** Start of the sentence holding `pos`, read back no further than `floor` (`floor` when the sentence starts before it). */
function sentenceStartBefore(text: string, pos: number, floor = 0): number {
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && isSpaceCode(text.charCodeAt(i + 1)))) return i + 1;
  }
  return floor;
}

const SPACE = /\s/;

/** True for a white-space code unit (what `/\s/` matches); NaN (past the end) is not. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return isAsciiSpace(c);
  return c === c && SPACE.test(String.fromCharCode(c));
}

const personStarts = new WeakMap<readonly EntityMention[], number[]>();

/** Starts of the person mentions of an entity list (sorted by start), built once per list. */
function personStartsOf(entities: readonly EntityMention[]): number[] {
  let starts = personStarts.get(entities);
  if (!starts) {
    starts = entities.filter((e) => e.type === 'person').map((e) => e.start);
    personStarts.set(entities, starts);
  }
  return starts;
}

/**
 * True when the mention is the first name of its sentence (a rough test for subject
 * position): no person mention starts between the sentence start and it. Reads back only
 * to the nearest person before it, not to the sentence start, which in a paragraph with
 * no sentence end was the whole paragraph for every pronoun (issue 15).
 */
function isSentenceInitial(text: string, mention: TextSpan, entities: readonly EntityMention[]): boolean {
  const persons = personStartsOf(entities);
  const k = partitionPoint(persons.length, (i) => persons[i] < mention.start) - 1;
  if (k < 0) return true;
  // The nearest person is in the sentence unless a sentence ends at or after its start.
  return sentenceStartBefore(text, mention.start, persons[k]) > persons[k];
}

/** True when `span` lies inside one of `spans` (sorted by start, disjoint): a binary search, not a scan per pronoun. */
function insideSortedSpan(spans: readonly TextSpan[], span: TextSpan): boolean {
  const lo = partitionPoint(spans.length, (k) => spans[k].start <= span.start);
  return lo > 0 && span.end <= spans[lo - 1].end;
}

const firstById = new WeakMap<readonly EntityMention[], Map<string, EntityMention>>();

/** The first entity mention carrying `id` (what `entities.find` gave), from an index built once per entity list. */
function firstWithId(context: SpeakerContext, id: string): EntityMention | undefined {
  let index = firstById.get(context.entities);
  if (!index) {
    index = new Map();
    for (const e of context.entities) if (!index.has(e.entityId)) index.set(e.entityId, e);
    firstById.set(context.entities, index);
  }
  return index.get(id);
}

/** Speakers sorted by start (stable), extended as `previousSpeakers` grows. */
interface SpeakerIndex {
  sorted: Speaker[];
  seen: number;
}

const speakerIndexes = new WeakMap<readonly Speaker[], SpeakerIndex>();

/**
 * `context.previousSpeakers` sorted by start, speakers of equal start in the order they
 * were attributed. Kept per list and brought up to date on each call: speakers come
 * nearly in text order, so each one is inserted near the end.
 */
function speakersByStart(speakers: readonly Speaker[]): Speaker[] {
  let index = speakerIndexes.get(speakers);
  if (!index) speakerIndexes.set(speakers, (index = { sorted: [], seen: 0 }));
  for (; index.seen < speakers.length; index.seen++) {
    const s = speakers[index.seen];
    let at = index.sorted.length;
    while (at > 0 && index.sorted[at - 1].start > s.start) at--;
    index.sorted.splice(at, 0, s);
  }
  return index.sorted;
}

/**
 * Resolves "he"/"she" (persons) or "it"/"they" (organizations) to the entity it
 * most likely refers to: the most recent candidate in subject position (a
 * quotation's speaker or the first name of a sentence), else the most recent one.
 */
function resolvePronoun(pronoun: string, at: number, context: SpeakerContext): string | null {
  const wanted: EntityType = PERSON_PRONOUNS.has(pronoun) ? 'person' : 'organization';
  // Candidates are read most recent first (ties: entities in text order, then speakers in order);
  // the first one in subject position wins, else the most recent. Speakers are always in subject
  // position, so only the latest one matters, and entities are tested (a scan back to the sentence
  // start) only until the answer is known.
  let speakerPos = -Infinity;
  let speakerId: string | null = null;
  // Only speakers starting in the window can count: found by binary search, not by reading every earlier quotation's.
  const byStart = speakersByStart(context.previousSpeakers);
  for (let i = partitionPoint(byStart.length, (k) => byStart[k].start < at - PRONOUN_WINDOW); i < byStart.length && byStart[i].start <= at; i++) {
    const s = byStart[i];
    if (s.entityId === null || s.end > at || s.start < at - PRONOUN_WINDOW) continue;
    const entity = firstWithId(context, s.entityId);
    if (entity && entity.type === wanted && s.start > speakerPos) {
      speakerPos = s.start;
      speakerId = s.entityId;
    }
  }
  const entities = entitiesStartingIn(context.entities, at - PRONOUN_WINDOW, at).filter(
    (e) => e.end <= at && e.type === wanted && !insideSortedSpan(context.quoteSpans, e),
  );
  let mostRecent: string | null = null;
  for (let last = entities.length - 1; last >= 0;) {
    let first = last;
    while (first > 0 && entities[first - 1].start === entities[last].start) first--;
    if (entities[last].start < speakerPos) break;
    for (let k = first; k <= last; k++) {
      mostRecent ??= entities[k].entityId;
      if (isSentenceInitial(context.text, entities[k], context.entities)) return entities[k].entityId;
    }
    last = first - 1;
  }
  if (speakerId !== null) return speakerId;
  if (pronoun === 'they' && entities.length === 0) return null;
  return mostRecent;
}

/** Builds the speaker for a phrase found by the attribution patterns. */
export function speakerFromPhrase(rawPhrase: TextSpan, context: SpeakerContext): Speaker | null {
  const { text } = context;
  const phrase = trimPhrase(text, rawPhrase);
  if (phrase.end <= phrase.start) return null;
  const phraseText = text.slice(phrase.start, phrase.end);
  const lower = phraseText.toLowerCase();
  if (PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower)) {
    return { start: phrase.start, end: phrase.end, text: phraseText, entityId: resolvePronoun(lower, phrase.start, context) };
  }
  if (OTHER_PRONOUNS.has(lower)) return { start: phrase.start, end: phrase.end, text: phraseText, entityId: null };
  const head = headEntity(text, phrase, context.entities);
  if (head) return { start: head.start, end: head.end, text: head.text, entityId: head.entityId };
  return { start: phrase.start, end: phrase.end, text: phraseText, entityId: roleId(phraseText, context.roles) ?? null };
}
