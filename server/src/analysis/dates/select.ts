/**
 * Settles overlapping candidates: the longest span wins (TimeBank marks the
 * largest temporal phrase, "late last week" rather than "last week"), then the
 * higher rule priority, then the earlier start. The result is sorted and
 * non-overlapping, as the API promises.
 */
import { Candidate } from './rule';
import { firstStartingAtOrAfter } from '../spans';

/** Picks a sorted, non-overlapping subset of candidates, preferring longer spans. */
export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start);
  // Kept sorted by start; being disjoint, only the two neighbours of an insertion point can overlap it.
  // (Scanning every chosen span was quadratic on a paragraph with thousands of dates.)
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    const at = firstStartingAtOrAfter(chosen, c.start);
    if (at > 0 && chosen[at - 1].end > c.start) continue;
    if (at < chosen.length && chosen[at].start < c.end) continue;
    chosen.splice(at, 0, c);
  }
  return chosen;
}
