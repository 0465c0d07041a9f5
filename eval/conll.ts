/**
 * CoNLL++ evaluation of the name tagger: exact-span P/R/F1 (conlleval-style) overall and
 * per type on test.txt (floor 0.85) and dev.txt, tagging speed, model size and load time,
 * and the `compromise` library as a baseline (its people/places/organizations mapped back
 * to token spans), and the whole pipeline on the same documents as raw text
 * (conll-raw.ts) beside the tagger on gold tokens. Run directly: `node out/eval/conll.js [corporaDir]`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { NerModel, NerModelFile, tagTokenizedDocument } from '../server/src/analysis/ner';
import { loadClusters } from '../server/src/analysis/ner/clusters';
import { ConllDocument, defaultCorporaDir, readConllSplit } from './conll-corpus';
import { runPipeline } from './conll-raw';
import { SpanScorer, TagSpan, prf, spansFromTags } from './conll-score';
import type { EvalResult, Metric } from './types';

const repoRoot = resolve(__dirname, '..', '..');
const modelPath = resolve(repoRoot, 'server/src/analysis/ner/model.json');
const clustersPath = resolve(repoRoot, 'server/src/analysis/ner/clusters.json');
const embeddingsPath = resolve(repoRoot, 'server/src/analysis/ner/embeddings.json');
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const pct = (x: number): string => (x * 100).toFixed(2);

function tokenCount(docs: ConllDocument[]): number {
  return docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
}

/** Tags every document with our tagger; returns the scorer and the tagging time in ms. */
function runTagger(docs: ConllDocument[], model: NerModel): { scorer: SpanScorer; ms: number } {
  const scorer = new SpanScorer();
  const t0 = performance.now();
  const predicted = docs.map((d) =>
    tagTokenizedDocument(
      d.sentences.map((s) => s.tokens),
      model,
    ),
  );
  const ms = performance.now() - t0;
  docs.forEach((d, di) => d.sentences.forEach((s, si) => scorer.addTags(s.tags, predicted[di][si])));
  return { scorer, ms };
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|n't|'re|'ll|'ve|'m|'d)$/i;

/**
 * Runs compromise on each detokenized document and maps its people/places/organizations
 * back to token spans (a token belongs to a match when their characters overlap).
 */
function runCompromise(docs: ConllDocument[], scorer4: SpanScorer, scorer3: SpanScorer): number {
  let ms = 0;
  for (const doc of docs) {
    let text = '';
    const where: { sentence: number; token: number; start: number; end: number }[] = [];
    doc.sentences.forEach((s, si) => {
      s.tokens.forEach((tok, ti) => {
        if (text && !(ti > 0 && NO_SPACE_BEFORE.test(tok)) && !(ti > 0 && /[([{]$/.test(s.tokens[ti - 1]))) text += ' ';
        where.push({ sentence: si, token: ti, start: text.length, end: text.length + tok.length });
        text += tok;
      });
    });
    const t0 = performance.now();
    const parsed = nlp(text);
    const found: [string, { start: number; length: number }[]][] = [
      [
        'PER',
        parsed
          .people()
          .json({ offset: true })
          .map((m: { offset: { start: number; length: number } }) => m.offset),
      ],
      [
        'LOC',
        parsed
          .places()
          .json({ offset: true })
          .map((m: { offset: { start: number; length: number } }) => m.offset),
      ],
      [
        'ORG',
        parsed
          .organizations()
          .json({ offset: true })
          .map((m: { offset: { start: number; length: number } }) => m.offset),
      ],
    ];
    ms += performance.now() - t0;
    const predicted: TagSpan[][] = doc.sentences.map(() => []);
    for (const [type, offsets] of found) {
      for (const o of offsets) {
        const inside = where.filter((w) => w.start < o.start + o.length && w.end > o.start);
        if (!inside.length) continue;
        const sentence = inside[0].sentence;
        const tokens = inside.filter((w) => w.sentence === sentence);
        predicted[sentence].push({ type, start: tokens[0].token, end: tokens[tokens.length - 1].token + 1 });
      }
    }
    doc.sentences.forEach((s, si) => {
      const gold = spansFromTags(s.tags);
      scorer4.addSpans(gold, predicted[si]);
      scorer3.addSpans(
        gold.filter((g) => g.type !== 'MISC'),
        predicted[si],
      );
    });
  }
  return ms;
}

function row(system: string, split: string, type: string, scorer: SpanScorer, label = type, against?: SpanScorer): string[] {
  const c = scorer.get(type);
  const { p, r, f1 } = prf(c);
  const delta = against ? f1 - prf(against.get(type)).f1 : undefined;
  return [system, split, label, pct(p), pct(r), pct(f1), String(c.gold), delta === undefined ? '' : `${delta >= 0 ? '+' : ''}${pct(delta)}`];
}

/**
 * Loads the committed model, word clusters and embeddings the way a process would (read +
 * JSON.parse + decode, and the cluster index) and times it; bytes are the three files together.
 */
function loadModelTimed(): { model: NerModel; ms: number; bytes: number } {
  const t0 = performance.now();
  const text = readFileSync(modelPath, 'utf8');
  const model = new NerModel(JSON.parse(text) as NerModelFile);
  const clusters = readFileSync(clustersPath, 'utf8');
  JSON.parse(clusters);
  loadClusters();
  const embeddings = readFileSync(embeddingsPath, 'utf8');
  JSON.parse(embeddings);
  return { model, ms: performance.now() - t0, bytes: Buffer.byteLength(text) + Buffer.byteLength(clusters) + Buffer.byteLength(embeddings) };
}

/** The CoNLL++ evaluation (see file comment); throws a clear error when the corpus is missing. */
export async function evaluate(corporaDir: string): Promise<EvalResult> {
  const test = readConllSplit(corporaDir, 'test');
  const dev = readConllSplit(corporaDir, 'dev');
  const { model, ms: loadMs, bytes } = loadModelTimed();

  runTagger(test, model); // warm-up
  const ours = runTagger(test, model);
  const ourDev = runTagger(dev, model);
  const testTokens = tokenCount(test);
  const ourSpeed = testTokens / (ours.ms / 1000);

  const c4 = new SpanScorer();
  const c3 = new SpanScorer();
  const compromiseMs = runCompromise(test, c4, c3);
  const compromiseSpeed = testTokens / (compromiseMs / 1000);

  // The whole pipeline on the same documents written as raw text (issue 11), beside the tagger on gold tokens.
  const rawTest = runPipeline(test);
  const rawDev = runPipeline(dev);

  const table: string[][] = [['system', 'split', 'type', 'P', 'R', 'F1', 'gold', 'F1 − tagger']];
  table.push(row('news-lens tagger', 'test', 'ALL', ours.scorer));
  for (const t of TYPES) table.push(row('news-lens tagger', 'test', t, ours.scorer));
  table.push(row('news-lens tagger', 'dev', 'ALL', ourDev.scorer));
  for (const t of TYPES) table.push(row('news-lens tagger', 'dev', t, ourDev.scorer));
  table.push(row('pipeline, raw text', 'test', 'ALL', rawTest.scorer, 'ALL', ours.scorer));
  for (const t of TYPES) table.push(row('pipeline, raw text', 'test', t, rawTest.scorer, t, ours.scorer));
  table.push(row('pipeline, raw text', 'dev', 'ALL', rawDev.scorer, 'ALL', ourDev.scorer));
  for (const t of TYPES) table.push(row('pipeline, raw text', 'dev', t, rawDev.scorer, t, ourDev.scorer));
  table.push(row('compromise', 'test', 'ALL', c4, 'ALL (4 types)'));
  table.push(row('compromise', 'test', 'ALL', c3, 'PER+ORG+LOC'));
  for (const t of ['PER', 'ORG', 'LOC']) table.push(row('compromise', 'test', t, c4));

  const metrics: Metric[] = [
    { key: 'conll.test.f1', value: prf(ours.scorer.get('ALL')).f1, floor: 0.85 },
    ...TYPES.map((t) => ({ key: `conll.test.f1.${t}`, value: prf(ours.scorer.get(t)).f1 })),
    { key: 'conll.dev.f1', value: prf(ourDev.scorer.get('ALL')).f1 },
    ...TYPES.map((t) => ({ key: `conll.dev.f1.${t}`, value: prf(ourDev.scorer.get(t)).f1 })),
    { key: 'conll.raw.test.f1', value: prf(rawTest.scorer.get('ALL')).f1 },
    ...TYPES.map((t) => ({ key: `conll.raw.test.f1.${t}`, value: prf(rawTest.scorer.get(t)).f1 })),
    { key: 'conll.raw.dev.f1', value: prf(rawDev.scorer.get('ALL')).f1 },
    ...TYPES.map((t) => ({ key: `conll.raw.dev.f1.${t}`, value: prf(rawDev.scorer.get(t)).f1 })),
    { key: 'conll.tagger.tokensPerSecond', value: Math.round(ourSpeed), floor: 100000 },
    { key: 'conll.model.loadMs', value: Math.round(loadMs) },
    { key: 'conll.model.bytes', value: bytes },
    { key: 'conll.compromise.test.f1', value: prf(c4.get('ALL')).f1 },
    { key: 'conll.compromise.test.f1.perOrgLoc', value: prf(c3.get('ALL')).f1 },
  ];
  return {
    title: 'CoNLL++ names (exact span, conlleval-style)',
    table,
    metrics,
    notes: [
      `speed on test.txt (${testTokens} tokens, after warm-up): news-lens ${Math.round(ourSpeed)} tokens/s, compromise ${Math.round(compromiseSpeed)} tokens/s`,
      `model, word clusters and embeddings: ${(bytes / 1e6).toFixed(2)} MB, ${model.featureCount} features, loaded (read + parse + decode + cluster index) in ${loadMs.toFixed(0)} ms`,
      `pipeline, raw text: each document written as plain text (one sentence a paragraph, no space before punctuation) and run through analyzeArticle; nationality/event/law/product/other count as MISC; ${(rawTest.ms / 1000).toFixed(1)} s for test.txt`,
      'compromise has no MISC type: "ALL (4 types)" counts gold MISC as missed; "PER+ORG+LOC" ignores gold MISC.',
    ],
  };
}

if (require.main === module) {
  const dir = process.argv[2] ?? defaultCorporaDir(repoRoot);
  evaluate(dir).then(
    (result) => {
      console.log(result.title);
      for (const r of result.table) console.log(r.map((c, i) => (i < 3 ? c.padEnd(i === 0 ? 18 : 12) : c.padStart(7))).join(' '));
      for (const n of result.notes ?? []) console.log(n);
      for (const m of result.metrics) console.log(`${m.key} = ${m.value}${m.floor !== undefined ? ` (floor ${m.floor})` : ''}`);
    },
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
