/**
 * Publication dates through `news-lens analyze` (issue 13 and 15): the
 * `publicationDateEvidence` field when the year was inferred from the article, valid
 * against the shipped schema, and an impossible front-matter date that gives no date.
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
const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'cli-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function analyze(...args: string[]): { articles: ArticleJson[]; stderr: string } {
  const { status, stdout, stderr } = run('analyze', ...args);
  assert.equal(status, 0, stderr);
  const output = JSON.parse(stdout) as { articles: ArticleJson[] };
  assert.ok(validate(output), JSON.stringify(validate.errors));
  return { articles: output.articles, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'news-lens-pubdates-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

const inferred = write(
  'troops.news',
  [
    'Allies to resume troop cost talks',
    '',
    'SEOUL/WASHINGTON, Oct 3 (Reuters) - South Korea and the United States said on Thursday they would resume talks on troop costs after Seoul raised its 2024 budget.',
    '',
    'The previous round collapsed in 2023.',
    '',
  ].join('\n'),
);
const printed = write('fete.news', 'Village fete raises record sum\n\nPosted on 2025-06-11\n\nThe fete raised £12,000 on Saturday.\n');
const unknown = write('oslo.news', 'OSLO, June 9 (Reuters) - The central bank said on Monday it would hold rates.\n');
const impossible = write('leap.news', '---\ndate: 2023-02-29\n---\nBudget vote\n\nThe council voted on Tuesday.\n');

describe('news-lens analyze: publication dates', () => {
  it('says how an inferred year was found, in publicationDateEvidence', () => {
    const [a] = analyze(inferred).articles;
    assert.equal(a.publicationDate, '2024-10-03');
    assert.match(a.publicationDateEvidence!, /Thursday/);
    assert.match(a.publicationDateEvidence!, /2024/);
    assert.deepEqual(Object.keys(a).slice(0, 3), ['file', 'publicationDate', 'publicationDateEvidence']);
  });

  it('gives the evidence in jsonl too', () => {
    const { status, stdout } = run('analyze', '--format', 'jsonl', inferred);
    assert.equal(status, 0);
    const a = JSON.parse(stdout.trim()) as ArticleJson;
    assert.ok(validate({ articles: [a] }));
    assert.match(a.publicationDateEvidence!, /Thursday/);
  });

  it('leaves the field out when the year is printed or unknown', () => {
    const { articles } = analyze(printed, unknown);
    assert.equal(articles[0].publicationDate, '2025-06-11');
    assert.equal(articles[1].publicationDate, 'XXXX-06-09');
    for (const a of articles) assert.ok(!('publicationDateEvidence' in a));
  });

  it('the schema rejects an empty evidence string', () => {
    const [a] = analyze(inferred).articles;
    assert.ok(!validate({ articles: [{ ...a, publicationDateEvidence: '' }] }));
  });

  it('an impossible front-matter date gives no publication date and a message, or the --date fallback', () => {
    const without = analyze(impossible);
    assert.equal(without.articles[0].publicationDate, null);
    assert.match(without.stderr, /leap\.news: The front-matter date "2023-02-29" is not a day of the calendar/);
    assert.equal(analyze('--date', '2023-03-01', impossible).articles[0].publicationDate, '2023-03-01');
  });
});
