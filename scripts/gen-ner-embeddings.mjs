// Generates server/src/analysis/ner/embeddings.json: a small real-valued vector for each of the
// name tagger's clustered words (issue 11). Embeddings are complementary to Brown-style clusters
// (Turian et al. 2010): the tagger learns weights for the word's vector and its neighbours', and
// the run-time scorer folds them into the per-word sums it caches, so they cost nothing per token.
//
// Source: the same GloVe words as clusters.json (glove.mjs), in clusters.json's order, so a
// word's row is its index there and the file needs no word list of its own. Method: the vectors
// are centred and reduced by PCA (Jacobi eigen-decomposition of the 100 × 100 covariance) to DIMS
// components, each scaled to unit variance, then quantised to int8 with one scale, clipped at the
// 99.99th percentile of |value|. Deterministic: no randomness, fixed order; same package, same bytes.
//
// Output: {"source", "dims", "words", "scale", "values": base64 int8, word-major (value = int8 × scale)}.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOVE_SOURCE, gloveJson, root } from './glove.mjs';

const DIMS = 16;
const out = join(root, 'server/src/analysis/ner/embeddings.json');
const clusters = JSON.parse(readFileSync(join(root, 'server/src/analysis/ner/clusters.json'), 'utf8'));

const json = JSON.parse(gloveJson('gen-ner-embeddings'));
const D = json.dimensions;
const words = clusters.vocabulary.split('\n');
const N = words.length;
const X = new Float64Array(N * D);
words.forEach((w, i) => {
  const v = json.vectors[w];
  if (!v) throw new Error(`gen-ner-embeddings: "${w}" of clusters.json has no GloVe vector`);
  for (let d = 0; d < D; d++) X[i * D + d] = v[d];
});

// Centre, then the covariance.
const mean = new Float64Array(D);
for (let i = 0; i < N; i++) for (let d = 0; d < D; d++) mean[d] += X[i * D + d] / N;
for (let i = 0; i < N; i++) for (let d = 0; d < D; d++) X[i * D + d] -= mean[d];
const A = new Float64Array(D * D);
for (let i = 0; i < N; i++) {
  const o = i * D;
  for (let a = 0; a < D; a++) {
    const xa = X[o + a];
    for (let b = a; b < D; b++) A[a * D + b] += xa * X[o + b];
  }
}
for (let a = 0; a < D; a++) for (let b = a; b < D; b++) A[b * D + a] = A[a * D + b] /= N;

// Cyclic Jacobi rotations until the off-diagonal vanishes: A becomes the eigenvalues, V the eigenvectors.
const V = new Float64Array(D * D);
for (let d = 0; d < D; d++) V[d * D + d] = 1;
for (let sweep = 0; sweep < 50; sweep++) {
  let off = 0;
  for (let p = 0; p < D; p++) for (let q = p + 1; q < D; q++) off += A[p * D + q] ** 2;
  if (off < 1e-20) break;
  for (let p = 0; p < D; p++)
    for (let q = p + 1; q < D; q++) {
      const apq = A[p * D + q];
      if (Math.abs(apq) < 1e-15) continue;
      const theta = (A[q * D + q] - A[p * D + p]) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const s = t * c;
      for (let k = 0; k < D; k++) {
        const akp = A[k * D + p];
        const akq = A[k * D + q];
        A[k * D + p] = c * akp - s * akq;
        A[k * D + q] = s * akp + c * akq;
      }
      for (let k = 0; k < D; k++) {
        const apk = A[p * D + k];
        const aqk = A[q * D + k];
        A[p * D + k] = c * apk - s * aqk;
        A[q * D + k] = s * apk + c * aqk;
      }
      for (let k = 0; k < D; k++) {
        const vkp = V[k * D + p];
        const vkq = V[k * D + q];
        V[k * D + p] = c * vkp - s * vkq;
        V[k * D + q] = s * vkp + c * vkq;
      }
    }
}
const order = Array.from({ length: D }, (_, d) => d).sort((a, b) => A[b * D + b] - A[a * D + a]);
const eigen = order.map((d) => A[d * D + d]);
const total = eigen.reduce((x, y) => x + y, 0);
const kept = eigen.slice(0, DIMS).reduce((x, y) => x + y, 0);

// Each word's first DIMS components, each component scaled to unit variance.
const P = new Float64Array(N * DIMS);
for (let i = 0; i < N; i++)
  for (let k = 0; k < DIMS; k++) {
    const col = order[k];
    let s = 0;
    for (let d = 0; d < D; d++) s += X[i * D + d] * V[d * D + col];
    P[i * DIMS + k] = s / Math.sqrt(eigen[k]);
  }
// int8 with one scale, clipped so that a few outliers do not waste the range.
const abs = Float64Array.from(P, Math.abs).sort();
const clip = abs[Math.floor(abs.length * 0.9999)];
const scale = clip / 127;
const q = Buffer.alloc(N * DIMS);
for (let j = 0; j < q.length; j++) q.writeInt8(Math.max(-127, Math.min(127, Math.round(P[j] / scale))), j);
const data = {
  source: `${GLOVE_SOURCE}; PCA to ${DIMS} components of unit variance, int8; rows in clusters.json's word order`,
  dims: DIMS,
  words: N,
  scale,
  values: q.toString('base64'),
};
writeFileSync(out, JSON.stringify(data) + '\n');
console.log(`gen-ner-embeddings: ${N} words, PCA ${D} -> ${DIMS} keeps ${((kept / total) * 100).toFixed(1)} % of the variance -> ${out}`);
