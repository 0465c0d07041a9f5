/**
 * Tags tokenized sentences with a loaded model: the same steps as training (document case
 * cache, static features, history of earlier predictions, constrained Viterbi), so the
 * evaluation measures exactly what the product runs.
 */
import { buildCaseCache, historyFeatures, normalizeToken, recordHistory, staticFeatures } from './features';
import { IOB_LABELS, IobLabel, LABEL_COUNT, viterbi } from './labels';
import { NerModel } from './model';

/**
 * Labels (IOB indices) for the sentences of one document, in order. Sentences must come
 * in reading order: later sentences use what the tagger said about the same words earlier.
 */
export function tagDocumentIndices(model: NerModel, sentences: readonly (readonly string[])[]): Int32Array[] {
  const normalized = sentences.map((s) => s.map(normalizeToken));
  const caseCache = buildCaseCache(normalized);
  const history = new Map<string, Int32Array>();
  const out: Int32Array[] = [];
  for (const tokens of normalized) {
    const features = staticFeatures(tokens, caseCache);
    const n = tokens.length;
    const dynamic = historyFeatures(history, tokens);
    const emit = new Float64Array(n * LABEL_COUNT);
    for (let i = 0; i < n; i++) {
      const off = i * LABEL_COUNT;
      for (const f of features[i]) model.addFeature(f, emit, off);
      for (const f of dynamic[i]) model.addFeature(f, emit, off);
    }
    const labels = viterbi(emit, model.transitions, n);
    recordHistory(history, tokens, labels);
    out.push(labels);
  }
  return out;
}

/** Like tagDocumentIndices, with IOB2 label strings ("B-PER", "O"…). */
export function tagDocumentLabels(model: NerModel, sentences: readonly (readonly string[])[]): IobLabel[][] {
  return tagDocumentIndices(model, sentences).map((labels) => Array.from(labels, (k) => IOB_LABELS[k]));
}
