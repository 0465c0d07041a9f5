/**
 * Binary search over spans sorted by start, shared by the modules that look up
 * "what starts here or later" in long articles without scanning every span.
 */
import type { TextSpan } from './types';

/** Index of the first span in `sorted` whose start is at or after `start` (`sorted.length` when none). */
export function firstStartingAtOrAfter(sorted: readonly TextSpan[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
