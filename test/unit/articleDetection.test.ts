/**
 * Tests for the `.txt`-is-an-article heuristic (spec §1): wire copy in several styles
 * is recognised, everyday text files are not, the bundled samples and (when present)
 * the shared seed articles are recognised, and a huge file costs no more than its head.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sharedMissing } from '../support/paths';
import { articleSignals, looksLikeArticle, ARTICLE_SNIFF_LENGTH } from '../../server/src/analysis/articleDetection';

const repoRoot = path.resolve(__dirname, '../../..');
const sharedDir = process.env.NEWS_LENS_SHARED ?? path.resolve(repoRoot, '..', 'shared');

const ARTICLES: Record<string, string> = {
  'agency dateline with double dash': [
    'Grain exports rise for third month',
    '',
    'Source: Harbour Wire| 2021-05-04 10:12:00|Editor: Ana Ruiz',
    '',
    'ODESA, May 4 (Harbour Wire) -- Grain shipments rose again in April, port officials said on Tuesday.',
  ].join('\n'),
  'AP style with em dash': 'BERLIN (AP) — The city will close two bridges for repairs next year, officials said.',
  'dateline without a year': 'Sep 07 (Harbour Times) - The ferry operator announced the end of winter crossings.',
  'byline and attributed quotes, no dateline': [
    'Library opening hours extended',
    '',
    'By Ruth Adeyemi',
    '',
    'The central library will stay open until 10 p.m. on weekdays.',
    '',
    '“Students asked us for this for years,” said head librarian Tomas Berg.',
  ].join('\n'),
  'front matter with quotes': [
    '---',
    'title: Bakery wins regional prize',
    'date: 2022-02-11',
    '---',
    '',
    '"We bake everything before dawn," owner Lina Haddad said.',
  ].join('\n'),
  'colon-introduced quote and reporting verbs': [
    'Mayor defends budget',
    '',
    'The mayor said the plan was balanced. A spokesperson said more detail would follow.',
    'According to the finance office, the deficit will shrink. The mayor said: "We kept our promise."',
  ].join('\n'),
};

const NOT_ARTICLES: Record<string, string> = {
  'shopping list': 'Shopping list\n\n- eggs\n- milk (2 litres)\n- bread\n- apples -- the green ones\n',
  'TypeScript code': [
    'import { readFileSync } from "fs";',
    'export function load(p: string): string {',
    '  // said: "hello" is logged below',
    '  const s = readFileSync(p, "utf8");',
    '  console.log("loaded", s.length);',
    '  return s;',
    '}',
  ].join('\n'),
  README: [
    '# quick-csv',
    '',
    'A tiny CSV parser. Source: https://example.org/quick-csv',
    '',
    'By default fields are separated by commas. As one user said, "it just works."',
    '',
    '## Usage',
    '',
    '```sh',
    'npm install quick-csv',
    '```',
  ].join('\n'),
  CSV: 'id,name,date,city\n1,Ana,2020-01-04,LISBON\n2,"Berg, Tomas",2020-02-11,OSLO\n3,Li,2020-03-09,"SEOUL (KR)"\n',
  'meeting notes': 'NOTES - planning meeting\n\nAttendees: Ana, Tomas\nActions: book room; send agenda by Friday.\n',
  'blog post front matter only': '---\ntitle: My trip\ndate: 2023-06-01\n---\n\nWe walked along the river and ate too much.\n',
  empty: '',
};

for (const [name, text] of Object.entries(ARTICLES)) {
  test(`article: ${name}`, () => {
    assert.equal(looksLikeArticle(text), true, `signals: ${articleSignals(text).join(', ')}`);
  });
}

for (const [name, text] of Object.entries(NOT_ARTICLES)) {
  test(`not an article: ${name}`, () => {
    assert.equal(looksLikeArticle(text), false, `signals: ${articleSignals(text).join(', ')}`);
  });
}

test('signals name the evidence that was found', () => {
  assert.deepEqual(articleSignals(ARTICLES['agency dateline with double dash']).sort(), ['dateline', 'metadata-line']);
  assert.deepEqual(articleSignals(ARTICLES['byline and attributed quotes, no dateline']).sort(), ['attributed-quote', 'byline']);
  assert.deepEqual(articleSignals(NOT_ARTICLES['blog post front matter only']), ['front-matter']);
});

test('datelines with several places or a title-case city are detected; a note with a parenthesis is not', () => {
  assert.equal(looksLikeArticle('SEOUL/WASHINGTON, Oct 3 - The allies agreed to resume talks on troop costs.'), true);
  assert.equal(looksLikeArticle('Nairobi (AFP) - Kenya will send more police officers abroad, the ministry said.'), true);
  assert.equal(looksLikeArticle('Groceries (weekly) - milk, eggs, bread'), false);
});

test('a byte-order mark does not hide a dateline', () => {
  assert.equal(looksLikeArticle('\ufeffBERLIN (AP) — Talks resumed.'), true);
});

test('only the head of the text is examined, so a huge file is cheap and late evidence is ignored', () => {
  const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil((1024 * 1024) / 27));
  const late = filler + '\nBERLIN (AP) — Talks resumed, officials said.';
  assert.ok(late.length > 1024 * 1024 && late.length > ARTICLE_SNIFF_LENGTH);
  // That only the head is read is shown by the late dateline being ignored; the cost is `npm run bench`'s, never a timed test.
  assert.equal(looksLikeArticle(late), false);
  assert.equal(looksLikeArticle('BERLIN (AP) — Talks resumed.\n' + filler), true);
});

test('every .txt and .news sample is detected as an article', () => {
  const dir = path.join(repoRoot, 'samples');
  const files = fs.readdirSync(dir).filter((f) => /\.(txt|news)$/.test(f));
  assert.ok(files.length >= 3, `expected samples in ${dir}`);
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.equal(looksLikeArticle(text), true, `${f}: signals ${articleSignals(text).join(', ')}`);
  }
});

test('the shared seed articles are detected', (t) => {
  const seeds = path.join(sharedDir, 'seeds');
  const missing = sharedMissing('the seed articles', seeds);
  if (missing) return t.skip(missing);
  const files = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt'));
  assert.equal(files.length, 2, `expected two seed articles in ${seeds}`);
  for (const f of files) {
    const text = fs.readFileSync(path.join(seeds, f), 'utf8');
    assert.equal(looksLikeArticle(text), true, `${f}: signals ${articleSignals(text).join(', ')}`);
  }
});
