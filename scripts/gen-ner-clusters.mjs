// Generates server/src/analysis/ner/clusters.json: word clusters for the name tagger (issue 11),
// the way Brown clusters serve feature-based taggers (Ratinov & Roth 2009; Turian et al. 2010).
//
// Source: GloVe 6B 100-d vectors, installed on demand by glove.mjs (never a dependency of the
// project); only `npm run train:ner` runs this script.
//
// Method: the WORDS most frequent GloVe words with a letter are normalised to unit length and
// split by bisecting k-means (two centres: a seeded pick and the point farthest from it, then
// Lloyd iterations), recursively, down to DEPTH levels or clusters of fewer than MIN_SIZE words.
// A word's id is its path of 0/1 choices, so its prefixes are coarser clusters, as with Brown
// clusters. Deterministic: fixed seed, fixed order, no parallelism; same package, same bytes.
//
// Output: {"source", "words", "depth", "ids": [bit strings, sorted], "vocabulary": the words sorted,
// one a line, "clusterOfWord": base64 uint16 LE index into ids per word}: it loads without a 100k-entry map.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOVE_SOURCE, frequentWords, gloveJson, root } from './glove.mjs';

const WORDS = Number(process.env.NER_CLUSTER_WORDS ?? 100_000);
const DEPTH = 16;
const MIN_SIZE = 12;
const ITERATIONS = 8;
const SEED = 20240607;

const out = join(root, 'server/src/analysis/ner/clusters.json');

/** mulberry32, the trainer's seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const json = JSON.parse(gloveJson('gen-ner-clusters'));
const D = json.dimensions;
const words = frequentWords(json, WORDS);
const N = words.length;
const X = new Float64Array(N * D);
words.forEach((w, i) => {
  const v = json.vectors[w];
  let norm = 0;
  for (let d = 0; d < D; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < D; d++) X[i * D + d] = v[d] / norm;
});

const rand = prng(SEED);
const dot = (i, c) => {
  let s = 0;
  for (let d = 0; d < D; d++) s += X[i * D + d] * c[d];
  return s;
};
const centroid = (members) => {
  const c = new Float64Array(D);
  for (const i of members) for (let d = 0; d < D; d++) c[d] += X[i * D + d];
  let norm = 0;
  for (let d = 0; d < D; d++) norm += c[d] * c[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < D; d++) c[d] /= norm;
  return c;
};

/** Splits members in two by spherical k-means (k = 2); returns the two halves in member order. */
function split(members) {
  const first = members[Math.floor(rand() * members.length)];
  const a0 = X.slice(first * D, first * D + D);
  let far = members[0];
  let low = Infinity;
  for (const i of members) {
    const s = dot(i, a0);
    if (s < low) [low, far] = [s, i];
  }
  let a = a0;
  let b = X.slice(far * D, far * D + D);
  let left = [];
  let right = [];
  for (let it = 0; it < ITERATIONS; it++) {
    left = [];
    right = [];
    for (const i of members) (dot(i, a) >= dot(i, b) ? left : right).push(i);
    if (!left.length || !right.length) break;
    a = centroid(left);
    b = centroid(right);
  }
  return [left, right];
}

const clusters = new Map();
const stack = [{ bits: '', members: Array.from({ length: N }, (_, i) => i) }];
while (stack.length) {
  const { bits, members } = stack.pop();
  let halves;
  if (bits.length < DEPTH && members.length >= MIN_SIZE) halves = split(members);
  if (!halves || !halves[0].length || !halves[1].length) {
    clusters.set(bits || '0', members.map((i) => words[i]).join(' '));
    continue;
  }
  // Right first on the stack so the left half is split first: a fixed order, so a fixed PRNG stream.
  stack.push({ bits: bits + '1', members: halves[1] });
  stack.push({ bits: bits + '0', members: halves[0] });
}

// Compact output that loads fast: the words sorted (UTF-16 order, for a binary search) in one
// string, and per word the index of its cluster id as little-endian uint16, in base64.
const ids = [...new Set(clusters.keys())].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
const idIndex = new Map(ids.map((id, k) => [id, k]));
const byWord = [];
for (const [bits, list] of clusters) for (const w of list.split(' ')) byWord.push([w, idIndex.get(bits)]);
byWord.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
const index = Buffer.alloc(byWord.length * 2);
byWord.forEach(([, k], i) => index.writeUInt16LE(k, i * 2));
const data = {
  source: `${GLOVE_SOURCE}; bisecting k-means, seed ${SEED}`,
  words: N,
  depth: DEPTH,
  ids,
  vocabulary: byWord.map(([w]) => w).join('\n'),
  clusterOfWord: index.toString('base64'),
};
writeFileSync(out, JSON.stringify(data) + '\n');
console.log(`gen-ner-clusters: ${N} words in ${clusters.size} clusters -> ${out}`);
