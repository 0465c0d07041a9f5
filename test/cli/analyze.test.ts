/**
 * `news-lens analyze` as a user runs it: the bundled dist/cli.js in a child process,
 * its JSON checked against the shipped schema, its exit codes and messages.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { REPO_ROOT, SEEDS, seedsMissing } from '../support/paths';
import { SEED_REGISTRY } from '../support/registryFixture';
import type { ArticleJson } from '../../server/src/cli/output';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'cli-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
const article = join(dir, 'story.news');
writeFileSync(article, 'Ferry fares rise\n\nLISBON, March 4, 2024 (Test Wire) -- Transport Minister Amara Okafor said on Monday that fares would rise. "It is unavoidable," Okafor said.\n');
const registry = join(dir, 'entities.yaml');
writeFileSync(registry, 'entities:\n  - id: amara-okafor\n    name: Amara Okafor\n    type: person\n');

describe('news-lens analyze', () => {
  it('prints the spec JSON, valid against the shipped schema', () => {
    const { status, stdout, stderr } = run('analyze', '--registry', registry, article);
    assert.equal(status, 0, stderr);
    const output = JSON.parse(stdout) as { articles: ArticleJson[] };
    assert.ok(validate(output), JSON.stringify(validate.errors));
    const [a] = (JSON.parse(stdout) as { articles: ArticleJson[] }).articles;
    assert.equal(a.file, article);
    assert.equal(a.publicationDate, '2024-03-04');
    const text = readFileSync(article, 'utf8');
    for (const span of [...a.entities, ...a.dates, ...a.quotes]) assert.equal(text.slice(span.start, span.end), span.text);
    assert.ok(a.entities.some((e) => e.text === 'Amara Okafor' && e.entityId === 'amara-okafor'));
    assert.ok(a.dates.some((d) => d.text === 'Monday' && d.value === '2024-03-04'));
    assert.equal(a.quotes[0].speaker?.entityId, 'amara-okafor');
  });

  it('prints one article per line with --format jsonl', () => {
    const { status, stdout } = run('analyze', '--format', 'jsonl', article, article);
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    for (const line of lines) assert.ok(validate({ articles: [JSON.parse(line)] }));
  });

  it('prints brat standoff whose offsets match the text', () => {
    const { status, stdout } = run('analyze', '--format', 'brat', '--registry', registry, article);
    assert.equal(status, 0);
    const text = readFileSync(article, 'utf8');
    const tLines = stdout.split('\n').filter((l) => l.startsWith('T'));
    assert.ok(tLines.length >= 3);
    for (const line of tLines) {
      const [, typeAndSpan, surface] = line.split('\t');
      const [, start, end] = /^\S+ (\d+) (\d+)$/.exec(typeAndSpan)!;
      assert.equal(text.slice(+start, +end), surface);
    }
    assert.match(stdout, /^R1\tSaidBy Arg1:T\d+ Arg2:T\d+$/m);
  });

  it('prints CoNLL columns with IOB tags', () => {
    const { status, stdout } = run('analyze', '--format', 'conll', '--registry', registry, article);
    assert.equal(status, 0);
    assert.match(stdout, /^Amara\tB-PERSON$/m);
    assert.match(stdout, /^Okafor\tI-PERSON$/m);
  });

  it('uses --date when the article has no year', () => {
    const undated = join(dir, 'undated.news');
    writeFileSync(undated, 'Sep 07 (Test Times) - The ferry resumed on Friday.\n');
    assert.equal(JSON.parse(run('analyze', undated).stdout).articles[0].publicationDate, 'XXXX-09-07');
    assert.equal(JSON.parse(run('analyze', '--date', '2021-09-07', undated).stdout).articles[0].publicationDate, '2021-09-07');
  });

  it('exits 2 with the usage on bad usage', () => {
    for (const args of [[], ['frobnicate'], ['analyze'], ['analyze', '--format', 'xml', article], ['analyze', '--date', 'yesterday', article], ['analyze', '--bogus', article]]) {
      const { status, stderr, stdout } = run(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /Usage: news-lens analyze/);
      assert.equal(stdout, '');
    }
  });

  it('exits 1 for an unreadable file but still analyses the others', () => {
    const { status, stdout, stderr } = run('analyze', join(dir, 'missing.news'), article);
    assert.equal(status, 1);
    assert.match(stderr, /missing\.news: no such file/);
    assert.equal(JSON.parse(stdout).articles.length, 1);
  });

  it('refuses binary files and directories with a clear message, and says when a file is empty', () => {
    const binary = join(dir, 'image.news');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const empty = join(dir, 'empty.news');
    writeFileSync(empty, '');
    const { status, stdout, stderr } = run('analyze', binary, dir, empty);
    assert.equal(status, 1);
    assert.match(stderr, /image\.news: looks like a binary file/);
    assert.match(stderr, /is a directory/);
    assert.match(stderr, /empty\.news: the file is empty/);
    assert.doesNotMatch(stderr, /at .*\.js:\d+/, 'no stack trace');
    assert.equal(JSON.parse(stdout).articles.length, 1);
  });

  it('reports a broken registry with its line and exits 1', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'entities:\n  - id: x\n    name: "unclosed\n');
    const { status, stderr } = run('analyze', '--registry', broken, article);
    assert.equal(status, 1);
    assert.match(stderr, /broken\.yaml: line \d+, column \d+:/);
  });

  it('links registered names in the seed articles', { skip: seedsMissing() }, () => {
    const reg = join(dir, 'seed-entities.yaml');
    writeFileSync(reg, SEED_REGISTRY);
    const { status, stdout } = run('analyze', '--registry', reg, SEEDS.xinhua, SEEDS.japanTimes);
    assert.equal(status, 0);
    const [xinhua, japanTimes] = JSON.parse(stdout).articles;
    assert.equal(xinhua.publicationDate, '2019-07-29');
    assert.equal(japanTimes.publicationDate, 'XXXX-09-07');
    const ids = (a: { entities: { entityId: string }[] }) => new Set(a.entities.map((e) => e.entityId));
    for (const id of ['yoshihide-suga', 'gsomia', 'japan', 'south-korea', 'shinzo-abe']) assert.ok(ids(xinhua).has(id), id);
    for (const id of ['yoshihide-suga', 'gsomia', 'japan', 'south-korea']) assert.ok(ids(japanTimes).has(id), id);
  });
});
