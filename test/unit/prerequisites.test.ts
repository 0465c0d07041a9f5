/**
 * `npm test` starts with scripts/prerequisites.mjs, which installs the Debian packages
 * the real-VS-Code suite needs (as root) or stops at once with the command to run.
 * These tests run it in report-only mode (`--check`, the same path a non-root user
 * takes) on a PATH where the tools are missing, and on the real PATH.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../support/paths';

const SCRIPT = join(REPO_ROOT, 'scripts', 'prerequisites.mjs');

describe('npm test prerequisites', () => {
  it('names every missing package and the one apt-get command, and exits 1 without installing', () => {
    const bin = mkdtempSync(join(tmpdir(), 'news-lens-prereq-'));
    try {
      // A PATH with a shell and apt-get only: no rg, no compiler, and no browser where it is looked for.
      symlinkSync('/bin/sh', join(bin, 'sh'));
      symlinkSync('/bin/true', join(bin, 'apt-get'));
      const result = spawnSync(process.execPath, [SCRIPT, '--check'], {
        encoding: 'utf8',
        env: { PATH: bin, NEWS_LENS_CHROMIUM: join(bin, 'no-chromium') },
      });
      assert.equal(result.status, 1, result.stderr);
      for (const pkg of ['chromium', 'ripgrep', 'g++', 'make', 'python3', 'parallel']) assert.ok(result.stderr.includes(`\n  ${pkg}: `), `${pkg} is named`);
      assert.match(result.stderr, /apt-get update && apt-get install -y --no-install-recommends chromium ripgrep g\+\+ make python3 parallel/);
      assert.doesNotMatch(result.stdout, /installing/);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('says nothing and exits 0 when everything is there (npm test has just run it)', () => {
    const result = spawnSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout + result.stderr, '');
  });
});
