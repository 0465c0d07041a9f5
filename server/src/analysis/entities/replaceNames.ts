/**
 * The step the name layers' corrections share: spans a rule has read (the sides of a results
 * line, a news outlet) take the place of the tagged names they overlap.
 */
import type { NameSpan } from '../ner';

/**
 * `names` with `added` in place of the names they overlap, sorted by start. A name `keep` holds
 * stays instead, and an added span overlapping a kept name is dropped ("the Warsaw daily" keeps
 * the place).
 */
export function replaceOverlapping(names: readonly NameSpan[], added: readonly NameSpan[], keep: (n: NameSpan) => boolean = () => false): NameSpan[] {
  const overlaps = (a: NameSpan, b: NameSpan) => a.start < b.end && b.start < a.end;
  const kept = names.filter((n) => keep(n) || !added.some((a) => overlaps(a, n)));
  const placed = added.filter((a) => !kept.some((n) => overlaps(a, n)));
  return [...kept, ...placed].sort((a, b) => a.start - b.start);
}
