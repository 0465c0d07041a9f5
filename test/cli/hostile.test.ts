/**
 * Issue 15 for the CLI: registry and article paths that are not files. Each run is
 * a child process with a deadline (spawnSync's timeout kills it), so a CLI that
 * hangs on a FIFO or reads /dev/zero forever fails the test instead of hanging it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const DEADLINE = 30_000;

function run(args: string[], input?: string | number) {
  const result = spawnSync(process.execPath, [CLI, 'analyze', ...args], {
    encoding: 'utf8',
    cwd: REPO_ROOT,
    timeout: DEADLINE,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    ...(typeof input === 'number' ? { stdio: [input, 'pipe', 'pipe'] } : { input: input ?? '' }),
  });
  assert.notEqual(result.signal, 'SIGKILL', `the CLI did not finish within ${DEADLINE} ms (it hangs): ${args.join(' ')}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-hostile-'));
const article = join(dir, 'story.news');
writeFileSync(article, 'Fares rise\n\nLISBON, March 4, 2024 (Test Wire) -- Transport Minister Jonas Müller said on Monday that fares would rise.\n');
const REGISTRY = 'entities:\n  - id: jm-001\n    name: Jonas Müller\n    type: person\n';
const registry = join(dir, 'entities.yaml');
writeFileSync(registry, REGISTRY);
const fifo = join(dir, 'fifo.yaml');
spawnSync('mkfifo', [fifo]);
const fifoArticle = join(dir, 'fifo.news');
spawnSync('mkfifo', [fifoArticle]);
const zeroArticle = join(dir, 'zero.news');
symlinkSync('/dev/zero', zeroArticle);
const latin1 = join(dir, 'latin1.yaml');
writeFileSync(latin1, Buffer.from(REGISTRY, 'latin1'));

const linked = (stdout: string) =>
  (JSON.parse(stdout) as { articles: { entities: { entityId: string }[] }[] }).articles[0].entities.some((e) => e.entityId === 'jm-001');

describe('news-lens analyze with paths that are not files', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses --registry /dev/zero in one line, exits 1, and still analyses the article', () => {
    const { status, stdout, stderr } = run(['--registry', '/dev/zero', article]);
    assert.equal(status, 1);
    assert.equal(stderr, 'news-lens: registry /dev/zero was not read: it is a character device, not a regular file; only regular files are read.\n');
    assert.equal(JSON.parse(stdout).articles.length, 1);
  });

  it('refuses a FIFO as --registry without waiting for a writer', () => {
    const { status, stderr } = run(['--registry', fifo, article]);
    assert.equal(status, 1);
    assert.match(stderr, /fifo\.yaml was not read: it is a pipe \(FIFO\), not a regular file/);
  });

  it('refuses an article that is a FIFO or a link to /dev/zero, and analyses the others', () => {
    const { status, stdout, stderr } = run(['--registry', registry, zeroArticle, fifoArticle, article]);
    assert.equal(status, 1);
    assert.match(stderr, /zero\.news: is a character device/);
    assert.match(stderr, /fifo\.news: is a pipe \(FIFO\)/);
    assert.equal(stderr.trim().split('\n').length, 2, 'one line each');
    assert.ok(linked(stdout), 'the regular article is analysed with the registry');
  });

  it('rejects a registry that is not valid UTF-8 (a Latin-1 file) instead of decoding it silently', () => {
    const { status, stderr, stdout } = run(['--registry', latin1, article]);
    assert.equal(status, 1);
    assert.match(stderr, /latin1\.yaml was not read: it is not valid UTF-8/);
    assert.ok(!linked(stdout));
    assert.ok(linked(run(['--registry', registry, article]).stdout), 'the same registry in UTF-8 links the name');
  });

  it('reads the registry from standard input for --registry - and --registry /dev/stdin (a pipe or a file)', () => {
    for (const flag of ['-', '/dev/stdin']) {
      const piped = run(['--registry', flag, article], REGISTRY);
      assert.equal(piped.status, 0, piped.stderr);
      assert.ok(linked(piped.stdout), `piped into ${flag}`);
      const fd = openSync(registry, 'r');
      try {
        const redirected = run(['--registry', flag, article], fd);
        assert.equal(redirected.status, 0, redirected.stderr);
        assert.ok(linked(redirected.stdout), `redirected into ${flag}`);
      } finally {
        closeSync(fd);
      }
    }
  });

  it('stops reading standard input at the registry size cap', () => {
    const fd = openSync('/dev/zero', 'r');
    try {
      const { status, stderr } = run(['--registry', '-', article], fd);
      assert.equal(status, 1);
      assert.match(stderr, /registry - was not read: it is over the 20 MB limit of a registry file\./);
    } finally {
      closeSync(fd);
    }
  });
});
