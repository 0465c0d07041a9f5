/**
 * The tagger reads a company or a town it has never seen by a one-word name as a person
 * ("Comelf said it almost doubled output", "Longyear is a town in mourning"), and the
 * article-wide type vote then spreads that reading to every mention. When the name is said more
 * than once and no person of the article has it as a surname, the words around its mentions
 * decide (cue.ts, the linker's cues): an organization when some mention says one ("said it",
 * "shares in X") and none a place, a place when two say one ("in X", "from X") and none an
 * organization, and a person still when any says a person (an age, "he", a title).
 */
import type { NameSpan } from '../ner';
import { cueOf } from './disambiguate/cue';

/** The tagged names (sorted), with one-word "people" the article speaks of as organizations or places made so. */
export function notPeopleByCue(text: string, names: readonly NameSpan[]): NameSpan[] {
  // One-word names read as a person more than once; names said once are left (the type vote that spreads
  // a wrong reading needs several mentions, and each mention is read with cueOf).
  const timesAsPerson = new Map<string, number>();
  for (const n of names) if (n.label === 'PER' && !/\s/.test(n.text)) timesAsPerson.set(n.text, (timesAsPerson.get(n.text) ?? 0) + 1);
  // A surname of a person named in full ("Laszlo Sebesvari") is that person's.
  for (const n of names) if (n.label === 'PER' && /\s/.test(n.text)) timesAsPerson.delete(n.text.slice(n.text.lastIndexOf(' ') + 1));
  // Every mention of each such name, whatever the tagger read it as, gathered in one pass.
  let mentions: Map<string, NameSpan[]> | undefined;
  for (const n of names) {
    if ((timesAsPerson.get(n.text) ?? 0) < 2) continue;
    mentions ??= new Map();
    const list = mentions.get(n.text);
    if (list) list.push(n);
    else mentions.set(n.text, [n]);
  }
  if (!mentions) return names.slice();
  let kinds: Map<string, NameSpan['label']> | undefined;
  for (const [word, list] of mentions) {
    let organization = false;
    let places = 0;
    let person = false;
    for (const n of list) {
      const cue = cueOf(text, n);
      if (cue === 'organization') organization = true;
      else if (cue === 'place') places++;
      else if (cue === 'person') {
        person = true;
        break;
      }
    }
    // Two place cues at least: one "from X" is said of people too ("a cross from Giggs").
    const place = places >= 2;
    if (person || organization === place) continue;
    (kinds ??= new Map()).set(word, organization ? 'ORG' : 'LOC');
  }
  if (!kinds) return names.slice();
  const kindOf = kinds;
  return names.map((n) => (n.label === 'PER' && kindOf.has(n.text) ? { ...n, label: kindOf.get(n.text)! } : n));
}
