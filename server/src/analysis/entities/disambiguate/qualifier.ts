/**
 * "Newport, Rhode Island", "Hamilton in Bermuda", "Perth (Scotland)": a place written
 * right after a name says which place the name is. Not when the two are items of a list
 * ("Bristol, Newport, Cardiff and Swansea"), and "in" only with a country or region
 * ("Portugal in Oslo" says where a match was played).
 */
import { gazetteerEntryNamed } from '../../gazetteer';
import type { EntityMention } from '../../types';
import { wordsOf } from './words';

const LIST_BEFORE = /[\p{Lu}][\p{L}.'’-]*,\s*$/u;
const LIST_AFTER = /^\s*(?:,\s*[\p{Lu}]|(?:and|or|&)\s+[\p{Lu}])/u;
const JOINERS = /^(?:,[ \t]*|[ \t]+in[ \t]+|[ \t]*\([ \t]*)$/;

/**
 * The words of the place qualifying mention `index` (sorted mentions), or undefined when
 * none does. `region` says whether a mention names a country or region the registry
 * knows (its description calls it a state, county, region…), for "in".
 */
export function qualifierOf(text: string, mentions: readonly EntityMention[], index: number, region?: (m: EntityMention) => boolean): string[] | undefined {
  const m = mentions[index];
  const next = mentions[index + 1];
  if (!next || next.type !== 'place') return undefined;
  const joiner = text.slice(m.end, next.start);
  if (!JOINERS.test(joiner)) return undefined;
  // "in" qualifies by a country or region ("Hamilton in Bermuda"), not a city ("Portugal in Oslo" is where a match was played).
  if (/in/.test(joiner) && !['country', 'region'].includes(gazetteerEntryNamed(next.text)?.kind ?? '') && !(region && region(next))) return undefined;
  if (joiner.includes(',')) {
    if (LIST_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return undefined;
    if (LIST_AFTER.test(text.slice(next.end, next.end + 40))) return undefined;
  }
  const words = wordsOf(next.text);
  return words.length > 0 ? words : undefined;
}
