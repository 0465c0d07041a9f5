/**
 * The training corpus of the name tagger (train-ner.ts) as the perceptron reads it: the
 * feature dictionary of the training documents (features.ts, seen at least min-count times,
 * plus the history features) and every sentence as feature ids, gold labels and the
 * embedding inputs of its tokens. Built once per run and shared by every seed's training.
 */
import { HISTORY_FEATURE_NAMES, buildCaseCache, casedWord, normalizeToken, staticFeatures } from '../server/src/analysis/ner/features';
import { EMBEDDING_DIMS, embeddingOf } from '../server/src/analysis/ner/embeddings';
import { IOB_LABELS } from '../server/src/analysis/ner/labels';
import type { ConllDocument } from './conll-corpus';
import { spansFromTags } from './conll-score';

/** A sentence prepared for training: feature ids per token (flattened) and gold label indices. */
export interface PreparedSentence {
  tokens: string[];
  gold: Int32Array;
  ids: Int32Array;
  offsets: Int32Array;
  /** Per token, its embedding input (denseInput), or undefined. */
  emb: (Float64Array | undefined)[];
}

/**
 * Word embeddings as features (Turian et al. 2010; embeddings.ts): the words at DENSE_OFFSETS of
 * each token add W[offset] · e(word) to its scores, W a dense [offset][dim][label] matrix trained
 * and averaged like the sparse weights; a word without an embedding adds nothing. The values are
 * the shipped table's times DENSE_INPUT_SCALE, which keeps their pull near a binary feature's (at 1
 * they swamp the sparse weights: dev 93.19 against 93.68 at 0.1 over six seeds); the exported W
 * is multiplied by it, so the tagger reads the table as it is.
 */
export const DENSE_OFFSETS = [-2, -1, 0, 1, 2];
export const DENSE_INPUT_SCALE = 0.1;
/** Dimensions of a word's embedding. */
export const K = EMBEDDING_DIMS;

/** A token's embedding times DENSE_INPUT_SCALE, or undefined when its word has none. */
function denseInput(token: string): Float64Array | undefined {
  const e = new Float64Array(K);
  if (!embeddingOf(casedWord(token).lower, e)) return undefined;
  for (let d = 0; d < K; d++) e[d] *= DENSE_INPUT_SCALE;
  return e;
}

const labelIndex = new Map<string, number>(IOB_LABELS.map((l, i) => [l, i]));

/** A document's tokens, normalized, with each token's static features (features.ts), read with the document's case cache. */
function staticFeatureLists(doc: ConllDocument): { tokens: string[]; features: string[][] }[] {
  const normalized = doc.sentences.map((s) => s.tokens.map(normalizeToken));
  const cache = buildCaseCache(normalized);
  return normalized.map((tokens) => ({ tokens, features: staticFeatures(tokens, cache) }));
}

/** Documents as feature ids (those in `featureIds`), gold label indices and embedding inputs. */
function prepare(docs: ConllDocument[], featureIds: Map<string, number>): PreparedSentence[][] {
  return docs.map((doc) => {
    const lists = staticFeatureLists(doc);
    return lists.map(({ tokens, features }, si) => {
      const ids: number[] = [];
      const offsets = new Int32Array(tokens.length + 1);
      features.forEach((fs, i) => {
        for (const f of fs) {
          const id = featureIds.get(f);
          if (id !== undefined) ids.push(id);
        }
        offsets[i + 1] = ids.length;
      });
      const gold = Int32Array.from(doc.sentences[si].tags, (t) => labelIndex.get(t) ?? 0);
      return { tokens, gold, ids: Int32Array.from(ids), offsets, emb: tokens.map(denseInput) };
    });
  });
}

/** The lower-cased text of every gold name of the documents. */
function goldNames(docs: readonly ConllDocument[]): Set<string> {
  const names = new Set<string>();
  for (const doc of docs)
    for (const s of doc.sentences) for (const x of spansFromTags(s.tags)) names.add(s.tokens.slice(x.start, x.end).map(normalizeToken).join(' ').toLowerCase());
  return names;
}

/** A corpus prepared for training: the feature dictionary of its training documents, and the documents as feature ids. */
export interface Corpus {
  featureNames: string[];
  featureIds: Map<string, number>;
  train: PreparedSentence[][];
  dev?: PreparedSentence[][];
  /** The lower-cased gold names of the training documents (for the unseen-names score). */
  seen: Set<string>;
}

/** The feature dictionary (static features seen at least minCount times in `trainDocs`, plus history features) and the prepared documents. */
export function prepareCorpus(trainDocs: ConllDocument[], devDocs: ConllDocument[] | undefined, minCount: number): Corpus {
  const counts = new Map<string, number>();
  for (const doc of trainDocs) {
    for (const { features } of staticFeatureLists(doc)) {
      for (const fs of features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  }
  const seen = goldNames(trainDocs);
  const featureNames: string[] = [];
  const featureIds = new Map<string, number>();
  for (const [f, c] of counts) {
    if (c >= minCount) {
      featureIds.set(f, featureNames.length);
      featureNames.push(f);
    }
  }
  for (const h of HISTORY_FEATURE_NAMES) {
    featureIds.set(h, featureNames.length);
    featureNames.push(h);
  }
  counts.clear();
  const train = prepare(trainDocs, featureIds);
  const dev = devDocs ? prepare(devDocs, featureIds) : undefined;
  console.log(`train-ner: ${featureNames.length} features (min count ${minCount}), ${train.length} training docs, ${dev?.length ?? 0} dev docs`);
  return { featureNames, featureIds, train, dev, seen };
}
