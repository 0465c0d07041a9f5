/**
 * `news-lens check` with no file named checks the folder's own registry as the editor
 * picks it: the first of entities.yaml, entities.yml, entities.json that exists. Another
 * of those names beside it is ignored by the editor and by `check`, and `check` says so,
 * so errors in it cannot pass unnoticed. The bundled dist/cli.js runs in a child process.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { REPO_ROOT } from '../support/paths';
import type { CheckJson } from '../../server/src/cli/check';
import { runCli } from '../support/cli';

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'check-output.schema.json'), 'utf8')));

function check(cwd: string, ...args: string[]) {
  return runCli(['check', ...args], { cwd });
}

/** A folder holding `files`. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-default-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const ENTRY = '  - id: a\n    name: Anita Szabo\n    type: person\n';

describe('news-lens check with no file named', () => {
  it('checks the registry the editor uses and warns that another default name beside it is ignored', () => {
    const broken = 'entities:\n  - id: b\n    name: Beta\n    type: planet\n';
    const dir = folder({ 'entities.yaml': `entities:\n${ENTRY}`, 'entities.yml': broken });
    const { status, stdout, stderr } = check(dir);
    assert.equal(status, 0, 'the ignored file is not in force, so its contents fail nothing');
    assert.match(stdout, /^entities\.yml:1:1: warning: This file is ignored: entities\.yaml is this folder's registry/m);
    assert.doesNotMatch(stdout, /planet/);
    assert.match(stderr, /1 warning/);
    const json = check(dir, '--format', 'json');
    const out = JSON.parse(json.stdout) as CheckJson;
    assert.ok(validate(out), JSON.stringify(validate.errors));
    assert.deepEqual(
      out.files.map((f) => [f.file, f.entries, f.problems.map((p) => p.severity)]),
      [
        ['entities.yaml', 1, []],
        ['entities.yml', 0, ['warning']],
      ],
    );
  });

  it('takes entities.yml when it is the only one, as the editor does', () => {
    const { status, stdout } = check(folder({ 'entities.yml': 'entities:\n  - id: b\n    name: Beta\n    type: planet\n' }));
    assert.equal(status, 1);
    assert.match(stdout, /^entities\.yml:4:11: error: Unknown type "planet"/);
  });
});
