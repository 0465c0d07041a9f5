/**
 * The tagger scores features by hashing their parts without building strings; the
 * trainer sees the same features as strings. Both must give identical scores, or
 * the shipped model would silently mean something else at run time.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildCaseCache, emitStaticFeatures, emitWordFeatures, normalizeToken, staticFeatures, type FeatureSink } from '../../server/src/analysis/ner/features';
import { LABEL_COUNT } from '../../server/src/analysis/ner/labels';
import { FNV_OFFSET, hashMore } from '../../server/src/analysis/ner/model';
import { loadDefaultModel } from '../../server/src/analysis/ner';

const SENTENCES = [
  'Transport Minister Amara Okafor met South Korean envoys in Seoul on Monday .',
  'THE NORTHERN PORTS AUTHORITY SAID IT WOULD APPEAL',
  "Kenji Kanasugi 's team flew to Tokyo , Japan - and back in 3.5 hours .",
  'U.S. and E.U. officials signed the Geneva Convention protocol at 9 a.m. in 2019 .',
  'mid-sentence lower case words only , no names at all',
].map((s) => s.split(' ').map(normalizeToken));

describe('tagger features', () => {
  it('scores the same whether features are strings or hashed parts', () => {
    const model = loadDefaultModel();
    const cache = buildCaseCache(SENTENCES);
    for (const tokens of SENTENCES) {
      const fromStrings = new Float64Array(tokens.length * LABEL_COUNT);
      staticFeatures(tokens, cache).forEach((features, i) => features.forEach((f) => model.addFeature(f, fromStrings, i * LABEL_COUNT)));
      const fromParts = new Float64Array(tokens.length * LABEL_COUNT);
      let offset = 0;
      const add: FeatureSink['add'] = (...parts) =>
        model.addHashed(
          parts.reduce<number>((h, p) => (p === undefined ? h : hashMore(h, p)), FNV_OFFSET),
          fromParts,
          offset,
        );
      emitStaticFeatures(tokens, cache, {
        token: (i) => (offset = i * LABEL_COUNT),
        add,
        word: (role, t, l, shape) => emitWordFeatures(role, t, l, shape, add),
      });
      assert.deepEqual(fromParts, fromStrings);
      assert.ok(
        fromStrings.some((v) => v !== 0),
        'the features reach real weights',
      );
    }
  });
});
