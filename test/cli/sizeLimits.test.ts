/**
 * The CLI's size limits name what a CLI user can change. An article over the
 * character limit was refused with a message naming `newsLens.maxFileSize`, an editor
 * setting with no meaning on the command line and no flag to change it; now
 * `--max-file-size N` sets it (default: the editor's default) and the messages name
 * the option. A registry over 20 MB is refused without naming an editor setting.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-lens-limits-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input?: string | number) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 120_000,
    ...(typeof input === 'number' ? { stdio: [input, 'pipe', 'pipe'] } : { input: input ?? '' }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STORY = 'LISBON (Test Wire) -- Transport Minister Amara Okafor said on Monday that fares would rise.\n\n';

/** An article of about `chars` characters, made of the same wire paragraph. */
function articleOf(chars: number): string {
  return `Fares rise\n\n${STORY.repeat(Math.ceil(chars / STORY.length))}`;
}

describe('news-lens analyze --max-file-size', () => {
  const longFile = join(dir, 'three-million.news');
  const long = articleOf(3_000_000);
  writeFileSync(longFile, long);

  it('refuses an article over the default 2,000,000 characters naming the option, and reads it when raised', () => {
    const refused = cli(['analyze', longFile]);
    assert.equal(refused.status, 1);
    assert.equal(refused.stderr, `news-lens: ${longFile}: is ${long.length} characters long, over the 2000000-character limit of --max-file-size\n`);
    const raised = cli(['analyze', '--format', 'jsonl', '--max-file-size', '4000000', longFile]);
    assert.equal(raised.status, 0, raised.stderr);
    assert.ok(JSON.parse(raised.stdout).entities.length > 0);
  });

  it('refuses a file too big to hold that many characters before reading it, naming the option', () => {
    const huge = join(dir, 'nine-mb.news');
    writeFileSync(huge, Buffer.alloc(9_000_000, 'a'));
    const { status, stderr } = cli(['analyze', huge]);
    assert.equal(status, 1);
    assert.equal(stderr, `news-lens: ${huge}: is 9 MB, over the 8 MB limit of --max-file-size (2000000 characters)\n`);
  });

  it('applies to --stdin records, and a smaller limit refuses a small article', () => {
    const text = articleOf(2_000);
    const small = join(dir, 'small.news');
    writeFileSync(small, text);
    assert.match(
      cli(['analyze', '--max-file-size', '1000', small]).stderr,
      new RegExp(`is ${text.length} characters long, over the 1000-character limit of --max-file-size`),
    );
    const input = `${JSON.stringify({ id: 'a', text })}\n${JSON.stringify({ id: 'b', text: 'Okafor spoke.' })}\n`;
    const { status, stdout, stderr } = cli(['analyze', '--stdin', '--max-file-size', '1000'], input);
    assert.equal(status, 1);
    const [first, second] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(first, { id: 'a', line: 1, error: `"text" is ${text.length} characters long, over the 1000-character limit of --max-file-size` });
    assert.equal(second.id, 'b');
    assert.doesNotMatch(stderr, /newsLens\./);
  });

  it('refuses a value that is not a whole number of characters from 1 to 50000000 with exit 2', () => {
    for (const bad of ['0', '-5', 'big', '1.5', '50000001']) {
      const { status, stderr } = cli(['analyze', `--max-file-size=${bad}`, join(dir, 'small.news')]);
      assert.equal(status, 2, bad);
      assert.match(stderr, /^news-lens: --max-file-size takes a whole number of characters from 1 to 50000000/);
    }
  });

  it('is described in --help', () => {
    assert.match(cli(['--help']).stdout, /--max-file-size N +.*characters/);
  });
});

describe('news-lens registry size limit', () => {
  it('refuses a registry over 20 MB without naming an editor setting', () => {
    const fd = openSync('/dev/zero', 'r');
    try {
      const story = join(dir, 'story.news');
      writeFileSync(story, articleOf(100));
      const { status, stderr } = cli(['analyze', '--registry', '-', story], fd);
      assert.equal(status, 1);
      assert.equal(stderr, 'news-lens: registry - was not read: it is over the 20 MB limit of a registry file.\n');
    } finally {
      closeSync(fd);
    }
  });
});
