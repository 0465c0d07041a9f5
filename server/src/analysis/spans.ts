/**
 * Binary search, shared by the modules that look things up in long articles ("what
 * starts here or later", "which registered names overlap this one") without scanning
 * every span.
 */
import type { TextSpan } from './types';

/**
 * The first index in [0, length) where `isBefore` is false, or `length`: `isBefore`
 * must hold for a prefix of the indexes and fail for the rest (a sorted array).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span in `sorted` whose start is at or after `start` (`sorted.length` when none). */
export function firstStartingAtOrAfter(sorted: readonly TextSpan[], start: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i].start < start);
}
