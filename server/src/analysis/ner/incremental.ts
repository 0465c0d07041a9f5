/**
 * The tagger's document-level state kept between analyses of one open document, so a
 * keystroke re-tags the sentences it touched instead of the whole article. The tagger
 * reads two things from outside a sentence: the document case cache (how each word is
 * written elsewhere) and the prediction history of the sentences before it. This keeps
 * the case cache as occurrence counts updated by the sentences that came and went, and
 * per sentence its words, static scores, history input and labels. A sentence's labels
 * are reused only when all of their inputs are unchanged: the same token array (the
 * memoized sentence split hands back the same array for an unchanged paragraph), no
 * word of it whose case-cache bits changed, and the same history input. So the labels
 * equal a fresh tagging's (test/unit/incrementalEquivalence.test.ts checks it).
 */
import { isUpperCaseWords, SEEN_CAPITALISED, SEEN_LOWER } from './features';
import type { NerModel } from './model';
import type { StaticScorer, TaggerWord } from './scorer';

/** What one distinct sentence (token array) of the last analysis left behind. */
interface SentenceRecord {
  words: TaggerWord[];
  /** Static scores under the current case cache (no history weights added). */
  scores?: Float64Array;
  /** The history input the labels were decoded with. */
  dynamic?: Int8Array;
  labels?: Int32Array;
}

/** Counts of a lower-cased word's mid-sentence occurrences, capitalised and in lower case. */
interface CaseCount {
  capitalised: number;
  lower: number;
}

/** Per open document (kept in its AnalysisMemo): the case cache and per-sentence results of the last analysis. */
export class IncrementalDocument {
  private model: NerModel | undefined;
  private records = new Map<readonly string[], SentenceRecord>();
  /** How many times each token array occurs in the document (identical paragraphs share arrays). */
  private multiplicity = new Map<readonly string[], number>();
  private readonly counts = new Map<string, CaseCount>();
  /** The document case cache, the same entries as caseCacheOf over the current sentences. */
  readonly caseCache = new Map<string, number>();
  /** Lower-cased words whose case-cache bits changed in the latest update. */
  private changed = new Set<string>();
  private current: SentenceRecord[] = [];
  /** Sentences decoded (not reused) and static scores computed by the latest analysis: what a keystroke cost the tagger. */
  readonly work = { decoded: 0, scored: 0 };

  /**
   * Takes the sentences of the new version: updates the case cache by the sentences
   * that came and went, and drops the static scores of the sentences whose words'
   * case bits changed. Returns the words of every sentence, in order.
   */
  update(model: NerModel, scorer: StaticScorer, sentences: readonly (readonly string[])[]): TaggerWord[][] {
    if (model !== this.model) this.reset(model);
    const multiplicity = new Map<readonly string[], number>();
    for (const s of sentences) multiplicity.set(s, (multiplicity.get(s) ?? 0) + 1);
    const records = new Map<readonly string[], SentenceRecord>();
    const touched = new Set<string>();
    const before = new Map<string, number>();
    const count = (words: readonly TaggerWord[], delta: number) => {
      if (isUpperCaseWords(words)) return;
      for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if (!w.letterStart) continue;
        if (!touched.has(w.lower)) {
          touched.add(w.lower);
          before.set(w.lower, this.caseCache.get(w.lower) ?? 0);
        }
        let c = this.counts.get(w.lower);
        if (!c) this.counts.set(w.lower, (c = { capitalised: 0, lower: 0 }));
        if (w.capitalised) c.capitalised += delta;
        else c.lower += delta;
      }
    };
    for (const [s, n] of multiplicity) {
      let record = this.records.get(s);
      if (!record) record = { words: s.map((t) => scorer.word(t)) };
      records.set(s, record);
      const delta = n - (this.multiplicity.get(s) ?? 0);
      if (delta !== 0) count(record.words, delta);
    }
    for (const [s, n] of this.multiplicity) if (!multiplicity.has(s)) count(this.records.get(s)!.words, -n);
    const changed = new Set<string>();
    for (const lower of touched) {
      const c = this.counts.get(lower)!;
      const bits = (c.capitalised > 0 ? SEEN_CAPITALISED : 0) | (c.lower > 0 ? SEEN_LOWER : 0);
      if (bits === 0) {
        this.counts.delete(lower);
        this.caseCache.delete(lower);
      } else this.caseCache.set(lower, bits);
      if (bits !== before.get(lower)) changed.add(lower);
    }
    if (changed.size > 0) for (const record of records.values()) if (record.scores && record.words.some((w) => changed.has(w.lower))) record.scores = undefined;
    this.records = records;
    this.multiplicity = multiplicity;
    this.changed = changed;
    this.current = sentences.map((s) => records.get(s)!);
    this.work.decoded = 0;
    this.work.scored = 0;
    return this.current.map((r) => r.words);
  }

  /**
   * The labels of sentence `index` given its history input: the last ones when they
   * were decoded from the same input (and its static scores still hold), else `decode`
   * of a copy of its static scores (computed by `score` when the case cache changed them).
   */
  labels(index: number, dynamic: Int8Array, score: () => Float64Array, decode: (emit: Float64Array) => Int32Array): Int32Array {
    const record = this.current[index];
    if (record.scores && record.labels && record.dynamic && sameInts(record.dynamic, dynamic)) return record.labels;
    if (!record.scores) {
      record.scores = score();
      this.work.scored++;
    }
    this.work.decoded++;
    record.dynamic = dynamic;
    record.labels = decode(Float64Array.from(record.scores));
    return record.labels;
  }

  /** How many lower-cased words changed case-cache bits in the latest update (for tests). */
  get changedWords(): number {
    return this.changed.size;
  }

  private reset(model: NerModel): void {
    this.model = model;
    this.records = new Map();
    this.multiplicity = new Map();
    this.counts.clear();
    this.caseCache.clear();
  }
}

function sameInts(a: Int8Array, b: Int8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
