/**
 * Issue 15, problem 5 (a 100 MB registry ran V8 out of heap and the client restarted the
 * server into the same crash) and "registries at size": the bundled parse worker
 * (dist/registryParseWorker.js), driven as the server drives it. A registry that exhausts
 * the worker's heap ends only the worker, with a message a user can act on; the next
 * parse starts a new worker. A large registry arrives in slices, one per request of the
 * server, and whole. The heap limit is made small here so it is reached with megabytes.
 */
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { RegistryParseThread } from '../../server/src/workers/registryParseThread';
import { ENTRIES_PER_MESSAGE } from '../../server/src/workers/registryParseMessages';

const WORKER = resolve(__dirname, '..', '..', '..', 'dist', 'registryParseWorker.js');

function registryText(count: number): string {
  const lines = ['entities:'];
  for (let i = 0; i < count; i++)
    lines.push(
      `  - id: entry-${i}`,
      `    name: Person Number${i} Example`,
      '    type: person',
      `    aliases: ["P. Number${i}"]`,
      `    description: "Someone invented for test ${i}, with a description long enough to weigh"`,
    );
  return lines.join('\n') + '\n';
}

describe('the registry parse worker', () => {
  const threads: RegistryParseThread[] = [];
  after(() => threads.forEach((t) => t.dispose()));

  it('is bundled (the server would otherwise parse in its own thread)', () => {
    const thread = new RegistryParseThread(WORKER);
    threads.push(thread);
    assert.ok(thread.available(), `${WORKER} exists`);
  });

  it('returns every entry of a registry sent in many slices, in order', { timeout: 120_000 }, async () => {
    const thread = new RegistryParseThread(WORKER);
    threads.push(thread);
    const count = ENTRIES_PER_MESSAGE * 6 + 7;
    const outcome = await thread.parse('big.yaml', registryText(count), 20_000_000);
    assert.ok(!('error' in outcome), 'parsed');
    assert.equal(outcome.parsed.entries.length, count);
    assert.deepEqual(
      outcome.parsed.entries.map((e) => e.id),
      Array.from({ length: count }, (_, i) => `entry-${i}`),
    );
    assert.equal(outcome.parsed.problems.length, 0);
  });

  it('ends only the worker when a registry exhausts its heap, says so, and parses the next registry in a new worker', { timeout: 180_000 }, async () => {
    const thread = new RegistryParseThread(WORKER, 24);
    threads.push(thread);
    // About 8 MB of YAML: the parser needs far more than a 24 MB heap for it.
    await assert.rejects(thread.parse('huge.yaml', registryText(60_000), 100_000_000), /ran out of memory while being parsed; split it into smaller files/);
    const next = await thread.parse('small.yaml', registryText(3), 20_000_000);
    assert.ok(!('error' in next) && next.parsed.entries.length === 3, 'a new worker parsed the next registry');
  });
});
