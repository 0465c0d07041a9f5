/**
 * Word embeddings for the name tagger (issue 11): 16 numbers per clustered word, whose
 * weights the model learned for the word and the two words either side; the scorer folds
 * them into its per-word sums. Sentences are our own.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import embeddingFile from '../../server/src/analysis/ner/embeddings.json';
import clusterFile from '../../server/src/analysis/ner/clusters.json';
import { EMBEDDING_DIMS, addEmbeddingScores, embeddingOf } from '../../server/src/analysis/ner/embeddings';
import { LABEL_COUNT } from '../../server/src/analysis/ner/labels';
import { NerModel, type NerModelFile } from '../../server/src/analysis/ner/model';
import { StaticScorer } from '../../server/src/analysis/ner/scorer';
import { buildCaseCache } from '../../server/src/analysis/ner/features';
import modelFile from '../../server/src/analysis/ner/model.json';

/** Cosine similarity of two words' embeddings. */
function cosine(a: string, b: string): number {
  const x = new Float64Array(EMBEDDING_DIMS);
  const y = new Float64Array(EMBEDDING_DIMS);
  assert.ok(embeddingOf(a, x) && embeddingOf(b, y), `${a} and ${b} have embeddings`);
  let xy = 0;
  let xx = 0;
  let yy = 0;
  for (let d = 0; d < EMBEDDING_DIMS; d++) {
    xy += x[d] * y[d];
    xx += x[d] * x[d];
    yy += y[d] * y[d];
  }
  return xy / Math.sqrt(xx * yy);
}

/** The scorer's static scores of one sentence under `model`. */
function scores(model: NerModel, tokens: string[]): Float64Array {
  const scorer = new StaticScorer(model);
  const out = new Float64Array(tokens.length * LABEL_COUNT);
  scorer.score(
    tokens.map((t) => scorer.word(t)),
    buildCaseCache([tokens]),
    out,
  );
  return out;
}

describe('word embeddings', () => {
  it('hold one int8 row per clustered word, in the clusters file order', () => {
    const file = embeddingFile as { dims: number; words: number; values: string };
    assert.equal(file.dims, EMBEDDING_DIMS);
    assert.equal(file.words, (clusterFile as { words: number }).words);
    assert.equal(Math.ceil((file.words * file.dims) / 3) * 4, file.values.length, 'one byte a value');
  });

  it('are found for lower-case clustered words only, and place like words together', () => {
    const e = new Float64Array(EMBEDDING_DIMS);
    assert.ok(embeddingOf('portsmouth', e));
    assert.ok(e.some((v) => v !== 0));
    assert.equal(embeddingOf('Portsmouth', e), false, 'keys are lower case');
    assert.equal(embeddingOf('qzxwvy', e), false);
    assert.ok(cosine('leicester', 'portsmouth') > cosine('leicester', 'said'), 'two towns are nearer than a town and a verb');
    assert.ok(cosine('monday', 'tuesday') > cosine('monday', 'portsmouth'));
  });

  it("are part of the shipped model's scores: without its dense weights a word with an embedding scores otherwise", () => {
    const file = modelFile as NerModelFile;
    assert.ok(file.dense, 'the shipped model has embedding weights');
    assert.deepEqual(file.dense.offsets, [-2, -1, 0, 1, 2]);
    const withDense = new NerModel(file);
    const without = new NerModel({ ...file, dense: undefined });
    const tokens = ['Leicester', 'beat', 'Qzxwvy', 'on', 'Monday'];
    const a = scores(withDense, tokens);
    const b = scores(without, tokens);
    // The difference is exactly the embedding term, token by token.
    const term = new Float64Array(tokens.length * LABEL_COUNT);
    addEmbeddingScores(
      withDense,
      tokens.map((t) => t.toLowerCase()),
      term,
    );
    let moved = 0;
    for (let i = 0; i < a.length; i++) {
      assert.ok(Math.abs(a[i] - b[i] - term[i]) < 1e-4, `score ${i}: ${a[i]} - ${b[i]} vs ${term[i]}`);
      if (Math.abs(term[i]) > 1e-3) moved++;
    }
    assert.ok(moved > 20, `the embeddings move many scores (${moved})`);
  });

  it('refuses a model whose embedding weights do not match the shipped embeddings', () => {
    const file = modelFile as NerModelFile;
    assert.throws(() => new NerModel({ ...file, dense: { ...file.dense!, weights: file.dense!.weights.slice(0, 40) } }), /dense weights/);
    const eight = new NerModel({ ...file, dense: { ...file.dense!, dims: 8, weights: Buffer.alloc(5 * 8 * LABEL_COUNT * 2).toString('base64') } });
    assert.throws(() => new StaticScorer(eight), /8-value embeddings/);
  });
});
