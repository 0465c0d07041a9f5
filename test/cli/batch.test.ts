/**
 * `news-lens analyze --jobs N` and `--stdin` as a user runs them (the bundled
 * dist/cli.js in a child process): worker threads change nothing in the output or its
 * order, a JSON Lines stream gets one result a line in order with bad lines reported
 * in place, and a stream sharded by GNU parallel gives back the single-process output.
 * The articles are small ones written here from a fixed pseudo-random generator.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-lens-batch-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const FIRST = ['Amara', 'Tomas', 'Ilse', 'Rafael', 'Noor', 'Kenji', 'Lucia', 'Dmitri', 'Greta', 'Osei'];
const LAST = ['Okafor', 'Varga', 'Lindqvist', 'Moreno', 'Haddad', 'Sato', 'Ferreira', 'Volkov', 'Brandt', 'Mensah'];
const CITIES = ['LISBON', 'NAIROBI', 'OSLO', 'QUITO', 'HANOI', 'ACCRA', 'RIGA', 'LIMA'];
const BODIES = ['the Transport Ministry', 'Harbor Authority', 'the National Grid Board', 'Cedar Valley Council', 'the Fisheries Agency'];
const WHEN = ['on Monday', 'last week', 'on March 4', 'in 2019', 'next Friday', 'two days ago', 'on Tuesday evening'];
const SAID = [
  '"We will not wait," {name} said.',
  '{name} said the plan was "unavoidable and overdue."',
  '"It is a fair deal," said {name}.',
  'According to {name}, talks would resume {when}.',
];

/** A small wire-style article; the same `seed` gives the same text. */
function article(seed: number): string {
  let state = seed * 2654435761 + 1;
  const next = (n: number) => {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return state % n;
  };
  const name = `${FIRST[next(FIRST.length)]} ${LAST[next(LAST.length)]}`;
  const when = WHEN[next(WHEN.length)];
  const quote = SAID[next(SAID.length)].replace('{name}', next(2) ? name : name.split(' ')[1]).replace('{when}', WHEN[next(WHEN.length)]);
  return `${CITIES[next(CITIES.length)]} (Test Wire) -- ${name} of ${BODIES[next(BODIES.length)]} spoke ${when}. ${quote}`;
}

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, 'analyze', ...args], { encoding: 'utf8', cwd: dir, input, maxBuffer: 1 << 30 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('news-lens analyze --jobs', () => {
  const files: string[] = [];
  for (let i = 0; i < 40; i++) {
    const file = `story-${String(i).padStart(2, '0')}.news`;
    writeFileSync(join(dir, file), `Headline ${i}\n\n${article(i)}\n\n${article(i + 1000)}\n`);
    files.push(file);
  }
  // A missing file in the middle: its error keeps its place and the others are still analysed.
  files.splice(17, 0, 'missing.news');

  for (const format of ['json', 'jsonl', 'brat', 'conll']) {
    it(`prints exactly what one thread prints, in the same order (--format ${format})`, () => {
      const one = cli(['--jobs', '1', '--format', format, ...files]);
      const three = cli(['--jobs', '3', '--format', format, ...files]);
      assert.equal(one.status, 1, 'the missing file makes the status 1');
      assert.equal(three.status, one.status);
      assert.equal(three.stdout, one.stdout);
      assert.equal(three.stderr, one.stderr);
      assert.match(one.stderr, /missing\.news: no such file/);
      if (format === 'jsonl')
        assert.deepEqual(
          one.stdout
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l).file),
          files.filter((f) => f !== 'missing.news'),
        );
    });
  }

  it('keeps the order when a long first article finishes after the short ones behind it', () => {
    // One thread takes the long article and the other several short ones meanwhile: their results arrive first and must wait.
    writeFileSync(join(dir, 'long.news'), `Long story\n\n${Array.from({ length: 300 }, (_, i) => article(5000 + i)).join('\n\n')}\n`);
    const names = ['long.news', ...files.filter((f) => f !== 'missing.news').slice(0, 12)];
    const one = cli(['--jobs', '1', '--format', 'jsonl', ...names]);
    const two = cli(['--jobs', '2', '--format', 'jsonl', ...names]);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.deepEqual(
      two.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).file),
      names,
    );
    const stream = names.map((name, i) => JSON.stringify({ id: i, text: readFileSync(join(dir, name), 'utf8') })).join('\n') + '\n';
    const streamOne = cli(['--stdin', '--jobs', '1'], stream);
    const streamTwo = cli(['--stdin', '--jobs', '2'], stream);
    assert.equal(streamOne.status, 0, streamOne.stderr);
    assert.equal(streamTwo.stdout, streamOne.stdout);
    assert.deepEqual(
      streamTwo.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
      names.map((_, i) => i),
    );
  });

  it('refuses a --jobs that is not a whole number from 1 with exit 2 and one line', () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const { status, stderr } = cli([`--jobs=${bad}`, files[0]]);
      assert.equal(status, 2, bad);
      assert.match(stderr, /--jobs takes a whole number/);
    }
  });
});

describe('news-lens analyze --stdin', () => {
  const record = (id: number | string, text: string, date?: string) => JSON.stringify(date ? { id, text, date } : { id, text });

  it('writes one result a line, in input order, as the file analysis would', () => {
    const texts = Array.from({ length: 30 }, (_, i) => `Headline ${i}\n\n${article(i)}\n`);
    const input = texts.map((t, i) => record(`a${i}`, t)).join('\n') + '\n';
    const { status, stdout, stderr } = cli(['--stdin', '--jobs', '1'], input);
    assert.equal(status, 0, stderr);
    const results = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      results.map((r) => r.id),
      texts.map((_, i) => `a${i}`),
    );
    // The same article from a file: the same analysis, with `file` where the stream has `id`.
    writeFileSync(join(dir, 'seven.news'), texts[7]);
    const fromFile = JSON.parse(cli(['--format', 'jsonl', 'seven.news']).stdout);
    delete fromFile.file;
    const { id, ...fromStream } = results[7];
    assert.equal(id, 'a7');
    assert.deepEqual(fromStream, fromFile);
    assert.ok(
      results.some((r) => r.entities.length > 0 && r.dates.length > 0),
      'the articles have names and dates',
    );
  });

  it('reports a bad line in its place, skips blank lines, and exits 1 after analysing the rest', () => {
    const lines = [
      record(1, article(1)),
      'not json',
      '',
      '[1, 2]',
      JSON.stringify({ text: 'no id' }),
      record(2, article(2), '2024-02-30'),
      JSON.stringify({ id: 3 }),
      record(4, article(4), '2024-02-28'),
      '  ',
    ];
    const input = lines.join('\r\n');
    for (const jobs of ['1', '2']) {
      const { status, stdout, stderr } = cli(['--stdin', '--jobs', jobs], input);
      assert.equal(status, 1, jobs);
      const results = stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.deepEqual(
        results.map((r) => [r.id, r.line ?? null, typeof r.error]),
        [
          [1, null, 'undefined'],
          [null, 2, 'string'],
          [null, 4, 'string'],
          [null, 5, 'string'],
          [2, 6, 'string'],
          [3, 7, 'string'],
          [4, null, 'undefined'],
        ],
      );
      assert.match(results[4].error, /"date" 2024-02-30 is not a calendar date/);
      assert.equal(results[6].publicationDate, '2024-02-28');
      assert.match(stderr, /^news-lens: stdin line 2: not a JSON object/m);
      assert.match(stderr, /^news-lens: stdin line 7: "text" is missing/m);
    }
  });

  it('refuses files or another format beside --stdin with exit 2', () => {
    assert.equal(cli(['--stdin', 'story-00.news'], '').status, 2);
    const format = cli(['--stdin', '--format', 'brat'], '');
    assert.equal(format.status, 2);
    assert.match(format.stderr, /--stdin writes JSON Lines/);
  });

  it('gives the single-process output back when GNU parallel shards a 20,000-line stream into 4 jobs', (t) => {
    const version = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
    if (version.status !== 0 || !version.stdout.includes('GNU parallel')) {
      if (process.env.CI)
        assert.fail('GNU parallel is not installed (Debian package `parallel`); under CI=true a missing prerequisite fails the run instead of skipping');
      t.skip('GNU parallel is not installed (Debian package `parallel`; `node scripts/prerequisites.mjs` installs it as root): the sharding check did NOT run');
      return;
    }
    const stream = join(dir, 'stream.jsonl');
    writeFileSync(stream, Array.from({ length: 20_000 }, (_, i) => record(i, article(i))).join('\n') + '\n');
    const single = spawnSync('sh', ['-c', '"$1" "$2" analyze --stdin --jobs 1 < "$3"', 'sh', process.execPath, CLI, stream], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    assert.equal(single.status, 0, single.stderr);
    // --pipe cuts stdin into blocks of 5,000 whole lines, one job each, four at a time; -k keeps the blocks in order.
    const sharded = spawnSync(
      'sh',
      ['-c', 'parallel --will-cite --pipe -N 5000 -j 4 -k "$1" "$2" analyze --stdin --jobs 1 < "$3"', 'sh', process.execPath, CLI, stream],
      { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, HOME: dir } },
    );
    assert.equal(sharded.status, 0, sharded.stderr);
    const lines = (text: string) => text.trim().split('\n');
    assert.equal(lines(single.stdout).length, 20_000);
    assert.deepEqual([...lines(sharded.stdout)].sort(), [...lines(single.stdout)].sort(), 'the union of the shards is the single-process output');
    assert.equal(sharded.stdout, single.stdout, 'and in order, with -k');
  });
});
