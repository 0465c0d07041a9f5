/**
 * The CLI when its output cannot be written (issue 15): a reader that stops early
 * (`news-lens analyze … | head`) ends the run quietly with exit 0, and a full device
 * (`> /dev/full`) gives one line on stderr and exit 1 — never a stack trace. The
 * bundled dist/cli.js runs in a child process; the article is written here.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-out-'));
const article = join(dir, 'story.news');
writeFileSync(
  article,
  'Ferry fares rise\n\nLISBON, March 4, 2024 (Test Wire) -- Transport Minister Amara Okafor said on Monday that fares would rise. "It is unavoidable," Okafor said.\n',
);

describe('news-lens analyze when the output cannot be written', () => {
  it('ends quietly with exit 0 when the reader closes the pipe (| head)', async () => {
    // Many articles, one JSON line each: the reader is gone long before the last one is written.
    const child = spawn(process.execPath, [CLI, 'analyze', '--format', 'jsonl', ...Array<string>(300).fill(article)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let firstLine = '';
    child.stdout.once('data', (chunk: Buffer) => {
      firstLine = chunk.toString('utf8').split('\n')[0];
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    assert.match(firstLine, /^\{"file":/, 'the first article was written before the reader left');
    assert.equal(stderr, '', 'nothing on stderr');
    assert.equal(code, 0);
  });

  it('prints one line and exits 1 when the device is full (> /dev/full)', (t) => {
    if (!existsSync('/dev/full')) {
      if (process.env.CI) assert.fail('/dev/full does not exist on this system; under CI=true a missing prerequisite fails the run instead of skipping');
      return t.skip('/dev/full does not exist on this system');
    }
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [CLI, 'analyze', article], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stderr, 'news-lens: cannot write the output: no space left on the device (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  });
});
