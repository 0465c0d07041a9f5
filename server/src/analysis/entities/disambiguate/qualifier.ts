/**
 * "Newport, Rhode Island", "Hamilton in Bermuda", "Perth (Scotland)": a place written
 * right after a name says which place the name is; and a country's possessive before an
 * institution's name says whose it is ("Bolivia's Chamber of Deputies"). Not when the two are items of a list
 * ("Bristol, Newport, Cardiff and Swansea"), and "in" only with a country or region or a
 * place some candidate lies in ("Portugal in Oslo" says where a match was played).
 */
import { gazetteerEntryNamed } from '../../gazetteer';
import type { EntityMention } from '../../types';
import { stateAbbreviationAfter } from './stateAbbreviations';
import { wordsOf } from './words';

const LIST_BEFORE = /[\p{Lu}][\p{L}.'’-]*,\s*$/u;
const LIST_AFTER = /^\s*(?:,\s*[\p{Lu}]|(?:and|or|&)\s+(?:the\s+)?[\p{Lu}])/u;
/** "Albania v North Macedonia, Moldova v Kosovo": a fixture list, whose commas part two games. */
const FIXTURE_AFTER = /^\s+(?:v|vs)\.?\s+\p{Lu}/u;
/**
 * What joins a name to the place that qualifies it: a comma, "in" (also after a comma: "Goseong, in
 * South Gyeongsang"), a parenthesis, "on the" (an edge, below), and "in the [southern] state of"
 * ("Palmas, in the southern state of Paraná").
 */
const JOINERS =
  /^(?:,[ \t]*|,?[ \t]+in[ \t]+|[ \t]*\([ \t]*|,[ \t]+on[ \t]+the[ \t]+|,?[ \t]+in[ \t]+the[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:state|province|region|county|department|prefecture|governorate)[ \t]+of[ \t]+)$/;
/** "Victoria, on the Texas coast": the place after "on the" qualifies only when a coast, shore, border or bank follows it. */
const EDGE_AFTER = /^[ \t]+(?:coast|shore|border|bank|side)\b/;

/**
 * The words of the place qualifying mention `index` (sorted mentions), or undefined when
 * none does. `region` says whether a mention names a country or region the registry
 * knows (its description calls it a state, county, region…), for "in"; `fitsSome`, whether
 * some candidate lies in the place the words name (else only a country or region qualifies);
 * `institutions`, whether every candidate is an organization, which a country's possessive may qualify.
 */
export function qualifierOf(
  text: string,
  mentions: readonly EntityMention[],
  index: number,
  region?: (m: EntityMention) => boolean,
  fitsSome?: (words: string[]) => boolean,
  institutions = false,
): string[] | undefined {
  const m = mentions[index];
  const next = mentions[index + 1];
  if (institutions) {
    const owner = ownerBefore(text, mentions, index, region);
    if (owner) return owner;
  }
  // "Concord, Mass.", "Salem, Ore.": the desk's abbreviation of a state or province says which place it is.
  const state = stateAbbreviationAfter(text, m.end);
  if (state) return wordsOf(state);
  if (!next || next.type !== 'place') return undefined;
  const joiner = text.slice(m.end, next.start);
  if (!JOINERS.test(joiner)) return undefined;
  if (/\bon\b/.test(joiner) && !EDGE_AFTER.test(text.slice(next.end, next.end + 12))) return undefined;
  // "in" qualifies by a country or region ("Hamilton in Bermuda"), or by a place some candidate lies in ("Fuchu in
  // Hiroshima"); not by a city none lies in ("Portugal in Oslo" is where a match was played).
  const isRegion = countryOrRegion(next.text, next, region);
  if (/\bin\b/.test(joiner) && !isRegion && !(fitsSome && fitsSome(wordsOf(next.text)))) return undefined;
  if (joiner.includes(',')) {
    if (LIST_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return undefined;
    if (LIST_AFTER.test(text.slice(next.end, next.end + 40)) || FIXTURE_AFTER.test(text.slice(next.end, next.end + 12))) return undefined;
  }
  const words = wordsOf(next.text);
  if (words.length === 0) return undefined;
  // A registered place no candidate lies in, which the registry does not call a country or region, is the next item
  // of a list whose end the text does not mark ("covers Windermere, Coniston and the smaller lakes"), not a qualifier
  // ruling them all out. An unregistered one ("Paris, Tennessee") still qualifies: the registry cannot say.
  if (next.registered && !isRegion && fitsSome && !fitsSome(words)) return undefined;
  return words;
}

/** "Bolivia's own", "Paraguay's": a possessive between a place and the name after it. */
const POSSESSIVE_JOIN = /^['’]s(?:\s+own)?\s+(?:new\s+)?$/;

/**
 * The country or region whose institution the mention is ("a member of Bolivia's own Chamber of Deputies",
 * "Paraguay's Supreme Court"): for names that several countries' institutions share, the possessive says which.
 */
function ownerBefore(text: string, mentions: readonly EntityMention[], index: number, region?: (m: EntityMention) => boolean): string[] | undefined {
  const prev = mentions[index - 1];
  if (prev?.type !== 'place' || !POSSESSIVE_JOIN.test(text.slice(prev.end, mentions[index].start))) return undefined;
  const owner = prev.text.replace(/['’]s$/, '');
  if (!countryOrRegion(owner, prev, region)) return undefined;
  const words = wordsOf(owner);
  return words.length > 0 ? words : undefined;
}

/** True when `name` (the text of mention `m`) is a country or a region to the gazetteer, or to the registry (`region`). */
function countryOrRegion(name: string, m: EntityMention, region?: (m: EntityMention) => boolean): boolean {
  return ['country', 'region'].includes(gazetteerEntryNamed(name)?.kind ?? '') || (region !== undefined && region(m));
}
