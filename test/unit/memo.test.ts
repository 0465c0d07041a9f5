/**
 * Re-analysing with a memo after edits must give exactly what a fresh analysis
 * gives: the memo may only save time, never change a result.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AnalysisMemo, analyzeArticle, buildRegistry, parseRegistry } from '../../server/src/analysis';
import { REPO_ROOT } from '../support/paths';

const samples = readdirSync(join(REPO_ROOT, 'samples'))
  .filter((f) => /\.(news|article|txt)$/.test(f))
  .map((f) => readFileSync(join(REPO_ROOT, 'samples', f), 'utf8'));
const registry = buildRegistry([parseRegistry(readFileSync(join(REPO_ROOT, 'samples', 'entities.yaml'), 'utf8'))]);

/** A small seeded generator, so a failure can be replayed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = ['a', ' ', 'Q', '.', '"', '\n\n', 'Monday', ' Maria Lindqvist said', '“', 'early next month', '\n'];

describe('analysis memo', () => {
  for (const [n, original] of samples.entries()) {
    it(`gives the same analysis as a fresh one through 60 edits of sample ${n + 1}`, () => {
      const random = prng(1000 + n);
      const memo = new AnalysisMemo();
      let text = original + '\n\n' + samples[(n + 1) % samples.length].slice(0, 600);
      for (let step = 0; step < 60; step++) {
        const at = Math.floor(random() * text.length);
        if (random() < 0.3) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 40)));
        else text = text.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + text.slice(at);
        const withMemo = analyzeArticle(text, { registry, memo });
        assert.deepEqual(withMemo, analyzeArticle(text, { registry }), `step ${step}`);
      }
      assert.ok(memo.stats().hits > 0, 'the memo was actually used');
    });
  }

  it('keeps every kind of value, undefined included, computing each key once per analysis and reusing it in the next', () => {
    const memo = new AnalysisMemo();
    let computed = 0;
    const values: unknown[] = [undefined, null, 0, '', false, [], 'x'];
    const run = () => values.map((v, i) => memo.get(`k${i}`, () => (computed++, v)));
    memo.begin();
    assert.deepEqual(run(), values);
    assert.deepEqual(run(), values, 'asked again in the same analysis');
    assert.equal(computed, values.length);
    memo.begin();
    assert.deepEqual(run(), values, 'from the previous analysis');
    assert.equal(computed, values.length);
    assert.deepEqual(memo.stats(), { hits: values.length, misses: 0, entries: values.length });
    memo.begin();
    memo.begin();
    assert.deepEqual(run(), values, 'dropped after an analysis that did not use them');
    assert.equal(computed, values.length * 2);
  });

  it('never lets a new registry reuse the entries of another, even one built from the same text', () => {
    const text = 'Maria Lindqvist said the plan would go ahead.\n\nLindqvist added that nothing had changed.\n';
    const first = buildRegistry([parseRegistry('entities:\n  - id: maria-one\n    name: Maria Lindqvist\n    type: person\n')]);
    const second = buildRegistry([parseRegistry('entities:\n  - id: maria-two\n    name: Maria Lindqvist\n    type: person\n')]);
    const memo = new AnalysisMemo();
    const idsWith = (registry: typeof first) => analyzeArticle(text, { registry, memo }).entities.map((e) => e.entityId);
    assert.ok(idsWith(first).includes('maria-one'));
    assert.ok(memo.stats().misses > 0);
    for (const [registry, id] of [
      [second, 'maria-two'],
      [first, 'maria-one'],
      [first, 'maria-one'],
      [second, 'maria-two'],
    ] as const) {
      const ids = idsWith(registry);
      assert.ok(ids.includes(id), `${id} expected, got ${ids.join(', ')}`);
      assert.ok(!ids.includes(id === 'maria-one' ? 'maria-two' : 'maria-one'), 'no match kept from the other registry');
    }
    // Same registry: same number; any other registry object, even an equal one, a new number.
    const rebuilt = buildRegistry([parseRegistry('entities:\n  - id: maria-one\n    name: Maria Lindqvist\n    type: person\n')]);
    const fresh = new AnalysisMemo();
    const a = fresh.registryNumber(first);
    assert.equal(fresh.registryNumber(first), a);
    const b = fresh.registryNumber(rebuilt);
    assert.notEqual(b, a);
    assert.notEqual(fresh.registryNumber(first), b);
  });
});
