/**
 * Remembers pure per-paragraph and per-sentence results between analyses of the
 * same document, so re-analysing after a keystroke redoes only what the edit
 * touched. Every memoized function is pure and its key holds everything it reads,
 * so an analysis with a memo equals one without (a test checks this). Entries not
 * used by the latest analysis are dropped by the next one: memory stays bounded
 * to about one document's worth.
 */
/** What the maps hold for a computed undefined, so a lookup's undefined always means "absent". */
const UNDEFINED = Symbol('undefined');

export class AnalysisMemo {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();
  private hits = 0;
  private misses = 0;

  /** Marks the start of an analysis. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  /**
   * The value for `key`, computing it when neither this analysis nor the last one had it.
   * Keys hold whole paragraphs and sentences, and a map compares a found key with the
   * asked one character by character: one `get` per map (undefined is stored as a
   * marker, so no `has` is needed) instead of `has` then `get` halves that work on a hit.
   */
  get<T>(key: string, compute: () => T): T {
    const own = this.current.get(key);
    if (own !== undefined) return (own === UNDEFINED ? undefined : own) as T;
    let stored = this.previous.get(key);
    if (stored !== undefined) {
      this.hits++;
    } else {
      const value = compute();
      stored = value === undefined ? UNDEFINED : value;
      this.misses++;
    }
    this.current.set(key, stored);
    return (stored === UNDEFINED ? undefined : stored) as T;
  }

  /**
   * State an incremental layer keeps between analyses of this document (created on first
   * use, kept while every analysis asks for it). Unlike `get`, the value may change: the
   * layer that keeps it must make its results equal a fresh computation's.
   */
  keep<T>(name: string, create: () => T): T {
    return this.get(`keep\u0000${name}`, create);
  }

  /** How much of the last analysis came from the memo (for benchmarks and logs). */
  stats(): { hits: number; misses: number; entries: number } {
    return { hits: this.hits, misses: this.misses, entries: this.current.size };
  }
}

/** Runs `compute` through the memo when there is one. */
export function memoized<T>(memo: AnalysisMemo | undefined, key: string, compute: () => T): T {
  return memo ? memo.get(key, compute) : compute();
}
