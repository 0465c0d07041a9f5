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
  private readonly multiplicity = new Map<readonly string[], number>();
  private readonly counts = new Map<string, CaseCount>();
  /** For each lower-cased word, the records of the sentences holding it: whose scores a change of its case bits voids. */
  private readonly holders = new Map<string, Set<SentenceRecord>>();
  /** The document case cache, the same entries as caseCacheOf over the current sentences. */
  readonly caseCache = new Map<string, number>();
  /** The token arrays of the last analysis, in order, with their records and words. */
  private sentences: readonly (readonly string[])[] = [];
  private current: SentenceRecord[] = [];
  private words: TaggerWord[][] = [];
  /** Sentences decoded (not reused) and static scores computed by the latest analysis: what a keystroke cost the tagger. */
  readonly work = { decoded: 0, scored: 0, changedWords: 0 };

  /**
   * Takes the sentences of the new version: updates the case cache by the sentences
   * that came and went, and drops the static scores of the sentences whose words'
   * case bits changed. Returns the words of every sentence, in order.
   *
   * A keystroke replaces the sentences of one paragraph: the old and new lists are
   * compared by position from both ends (identity only), and only the stretch between
   * is looked up, counted and indexed.
   */
  update(model: NerModel, scorer: StaticScorer, sentences: readonly (readonly string[])[]): TaggerWord[][] {
    if (model !== this.model) this.reset(model);
    const old = this.sentences;
    let head = 0;
    while (head < old.length && head < sentences.length && old[head] === sentences[head]) head++;
    let tail = 0;
    while (tail < old.length - head && tail < sentences.length - head && old[old.length - 1 - tail] === sentences[sentences.length - 1 - tail]) tail++;
    const touched = new Map<string, number>();
    const count = (words: readonly TaggerWord[], delta: number) => {
      if (isUpperCaseWords(words)) return;
      for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if (!w.letterStart) continue;
        if (!touched.has(w.lower)) touched.set(w.lower, this.caseCache.get(w.lower) ?? 0);
        let c = this.counts.get(w.lower);
        if (!c) this.counts.set(w.lower, (c = { capitalised: 0, lower: 0 }));
        if (w.capitalised) c.capitalised += delta;
        else c.lower += delta;
      }
    };
    // A paragraph typed in is split again: its unchanged sentences come back as new arrays with the same tokens.
    // Matched by content from both ends of the changed stretch, they take over their old record (words, scores,
    // labels) when nothing else holds it; the counts do not change.
    const adopted = new Set<number>();
    const released = new Set<number>();
    const adopt = (o: number, n: number): boolean => {
      const from = old[o];
      const to = sentences[n];
      if (!sameTokens(from, to)) return false;
      if (from !== to && this.multiplicity.get(from) === 1 && !this.records.has(to)) {
        this.records.set(to, this.records.get(from)!);
        this.records.delete(from);
        this.multiplicity.delete(from);
        this.multiplicity.set(to, 1);
        adopted.add(n);
        released.add(o);
      }
      return true;
    };
    let front = 0;
    while (head + front < old.length - tail && head + front < sentences.length - tail && adopt(head + front, head + front)) front++;
    for (
      let back = 1;
      head + front <= old.length - tail - back &&
      head + front <= sentences.length - tail - back &&
      adopt(old.length - tail - back, sentences.length - tail - back);
      back++
    );
    const middle: SentenceRecord[] = [];
    for (let i = head; i < sentences.length - tail; i++) {
      const s = sentences[i];
      if (adopted.has(i)) {
        middle.push(this.records.get(s)!);
        continue;
      }
      let record = this.records.get(s);
      if (!record) {
        record = { words: s.map((t) => scorer.word(t)) };
        this.records.set(s, record);
        for (const w of record.words) {
          let set = this.holders.get(w.lower);
          if (!set) this.holders.set(w.lower, (set = new Set()));
          set.add(record);
        }
      }
      this.multiplicity.set(s, (this.multiplicity.get(s) ?? 0) + 1);
      count(record.words, 1);
      middle.push(record);
    }
    for (let i = head; i < old.length - tail; i++) {
      if (released.has(i)) continue;
      const s = old[i];
      const record = this.records.get(s)!;
      count(record.words, -1);
      const n = this.multiplicity.get(s)! - 1;
      if (n > 0) {
        this.multiplicity.set(s, n);
        continue;
      }
      this.multiplicity.delete(s);
      this.records.delete(s);
      for (const w of record.words) {
        const set = this.holders.get(w.lower);
        if (set && set.delete(record) && set.size === 0) this.holders.delete(w.lower);
      }
    }
    let changedWords = 0;
    for (const [lower, before] of touched) {
      const c = this.counts.get(lower)!;
      const bits = (c.capitalised > 0 ? SEEN_CAPITALISED : 0) | (c.lower > 0 ? SEEN_LOWER : 0);
      if (bits === 0) {
        this.counts.delete(lower);
        this.caseCache.delete(lower);
      } else this.caseCache.set(lower, bits);
      if (bits === before) continue;
      changedWords++;
      for (const record of this.holders.get(lower) ?? []) record.scores = undefined;
    }
    const oldWords = this.words;
    this.current = [...this.current.slice(0, head), ...middle, ...this.current.slice(old.length - tail)];
    this.words = [...oldWords.slice(0, head), ...middle.map((r) => r.words), ...oldWords.slice(old.length - tail)];
    this.sentences = sentences;
    this.work.decoded = 0;
    this.work.scored = 0;
    this.work.changedWords = changedWords;
    return this.words;
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

  private reset(model: NerModel): void {
    this.model = model;
    this.records = new Map();
    this.multiplicity.clear();
    this.counts.clear();
    this.holders.clear();
    this.caseCache.clear();
    this.sentences = [];
    this.current = [];
    this.words = [];
  }
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameInts(a: Int8Array, b: Int8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
