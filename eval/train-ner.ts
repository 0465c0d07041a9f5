/**
 * Trains the News Lens name tagger (`npm run train:ner`): an averaged structured
 * perceptron over IOB2 labels with first-order Viterbi decoding, on CoNLL++ train.txt,
 * choosing the epoch on dev.txt; with --train-dev, then training the same recipe on train.txt
 * + dev.txt for that many epochs (test.txt is never read here). Each epoch also reports dev F1 on
 * the names training never saw, the regime of most of test's errors. Besides the sparse features
 * (features.ts) it learns weights for the word embeddings of each token's neighbourhood
 * (embeddings.ts, below). Deterministic: documents
 * are shuffled with a seeded PRNG and every count is fixed, so the same corpus and code
 * give the same model file byte for byte.
 *
 * With --seeds 1,2,… it trains one model per seed (each keeping its own best epoch on dev) and
 * averages their weights: the model is linear, so that is an ensemble at the cost of one model.
 *
 * Usage: node out/eval/train-ner.js [--epochs N] [--min-count N] [--seed N | --seeds N,N,…] [--corpora DIR] [--out FILE] [--train-dev]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { casedWord, historyFeatures, recordHistory, taggingOrder } from '../server/src/analysis/ner/features';
import { IOB_LABELS, LABEL_COUNT, viterbi } from '../server/src/analysis/ner/labels';
import { NerModel, NerModelFile } from '../server/src/analysis/ner/model';
import { tagDocumentLabels } from '../server/src/analysis/ner/tagger';
import { defaultCorporaDir, readConllSplit } from './conll-corpus';
import { SpanScorer, TagSpan, prf, spansFromTags } from './conll-score';
import { exportDense, exportModel } from './ner-export';
import { DENSE_INPUT_SCALE, DENSE_OFFSETS, K, prepareCorpus, type Corpus, type PreparedSentence } from './ner-train-corpus';

const L = LABEL_COUNT;
const repoRoot = resolve(__dirname, '..', '..');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Small seeded PRNG (mulberry32) so shuffles are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Emission scores of a sentence under weights `w` and dense weights `wd`, including the history features. */
function emissions(s: PreparedSentence, w: Float64Array, historyIds: number[][], wd: Float64Array): Float64Array {
  const n = s.tokens.length;
  const emit = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const off = i * L;
    for (let j = s.offsets[i]; j < s.offsets[i + 1]; j++) {
      const base = s.ids[j] * L;
      for (let k = 0; k < L; k++) emit[off + k] += w[base + k];
    }
    for (const h of historyIds[i]) for (let k = 0; k < L; k++) emit[off + k] += w[h * L + k];
  }
  for (let i = 0; i < n; i++) {
    const off = i * L;
    for (let o = 0; o < DENSE_OFFSETS.length; o++) {
      const j = i + DENSE_OFFSETS[o];
      const e = j >= 0 && j < n ? s.emb[j] : undefined;
      if (!e) continue;
      for (let d = 0; d < K; d++) {
        const x = e[d];
        const base = (o * K + d) * L;
        for (let k = 0; k < L; k++) emit[off + k] += x * wd[base + k];
      }
    }
  }
  return emit;
}

function historyIdsOf(s: PreparedSentence, history: Map<string, Int32Array>, featureIds: Map<string, number>): number[][] {
  return historyFeatures(history, s.tokens).map((fs) => fs.map((f) => featureIds.get(f)!));
}

/** A document's sentences in the order the tagger reads them (features.ts taggingOrder: sentences in capitals last). */
function inTaggingOrder(doc: PreparedSentence[]): PreparedSentence[] {
  return taggingOrder(doc.map((s) => s.tokens.map(casedWord))).map((i) => doc[i]);
}

/**
 * Dev scored on the names a reader meets for the first time: gold and predicted spans whose text is
 * no gold name anywhere in the training documents (lower case). About 30 % of dev's names; test has
 * more of them, so a change that helps only the names training has seen will not carry to test.
 */
class UnseenScorer {
  readonly scorer = new SpanScorer();
  constructor(private readonly seen: ReadonlySet<string>) {}

  add(tokens: readonly string[], gold: readonly string[], predicted: readonly string[]): void {
    const unseen = (spans: TagSpan[]) => spans.filter((x) => !this.seen.has(tokens.slice(x.start, x.end).join(' ').toLowerCase()));
    this.scorer.addSpans(unseen(spansFromTags(gold)), unseen(spansFromTags(predicted)));
  }
}

function decodeAll(
  docs: PreparedSentence[][],
  w: Float64Array,
  t: Float64Array,
  wd: Float64Array,
  featureIds: Map<string, number>,
  unseen?: UnseenScorer,
): SpanScorer {
  const scorer = new SpanScorer();
  for (const doc of docs) {
    const history = new Map<string, Int32Array>();
    for (const s of inTaggingOrder(doc)) {
      const pred = viterbi(emissions(s, w, historyIdsOf(s, history, featureIds), wd), t, s.tokens.length);
      recordHistory(history, s.tokens, pred);
      const gold = Array.from(s.gold, (k) => IOB_LABELS[k]);
      const predicted = Array.from(pred, (k) => IOB_LABELS[k]);
      scorer.addTags(gold, predicted);
      unseen?.add(s.tokens, gold, predicted);
    }
  }
  return scorer;
}

/** What one training run gives: the feature names and the averaged weights of the kept epoch. */
interface Trained {
  featureNames: string[];
  w: Float64Array;
  t: Float64Array;
  /** The dense embedding weights [offset][dim][label]. */
  wd: Float64Array;
  epoch: number;
  /** Dev F1 of the kept epoch; -1 when no dev set was given. */
  f1: number;
}

/** Dev F1 (and on names unseen in training) of weights on a corpus with dev documents. */
function devScores(corpus: Corpus, m: { w: Float64Array; t: Float64Array; wd: Float64Array }): { f1: number; unseen: number } {
  const unseen = new UnseenScorer(corpus.seen);
  const f1 = prf(decodeAll(corpus.dev!, m.w, m.t, m.wd, corpus.featureIds, unseen).get('ALL')).f1;
  return { f1, unseen: prf(unseen.scorer.get('ALL')).f1 };
}

/**
 * The members' weights averaged (sparse, transitions and dense), in the members' order. The model
 * is linear and Viterbi decodes summed scores, so this is a score-level ensemble of the members at
 * the cost of one model. One member is returned as it is.
 */
function averageMembers(members: readonly Trained[]): Trained {
  if (members.length === 1) return members[0];
  const mean = (pick: (m: Trained) => Float64Array): Float64Array => {
    const out = new Float64Array(pick(members[0]).length);
    for (const m of members) {
      const a = pick(m);
      for (let i = 0; i < out.length; i++) out[i] += a[i];
    }
    for (let i = 0; i < out.length; i++) out[i] /= members.length;
    return out;
  };
  return {
    featureNames: members[0].featureNames,
    w: mean((m) => m.w),
    t: mean((m) => m.t),
    wd: mean((m) => m.wd),
    epoch: members[members.length - 1].epoch,
    f1: -1,
  };
}

/**
 * Trains on the corpus's training documents for up to `epochs` epochs. With dev documents, keeps
 * the epoch whose averaged weights score best on them; without, keeps the last epoch (the train+dev model).
 */
function train(corpus: Corpus, epochs: number, seed: number, started: number): Trained {
  const { featureNames, featureIds, train, dev, seen } = corpus;
  const F = featureNames.length;

  const w = new Float64Array(F * L);
  const u = new Float64Array(F * L);
  const t = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const rand = mulberry32(seed);
  const wd = new Float64Array(DENSE_OFFSETS.length * K * L);
  const ud = new Float64Array(wd.length);
  let best: { epoch: number; f1: number; w: Float64Array; t: Float64Array; wd: Float64Array } = {
    epoch: 0,
    f1: -1,
    w: new Float64Array(0),
    t: new Float64Array(0),
    wd: new Float64Array(0),
  };
  const order = train.map((_, i) => i);

  const update = (id: number, label: number, delta: number): void => {
    w[id * L + label] += delta;
    u[id * L + label] += c * delta;
  };
  const averaged = (): { w: Float64Array; t: Float64Array; wd: Float64Array } => ({
    w: Float64Array.from(w, (x, i) => x - u[i] / c),
    t: Float64Array.from(t, (x, i) => x - tu[i] / c),
    wd: Float64Array.from(wd, (x, i) => x - ud[i] / c),
  });
  /** Dense update of token i of s: the embedding of each offset's word, +1 for label g and -1 for label p. */
  const denseUpdate = (s: PreparedSentence, i: number, g: number, p: number): void => {
    for (let o = 0; o < DENSE_OFFSETS.length; o++) {
      const j = i + DENSE_OFFSETS[o];
      const e = j >= 0 && j < s.tokens.length ? s.emb[j] : undefined;
      if (!e) continue;
      for (let d = 0; d < K; d++) {
        const x = e[d];
        const base = (o * K + d) * L;
        wd[base + g] += x;
        ud[base + g] += c * x;
        wd[base + p] -= x;
        ud[base + p] -= c * x;
      }
    }
  };

  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const di of order) {
      const history = new Map<string, Int32Array>();
      for (const s of inTaggingOrder(train[di])) {
        const hist = historyIdsOf(s, history, featureIds);
        const pred = viterbi(emissions(s, w, hist, wd), t, s.tokens.length);
        for (let i = 0; i < s.tokens.length; i++) {
          const g = s.gold[i];
          const p = pred[i];
          if (g !== p) {
            errors++;
            for (let j = s.offsets[i]; j < s.offsets[i + 1]; j++) {
              update(s.ids[j], g, 1);
              update(s.ids[j], p, -1);
            }
            for (const h of hist[i]) {
              update(h, g, 1);
              update(h, p, -1);
            }
            denseUpdate(s, i, g, p);
          }
          const pg = i > 0 ? s.gold[i - 1] : -1;
          const pp = i > 0 ? pred[i - 1] : -1;
          if (pg !== pp || g !== p) {
            t[(pg + 1) * L + g] += 1;
            tu[(pg + 1) * L + g] += c;
            t[(pp + 1) * L + p] -= 1;
            tu[(pp + 1) * L + p] -= c;
          }
        }
        recordHistory(history, s.tokens, pred);
        c++;
      }
    }
    if (!dev) {
      console.log(`epoch ${epoch}: ${errors} token errors in train+dev (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      if (epoch === epochs) best = { epoch, f1: -1, ...averaged() };
      continue;
    }
    const avg = averaged();
    const unseen = new UnseenScorer(seen);
    const f1 = prf(decodeAll(dev, avg.w, avg.t, avg.wd, featureIds, unseen).get('ALL')).f1;
    const u = prf(unseen.scorer.get('ALL'));
    console.log(
      `epoch ${epoch}: ${errors} token errors in train, dev F1 ${(f1 * 100).toFixed(2)}, on names unseen in train ${(u.f1 * 100).toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
    if (f1 > best.f1) best = { epoch, f1, ...avg };
  }
  return { featureNames, ...best };
}

function main(): void {
  const epochs = Number(option('epochs', '25'));
  const minCount = Number(option('min-count', '2'));
  // The seed of the best dev F1 of six with the embeddings (1-5 and 20240607, the one before them: 93.56 to 93.85).
  const seed = Number(option('seed', '2'));
  // --seeds 1,2,3: train one model per seed (each keeping its own best epoch on dev) and average their weights.
  const seeds = option('seeds', String(seed)).split(',').map(Number);
  if (seeds.some((x) => !Number.isInteger(x))) throw new Error('train-ner: --seeds takes integers separated by commas');
  const corporaDir = option('corpora', defaultCorporaDir(repoRoot));
  const outFile = option('out', resolve(repoRoot, 'server/src/analysis/ner/model.json'));
  // --train-dev: after choosing the epoch count on dev, train the same recipe on train.txt + dev.txt for it
  // (the issue allows it; it lifts CoNLL++ test but moves the registry-linking sets, so it is not the default).
  const trainOnly = !process.argv.includes('--train-dev');
  const started = Date.now();

  const trainDocs = readConllSplit(corporaDir, 'train');
  const devDocs = readConllSplit(corporaDir, 'dev');
  const corpus = prepareCorpus(trainDocs, devDocs, minCount);
  const members = seeds.map((s) => {
    const m = train(corpus, epochs, s, started);
    console.log(`train-ner: seed ${s}: best epoch ${m.epoch} on dev (dev F1 ${(m.f1 * 100).toFixed(2)}, trained on train.txt)`);
    return m;
  });
  let tuned = members[0];
  if (members.length > 1) {
    // The first k seeds averaged, for every k (the last is the model): each averaged and scored on dev once.
    for (let k = 2; k <= members.length; k++) {
      const average = averageMembers(members.slice(0, k));
      const sc = devScores(corpus, average);
      console.log(
        `train-ner: average of seeds ${seeds.slice(0, k).join(',')}: dev F1 ${(sc.f1 * 100).toFixed(2)}, on names unseen in train ${(sc.unseen * 100).toFixed(2)}`,
      );
      if (k === members.length) tuned = { ...average, f1: sc.f1 };
    }
    console.log(`train-ner: average of ${members.length} seeds: dev F1 ${(tuned.f1 * 100).toFixed(2)} (trained on train.txt)`);
  }
  // With --train-dev: the same recipe on train.txt + dev.txt for the epoch count dev chose for each seed. test.txt is never read.
  let best = tuned;
  if (!trainOnly) {
    const full = prepareCorpus([...trainDocs, ...devDocs], undefined, minCount);
    best = averageMembers(seeds.map((s, i) => train(full, members[i].epoch, s, started)));
  }
  const featureNames = best.featureNames;

  const file: NerModelFile = exportModel(featureNames, best.w, best.t, {
    corpus: trainOnly ? 'CoNLL++ train.txt (epoch chosen on dev.txt)' : 'CoNLL++ train.txt + dev.txt (epoch count chosen on dev.txt by a train.txt-only run)',
    ...(seeds.length === 1 ? { epochs: best.epoch, seed } : { ensemble: 'weights of one model per seed averaged', epochs: members.map((m) => m.epoch), seeds }),
    minCount,
    devF1: Number(tuned.f1.toFixed(4)),
  });
  file.dense = exportDense(best.wd, DENSE_OFFSETS, K, DENSE_INPUT_SCALE);
  const json = JSON.stringify(file);
  writeFileSync(outFile, json + '\n');
  console.log(
    `train-ner: ${seeds.length === 1 ? `epoch ${best.epoch}` : `${seeds.length} seeds averaged`}${trainOnly ? '' : ' on train+dev'}; wrote ${outFile} (${(json.length / 1e6).toFixed(2)} MB, ${file.features} features)`,
  );
  // Check the exported (hashed, quantized) model through the run-time tagger on dev.
  const model = new NerModel(file);
  const scorer = new SpanScorer();
  for (const doc of devDocs) {
    const predicted = tagDocumentLabels(
      model,
      doc.sentences.map((s) => s.tokens),
    );
    doc.sentences.forEach((s, i) => scorer.addSpans(spansFromTags(s.tags), spansFromTags(predicted[i])));
  }
  const exported = prf(scorer.get('ALL'));
  console.log(
    `train-ner: exported model on dev through the run-time tagger${trainOnly ? '' : ' (dev was trained on: not a measure)'}: F1 ${(exported.f1 * 100).toFixed(2)}`,
  );
}

main();
