/**
 * `news-lens check` as a pre-commit hook or CI runs it: the bundled dist/cli.js in a
 * child process on registry files, its text and JSON output, and its exit codes.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { REPO_ROOT } from '../support/paths';
import type { CheckJson } from '../../server/src/cli/check';
import { CLI, runCli } from '../support/cli';

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'check-output.schema.json'), 'utf8')));

function run(cwd: string, ...args: string[]) {
  return runCli(['check', ...args], { cwd });
}

/** Written for these tests: a shared alias, a shared name, and nothing wrong. */
const SHARED = `entities:
  - id: portsmouth-hampshire
    name: Portsmouth
    type: place
  - id: portsmouth-fc
    name: Portsmouth Football Club
    type: organization
    aliases: [Pompey, Portsmouth]
`;

/** One entry with an unknown type and a duplicate id after a healthy entry. */
const BROKEN = `entities:
  - id: amara-okafor
    name: Amara Okafor
    type: person
  - id: harbour-daily
    name: Harbour Daily
    type: newspaper
  - id: amara-okafor
    name: Amara Okafor Jr
    type: person
`;

const dir = mkdtempSync(join(tmpdir(), 'news-lens-check-'));
writeFileSync(join(dir, 'shared.yaml'), SHARED);
writeFileSync(join(dir, 'broken.yaml'), BROKEN);

describe('news-lens check', () => {
  it('exits 0 on a registry whose only findings are shared names, printed as info lines', () => {
    const { status, stdout, stderr } = run(dir, 'shared.yaml');
    assert.equal(status, 0, stderr);
    const message = "'Portsmouth' names 2 entries: portsmouth-hampshire, portsmouth-fc; mentions are disambiguated in context";
    assert.equal(stdout, `shared.yaml:3:11: info: ${message}\nshared.yaml:8:23: info: ${message}\n`);
    assert.equal(stderr, 'news-lens: 1 registry file checked: 0 errors, 0 warnings, 2 infos; 2 entries in force.\n');
  });

  it('exits 1 on errors, each as file:line:col: error: message', () => {
    const { status, stdout, stderr } = run(dir, 'broken.yaml', 'shared.yaml');
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n');
    assert.match(lines[0], /^broken\.yaml:7:11: error: Unknown type "newspaper"\. .* This entry is left out until this is fixed\.$/);
    assert.equal(
      lines[1],
      'broken.yaml:8:9: error: Duplicate id "amara-okafor": it is already used by "Amara Okafor". This entry is left out until this is fixed.',
    );
    assert.equal(lines.length, 4, 'then the two infos of shared.yaml');
    assert.ok(lines.slice(2).every((l) => l.startsWith('shared.yaml:') && l.includes(': info: ')));
    assert.match(stderr, /^news-lens: 2 registry files checked: 2 errors, 0 warnings, 2 infos; 3 entries in force\.$/m);
  });

  it('prints one JSON document with --format json, valid against the shipped schema', () => {
    const { status, stdout } = run(dir, '--format', 'json', 'broken.yaml', 'shared.yaml');
    assert.equal(status, 1);
    const out = JSON.parse(stdout) as CheckJson;
    assert.ok(validate(out), JSON.stringify(validate.errors));
    assert.deepEqual([out.errors, out.warnings, out.infos], [2, 0, 2]);
    assert.deepEqual(
      out.files.map((f) => [f.file, f.entries]),
      [
        ['broken.yaml', 1],
        ['shared.yaml', 2],
      ],
    );
    const unknown = out.files[0].problems[0];
    assert.deepEqual(
      { ...unknown, message: undefined },
      {
        severity: 'error',
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 20,
        start: BROKEN.indexOf('newspaper'),
        end: BROKEN.indexOf('newspaper') + 9,
        message: undefined,
      },
    );
    const clean = run(dir, '--format=json', 'shared.yaml');
    assert.equal(clean.status, 0);
    assert.ok(validate(JSON.parse(clean.stdout)));
    assert.equal(clean.stderr, '', 'the JSON form says everything on stdout');
  });

  it("checks the folder's own entities.yaml when no file is named, and says when there is none", () => {
    const folder = mkdtempSync(join(tmpdir(), 'news-lens-check-default-'));
    const none = run(folder);
    assert.equal(none.status, 1);
    assert.equal(none.stderr, `news-lens: no entities.yaml, entities.yml, entities.json in ${folder}; name the registry files to check.\n`);
    writeFileSync(join(folder, 'entities.yaml'), BROKEN);
    const broken = run(folder);
    assert.equal(broken.status, 1);
    assert.match(broken.stdout, /^entities\.yaml:7:11: error: Unknown type "newspaper"/);
    writeFileSync(join(folder, 'entities.yaml'), SHARED);
    assert.equal(run(folder).status, 0);
  });

  it('exits 1 with one clear line for a file that cannot be read, and still checks the others', () => {
    mkdirSync(join(dir, 'a-folder'), { recursive: true });
    const { status, stdout, stderr } = run(dir, 'missing.yaml', 'a-folder', 'shared.yaml');
    assert.equal(status, 1);
    assert.match(stderr, /^news-lens: registry missing\.yaml was not read: it does not exist\.$/m);
    assert.match(stderr, /^news-lens: registry a-folder was not read: it is a directory, not a regular file; only regular files are read\.$/m);
    assert.doesNotMatch(stderr, /at .*\.js:\d+/, 'no stack trace');
    assert.equal(stdout.trim().split('\n').length, 2, 'shared.yaml was still checked');
  });

  it('reports a YAML syntax error at its position and exits 1', () => {
    writeFileSync(join(dir, 'syntax.yaml'), 'entities:\n  - id: a\n    name: Alpha\n    type: person\n  - id: b\n    description: Civil engineer: drafted\n');
    const { status, stdout } = run(dir, 'syntax.yaml');
    assert.equal(status, 1);
    assert.match(stdout, /^syntax\.yaml:6:18: error: Nested mappings are not allowed in compact mappings$/m);
  });

  it('exits 2 on bad usage', () => {
    for (const args of [['--format', 'xml'], ['--bogus'], ['--format']]) {
      const { status, stdout, stderr } = run(dir, ...args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^news-lens: /);
    }
  });

  it('is described in --help', () => {
    const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /news-lens check \[--format text\|json\] \[REGISTRY\.\.\.\]/);
  });
});
