/**
 * Settles overlapping candidates: the longest span wins (TimeBank marks the
 * largest temporal phrase, "late last week" rather than "last week"), then the
 * higher rule priority, then the earlier start. The result is sorted and
 * non-overlapping, as the API promises.
 */
import { Candidate } from './rule';

/** Picks a sorted, non-overlapping subset of candidates, preferring longer spans. */
export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    if (chosen.some((k) => c.start < k.end && k.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
