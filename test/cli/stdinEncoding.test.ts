/**
 * The bytes of `news-lens analyze --stdin`. A UTF-8 byte-order mark at the start of
 * the stream (Windows tools write one) made line 1 "not a JSON object"; it is dropped
 * now, as it is from an article file. A line that is not valid UTF-8 (a Latin-1 "é")
 * was silently analysed with U+FFFD in its place, while the same bytes in a file are
 * refused; now it is an error line in its place like any other bad line, the other
 * lines are still analysed, and the exit status is 1. Both with one thread and with
 * worker threads, which take the lines through a different path.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function stdin(input: Buffer, jobs: string) {
  const result = spawnSync(process.execPath, [CLI, 'analyze', '--stdin', '--jobs', jobs], { input, encoding: 'utf8' });
  return {
    status: result.status,
    results: result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; line?: number; error?: string; entities?: { text: string }[] }),
    stderr: result.stderr,
  };
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('news-lens analyze --stdin, bytes', () => {
  for (const jobs of ['1', '2']) {
    it(`drops a byte-order mark at the start of the stream (--jobs ${jobs})`, () => {
      const input = Buffer.concat([BOM, utf8('{"id":1,"text":"Hello from Paris, said Amara Okafor."}\n{"id":2,"text":"Rain in Oslo."}\n')]);
      const { status, results, stderr } = stdin(input, jobs);
      assert.equal(status, 0, stderr);
      assert.deepEqual(
        results.map((r) => [r.id, r.error]),
        [
          [1, undefined],
          [2, undefined],
        ],
      );
      assert.ok(results[0].entities?.some((e) => e.text === 'Paris'));
    });

    it(`makes a line that is not UTF-8 an error line in its place and analyses the others (--jobs ${jobs})`, () => {
      const input = Buffer.concat([
        utf8('{"id":"a","text":"Rain in Oslo."}\n'),
        utf8('{"id":"b","text":"Jos'),
        Buffer.from([0xe9]),
        utf8(' in Madrid"}\n'),
        utf8('{"id":"c","text":"José in Madrid"}\n'),
      ]);
      const { status, results, stderr } = stdin(input, jobs);
      assert.equal(status, 1);
      assert.deepEqual(
        results.map((r) => [r.id, r.line ?? null]),
        [
          ['a', null],
          ['b', 2],
          ['c', null],
        ],
      );
      assert.match(results[1].error ?? '', /^not valid UTF-8 \(byte 22 of the line is 0xE9\)/);
      assert.match(stderr, /^news-lens: stdin line 2: not valid UTF-8/m);
      assert.ok(results[2].entities?.some((e) => e.text === 'Madrid'));
      assert.doesNotMatch(JSON.stringify(results), /\uFFFD/, 'no replacement character reaches the output');
    });
  }
});
