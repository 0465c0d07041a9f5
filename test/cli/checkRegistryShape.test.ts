/**
 * `news-lens check` on registries whose shape is wrong in ways YAML accepts: a misspelt
 * or unknown top-level key, a mapping without `entities`, a name that is a number, a
 * single value where a list belongs. The bundled dist/cli.js runs in a child process.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/cli';

function check(cwd: string, ...args: string[]) {
  return runCli(['check', ...args], { cwd });
}

/** A folder holding `files`. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-shape-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const ENTRY = '  - id: a\n    name: Anita Szabo\n    type: person\n';

describe('news-lens check on the shape of a registry', () => {
  it('fails on a misspelt `entities`, suggesting the key', () => {
    const { status, stdout } = check(folder({ 'typo.yaml': `entites:\n${ENTRY}` }), 'typo.yaml');
    assert.equal(status, 1);
    assert.match(stdout, /^typo\.yaml:1:1: error: Unknown key 'entites' — did you mean 'entities'\?/);
  });

  it('fails on a mapping without `entities`, and warns about its unknown key', () => {
    const { status, stdout } = check(folder({ 'foo.yaml': 'foo: bar\n' }), 'foo.yaml');
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n');
    assert.match(lines[0], /^foo\.yaml:1:1: warning: Unknown key 'foo'/);
    assert.match(lines[1], /^foo\.yaml:1:1: error: .*no `entities:` list/);
  });

  it('passes an empty registry and one of comments only', () => {
    const dir = folder({ 'empty.yaml': '', 'comments.yaml': '# the team registry\n' });
    assert.equal(check(dir, 'empty.yaml', 'comments.yaml').status, 0);
  });

  it('fails on a name that is a number and on a single value where a list belongs, at the value', () => {
    const text = `entities:\n  - id: a\n    name: 42\n    type: person\n  - id: b\n    name: Ada Okoro\n    type: person\n    aliases: Okoro\n`;
    const { status, stdout, stderr } = check(folder({ 'types.yaml': text }), 'types.yaml');
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n');
    assert.match(lines[0], /^types\.yaml:3:11: error: `name` must be text; write it in quotes \("42"\)/);
    assert.match(lines[1], /^types\.yaml:8:14: error: `aliases` must be a list, e\.g\. `aliases: \[Okoro\]`\. This entry is left out until this is fixed\.$/);
    assert.match(stderr, /; 0 entries in force\.$/m);
  });
});
