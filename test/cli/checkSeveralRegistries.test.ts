/**
 * Several registry files on the command line are one registry, merged in the order given
 * (`check A B`, `analyze --registry A --registry B`): an id a later file defines again is
 * an error at that id, naming the file and line whose entry is kept, in `check` (text and
 * JSON) and on `analyze`'s stderr. The bundled dist/cli.js runs in a child process.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CheckJson } from '../../server/src/cli/check';
import { FIRST_REGISTRY, SECOND_REGISTRY } from '../support/duplicateIdRegistries';
import { runCli } from '../support/cli';

function run(cwd: string, ...args: string[]) {
  return runCli(args, { cwd });
}

// Invented for this test: one id, a person in one file and an organization in the other.
const REG1 = FIRST_REGISTRY;
const REG1B = SECOND_REGISTRY;
const STORY = `Ferry strike ends

HARBOURTON, June 14, 2021 — Anita Szabo said on Monday that the ferries would run again.
`;

const dir = mkdtempSync(join(tmpdir(), 'news-lens-merge-'));
writeFileSync(join(dir, 'reg1.yaml'), REG1);
writeFileSync(join(dir, 'reg1b.yaml'), REG1B);
writeFileSync(join(dir, 'story.news'), STORY);

const DUPLICATE =
  'reg1b.yaml:5:9: error: Duplicate id "anita-szabo": reg1.yaml:2 already defines it ("Anita Szabo", person). Merged registries keep the first entry of an id, so this entry is left out until this is fixed.';

describe('several registry files on the command line', () => {
  it('check: an id the later file defines again is an error at its position, and the count of entries in force drops it', () => {
    const { status, stdout, stderr } = run(dir, 'check', 'reg1.yaml', 'reg1b.yaml');
    assert.equal(status, 1, stderr);
    assert.equal(stdout, `${DUPLICATE}\n`);
    assert.equal(stderr, 'news-lens: 2 registry files checked: 1 error, 0 warnings, 0 infos; 2 entries in force.\n');
  });

  it('check: the other order keeps the other entry and says so', () => {
    const { status, stdout } = run(dir, 'check', 'reg1b.yaml', 'reg1.yaml');
    assert.equal(status, 1);
    assert.match(stdout, /^reg1\.yaml:2:9: error: Duplicate id "anita-szabo": reg1b\.yaml:5 already defines it \("Anita Szabo-Other", organization\)\./);
  });

  it('check --format json: the error is in the later file, whose entries in force leave it out', () => {
    const { status, stdout } = run(dir, 'check', '--format', 'json', 'reg1.yaml', 'reg1b.yaml');
    assert.equal(status, 1);
    const out = JSON.parse(stdout) as CheckJson;
    assert.deepEqual(
      out.files.map((f) => [f.file, f.entries, f.problems.map((p) => [p.line, p.column, p.severity])]),
      [
        ['reg1.yaml', 1, []],
        ['reg1b.yaml', 1, [[5, 9, 'error']]],
      ],
    );
    assert.equal(out.errors, 1);
  });

  it('check: a file named twice is one file, not a duplicate of itself', () => {
    const { status, stdout } = run(dir, 'check', 'reg1.yaml', './reg1.yaml');
    assert.equal(status, 0);
    assert.equal(stdout, '');
  });

  it('analyze: the error is on stderr and the first entry links the name', () => {
    const { status, stdout, stderr } = run(dir, 'analyze', '--registry', 'reg1.yaml', '--registry', 'reg1b.yaml', 'story.news');
    assert.equal(status, 0, stderr);
    assert.ok(stderr.split('\n').includes(DUPLICATE), stderr);
    assert.match(stderr, /^news-lens: registry reg1b\.yaml: 1 error; .*1 entry is used\.$/m);
    const entity = (JSON.parse(stdout) as { articles: { entities: { text: string; type: string; entityId: string }[] }[] }).articles[0].entities.find(
      (e) => e.text === 'Anita Szabo',
    );
    assert.deepEqual([entity?.entityId, entity?.type], ['anita-szabo', 'person']);
  });
});
