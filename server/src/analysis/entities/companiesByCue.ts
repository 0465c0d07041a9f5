/**
 * The tagger reads a company it has never seen by a one-word name as a person ("Comelf said
 * it almost doubled output", "Petofi general manager Laszlo Sebesvari"), and the article-wide
 * type vote then spreads that reading to every mention. When the name is said more than once,
 * no person of the article has it as a surname, and the words around some mention of it say an organization (its shares,
 * "said it", "the X-based …": cue.ts) while none says a person (he or she, an age, a title),
 * every mention of it is an organization.
 */
import type { NameSpan } from '../ner';
import { cueOf } from './disambiguate/cue';

/** The tagged names (sorted), with one-word "people" the article speaks of as organizations made organizations. */
export function companiesByCue(text: string, names: readonly NameSpan[]): NameSpan[] {
  // Names said once are left: the type vote that spreads a wrong reading needs several mentions, and each is read with cueOf.
  const seen = new Set<string>();
  let candidates: Set<string> | undefined;
  for (const n of names) {
    if (n.label !== 'PER' || /\s/.test(n.text)) continue;
    if (seen.has(n.text)) (candidates ??= new Set()).add(n.text);
    else seen.add(n.text);
  }
  if (!candidates) return names.slice();
  // A surname of a person named in full ("Laszlo Sebesvari") is that person's.
  for (const n of names) if (n.label === 'PER' && /\s/.test(n.text)) candidates.delete(n.text.slice(n.text.lastIndexOf(' ') + 1));
  const companies = new Set<string>();
  for (const word of candidates) {
    let organization = false;
    let person = false;
    for (const n of names) {
      if (n.text !== word) continue;
      const cue = cueOf(text, n);
      if (cue === 'organization') organization = true;
      else if (cue === 'person') {
        person = true;
        break;
      }
    }
    if (organization && !person) companies.add(word);
  }
  if (companies.size === 0) return names.slice();
  return names.map((n) => (n.label === 'PER' && companies.has(n.text) ? { ...n, label: 'ORG' } : n));
}
