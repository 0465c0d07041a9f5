/**
 * Every linking evaluation set stays consistent (gold offsets on the text, ids in the registry,
 * 300–500 words an article), checked by the script their READMEs document.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');

const SETS = fs.readdirSync(FIXTURES).filter((name) => name === 'linking' || name.startsWith('linking-'));

test('the linking sets are all here', () => {
  assert.ok(SETS.includes('linking') && SETS.includes('linking-heldout'), SETS.join(', '));
});

for (const set of SETS) {
  test(`the ${set} set passes verify-linking.mjs`, () => {
    const run = spawnSync(process.execPath, [path.join(FIXTURES, 'verify-linking.mjs'), path.join(FIXTURES, set)], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /shared surface forms: \d+/);
    assert.match(run.stdout, /\nok\n?$/);
  });
}
