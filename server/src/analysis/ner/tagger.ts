/**
 * Tags tokenized sentences with a loaded model: the same steps as training (document case
 * cache, static features, history of earlier predictions, constrained Viterbi), so the
 * evaluation measures exactly what the product runs.
 */
import { buildCaseCache, caseClassCodes, emitStaticFeatures, emitWordFeatures, historyFeatures, normalizeToken, recordHistory, type FeatureSink } from './features';
import { IOB_LABELS, IobLabel, LABEL_COUNT, viterbi } from './labels';
import { FNV_OFFSET, hashMore, NerModel } from './model';
import { memoized, type AnalysisMemo } from '../memo';

/**
 * Labels (IOB indices) for the sentences of one document, in order. Sentences must come
 * in reading order: later sentences use what the tagger said about the same words earlier.
 */
export function tagDocumentIndices(model: NerModel, sentences: readonly (readonly string[])[], memo?: AnalysisMemo): Int32Array[] {
  const normalized = sentences.map((s) => s.map(normalizeToken));
  const caseCache = buildCaseCache(normalized);
  const history = new Map<string, Int32Array>();
  const out: Int32Array[] = [];
  for (const tokens of normalized) {
    const n = tokens.length;
    const dynamic = historyFeatures(history, tokens);
    // The static scores depend only on the sentence and how its words are cased elsewhere: the memo key holds both.
    const key = `ner\u0000${tokens.join('\u0001')}\u0000${caseClassCodes(tokens, caseCache)}`;
    // The labels add what the tagger said earlier in the document (the history features): with those in
    // the key too, an unchanged sentence after an unchanged history is not decoded again.
    const labels = memoized(memo, `${key}\u0000${dynamic.map((f) => f.join(',')).join('|')}`, () => {
      const staticEmit = memoized(memo, key, () => {
        const scores = new Float64Array(n * LABEL_COUNT);
        emitStaticFeatures(tokens, caseCache, scoringSink(model, scores));
        return scores;
      });
      const emit = Float64Array.from(staticEmit);
      for (let i = 0; i < n; i++) {
        for (const f of dynamic[i]) model.addFeature(f, emit, i * LABEL_COUNT);
      }
      return viterbi(emit, model.transitions, n);
    });
    recordHistory(history, tokens, labels);
    out.push(labels);
  }
  return out;
}

/** Hashes a feature from its parts, exactly as hashFeature would hash their concatenation. */
function hashParts(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): number {
  let h = hashMore(FNV_OFFSET, a);
  if (b !== undefined) h = hashMore(h, b);
  if (c !== undefined) h = hashMore(h, c);
  if (d !== undefined) h = hashMore(h, d);
  if (e !== undefined) h = hashMore(h, e);
  if (f !== undefined) h = hashMore(h, f);
  return h;
}

/**
 * The summed weights of one word's features in one role, remembered per model: news
 * repeats its words, so most tokens cost one map lookup instead of a dozen hashes.
 * Bounded: the table is emptied when it grows past WORD_CACHE_LIMIT entries.
 */
const wordScores = new WeakMap<NerModel, Map<string, Float64Array>>();
const WORD_CACHE_LIMIT = 200_000;

function wordScore(model: NerModel, role: number, t: string, l: string, shape: string): Float64Array {
  let cache = wordScores.get(model);
  if (!cache) wordScores.set(model, (cache = new Map()));
  const key = `${role}\u0000${t}`;
  let scores = cache.get(key);
  if (!scores) {
    const computed = new Float64Array(LABEL_COUNT);
    emitWordFeatures(role, t, l, shape, (a, b, c, d, e, f) => model.addHashed(hashParts(a, b, c, d, e, f), computed, 0));
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(key, (scores = computed));
  }
  return scores;
}

/** A sink that adds each feature's weights straight into `emit`, building no strings. */
function scoringSink(model: NerModel, emit: Float64Array): FeatureSink {
  let offset = 0;
  return {
    token: (i) => (offset = i * LABEL_COUNT),
    add: (a, b, c, d, e, f) => model.addHashed(hashParts(a, b, c, d, e, f), emit, offset),
    word: (role, t, l, shape) => {
      const scores = wordScore(model, role, t, l, shape);
      for (let k = 0; k < LABEL_COUNT; k++) emit[offset + k] += scores[k];
    },
  };
}

/** Like tagDocumentIndices, with IOB2 label strings ("B-PER", "O"…). */
export function tagDocumentLabels(model: NerModel, sentences: readonly (readonly string[])[]): IobLabel[][] {
  return tagDocumentIndices(model, sentences).map((labels) => Array.from(labels, (k) => IOB_LABELS[k]));
}
