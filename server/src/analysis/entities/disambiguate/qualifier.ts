/**
 * "Newport, Rhode Island", "Hamilton, Bermuda": a place written right after a name,
 * set off by a comma, says which place the name is. Not when the two are items of a
 * list ("Bristol, Newport, Cardiff and Swansea"): then neither qualifies the other.
 */
import type { EntityMention } from '../../types';
import { wordsOf } from './words';

const LIST_BEFORE = /[\p{Lu}][\p{L}.'’-]*,\s*$/u;
const LIST_AFTER = /^\s*(?:,\s*[\p{Lu}]|(?:and|or|&)\s+[\p{Lu}])/u;

/** The words of the place qualifying mention `index` (sorted mentions), or undefined when none does. */
export function qualifierOf(text: string, mentions: readonly EntityMention[], index: number): string[] | undefined {
  const m = mentions[index];
  const next = mentions[index + 1];
  if (!next || next.type !== 'place') return undefined;
  if (!/^,[ \t]*$/.test(text.slice(m.end, next.start))) return undefined;
  if (LIST_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return undefined;
  if (LIST_AFTER.test(text.slice(next.end, next.end + 40))) return undefined;
  const words = wordsOf(next.text);
  return words.length > 0 ? words : undefined;
}
