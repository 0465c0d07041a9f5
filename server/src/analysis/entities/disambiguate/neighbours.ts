/**
 * What the article's other mentions say about a shared name: its neighbours in a list of
 * places ("Hamilton, Larkhall and Stonehouse"), a fuller organization name before it that
 * it shortens ("Rovers" after "Hamilton Rovers"), a region the registry knows written
 * after it ("Perth in Western Australia"), "the other" before it; and the registered
 * places that a match report writes as teams ("Ireland host Scotland"), which no entry
 * fits when the registry has only the country.
 */
import type { Registry } from '../../registry';
import type { EntityMention, TextSpan } from '../../types';
import { acronymLetters, acronymOf } from '../acronyms';
import { cueOf, type Cue } from './cue';
import { inMatchReport, writtenAsTeam } from './matchReport';
import { afterDatelineTown, placeKindOf } from './placeKind';

/**
 * Registered mentions of a place that no other entry shares, written as a team in a match
 * report ("Ireland host Scotland", "to face Italy" where the registry has the countries,
 * not their teams): the context contradicts the only candidate, so they stay unregistered.
 * One sense per article: once a name is written as a team, its other mentions in the
 * match's words are the team too ("Ecuador had led at half-time"), unless their own words
 * make them the place ("in Ecuador", "Ecuador's government"), as a later item of a list
 * after "in" does ("ten teams in Maine, New Hampshire, Massachusetts and Rhode Island"), and as
 * the country after a dateline's town is ("SPLIT, Croatia, March 15 (Wire) -").
 */
export function placesWrittenAsTeams(text: string, mentions: readonly EntityMention[], isShared: (m: EntityMention) => boolean): EntityMention[] {
  const places = mentions.filter((m) => m.registered && m.type === 'place' && !isShared(m));
  // Each place's cue is read once: it says both whether the place is written as a team and whether it may follow one.
  const cues = places.map((m) => cueOf(text, m));
  const teams = new Set(places.filter((m, k) => writtenAsTeam(text, m, cues[k])));
  if (teams.size === 0) return [];
  const asTeam = new Set([...teams].map((m) => m.entityId));
  return places.filter(
    (m, k) =>
      teams.has(m) || (asTeam.has(m.entityId) && cues[k] !== 'place' && !inListAfterIn(text, m) && !afterDatelineTown(text, m) && inMatchReport(text, m)),
  );
}

/** "in", "across" or "throughout", then capitalised names, each ended by a comma or "and"/"or": the mention is a later item of that list. */
const LIST_AFTER_IN = /\b(?:in|across|throughout)\s+(?:\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)*(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+))+$/u;

/**
 * True when the mention is a later item of a list of names after "in" ("in Maine, New Hampshire,
 * Massachusetts and Rhode Island"). Not `listCue`, which makes any item of a list of places a
 * place: in a match report, "Peru, Chile and Ecuador meet next week" lists the sides.
 */
function inListAfterIn(text: string, m: TextSpan): boolean {
  return LIST_AFTER_IN.test(text.slice(Math.max(0, m.start - 120), m.start));
}

const REGION_WORDS = /\b(?:state|county|region|province|country|territory|island)\b/i;

/** A registered place the registry describes as a country or region ("Western Australia: Australian state"), which may qualify a name after "in". */
export function isRegion(m: EntityMention, registry: Registry): boolean {
  if (!m.registered || m.type !== 'place') return false;
  const entry = registry.byId.get(m.entityId);
  // "city in Ghana's Ashanti Region" names a region but is a city: "Ghana beat Nigeria in Kumasi" says where they played.
  return entry !== undefined && REGION_WORDS.test(entry.description ?? '') && placeKindOf(entry.description) !== 'settlement';
}

/**
 * The name used for the name itself, of no one place or person: "three cities called Springfield", "the wrong
 * Springfield", "not everyone named Carvalho", "each Portland", "not every Berlin in the news".
 */
const GENERIC_BEFORE =
  /\b(?:(?:cities|towns|villages|places|ports|rivers|counties|states|people|women|men|companies|firms|clubs|everyone|anyone|someone|everybody|anybody|nobody|no one)\s+(?:called|named)|the\s+wrong)\s+$/i;
/** "not every Berlin", "each Portland", "one Freiburg": a quantifier before the name, which is then generic… */
const QUANTIFIED_BEFORE = /\b(not\s+every|each|one)\s+$/i;
/** …when the name is what is counted ("each Portland, with no labels", "not every Berlin in the news"), not a noun's modifier ("not every Newport voter"). */
const COUNTED_NAME_AFTER = /^(?:\s*[,.;:!?)"”’]|\s+(?:in|on|at|of|from|or|and|is|was|has|had|that|which)\b)/;
/** "one" counts only in "one X or the other". */
const EITHER_AFTER = /^\s+or\s+(?:the\s+other|another)\b/i;

/** "X is a common surname", "X is also one of the most common surnames in Turkey": the name itself. */
const COMMON_NAME_AFTER = /^\s+is\s+(?:also\s+)?(?:a|one\s+of\s+the\s+most|the\s+most)\s+common\s+(?:sur|family\s+|first\s+|given\s+)?names?\b/i;
/**
 * A business introduced by an indefinite article and then named ("a family bakery chain that also trades as X",
 * "a small boat operator in Chalkidiki called X", "a boatyard … that is also called X", "a rice trader that
 * calls itself simply X"): another business of the name, not the registered one the article is about.
 */
const NAMESAKE_BUSINESS_BEFORE =
  /\b(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:business|firm|company|bakery|bakeries|chain|shop|store|trader|operator|boatyard|yard|restaurant|café|cafe|hotel|clinic|pharmacy|garage|brand|label|winery|farm|workshop)\b[^.!?;]{0,60}?\b(?:(?:also\s+)?(?:called|named|trades?\s+as|trading\s+as|known\s+as)|calls\s+itself(?:\s+simply)?)\s+$/iu;

/** True when the mention names the name itself ("cities called Springfield", "X is a common surname"), or another of its bearers a business introduces ("a bakery that trades as X"), not one entry of it. */
export function genericUse(text: string, m: TextSpan): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  if (GENERIC_BEFORE.test(before)) return true;
  if (COMMON_NAME_AFTER.test(text.slice(m.end, m.end + 60))) return true;
  if (/(?:called|named|as|itself|simply)\s+$/i.test(before) && NAMESAKE_BUSINESS_BEFORE.test(text.slice(Math.max(0, m.start - 140), m.start))) return true;
  const quantifier = QUANTIFIED_BEFORE.exec(before);
  if (!quantifier) return false;
  const after = text.slice(m.end, m.end + 20);
  return quantifier[1].toLowerCase() === 'one' ? EITHER_AFTER.test(after) : COUNTED_NAME_AFTER.test(after);
}

/** "the other X", "another X", and a namesake introduced as "is also called X" / "also named X". */
const CONTRAST_BEFORE = /\b(?:the other|another|a different|a (?:second|third|fourth)|also (?:called|named))\s+$/i;

/**
 * "She shares her name with the general manager of the Storks, X", "no relation of the footballer with the same
 * name, X": a namesake named later in the sentence.
 */
const SHARES_NAME_BEFORE = /\b(?:shares?\s+(?:his|her|its|their|a)\s+name\s+with\b[^.!?;\n]{0,100}|\b(?:with|of)\s+the\s+same\s+name,?\s+)$/i;

/**
 * True for a namesake the sentence sets against the person it is about ("he shares his name with the
 * volleyball player Ali Rezaei"): the story's own person, not this one, is who its surname names after it.
 */
export function namesakeIntroduced(text: string, m: TextSpan): boolean {
  return SHARES_NAME_BEFORE.test(text.slice(Math.max(0, m.start - 140), m.start));
}

/**
 * "the other Daniel Price", "another River Avon", "she shares her name with … Daniel Price": the mention is set against
 * what its form named before.
 */
export function contrastBefore(text: string, m: TextSpan): boolean {
  return CONTRAST_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) || namesakeIntroduced(text, m);
}

/**
 * "Another Baek, Baek Min-seok, a union leader", "A different Bellandi, Marco Bellandi, who runs a hardware
 * shop": a namesake set against the name's entries and named in full right after, by a name the registry
 * does not have. The mention is that unregistered person, none of the entries.
 */
export function unregisteredNamesake(text: string, mentions: readonly EntityMention[], i: number): boolean {
  const m = mentions[i];
  const next = mentions[i + 1];
  if (!next || next.registered || next.type !== 'person' || !contrastBefore(text, m)) return false;
  if (!/^,\s*$/.test(text.slice(m.end, next.start)) || next.text === m.text) return false;
  return next.text.endsWith(` ${m.text}`) || next.text.startsWith(`${m.text} `);
}

/**
 * "Rovers" after "Hamilton Rovers", "NTA" after "the Nordic Transit Authority (NTA)": the
 * candidate (no person) a fuller name before the mention names, when the mention is its
 * first or last word(s) or an acronym of its words, and no candidate is called by the form
 * itself (a town's name is no short form of its club's). The nearest such name wins.
 * `placed` holds the anchored mentions in document order.
 */
export function shortFormOf(
  form: string,
  ids: readonly string[],
  placed: readonly { start: number; id: string; form: string }[],
  start: number,
  registry: Registry,
): string | undefined {
  const lower = form.toLowerCase();
  if (ids.some((id) => registry.byId.get(id)!.name.toLowerCase() === lower)) return undefined;
  const letters = acronymLetters(form);
  for (let k = placed.length - 1; k >= 0; k--) {
    const a = placed[k];
    // A person's surname follows their full name by the cues of the sentence (follow.ts), not here.
    if (a.start >= start || !ids.includes(a.id) || a.form === lower || registry.byId.get(a.id)!.type === 'person') continue;
    if (a.form.startsWith(`${lower} `) || a.form.endsWith(` ${lower}`)) return a.id;
    if (letters !== undefined && acronymOf(letters, a.form.split(/\s+/))) return a.id;
  }
  return undefined;
}

/** What joins two items of a list of names: a comma, "and" or "or", or both (", and"). */
export const LIST_JOIN = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;

/**
 * A name in a list of places is a place ("Hamilton, Larkhall and Stonehouse", "Perth and
 * Dundee"): its neighbours in the list, joined by a comma, "and" or "or", are places that
 * no registry entry shares.
 */
export function listCue(text: string, mentions: readonly EntityMention[], i: number, isShared: (m: EntityMention) => boolean): Cue | undefined {
  const joined = (a: EntityMention, b: EntityMention) => LIST_JOIN.test(text.slice(a.end, b.start));
  const neighbours: EntityMention[] = [];
  if (i > 0 && joined(mentions[i - 1], mentions[i])) neighbours.push(mentions[i - 1]);
  if (i + 1 < mentions.length && joined(mentions[i], mentions[i + 1])) neighbours.push(mentions[i + 1]);
  return neighbours.length > 0 && neighbours.every((n) => n.type === 'place' && !isShared(n)) ? 'place' : undefined;
}

/**
 * "the Eden district", "a Quillan drone": the words after the mention, lower-case, complete
 * one candidate's name or alias ("Eden District", "Quillan drone") that the name finder did
 * not take whole (the registry matches names with their capitals). That candidate is named.
 */
export function continuedAs(text: string, m: TextSpan, ids: readonly string[], registry: Registry): string | undefined {
  const form = text.slice(m.start, m.end).toLowerCase();
  const after = text.slice(m.end, m.end + 40).toLowerCase();
  if (!/^ [a-z]/.test(after)) return undefined;
  for (const id of ids) {
    const entry = registry.byId.get(id)!;
    for (const name of [entry.name, ...entry.aliases]) {
      const lower = name.toLowerCase();
      if (!lower.startsWith(`${form} `)) continue;
      const rest = lower.slice(form.length);
      if (after.startsWith(rest) && !/^[\p{L}\p{N}]/u.test(after.slice(rest.length))) return id;
    }
  }
  return undefined;
}
