/**
 * Every linking evaluation set stays consistent (gold offsets on the text, ids in the registry,
 * 300–500 words an article), checked by the script their READMEs document.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');

for (const set of ['linking', 'linking-heldout', 'linking-final']) {
  test(`the ${set} set passes verify-linking.mjs`, () => {
    const run = spawnSync(process.execPath, [path.join(FIXTURES, 'verify-linking.mjs'), path.join(FIXTURES, set)], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /shared surface forms: \d+/);
    assert.match(run.stdout, /\nok\n?$/);
  });
}
