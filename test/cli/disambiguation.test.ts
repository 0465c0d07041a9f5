/**
 * `news-lens analyze` with names several registry entries share (issue 10): the JSON
 * keeps `entityId` as the chosen entry and adds `candidates` and `ambiguous`, valid
 * against the shipped schema; an unknown id in the front matter's `links` is a warning
 * on stderr. The shared name is split across two registry files, which each load.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { REPO_ROOT } from '../support/paths';
import type { ArticleJson } from '../../server/src/cli/output';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'cli-output.schema.json'), 'utf8')));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-shared-'));
const places = join(dir, 'places.yaml');
writeFileSync(places, 'entities:\n  - id: portsmouth-hampshire\n    name: Portsmouth\n    type: place\n    description: Port city in Hampshire, England\n');
const sport = join(dir, 'sport.yaml');
writeFileSync(
  sport,
  'entities:\n  - id: portsmouth-fc\n    name: Portsmouth F.C.\n    type: organization\n    aliases: [Portsmouth]\n    description: Football club that plays at Fratton Park\n',
);
const match = join(dir, 'match.news');
writeFileSync(match, 'Portsmouth won 2-1 at Fratton Park on Saturday, and the football club moved up to fifth.\n\nPortsmouth was quiet on Sunday.\n');
const chosen = join(dir, 'chosen.news');
writeFileSync(
  chosen,
  '---\nlinks:\n  Portsmouth: [portsmouth-hampshire, portsmouth-nowhere]\n---\nPortsmouth won 2-1 at Fratton Park on Saturday.\n\nPortsmouth was quiet on Sunday.\n',
);

describe('news-lens analyze with shared names', () => {
  it('gives the chosen entry, the ranked candidates and the low-margin flag, valid against the schema', () => {
    const { status, stdout, stderr } = run('analyze', '--registry', places, '--registry', sport, match);
    assert.equal(status, 0, stderr);
    const output = JSON.parse(stdout) as { articles: ArticleJson[] };
    assert.ok(validate(output), JSON.stringify(validate.errors));
    const portsmouth = output.articles[0].entities.filter((e) => e.text === 'Portsmouth');
    assert.equal(portsmouth.length, 2);
    const [first] = portsmouth;
    assert.equal(first.entityId, 'portsmouth-fc');
    assert.deepEqual(
      first.candidates!.map((c) => c.entityId),
      ['portsmouth-fc', 'portsmouth-hampshire'],
    );
    assert.ok(first.candidates![0].score > first.candidates![1].score);
    // Every mention with several candidates says so; unshared names carry neither field.
    for (const e of output.articles[0].entities) if (e.text !== 'Portsmouth') assert.equal(e.candidates, undefined);
    assert.ok(portsmouth.every((e) => e.ambiguous === undefined || e.ambiguous === true));
  });

  it('flags a choice made on the name alone', () => {
    const quiet = join(dir, 'quiet.news');
    writeFileSync(quiet, 'Portsmouth made the news on Sunday.\n');
    const { stdout } = run('analyze', '--registry', places, '--registry', sport, quiet);
    const [e] = (JSON.parse(stdout) as { articles: ArticleJson[] }).articles[0].entities;
    assert.equal(e.ambiguous, true);
    assert.equal(e.entityId, 'portsmouth-hampshire');
  });

  it('honours the front matter and warns on stderr about an id the registry does not have', () => {
    const { status, stdout, stderr } = run('analyze', '--registry', places, '--registry', sport, chosen);
    assert.equal(status, 0);
    const output = JSON.parse(stdout) as { articles: ArticleJson[] };
    assert.ok(validate(output), JSON.stringify(validate.errors));
    const ids = output.articles[0].entities.filter((e) => e.text === 'Portsmouth').map((e) => e.entityId);
    assert.equal(ids[0], 'portsmouth-hampshire', 'the front matter wins over the match report');
    assert.match(stderr, /chosen\.news:3:\d+: warning: .*portsmouth-nowhere.*not have/);
  });
});
