/**
 * `news-lens analyze -` reads one article from standard input, as `--registry -` reads
 * a registry from it (it said "-: no such file"). `/dev/stdin` is the same, whatever
 * standard input is: a pipe (it was refused as a FIFO), a redirected file or a
 * terminal. The article is named as given (`-`), read at most up to the size limit,
 * strictly UTF-8. Standard input can be read once, so naming it twice is bad usage.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const DEADLINE = 30_000;
const dir = mkdtempSync(join(tmpdir(), 'news-lens-stdin-article-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input: string | Buffer | number) {
  const result = spawnSync(process.execPath, [CLI, 'analyze', ...args], {
    encoding: 'utf8',
    cwd: dir,
    timeout: DEADLINE,
    killSignal: 'SIGKILL',
    ...(typeof input === 'number' ? { stdio: [input, 'pipe', 'pipe'] } : { input }),
  });
  assert.notEqual(result.signal, 'SIGKILL', `the CLI did not finish within ${DEADLINE} ms: ${args.join(' ')}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STORY = 'Fares rise\n\nLISBON, March 4, 2024 (Test Wire) -- Transport Minister Amara Okafor said on Monday that fares would rise.\n';
const OTHER = 'Rain\n\nOSLO (Test Wire) -- Heavy rain closed roads near Bergen on Tuesday.\n';
writeFileSync(join(dir, 'other.news'), OTHER);

type Output = { articles: { file: string; publicationDate: string | null; entities: { text: string }[] }[] };

describe('news-lens analyze - (an article from standard input)', () => {
  it('reads the article piped in, named -', () => {
    const { status, stdout, stderr } = cli(['-'], STORY);
    assert.equal(status, 0, stderr);
    const [article] = (JSON.parse(stdout) as Output).articles;
    assert.equal(article.file, '-');
    assert.equal(article.publicationDate, '2024-03-04');
    assert.ok(article.entities.some((e) => e.text === 'Amara Okafor'));
  });

  it('reads /dev/stdin from a pipe and from a redirected file alike', () => {
    const piped = cli(['--format', 'jsonl', '/dev/stdin'], STORY);
    assert.equal(piped.status, 0, piped.stderr);
    assert.equal(JSON.parse(piped.stdout).file, '/dev/stdin');
    const file = join(dir, 'story.news');
    writeFileSync(file, STORY);
    const fd = openSync(file, 'r');
    try {
      const redirected = cli(['--format', 'jsonl', '-'], fd);
      assert.equal(redirected.status, 0, redirected.stderr);
      assert.equal(redirected.stdout, piped.stdout.replace('"file":"/dev/stdin"', '"file":"-"'));
    } finally {
      closeSync(fd);
    }
  });

  it('takes its place among files, with worker threads too, in every format', () => {
    for (const jobs of ['1', '2']) {
      const { status, stdout, stderr } = cli(['--jobs', jobs, 'other.news', '-', 'other.news'], STORY);
      assert.equal(status, 0, stderr);
      assert.deepEqual(
        (JSON.parse(stdout) as Output).articles.map((a) => a.file),
        ['other.news', '-', 'other.news'],
      );
    }
    assert.match(cli(['--format', 'brat', 'other.news', '-'], STORY).stdout, /^# -\nT1\t/m);
  });

  it('refuses standard input that is not UTF-8 or is over the size limit, in one line', () => {
    const latin1 = cli(['-'], Buffer.from('Jos\xe9 in Madrid\n', 'latin1'));
    assert.equal(latin1.status, 1);
    assert.equal(latin1.stderr, 'news-lens: -: is not valid UTF-8 text; save it as UTF-8 and try again\n');
    const fd = openSync('/dev/zero', 'r');
    try {
      const endless = cli(['--max-file-size', '1000', '-'], fd);
      assert.equal(endless.status, 1);
      assert.equal(endless.stderr, 'news-lens: -: is over the 4 KB limit of --max-file-size (1000 characters)\n');
    } finally {
      closeSync(fd);
    }
  });

  it('refuses to read standard input twice, with exit 2', () => {
    for (const args of [
      ['-', '-'],
      ['-', '/dev/stdin'],
      ['--registry', '-', '-'],
      ['--stdin', '--registry', '/dev/stdin'],
    ]) {
      const { status, stderr, stdout } = cli(args, STORY);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /^news-lens: standard input can be read only once/);
      assert.equal(stdout, '');
    }
  });
});
