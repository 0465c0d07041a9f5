/**
 * `--stdin` keeps its memory flat by starting a full collection every COLLECT_EVERY
 * lines (cli/streamCollector.ts). The figure itself is `npm run bench`'s (peak RSS
 * after 2,000 and 20,000 lines); these check that the collection is started when it
 * should be, and that this Node still gives V8's `gc` to the CLI.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { COLLECT_EVERY, streamCollector, v8Collect, type Collect } from '../../server/src/cli/streamCollector';

describe('stream collector', () => {
  it('starts a full incremental collection once every COLLECT_EVERY lines', () => {
    const calls: Parameters<Collect>[0][] = [];
    const lineDone = streamCollector(COLLECT_EVERY, (options) => calls.push(options));
    for (let i = 0; i < COLLECT_EVERY - 1; i++) lineDone();
    assert.equal(calls.length, 0);
    lineDone();
    assert.deepEqual(calls, [{ type: 'major', execution: 'async' }]);
    for (let i = 0; i < 2 * COLLECT_EVERY; i++) lineDone();
    assert.equal(calls.length, 3);
  });

  it("gets V8's gc on this Node, and a collection started through it runs", () => {
    const collect = v8Collect();
    assert.equal(typeof collect, 'function');
    collect!({ type: 'major', execution: 'async' });
  });

  it('counts lines without failing where no gc can be had', () => {
    const lineDone = streamCollector(1, null);
    for (let i = 0; i < 3; i++) lineDone();
  });
});
