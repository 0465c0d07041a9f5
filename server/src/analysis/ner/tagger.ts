/**
 * Tags tokenized sentences with a loaded model: the same steps as training (document case
 * cache, static features, history of earlier predictions, constrained Viterbi), so the
 * evaluation measures exactly what the product runs.
 */
import { caseCacheOf, HISTORY_FEATURE_NAMES, historyOf, recordWords, taggingOrder, type PredictionHistory } from './features';
import { documentConsistent } from './consistency';
import { StaticScorer, type TaggerWord } from './scorer';
import { IOB_LABELS, IobLabel, LABEL_COUNT, viterbi } from './labels';
import { hashFeature, NerModel } from './model';
import type { AnalysisMemo } from '../memo';
import { IncrementalDocument } from './incremental';

/**
 * Labels (IOB indices) for the sentences of one document, in order. Sentences must come
 * in reading order: later sentences use what the tagger said about the same words earlier
 * (sentences in capitals are tagged after the others: see taggingOrder).
 */
export function tagDocumentIndices(model: NerModel, sentences: readonly (readonly string[])[], memo?: AnalysisMemo): Int32Array[] {
  const scorer = scorerFor(model);
  // With a memo (an open document), the case cache and each sentence's results are kept between analyses
  // (incremental.ts): a sentence whose inputs did not change keeps its labels.
  const incremental = memo?.keep('ner-document', () => new IncrementalDocument());
  const words = incremental ? incremental.update(model, scorer, sentences) : sentences.map((s) => s.map((t) => scorer.word(t)));
  const caseCache = incremental ? incremental.caseCache : caseCacheOf(words);
  const history: PredictionHistory = new Map();
  const scratch: Scratch = { scores: new Float64Array(64 * LABEL_COUNT) };
  const out: Int32Array[] = new Array<Int32Array>(words.length);
  // Sentences in capitals (headlines) last: they read the body's history (taggingOrder).
  for (const si of taggingOrder(words)) {
    const sentence = words[si];
    const dynamic = historyOf(history, sentence);
    // Adds the history features' weights to the static scores (in place: the incremental path passes a copy).
    const decode = (emit: Float64Array) => {
      for (let i = 0; i < sentence.length; i++) {
        if (dynamic[i] >= 0) model.addHashed(HISTORY_HASHES[dynamic[i]], emit, i * LABEL_COUNT);
      }
      return viterbi(emit, model.transitions, sentence.length);
    };
    const labels = incremental
      ? incremental.labels(si, dynamic, () => staticScores(scorer, sentence, caseCache), decode)
      : decode(staticScores(scorer, sentence, caseCache, scratch));
    recordWords(history, sentence, labels);
    out[si] = labels;
  }
  // What the whole article says about a word: an opening word written lower case elsewhere, a word in capitals in prose.
  return documentConsistent(words, out, caseCache);
}

/** Static scores of a sentence, in `buffer` when one is given (reused between sentences when nothing keeps them). */
function staticScores(scorer: StaticScorer, words: readonly TaggerWord[], caseCache: Map<string, number>, buffer?: Scratch): Float64Array {
  const size = words.length * LABEL_COUNT;
  let scores: Float64Array;
  if (buffer) {
    if (buffer.scores.length < size) buffer.scores = new Float64Array(Math.max(size, buffer.scores.length * 2));
    scores = buffer.scores.subarray(0, size);
    scores.fill(0);
  } else {
    scores = new Float64Array(size);
  }
  scorer.score(words, caseCache, scores);
  return scores;
}

/** A score buffer shared by the sentences of one document when no memo keeps their scores. */
interface Scratch {
  scores: Float64Array;
}

const HISTORY_HASHES = HISTORY_FEATURE_NAMES.map(hashFeature);

const scorers = new WeakMap<NerModel, StaticScorer>();

/** One scorer per model: its caches of word and context vectors outlive a single document. */
function scorerFor(model: NerModel): StaticScorer {
  let scorer = scorers.get(model);
  if (!scorer) scorers.set(model, (scorer = new StaticScorer(model)));
  return scorer;
}

/** Like tagDocumentIndices, with IOB2 label strings ("B-PER", "O"…). */
export function tagDocumentLabels(model: NerModel, sentences: readonly (readonly string[])[]): IobLabel[][] {
  return tagDocumentIndices(model, sentences).map((labels) => Array.from(labels, (k) => IOB_LABELS[k]));
}
