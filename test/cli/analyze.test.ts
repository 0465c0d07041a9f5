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

/** A path as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
const article = join(dir, 'story.news');
writeFileSync(
  article,
  'Ferry fares rise\n\nLISBON, March 4, 2024 (Test Wire) -- Transport Minister Amara Okafor said on Monday that fares would rise. "It is unavoidable," Okafor said.\n',
);
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
    for (const args of [[], ['frobnicate'], ['analyze'], ['analyze', '--bogus', article], ['analyze', '--date'], ['check', '--registry', 'x.yaml']]) {
      const { status, stderr, stdout } = run(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /Usage: news-lens analyze/);
      assert.equal(stdout, '');
    }
  });

  it('exits 2 with a one-line message for a bad option value, impossible calendar dates included', () => {
    const cases: [string[], RegExp][] = [
      [['analyze', '--format', 'xml', article], /^news-lens: Unknown format "xml" for analyze\. Use one of: json, jsonl, brat, conll\.$/],
      [['analyze', '--date', 'yesterday', article], /^news-lens: --date takes a date as YYYY-MM-DD, not "yesterday"\.$/],
      [['analyze', '--date', '2024-02-31', article], /^news-lens: --date 2024-02-31 is not a calendar date: February 2024 has 29 days\.$/],
      [['analyze', '--date=2023-02-29', article], /^news-lens: --date 2023-02-29 is not a calendar date: February 2023 has 28 days\.$/],
      [['analyze', '--date', '2024-04-31', article], /^news-lens: --date 2024-04-31 is not a calendar date: April 2024 has 30 days\.$/],
      [['analyze', '--date', '2024-13-01', article], /^news-lens: --date 2024-13-01 is not a calendar date: there is no month 13\.$/],
      [['analyze', '--date', '2024-01-00', article], /^news-lens: --date 2024-01-00 is not a calendar date: January 2024 has 31 days\.$/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr, stdout } = run(...args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stderr.split('\n').filter(Boolean).length, 1, stderr);
      assert.match(stderr.trim(), message);
      assert.equal(stdout, '');
    }
    for (const date of ['2024-02-29', '2000-02-29', '2023-12-31']) assert.equal(run('analyze', '--date', date, article).status, 0, date);
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

  it('reports a broken registry entry at its line and column on stderr, uses the rest and exits 0', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'entities:\n  - id: x\n    name: Xavier\n    type: planet\n  - id: amara-okafor\n    name: Amara Okafor\n    type: person\n');
    const { status, stdout, stderr } = run('analyze', '--registry', broken, article);
    assert.equal(status, 0, stderr);
    assert.match(stderr, new RegExp(`^${escape(broken)}:4:11: error: Unknown type "planet"\\.`, 'm'));
    assert.match(stderr, /1 error; the entries with errors are left out, 1 entry is used\./);
    const [a] = JSON.parse(stdout).articles as ArticleJson[];
    assert.ok(
      a.entities.some((e) => e.text === 'Amara Okafor' && e.entityId === 'amara-okafor'),
      'the healthy entry links',
    );
  });

  it('uses the entries before a YAML syntax error and exits 0', () => {
    const broken = join(dir, 'unclosed.yaml');
    writeFileSync(broken, 'entities:\n  - id: amara-okafor\n    name: Amara Okafor\n    type: person\n  - id: x\n    name: "unclosed\n');
    const { status, stdout, stderr } = run('analyze', '--registry', broken, article);
    assert.equal(status, 0, stderr);
    // At the quote left open (line 6, column 11), not at the end of the file where the YAML parser stopped.
    assert.match(stderr, new RegExp(`^${escape(broken)}:6:11: error: This quoted text is never closed: .*\\(Missing closing "quote\\)$`, 'm'));
    assert.match(stderr, /only the entries before the first error that stops the file are read, 1 entry is used\./);
    assert.ok((JSON.parse(stdout).articles as ArticleJson[])[0].entities.some((e) => e.entityId === 'amara-okafor'));
  });

  it('uses a registry with shared names: exit 0, one line on stderr, valid JSON', () => {
    const shared = join(dir, 'shared.yaml');
    writeFileSync(
      shared,
      [
        'entities:',
        '  - id: amara-okafor',
        '    name: Amara Okafor',
        '    type: person',
        '    aliases: [Okafor]',
        '  - id: okafor-ferries',
        '    name: Okafor Ferries',
        '    type: organization',
        '    aliases: [Okafor]',
        '  - id: lisbon',
        '    name: Lisbon',
        '    type: place',
        '  - id: lisbon-fc',
        '    name: Lisbon Football Club',
        '    type: organization',
        '    aliases: [Lisbon]',
        '',
      ].join('\n'),
    );
    const { status, stdout, stderr } = run('analyze', '--registry', shared, article);
    assert.equal(status, 0, stderr);
    assert.equal(
      stderr,
      `news-lens: registry ${shared}: 4 names and aliases are shared by several entries (legal: each mention is linked to the entry its context supports); \`news-lens check ${shared}\` lists them.\n`,
    );
    const output = JSON.parse(stdout) as { articles: ArticleJson[] };
    assert.ok(validate(output), JSON.stringify(validate.errors));
    const ids = new Set(output.articles[0].entities.map((e) => e.entityId));
    assert.ok(ids.has('amara-okafor'), 'the full name links');
  });

  it('says an unreadable registry in one line and exits 1, still analysing the articles', () => {
    const { status, stdout, stderr } = run('analyze', '--registry', join(dir, 'nowhere.yaml'), article);
    assert.equal(status, 1);
    assert.equal(stderr, `news-lens: registry ${join(dir, 'nowhere.yaml')} was not read: it does not exist.\n`);
    assert.equal(JSON.parse(stdout).articles.length, 1);
  });

  it('gives every error of a registry with thousands of bad entries its exact line and column', () => {
    const lines = ['# thousands of bad entries', 'entities:'];
    const expected: string[] = [];
    for (let i = 0; i < 3000; i++) {
      if (i % 3 === 0) {
        lines.push(`  - id: Bad Id ${i}`, `    name: Entry ${i}`, '    type: person');
        expected.push(`:${lines.length - 2}:9: error: The id "Bad Id ${i}" must be`);
      } else if (i % 3 === 1) {
        lines.push(`  - id: entry-${i}`, `    name: Entry ${i}`, '    type: planet');
        expected.push(`:${lines.length}:11: error: Unknown type "planet"`);
      } else {
        // A healthy entry between them; "é" and an emoji before its line keep columns honest.
        lines.push(`  - id: ok-${i}`, `    name: "Zoé 😀 ${i}"`, '    type: place');
      }
    }
    const big = join(dir, 'many-bad.yaml');
    writeFileSync(big, `${lines.join('\n')}\n`);
    const { status, stderr } = run('analyze', '--registry', big, article);
    assert.equal(status, 0);
    const reported = stderr.split('\n').filter((l) => l.startsWith(`${big}:`));
    assert.equal(reported.length, expected.length);
    reported.forEach((line, i) => assert.ok(line.startsWith(big + expected[i]), `${line} should start with ${big}${expected[i]}`));
    assert.match(stderr, /2000 errors; the entries with errors are left out, 1000 entries are used\./);
  });

  it('reads a registry from --registry /dev/stdin once, with the right positions', () => {
    const registryText = 'entities:\n  - id: amara-okafor\n    name: Amara Okafor\n    type: person\n  - id: x\n    name: Xavier\n    type: planet\n';
    const result = spawnSync(process.execPath, [CLI, 'analyze', '--registry', '/dev/stdin', article], {
      encoding: 'utf8',
      cwd: REPO_ROOT,
      input: registryText,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^\/dev\/stdin:7:11: error: Unknown type "planet"\./m);
    assert.ok(
      (JSON.parse(result.stdout).articles as ArticleJson[])[0].entities.some((e) => e.entityId === 'amara-okafor'),
      'the piped registry is used',
    );
    // The same through a shell pipe, as a user types it.
    const file = join(dir, 'piped.yaml');
    writeFileSync(file, registryText);
    const piped = spawnSync('sh', ['-c', 'cat "$1" | "$2" "$3" analyze --registry /dev/stdin "$4"', 'sh', file, process.execPath, CLI, article], {
      encoding: 'utf8',
      cwd: REPO_ROOT,
    });
    assert.equal(piped.status, 0, piped.stderr);
    assert.match(piped.stderr, /^\/dev\/stdin:7:11: error: Unknown type "planet"\./m);
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
