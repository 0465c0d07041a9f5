/**
 * The server's idle warm-up (service/warmUp.ts): it must exercise what a keystroke runs
 * (names, dates, quotations, the memo's incremental path), stay out of the reader's way
 * while they work, and stop for good when told to.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { EMPTY_REGISTRY, analyzeArticle, type Registry } from '../../server/src/analysis';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { QUIET_MS, WARM_UP_STEPS, startWarmUp, warmUpArticle } from '../../server/src/service/warmUp';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a warm-up whose registry callback counts its steps (each step asks for the registry once). */
function counted(quietFor: () => number): { steps: () => number; stop: () => void } {
  let steps = 0;
  const registry = (): Registry => {
    steps++;
    return EMPTY_REGISTRY;
  };
  const stop = startWarmUp(registry, () => DEFAULT_SETTINGS, 5_000_000, quietFor);
  return { steps: () => steps, stop };
}

describe('server warm-up', () => {
  it('types into an article with every kind of annotation a keystroke re-computes', () => {
    const text = warmUpArticle();
    const words = text.split(/\s+/).length;
    assert.ok(words > 4000 && words < 8000, `${words} words`);
    const analysis = analyzeArticle(text, { registry: EMPTY_REGISTRY });
    const types = new Set(analysis.entities.map((e) => e.type));
    for (const type of ['person', 'place', 'organization']) assert.ok(types.has(type as never), `no ${type} in ${[...types].join(', ')}`);
    assert.ok(analysis.dates.length > 20, `${analysis.dates.length} dates`);
    assert.ok(analysis.quotes.length > 20, `${analysis.quotes.length} quotations`);
    assert.ok(
      analysis.quotes.some((q) => q.speaker),
      'no quotation has a speaker',
    );
  });

  it('has the variety of real news, so V8 does not optimise the name layers for one kind of name (stop 36)', () => {
    const analysis = analyzeArticle(warmUpArticle(), { registry: EMPTY_REGISTRY });
    const ids = new Set(analysis.entities.map((e) => e.entityId));
    // Places and nationalities the gazetteer knows, an acronym defined in parentheses, a title before a name.
    for (const id of ['washington-d-c', 'paris', 'canada', 'french', 'american']) assert.ok(ids.has(id), `no ${id}`);
    assert.ok(
      analysis.entities.some((e) => e.text === 'NFB'),
      'no acronym',
    );
    assert.ok(
      analysis.entities.some((e) => e.role !== undefined),
      'no role before a name',
    );
  });

  it('writes the article in steps and then types each edit once, when the server is left alone', async () => {
    const warmUp = counted(() => Number.MAX_SAFE_INTEGER);
    try {
      for (let waited = 0; warmUp.steps() < WARM_UP_STEPS && waited < 60_000; waited += 50) await sleep(50);
      await sleep(100);
      assert.equal(warmUp.steps(), WARM_UP_STEPS);
    } finally {
      warmUp.stop();
    }
  });

  it('waits while the reader is working', async () => {
    const warmUp = counted(() => 0);
    try {
      await sleep(QUIET_MS * 2 + 100);
      assert.equal(warmUp.steps(), 0);
    } finally {
      warmUp.stop();
    }
  });

  it('stops for good when told to', async () => {
    const warmUp = counted(() => Number.MAX_SAFE_INTEGER);
    for (let waited = 0; warmUp.steps() < 2 && waited < 10_000; waited += 5) await sleep(5);
    warmUp.stop();
    const at = warmUp.steps();
    await sleep(200);
    assert.equal(warmUp.steps(), at);
    assert.ok(at < WARM_UP_STEPS);
  });
});
