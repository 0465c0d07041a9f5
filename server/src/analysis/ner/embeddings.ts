/**
 * Word embeddings for the name tagger (issue 11): 16 numbers for each clustered word, GloVe's
 * vectors reduced by PCA (scripts/gen-ner-embeddings.mjs). Clusters put a word in one group;
 * an embedding says how near it is to every direction the tagger found useful, so a name the
 * training corpus never saw is scored by what it resembles. The scorer folds the model's
 * weights for them into its per-word sums, so they cost nothing per token. Rows follow
 * clusters.json's word order, and are decoded one word at a time (nothing at load).
 */
import embeddingFile from './embeddings.json';
import { base64Byte, wordIndex } from './clusters';
import { LABEL_COUNT } from './labels';
import { ROLE_OF_OFFSET, type NerModel } from './model';

/** The shipped file: `dims` int8 values per word, word-major, real value = int8 × scale. */
interface EmbeddingFile {
  dims: number;
  scale: number;
  values: string;
}

const file = embeddingFile as EmbeddingFile;

/** How many numbers each word's embedding has. */
export const EMBEDDING_DIMS = file.dims;

/**
 * Writes the embedding of a lower-cased word into `out` (EMBEDDING_DIMS values) and returns
 * true, or returns false (and leaves `out` alone) for a word without one.
 */
export function embeddingOf(lower: string, out: Float64Array): boolean {
  const row = wordIndex(lower);
  if (row < 0) return false;
  const base = row * file.dims;
  for (let d = 0; d < file.dims; d++) out[d] = ((base64Byte(file.values, base + d) << 24) >> 24) * file.scale;
  return true;
}

/**
 * Adds the embedding term to every token's scores (`emit`, n × LABEL_COUNT) of a sentence of
 * lower-cased words, as the trainer defines it: each word within two of a token that has an
 * embedding adds its role's weights times the embedding. The reference the scorer's folded
 * per-word sums must equal (tests, and the trainer's check of the exported model).
 */
export function addEmbeddingScores(model: NerModel, lowers: readonly string[], emit: Float64Array): void {
  const roles = model.denseRoles;
  if (!roles) return;
  const dims = model.denseDims;
  const e = new Float64Array(dims);
  for (let j = 0; j < lowers.length; j++) {
    if (!embeddingOf(lowers[j], e)) continue;
    for (const [offset, role] of Object.entries(ROLE_OF_OFFSET)) {
      // The word at j is at `offset` from the token i it is scored for.
      const i = j - Number(offset);
      if (i < 0 || i >= lowers.length) continue;
      for (let d = 0; d < dims; d++) for (let k = 0; k < LABEL_COUNT; k++) emit[i * LABEL_COUNT + k] += e[d] * roles[(role * dims + d) * LABEL_COUNT + k];
    }
  }
}
