/**
 * The tagger's fast scorer (ner/scorer.ts) caches vectors of word, context and shape
 * features instead of hashing every feature of every token, and Viterbi skips what the
 * IOB2 constraint and forced-outside tokens rule out. Both must mean exactly what the
 * trainer's string features and full Viterbi mean, or the shipped model would silently
 * score something else at run time.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildCaseCache, normalizeToken, staticFeatures } from '../../server/src/analysis/ner/features';
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

describe('fast static scorer', () => {
  it('gives the string features\' sums on every token it scores, and forces O only where no upper-case letter is near', () => {
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
        const actual = new Float64Array(tokens.length * LABEL_COUNT);
        scorer.score(tokens, cache, actual);
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
          for (let k = 0; k < LABEL_COUNT; k++) assert.ok(Math.abs(actual[o + k] - expected[o + k]) < 1e-9, `token ${i} "${t}" label ${k}: ${actual[o + k]} vs ${expected[o + k]}`);
        });
      }
    }
    assert.ok(scored > 500 && forced > 500, `both paths exercised (${scored} scored, ${forced} forced)`);
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
    const token = fc.tuple(fc.boolean(), fc.array(weight, { minLength: L, maxLength: L })).map(([forced, scores]) => (forced ? scores.map((_, k) => (k === 0 ? 0 : -Infinity)) : scores));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), fc.array(weight, { minLength: (L + 1) * L, maxLength: (L + 1) * L }), (tokens, trans) => {
        const emit = tokens.flat();
        assert.deepEqual(viterbi(emit, trans, tokens.length), referenceViterbi(emit, trans, tokens.length));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the shipped model\'s labels on real text', () => {
    const model = loadDefaultModel();
    for (const tokens of sentencesOf(generateArticle(11, 600)).map((s) => s.map(normalizeToken))) {
      const emit = new Float64Array(tokens.length * LABEL_COUNT);
      new StaticScorer(model).score(tokens, buildCaseCache([tokens]), emit);
      assert.deepEqual(viterbi(emit, model.transitions, tokens.length), referenceViterbi(emit, model.transitions, tokens.length));
    }
  });
});
