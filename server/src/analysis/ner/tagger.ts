/**
 * Tags tokenized sentences with a loaded model: the same steps as training (document case
 * cache, static features, history of earlier predictions, constrained Viterbi), so the
 * evaluation measures exactly what the product runs.
 */
import { buildCaseCache, caseClassCodes, emitStaticFeatures, historyFeatures, normalizeToken, recordHistory, type FeatureSink } from './features';
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
    const staticEmit = memoized(memo, key, () => {
      const scores = new Float64Array(n * LABEL_COUNT);
      emitStaticFeatures(tokens, caseCache, scoringSink(model, scores));
      return scores;
    });
    const emit = Float64Array.from(staticEmit);
    for (let i = 0; i < n; i++) {
      for (const f of dynamic[i]) model.addFeature(f, emit, i * LABEL_COUNT);
    }
    const labels = viterbi(emit, model.transitions, n);
    recordHistory(history, tokens, labels);
    out.push(labels);
  }
  return out;
}

/** A sink that hashes each feature's parts and adds its weights straight into `emit`, building no strings. */
function scoringSink(model: NerModel, emit: Float64Array): FeatureSink {
  let offset = 0;
  return {
    token: (i) => (offset = i * LABEL_COUNT),
    add: (a, b, c, d, e, f) => {
      let h = hashMore(FNV_OFFSET, a);
      if (b !== undefined) h = hashMore(h, b);
      if (c !== undefined) h = hashMore(h, c);
      if (d !== undefined) h = hashMore(h, d);
      if (e !== undefined) h = hashMore(h, e);
      if (f !== undefined) h = hashMore(h, f);
      model.addHashed(h, emit, offset);
    },
  };
}

/** Like tagDocumentIndices, with IOB2 label strings ("B-PER", "O"…). */
export function tagDocumentLabels(model: NerModel, sentences: readonly (readonly string[])[]): IobLabel[][] {
  return tagDocumentIndices(model, sentences).map((labels) => Array.from(labels, (k) => IOB_LABELS[k]));
}
