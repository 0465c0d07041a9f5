/**
 * Remembers pure per-paragraph and per-sentence results between analyses of the
 * same document, so re-analysing after a keystroke redoes only what the edit
 * touched. Every memoized function is pure and its key holds everything it reads,
 * so an analysis with a memo equals one without (a test checks this). Entries not
 * used by the latest analysis are dropped by the next one: memory stays bounded
 * to about one document's worth.
 */
export class AnalysisMemo {
  /** The keys this analysis asked, in order, and their values. */
  private keys: string[] = [];
  private values: unknown[] = [];
  /** Positions in `keys` by key length: a lookup compares only keys of the same length, and never hashes one. */
  private byLength = new Map<number, number[]>();
  private previousKeys: string[] = [];
  private previousValues: unknown[] = [];
  /** Where in the previous analysis's keys the next key is expected. */
  private cursor = 0;
  private kept = new Map<string, unknown>();
  private keptBefore = new Map<string, unknown>();
  private hits = 0;
  private misses = 0;

  /** Marks the start of an analysis. */
  begin(): void {
    this.previousKeys = this.keys;
    this.previousValues = this.values;
    this.keys = [];
    this.values = [];
    this.byLength = new Map();
    this.cursor = 0;
    this.keptBefore = this.kept;
    this.kept = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  /**
   * The value for `key`, computing it when neither this analysis nor the last one had it.
   * Keys hold whole paragraphs and sentences, so hashing them (and copying the joined key
   * strings flat to hash them) was most of the memo's cost. An analysis asks its keys in
   * the order of the paragraphs, and a keystroke changes one paragraph: so the key at the
   * same position in the last analysis is tried first, by comparison only; a new key
   * (the edited paragraph's) moves that position on by one. When that fails, keys of the
   * same length are compared, in this analysis and then anywhere in the last one.
   */
  get<T>(key: string, compute: () => T): T {
    const own = find(this.byLength, this.keys, key);
    if (own >= 0) return this.values[own] as T;
    const previous = this.previousKeys;
    let at = this.cursor;
    if (at >= previous.length || previous[at] !== key) at = near(previous, at, key);
    let value: unknown;
    if (at >= 0) {
      value = this.previousValues[at];
      this.cursor = at + 1;
      this.hits++;
    } else {
      value = compute();
      this.cursor++;
      this.misses++;
    }
    const position = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    const same = this.byLength.get(key.length);
    if (same) same.push(position);
    else this.byLength.set(key.length, [position]);
    return value as T;
  }

  /**
   * State an incremental layer keeps between analyses of this document (created on first
   * use, kept while every analysis asks for it, dropped by the next analysis otherwise).
   * Unlike `get`, the value may change: the layer that keeps it must make its results
   * equal a fresh computation's.
   */
  keep<T>(name: string, create: () => T): T {
    let state = this.kept.get(name) ?? this.keptBefore.get(name);
    if (state === undefined) state = create();
    this.kept.set(name, state);
    return state as T;
  }

  /** How much of the last analysis came from the memo (for benchmarks and logs). */
  stats(): { hits: number; misses: number; entries: number } {
    return { hits: this.hits, misses: this.misses, entries: this.keys.length };
  }
}

/** The position of `key` among `keys` (indexed by length), or -1. */
function find(byLength: Map<number, number[]>, keys: readonly string[], key: string): number {
  const same = byLength.get(key.length);
  if (same) for (const i of same) if (keys[i] === key) return i;
  return -1;
}

/** How far around the expected position the last analysis's keys are searched. */
const WINDOW = 32;

/** The position of `key` among `keys` within WINDOW of `at`, nearest first, or -1. Keys of other lengths cost one comparison each. */
function near(keys: readonly string[], at: number, key: string): number {
  for (let d = 1; d <= WINDOW; d++) {
    if (at + d < keys.length && keys[at + d] === key) return at + d;
    if (at - d >= 0 && at - d < keys.length && keys[at - d] === key) return at - d;
  }
  return -1;
}

/** Runs `compute` through the memo when there is one. */
export function memoized<T>(memo: AnalysisMemo | undefined, key: string, compute: () => T): T {
  return memo ? memo.get(key, compute) : compute();
}
