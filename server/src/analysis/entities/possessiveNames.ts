/**
 * Names that end in a possessive "'s" ("Boatmen's Bancshares Inc.", "McDonald's", "Sainsbury's"):
 * the tagger reads "'s" as a possessive, as it is after most names, and so splits a company's
 * name in two ("Boatmen" + "Bancshares Inc.") or takes a shop's name for a person's ("McDonald
 * said" from "McDonald's said"). Two readings tell the name from the possessive:
 * - two names with only "'s " between, the second ending in a company's word, are one name;
 * - "X's" followed by a verb or by the end of a clause is no possessive of X, which would need
 *   a noun after it ("Boatmen's was the prize", "Sainsbury's said on Monday"), so "X's" is a name;
 *   not for a place, whose "'s" there is elliptical ("Britain's and France's positions").
 * Once an article has such a name, its other "X's" are that name too ("a bid for Boatmen's stock").
 */
import { isGazetteerPlaceOrNationality } from '../gazetteer';
import type { NameSpan } from '../ner';

/** The last word of a company's name, which the name before "'s" belongs to ("Boatmen's Bancshares Inc."). */
const COMPANY_END = /\s(?:Inc|Corp|Co|Ltd|Plc|LLC|Cos|Bancshares|Bancorp|Holdings|Stores|Companies|Group)\.?$/;
/** What follows a name that is no possessive: a verb of reporting or being, or the end of a clause. */
const NOT_POSSESSED = /^[’']s(?:\s+(?:said|says|was|is|will|would|reported|announced|posted|agreed|declined|added)\b|\s*(?:[,.;:!?)]|$)|\s+(?:and|or)\s)/;

/** The tagged names (sorted, non-overlapping) with possessive-named organizations taken whole. */
export function possessiveNames(text: string, names: readonly NameSpan[]): NameSpan[] {
  if (!names.some((n) => possessiveAfter(text, n.end))) return names.slice();
  const out: NameSpan[] = [];
  const named = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const next = names[i + 1];
    if (!possessiveAfter(text, n.end) || n.text.includes(' ')) {
      out.push(n);
      continue;
    }
    if (next && next.start === n.end + 3 && /\s/.test(text[n.end + 2]) && COMPANY_END.test(next.text)) {
      out.push({ start: n.start, end: next.end, text: text.slice(n.start, next.end), label: 'ORG' });
      named.add(n.text);
      i++;
      continue;
    }
    // A place's "'s" before a clause's end is an elliptical possessive ("Britain's and France's positions"), no name.
    if (n.label !== 'LOC' && NOT_POSSESSED.test(text.slice(n.end, n.end + 20)) && !surnameOfPerson(n.text, names) && !isGazetteerPlaceOrNationality(n.text)) {
      out.push(whole(text, n));
      named.add(n.text);
      continue;
    }
    out.push(n);
  }
  if (named.size === 0) return out;
  return out.map((n) => (named.has(n.text) && possessiveAfter(text, n.end) ? whole(text, n) : n));
}

/** True when "'s" or "’s" (then no letter) follows offset `end`. */
function possessiveAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 39 || c === 0x2019) && text.charCodeAt(end + 1) === 115 && !/\p{L}/u.test(text.charAt(end + 2));
}

/** The name with its "'s", as an organization. */
function whole(text: string, n: NameSpan): NameSpan {
  return { start: n.start, end: n.end + 2, text: text.slice(n.start, n.end + 2), label: 'ORG' };
}

/** True when the article names a person of whom `word` is the surname ("Anna Keller" for "Keller"). */
function surnameOfPerson(word: string, names: readonly NameSpan[]): boolean {
  return names.some((n) => n.label === 'PER' && n.text !== word && n.text.endsWith(` ${word}`));
}
