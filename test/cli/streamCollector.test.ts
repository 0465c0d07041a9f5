/**
 * `--stdin` keeps its memory flat by queueing a full garbage collection every
 * COLLECT_EVERY lines a thread analyses (cli/streamCollector.ts). The figure itself is
 * `npm run bench`'s (peak RSS after 2,000 and 20,000 lines); these check that the
 * collection is queued when it should be, that V8 runs it, and that the CLI's stream
 * does so in one thread and in worker threads (read from `--trace-gc`, where V8 names
 * such a collection "testing").
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { COLLECT_EVERY, streamCollector, v8Collect, type Collect } from '../../server/src/cli/streamCollector';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

/** The full collections V8 reports as asked for ("testing") while `news-lens analyze --stdin` reads `lines` short articles. */
function requestedCollections(lines: number, jobs: number): number {
  const input = Array.from({ length: lines }, (_, i) => JSON.stringify({ id: i, text: `Ana Lima went to Porto on Monday, item ${i}.` })).join('\n');
  const run = spawnSync(process.execPath, ['--trace-gc', CLI, 'analyze', '--stdin', '--jobs', String(jobs)], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, run.stderr);
  const out = run.stdout.split('\n');
  assert.equal(out.filter((l) => l.startsWith('{')).length, lines, 'one result a line');
  return out.filter((l) => /Mark-Compact.*\btesting\b/.test(l)).length;
}

describe('stream collector', () => {
  it('queues a full collection once every COLLECT_EVERY lines', () => {
    const calls: Parameters<Collect>[0][] = [];
    const lineDone = streamCollector(COLLECT_EVERY, (options) => calls.push(options));
    for (let i = 0; i < COLLECT_EVERY - 1; i++) lineDone();
    assert.equal(calls.length, 0);
    lineDone();
    assert.deepEqual(calls, [{ type: 'major', execution: 'async' }]);
    for (let i = 0; i < 2 * COLLECT_EVERY; i++) lineDone();
    assert.equal(calls.length, 3);
  });

  it("gets V8's gc on this Node, and V8 runs the full collection it queues", async () => {
    const collect = v8Collect();
    assert.equal(typeof collect, 'function');
    const seen: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push((entry as unknown as { detail: { kind: number } }).detail.kind);
    });
    observer.observe({ entryTypes: ['gc'] });
    await collect!({ type: 'major', execution: 'async' });
    await new Promise((done) => setTimeout(done, 50));
    observer.disconnect();
    assert.ok(seen.includes(constants.NODE_PERFORMANCE_GC_MAJOR), `GC kinds seen: ${seen.join(', ')}`);
  });

  it('counts lines without failing where no gc can be had', () => {
    const lineDone = streamCollector(1, null);
    for (let i = 0; i < 3; i++) lineDone();
  });

  it('collects in the CLI stream after COLLECT_EVERY lines, in one thread and in worker threads', () => {
    assert.equal(requestedCollections(COLLECT_EVERY - 1, 1), 0);
    assert.equal(requestedCollections(COLLECT_EVERY, 1), 1);
    // Two threads share the lines; one of them reads at least half and a bit more.
    assert.ok(requestedCollections(2 * COLLECT_EVERY + 500, 2) >= 1);
  });
});
