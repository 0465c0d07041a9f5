/**
 * The reorder buffer of `news-lens analyze --jobs N` (server/src/cli/pool.ts) with
 * worker threads that answer out of order on purpose: a stand-in worker script holds
 * back every third task, so later tasks come back first. The results must still be
 * handed on in submission order, and `pending` (what `--stdin` waits on to keep its
 * memory bounded) must count every task not yet handed on. The CLI tests check the
 * real analysis through the same pool; this one makes sure the order does not
 * depend on the articles happening to take the same time.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { defaultJobs, OrderedPool } from '../../server/src/cli/pool';
import type { ArticleOutput } from '../../server/src/cli/articleOutput';

const dir = mkdtempSync(join(tmpdir(), 'news-lens-pool-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Answers each task with its line number; every third one 40 ms late, and says in which order it answered. */
const SCRIPT = join(dir, 'slowEveryThird.js');
writeFileSync(
  SCRIPT,
  `const { parentPort, threadId } = require('node:worker_threads');
let answered = 0;
parentPort.on('message', (task) => {
  const reply = () => parentPort.postMessage({ seq: task.seq, output: { status: 0, stdout: task.line.number + '\\n', stderr: threadId + ':' + answered++ + ':' + Date.now() } });
  if (task.line.number % 3 === 0) setTimeout(reply, 40);
  else reply();
});
`,
);

describe('OrderedPool', () => {
  it('hands results on in submission order although the threads answer out of order', async () => {
    const emitted: ArticleOutput[] = [];
    const pendingSeen: number[] = [];
    const pool: OrderedPool = new OrderedPool(SCRIPT, { registries: [], options: { format: 'jsonl', multiple: true, maxFileSize: 2_000_000 } }, 2, (output) => {
      emitted.push(output);
      pendingSeen.push(pool.pending);
    });
    const count = 60;
    for (let i = 0; i < count; i++) pool.submit({ kind: 'line', line: { kind: 'text', number: i, text: '{}' } });
    assert.equal(pool.pending, count, 'every submitted task is pending until handed on');
    await pool.finish();
    assert.equal(pool.pending, 0);
    assert.deepEqual(
      emitted.map((o) => o.stdout),
      Array.from({ length: count }, (_, i) => `${i}\n`),
    );
    // The threads really did answer out of order: some task answered before an earlier one.
    const answeredAt = emitted.map((o) => Number(o.stderr.split(':')[2]));
    assert.ok(
      answeredAt.some((t, i) => i > 0 && t < answeredAt[i - 1]),
      'some later task was answered before an earlier one',
    );
    // Both threads took tasks.
    assert.equal(new Set(emitted.map((o) => o.stderr.split(':')[0])).size, 2);
    // What is still pending shrinks by one per result handed on.
    assert.deepEqual(
      pendingSeen,
      Array.from({ length: count }, (_, i) => count - i - 1),
    );
  });

  it('defaults to one thread per core but one, so a 2-core machine analyses in one thread', () => {
    // One analysing thread keeps about 1.3 cores busy (V8's compiler and collector threads): on 2 cores,
    // --jobs 2 measured 0.94x one thread (issue 12), so the default leaves a core to them.
    assert.equal(defaultJobs(), Math.max(1, availableParallelism() - 1));
    assert.ok(defaultJobs() < availableParallelism() || availableParallelism() === 1);
  });
});
