/**
 * The tagger's fast scorer (ner/scorer.ts) caches vectors of word, context and shape
 * features instead of hashing every feature of every token, and Viterbi skips what the
 * IOB2 constraint and forced-outside tokens rule out. Both must mean exactly what the
 * trainer's string features and full Viterbi mean, or the shipped model would silently
 * score something else at run time.
 */
import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  buildCaseCache,
  caseCacheOf,
  casedWord,
  historyFeatures,
  historyOf,
  historyTypes,
  isUpperCaseSentence,
  normalizeToken,
  recordHistory,
  recordWords,
  staticFeatures,
} from '../../server/src/analysis/ner/features';
import { tagDocumentIndices } from '../../server/src/analysis/ner/tagger';
import { addEmbeddingScores } from '../../server/src/analysis/ner/embeddings';
import { LABEL_COUNT, transitionAllowed, viterbi } from '../../server/src/analysis/ner/labels';
import { StaticScorer } from '../../server/src/analysis/ner/scorer';
import { loadDefaultModel, splitSentences, tokenize } from '../../server/src/analysis/ner';
import { generateArticle } from '../../bench/generate';

const HANDWRITTEN = [
  'Transport Minister Amara Okafor met South Korean envoys in Seoul on Monday .',
  'THE NORTHERN PORTS AUTHORITY SAID IT WOULD APPEAL',
  "Kenji Kanasugi 's team flew to Tokyo , Japan - and back in 3.5 hours .",
  'the post-Soviet era ended , said an official of the al-Aqsa brigades in eastern Ukraine .',
  'mid-sentence lower case words only , no names at all',
].map((s) => s.split(' '));

function sentencesOf(text: string): string[][] {
  return splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text));
}

const hasUpper = (t: string | undefined) => t !== undefined && t !== t.toLowerCase();
/** A normalized token's lower-case form, as the tagger looks up clusters and embeddings. */
const lowerOf = (t: string) => casedWord(t).lower;

describe('fast static scorer', () => {
  it("gives the string features' sums on every token it scores, and forces O only where no upper-case letter is near", () => {
    const model = loadDefaultModel();
    const documents = [HANDWRITTEN, sentencesOf(generateArticle(5, 1500)), sentencesOf(generateArticle(6, 800))];
    let scored = 0;
    let forced = 0;
    for (const raw of documents) {
      const sentences = raw.map((s) => s.map(normalizeToken));
      const cache = buildCaseCache(sentences);
      const scorer = new StaticScorer(model);
      for (const tokens of sentences) {
        const expected = new Float64Array(tokens.length * LABEL_COUNT);
        staticFeatures(tokens, cache).forEach((features, i) => features.forEach((f) => model.addFeature(f, expected, i * LABEL_COUNT)));
        addEmbeddingScores(model, tokens.map(lowerOf), expected);
        const actual = new Float64Array(tokens.length * LABEL_COUNT);
        scorer.score(
          tokens.map((t) => scorer.word(t)),
          cache,
          actual,
        );
        tokens.forEach((t, i) => {
          const o = i * LABEL_COUNT;
          const near = hasUpper(t) || hasUpper(tokens[i - 1]) || hasUpper(tokens[i + 1]);
          if (!near) {
            forced++;
            assert.equal(actual[o], 0, `O is free for forced token ${t}`);
            for (let k = 1; k < LABEL_COUNT; k++) assert.equal(actual[o + k], -Infinity, `token ${t} is forced outside`);
            return;
          }
          scored++;
          // A word's own feature sums are kept as 32-bit floats, as the model's weights are: each of
          // its five role sums rounds by at most half a 32-bit step of the sum (about 1e-6 at 10).
          for (let k = 0; k < LABEL_COUNT; k++)
            assert.ok(Math.abs(actual[o + k] - expected[o + k]) < 1e-5, `token ${i} "${t}" label ${k}: ${actual[o + k]} vs ${expected[o + k]}`);
        });
      }
    }
    assert.ok(scored > 500 && forced > 500, `both paths exercised (${scored} scored, ${forced} forced)`);
  });

  it('keeps no article alive through the long words it caches (V8 cuts substrings of 13+ characters as views)', () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const scorer = new StaticScorer(loadDefaultModel());
    const heldWords: ReturnType<StaticScorer['word']>[] = [];
    collect();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100; i++) {
      // A flat 200 kB article per round, and one long word cut from it as the tokenizer cuts tokens.
      const article = `${'a '.repeat(100_000)}Counterinsurgency${i}`.split('').join('');
      const token = article.slice(200_000);
      heldWords.push(scorer.word(token));
    }
    collect();
    const grown = process.memoryUsage().heapUsed - before;
    assert.equal(heldWords.length, 100);
    assert.equal(heldWords[7].text, 'Counterinsurgency7');
    // The 100 articles are 20 MB; the words and their cache entries a few tens of kB.
    assert.ok(grown < 5_000_000, `the heap grew by ${(grown / 1e6).toFixed(1)} MB while caching 100 words`);
  });

  it('keeps every word it handed out valid after its word cache has moved on by generations (the incremental tagger holds words)', () => {
    const model = loadDefaultModel();
    const sentences = HANDWRITTEN.map((s) => s.map(normalizeToken));
    const cache = buildCaseCache(sentences);
    const scoreWith = (scorer: StaticScorer, words: ReturnType<StaticScorer['word']>[][]) =>
      words.map((w) => {
        const emit = new Float64Array(w.length * LABEL_COUNT);
        scorer.score(w, cache, emit);
        return Array.from(emit);
      });
    const fresh = new StaticScorer(model);
    const expected = scoreWith(
      fresh,
      sentences.map((s) => s.map((t) => fresh.word(t))),
    );
    const scorer = new StaticScorer(model, 1_000);
    const held = sentences.map((s) => s.map((t) => scorer.word(t)));
    const heldText = held.map((s) => s.map((w) => w.text));
    const slabs = new Set(held.flat().map((w) => w.slab));
    // 10,000 distinct new words: ten generations of 1,000; the first sentence's words are asked
    // for again now and then (moved to newer slabs), the others are dropped and rebuilt.
    for (let i = 0; i < 10_000; i++) {
      scorer.word(`Zq${i}x`);
      if (i % 500 === 0) for (const t of sentences[0]) scorer.word(t);
    }
    assert.deepEqual(
      held.map((s) => s.map((w) => w.text)),
      heldText,
    );
    assert.deepEqual(scoreWith(scorer, held), expected, 'words held across generations score as a fresh scorer');
    const again = sentences.map((s) => s.map((t) => scorer.word(t)));
    assert.deepEqual(scoreWith(scorer, again), expected, 'words rebuilt after eviction score as a fresh scorer');
    assert.ok(
      held[0].every((w) => !slabs.has(w.slab)),
      'words asked for again were moved out of the old slabs',
    );
    assert.ok(
      held[1].some((w, i) => w !== again[1][i]),
      'words not asked for were dropped from the cache and rebuilt',
    );
  });
});

/** The textbook Viterbi over all label pairs, checking every transition: the reference the fast one must equal. */
function referenceViterbi(emit: ArrayLike<number>, trans: ArrayLike<number>, n: number): Int32Array {
  const L = LABEL_COUNT;
  const out = new Int32Array(n);
  if (n === 0) return out;
  const score: number[][] = [];
  const back: number[][] = [];
  score.push(Array.from({ length: L }, (_, k) => (transitionAllowed(-1, k) ? trans[k] + emit[k] : -Infinity)));
  for (let i = 1; i < n; i++) {
    score.push([]);
    back.push([]);
    for (let k = 0; k < L; k++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!transitionAllowed(p, k)) continue;
        const s = score[i - 1][p] + trans[(p + 1) * L + k];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i][k] = best + emit[i * L + k];
      back[i - 1][k] = arg;
    }
  }
  let arg = 0;
  for (let k = 1; k < L; k++) if (score[n - 1][k] > score[n - 1][arg]) arg = k;
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i - 1][out[i]];
  return out;
}

describe('Viterbi', () => {
  it('equals the full search, with and without forced-outside tokens and ties', () => {
    const L = LABEL_COUNT;
    const weight = fc.integer({ min: -4, max: 4 }).map((v) => v / 2);
    const token = fc
      .tuple(fc.boolean(), fc.array(weight, { minLength: L, maxLength: L }))
      .map(([forced, scores]) => (forced ? scores.map((_, k) => (k === 0 ? 0 : -Infinity)) : scores));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), fc.array(weight, { minLength: (L + 1) * L, maxLength: (L + 1) * L }), (tokens, trans) => {
        const emit = tokens.flat();
        assert.deepEqual(viterbi(emit, trans, tokens.length), referenceViterbi(emit, trans, tokens.length));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the shipped model's labels on real text", () => {
    const model = loadDefaultModel();
    for (const tokens of sentencesOf(generateArticle(11, 600)).map((s) => s.map(normalizeToken))) {
      const emit = new Float64Array(tokens.length * LABEL_COUNT);
      const scorer = new StaticScorer(model);
      scorer.score(
        tokens.map((t) => scorer.word(t)),
        buildCaseCache([tokens]),
        emit,
      );
      assert.deepEqual(viterbi(emit, model.transitions, tokens.length), referenceViterbi(emit, model.transitions, tokens.length));
    }
  });
});

/**
 * The tagger as the trainer defines it: string features (static and history), the
 * forced-outside rule and the textbook Viterbi, sentence after sentence.
 */
function referenceTagger(sentences: readonly (readonly string[])[]): Int32Array[] {
  const model = loadDefaultModel();
  const normalized = sentences.map((s) => s.map(normalizeToken));
  const cache = buildCaseCache(normalized);
  const history = new Map<string, Int32Array>();
  const out: Int32Array[] = [];
  // Sentences in capitals last, reading the body's history.
  const order = [...normalized.keys()]
    .filter((i) => !isUpperCaseSentence(normalized[i]))
    .concat([...normalized.keys()].filter((i) => isUpperCaseSentence(normalized[i])));
  for (const si of order) {
    const tokens = normalized[si];
    const emit = new Float64Array(tokens.length * LABEL_COUNT);
    staticFeatures(tokens, cache).forEach((features, i) => features.forEach((f) => model.addFeature(f, emit, i * LABEL_COUNT)));
    historyFeatures(history, tokens).forEach((features, i) => features.forEach((f) => model.addFeature(f, emit, i * LABEL_COUNT)));
    addEmbeddingScores(model, tokens.map(lowerOf), emit);
    tokens.forEach((t, i) => {
      if (hasUpper(t) || hasUpper(tokens[i - 1]) || hasUpper(tokens[i + 1])) return;
      for (let k = 1; k < LABEL_COUNT; k++) emit[i * LABEL_COUNT + k] = -Infinity;
    });
    const labels = referenceViterbi(emit, model.transitions, tokens.length);
    recordHistory(history, tokens, labels);
    out[si] = labels;
  }
  return out;
}

describe('run-time tagger', () => {
  it("labels whole documents exactly as the trainer's definition does", () => {
    const model = loadDefaultModel();
    let names = 0;
    for (const sentences of [HANDWRITTEN, sentencesOf(generateArticle(21, 2500)), sentencesOf(generateArticle(22, 900))]) {
      const expected = referenceTagger(sentences);
      assert.deepEqual(tagDocumentIndices(model, sentences), expected);
      names += expected.reduce((sum, labels) => sum + labels.filter((k) => k % 2 === 1).length, 0);
    }
    assert.ok(names > 100, `the documents hold names (${names})`);
  });
});

describe('tagger document passes over cached words', () => {
  const scorer = new StaticScorer(loadDefaultModel());
  const token = fc.oneof(
    fc.constantFrom('Seoul', 'seoul', 'SEOUL', '12', '"', '(', 'Émile', 'émile', 'post-Soviet', 'O\u2019Neill', 'the', 'The', 'Ünal', 'ünal', '-', 'x'),
    fc.string({ maxLength: 4 }).filter((t) => t.length > 0),
  );
  const document = fc.array(fc.array(token, { minLength: 1, maxLength: 8 }), { maxLength: 6 });

  it('builds the case cache buildCaseCache builds', () => {
    fc.assert(
      fc.property(document, (sentences) => {
        assert.deepEqual(caseCacheOf(sentences.map((s) => s.map((t) => scorer.word(t)))), buildCaseCache(sentences.map((s) => s.map(normalizeToken))));
      }),
      { numRuns: 500 },
    );
  });

  it('reads and records the history as historyTypes and recordHistory do', () => {
    const label = fc.integer({ min: 0, max: LABEL_COUNT - 1 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(token, { minLength: 1, maxLength: 8 }), fc.array(label, { minLength: 8, maxLength: 8 })), { maxLength: 8 }),
        (tagged) => {
          const fromWords = new Map<string, Int32Array>();
          const fromStrings = new Map<string, Int32Array>();
          for (const [raw, labels] of tagged) {
            const tokens = raw.map(normalizeToken);
            const words = raw.map((t) => scorer.word(t));
            assert.deepEqual(historyOf(fromWords, words), historyTypes(fromStrings, tokens));
            recordWords(fromWords, words, labels);
            recordHistory(fromStrings, tokens, labels);
            assert.deepEqual(fromWords, fromStrings);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
