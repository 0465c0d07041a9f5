/**
 * Front matter that does not parse as YAML was dropped without a word: the article's
 * date and every `links` choice were silently ignored (exit 0, nothing on stderr),
 * while an impossible date or an unknown link id gets a warning. Now the CLI prints
 * `file:line:col: warning: …` at the YAML error, as it does for the other front-matter
 * problems, and still analyses the article (exit 0).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-lens-front-matter-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function analyze(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const result = spawnSync(process.execPath, [CLI, 'analyze', '--format', 'jsonl', file], { encoding: 'utf8' });
  return { file, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BODY = 'Derby day\n\nREADING (Test Wire) -- Reading beat Oxford on Saturday, Mark Bishop said.\n';

describe('news-lens analyze, front matter that cannot be used', () => {
  it('warns at the YAML error of a block that does not parse, and still analyses the article', () => {
    const text = `---\ndate: 2025-05-02\nlinks:\n  Reading: reading-fc\n  Mark Bishop: [mark-bishop-chef\n---\n${BODY}`;
    const { file, status, stdout, stderr } = analyze('unclosed.news', text);
    assert.equal(status, 0, stderr);
    // Where the YAML parser finds the unclosed list: the end of its line, the block's last.
    assert.equal(
      stderr,
      `${file}:5:33: warning: The front matter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]), so none of it is used: its date, title, source, url and links are ignored.\n`,
    );
    assert.equal(JSON.parse(stdout).publicationDate, null, 'the date of a broken block is not used');
  });

  it('gives the line and column of an error inside the block', () => {
    const { file, stderr } = analyze('nested.news', `---\ntitle: Derby day\ndate: 2025-05-02: noon\n---\n${BODY}`);
    assert.match(stderr, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: warning: The front matter is not valid YAML`));
  });

  it('warns when the block parses but is not fields', () => {
    const { file, status, stderr } = analyze('list.news', `---\n- date: 2025-05-02\n---\n${BODY}`);
    assert.equal(status, 0);
    assert.equal(
      stderr,
      `${file}:2:1: warning: The front matter is a list, not fields such as \`date: 2024-05-02\`, so none of it is used: its date, title, source, url and links are ignored.\n`,
    );
  });

  it('says nothing about good front matter', () => {
    const { status, stdout, stderr } = analyze('good.news', `---\ndate: 2025-05-02\n---\n${BODY}`);
    assert.equal(status, 0);
    assert.equal(stderr, '');
    assert.equal(JSON.parse(stdout).publicationDate, '2025-05-02');
  });
});
