/**
 * One person's name the tagger cut in two: two person names with only a space or a
 * particle between ("Mary" + "Joe Fernandez", "Joaquin" + "Olmo" in "Joaquin del Olmo"),
 * or around a nickname in quotes ("Roberto" + "Duran" in 'Roberto "Hands of Stone" Duran').
 * Two people are never written so: a list has a comma or "and" between them.
 */
import type { NameSpan } from '../ner';

/** What may stand between two parts of one person's name: a space, a particle, or a nickname in quotes. */
const JOINER = /^(?: | (?:de|del|della|di|da|do|dos|das|du|van|von|der|den|ter|ten|le|la|bin|ibn|al|el|y) | ["“][^"”\n]{1,30}["”] )$/u;

/** The tagged names (sorted) with the parts of one person's name joined. */
export function joinPersonParts(text: string, names: readonly NameSpan[]): NameSpan[] {
  // Two person names with a joiner between them: parts of one name.
  const joins = (a: NameSpan, b: NameSpan) => a.label === 'PER' && b.label === 'PER' && b.start - a.end <= 34 && JOINER.test(text.slice(a.end, b.start));
  const joined = (a: NameSpan, b: NameSpan): NameSpan => ({ start: a.start, end: b.end, text: text.slice(a.start, b.end), label: 'PER' });
  const out: NameSpan[] = [];
  for (const n of names) {
    // 'Roberto "Hands of Stone" Duran': the nickname the tagger took for a name of its own goes with the two parts.
    const before = out[out.length - 2];
    if (before && joins(before, n) && /["“]/.test(text.slice(before.end, out[out.length - 1].start))) {
      out.pop();
      out[out.length - 1] = joined(before, n);
      continue;
    }
    const last = out[out.length - 1];
    if (last && joins(last, n)) {
      out[out.length - 1] = joined(last, n);
      continue;
    }
    out.push(n);
  }
  return out;
}
