/**
 * Remembers pure per-paragraph and per-sentence results between analyses of the
 * same document, so re-analysing after a keystroke redoes only what the edit
 * touched. Every memoized function is pure and its key holds everything it reads,
 * so an analysis with a memo equals one without (a test checks this). Entries not
 * used by the latest analysis are dropped by the next one: memory stays bounded
 * to about one document's worth.
 */
export class AnalysisMemo {
  /** The keys this analysis asked, in order (a kind and a text each), and their values. */
  private kinds: string[] = [];
  private texts: string[] = [];
  private values: unknown[] = [];
  /** Positions in `texts` by text length: a lookup compares only keys of the same length, and never hashes one. */
  private byLength = new Map<number, number[]>();
  private previousKinds: string[] = [];
  private previousTexts: string[] = [];
  private previousValues: unknown[] = [];
  /** Where in the previous analysis's keys the next key is expected. */
  private cursor = 0;
  private kept = new Map<string, unknown>();
  private keptBefore = new Map<string, unknown>();
  private hits = 0;
  private misses = 0;
  /** The registry `registryNumber` was last asked about, and the number it got. */
  private lastRegistry: object | undefined;
  private lastRegistryNumber = 0;

  /** Marks the start of an analysis. */
  begin(): void {
    this.previousKinds = this.kinds;
    this.previousTexts = this.texts;
    this.previousValues = this.values;
    this.kinds = [];
    this.texts = [];
    this.values = [];
    this.byLength = new Map();
    this.cursor = 0;
    this.keptBefore = this.kept;
    this.kept = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  /** The value for `key`, computing it when neither this analysis nor the last one had it (see `getFor`). */
  get<T>(key: string, compute: () => T): T {
    return this.getFor('', key, compute);
  }

  /**
   * The value for the key (`kind`, `text`), computing it when neither this analysis nor
   * the last one had it. `kind` is short (what is computed, and every input but the text);
   * `text` is a paragraph or a sentence, best a slice of the document: kept apart, the two
   * are never joined into one string, which the comparisons below would copy flat.
   *
   * Hashing keys that hold whole paragraphs was most of the memo's cost. An analysis asks
   * its keys in the order of the paragraphs, and a keystroke changes one paragraph: so the
   * key at the same position in the last analysis is tried, by comparison only; a new key
   * (the edited paragraph's) moves that position on by one. When the position fails, the
   * keys of the same length asked before in this analysis are compared (a key asked twice),
   * then the keys around it in the last analysis (a paragraph split, joined or moved). A key
   * found nowhere is computed: values are pure, so a key the search missed (a paragraph
   * moved far) costs its computation again, never a different result.
   */
  getFor<T>(kind: string, text: string, compute: () => T): T {
    let at = this.cursor;
    const own = this.byLength.get(text.length);
    if (at >= this.previousTexts.length || this.previousTexts[at] !== text || this.previousKinds[at] !== kind) {
      if (own) for (const i of own) if (this.texts[i] === text && this.kinds[i] === kind) return this.values[i] as T;
      at = this.near(at, kind, text);
    }
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
    const position = this.texts.length;
    this.kinds.push(kind);
    this.texts.push(text);
    this.values.push(value);
    if (own) own.push(position);
    else this.byLength.set(text.length, [position]);
    return value as T;
  }

  /** The position of the key in the last analysis within WINDOW of `at`, nearest first, or -1. Texts of other lengths cost one comparison each. */
  private near(at: number, kind: string, text: string): number {
    const texts = this.previousTexts;
    for (let d = 1; d <= WINDOW; d++) {
      if (at + d < texts.length && texts[at + d] === text && this.previousKinds[at + d] === kind) return at + d;
      if (at - d >= 0 && at - d < texts.length && texts[at - d] === text && this.previousKinds[at - d] === kind) return at - d;
    }
    return -1;
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

  /**
   * A number for `registry` to put in the keys of values computed from it. It changes
   * whenever the registry is not (by identity) the one last asked about, so a rebuilt
   * registry never reuses another's entries: entries outlive an analysis only when the
   * next one asks their exact key, so the one registry seen last is all there is to compare.
   * The number belongs to this memo (no process-wide counter).
   */
  registryNumber(registry: object): number {
    if (registry !== this.lastRegistry) {
      this.lastRegistry = registry;
      this.lastRegistryNumber++;
    }
    return this.lastRegistryNumber;
  }

  /** How much of the last analysis came from the memo (for benchmarks and logs). */
  stats(): { hits: number; misses: number; entries: number } {
    return { hits: this.hits, misses: this.misses, entries: this.texts.length };
  }
}

/** How far around the expected position the last analysis's keys are searched. */
const WINDOW = 32;
