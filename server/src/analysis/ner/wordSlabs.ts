/**
 * Where the tagger's word cache (scorer.ts) keeps its words: their role vectors carved from
 * shared Float32Array slabs, and their keys copied out of the articles they were cut from,
 * so that a cache bounded in words is bounded in memory too (issue 12, the `--stdin` stream).
 */
import { LABEL_COUNT } from './labels';

/** Roles a word's features are summed for: itself and the words one and two either side (features.ts WordRole). */
export const ROLES = 5;
/** Floats of one word's role vectors in a slab. */
export const WORD_FLOATS = ROLES * LABEL_COUNT;
/** Words per slab: one Float32Array holds the role vectors of this many words. */
const SLAB_WORDS = 1024;
/** The shortest substring V8 makes as a view into the string it was cut from (SlicedString::kMinLength). */
const SLICED_MIN_LENGTH = 13;

/**
 * `s` as a string of its own. V8 makes a substring of 13 or more characters as a view
 * into the string it was cut from, so a long token kept as a cache key would keep its
 * whole article alive for as long as the word is cached (about 1.6 MB more live heap
 * over 18,000 lines of the `--stdin` stream). split/join builds a flat copy.
 */
export function detached(s: string): string {
  return s.length < SLICED_MIN_LENGTH ? s : s.split('').join('');
}

/**
 * Zeroed Float32Arrays that words' role vectors are carved from, SLAB_WORDS words each:
 * one large array instead of a small typed array (and its off-heap store) per word. A
 * slot is handed out once and never reused; a new generation starts a fresh slab, so an
 * old slab lives exactly as long as some word still points into it.
 */
export class WordSlabs {
  /** The slab `take` hands slots of. */
  current: Float32Array;
  private used = 0;

  constructor(private readonly wordsPerSlab = SLAB_WORDS) {
    this.current = new Float32Array(wordsPerSlab * WORD_FLOATS);
  }

  /** The start of a fresh zeroed slot of WORD_FLOATS floats in `current` (read `current` after calling). */
  take(): number {
    if (this.used === this.wordsPerSlab) this.nextGeneration();
    return this.used++ * WORD_FLOATS;
  }

  /** Moves on to a new slab (the old one is left to the words that point into it). */
  nextGeneration(): void {
    this.current = new Float32Array(this.wordsPerSlab * WORD_FLOATS);
    this.used = 0;
  }
}
