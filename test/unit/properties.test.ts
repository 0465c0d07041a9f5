/**
 * Property-based robustness tests of the pure analysis core (fast-check): for any
 * text — random UTF-16 (lone surrogates, NUL, CR-only lines), RTL script, emoji,
 * runs of quote marks, front-matter fragments, dateline and metadata look-alikes,
 * and article-shaped text built from a small news vocabulary — `analyzeArticle`
 * never throws, every span lies inside the text and matches its `text` field, spans
 * of one kind are sorted and disjoint, results are deterministic and JSON-safe, and
 * appending a paragraph leaves the annotations before the article's last paragraph
 * alone. The last block replays, as plain tests, the inputs these properties found.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle, type AnalyzeOptions, type ArticleAnalysis, type TextSpan } from '../../server/src/analysis';
import { matchDateline } from '../../server/src/analysis/dateline';
import { buildRegistry, parseRegistry } from '../../server/src/analysis/registry';
import { paragraphsOf, splitLines } from '../../server/src/analysis/lines';
import { splitSentences, tokenize } from '../../server/src/analysis/ner';
import { buildCaseCache, normalizeToken } from '../../server/src/analysis/ner/features';
import { fallbackNameMentions } from '../../server/src/analysis/quotes';
import { assertWellFormed } from '../support/analysisInvariants';

/** Seeded so a failure is reproducible; `FC_SEED` overrides it to explore further. */
const FC = { seed: Number(process.env.FC_SEED ?? 20261122) } as const;

// ---------------------------------------------------------------- arbitraries

const FIRST = ['Ana', 'Rui', 'Kenji', 'Maria', 'John', 'Lee', 'Ngozi', 'Zoë', 'Mary'];
const LAST = ['Ruiz', 'Costa', 'Sato', 'Smith', "O'Neill", 'Nak-yeon', 'Okonjo-Iweala', 'Müller', 'May', 'June', 'August', 'Friday'];
const ORGS = [
  'Harbour Authority',
  'Bank of Japan',
  'General Motors',
  'GM',
  'Samsung Electronics Co.',
  'the Federal Reserve',
  'Xinhua',
  'AP',
  'NATO',
  'U.S.',
  'America',
];
const PLACES = ['Lisbon', 'Tokyo', 'South Korea', 'New York', 'Jordan', 'Japanese', 'Seoul'];
const TITLES = ['Mr.', 'Dr.', 'President', 'Chief Cabinet Secretary', 'Sen.', 'Gov.'];
const MONTHS = ['January', 'Feb.', 'March', 'May', 'June', 'July', 'Aug', 'Sept.', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Sunday', 'Sun', 'Friday'];
const WORDS = [
  'said',
  'told',
  'reporters',
  'the',
  'on',
  'in',
  'a',
  'that',
  'of',
  'and',
  'last',
  'next',
  'week',
  'year',
  'month',
  'early',
  'late',
  'ago',
  'days',
  'according',
  'to',
  'he',
  'she',
  'they',
  'it',
  'saying',
  'added',
  'same',
  'quarter',
  'fiscal',
  'each',
  'since',
  'until',
];
const NUMBERS = ['2019', '1910-1945', '2019-07-29', '7/29/2019', '29.07.2019', '10:30', '3', '31', '1,000', '2020s', 'Q3'];
const QUOTES = ['"', '“', '”', '«', '»', '„', "'", '‘', '’', '""', '“”', '"“'];
const PUNCT = ['.', ',', ':', ';', '—', '--', '-', '(', ')', '!', '?', '…', '|', '/'];
const NASTY = [
  '\u0000',
  '\r',
  '\n',
  '\r\n',
  '\n\n',
  '\r\r',
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  '\u202E',
  '\u200F',
  '\u200B',
  '\uFEFF',
  '\t',
  '\u00A0',
  '\u2028',
  'שלום עולם',
  'مرحبا بالعالم',
  '東京',
  '😀',
  '👩‍👩‍👧',
  '🇯🇵',
  'é',
  'e\u0301',
  '---',
  '---\n',
  '...\n',
  'Source:',
  '|',
  'TOP STORIES',
  'MORE Society NEWS',
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`) },
  { weight: 1, arbitrary: fc.constantFrom(...LAST, ...FIRST) },
  { weight: 2, arbitrary: fc.constantFrom(...ORGS, ...PLACES, ...TITLES) },
  { weight: 2, arbitrary: fc.constantFrom(...MONTHS, ...WEEKDAYS, ...NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTES, ...PUNCT) },
);

/** A sentence of the news vocabulary; separators are usually one space, sometimes none or odd white space. */
const sentence = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', ' ', '', '  ', '\t', '\u00A0')), { minLength: 1, maxLength: 14 }).chain((parts) =>
  fc.constantFrom('.', '?', '', '."', '.”', ',” she said.').map(
    (end) =>
      parts
        .map(([w, s]) => w + s)
        .join('')
        .trimEnd() + end,
  ),
);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');
const city = fc.constantFrom('TOKYO', 'LISBON', 'NEW YORK', 'SEOUL, South Korea', "N'DJAMENA");
const agency = fc.constantFrom('Xinhua', 'AP', 'Japan Times', 'Coastline Wire');
const isoDate = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const metadataLine = fc.oneof(
  fc.tuple(agency, isoDate).map(([a, d]) => `Source: ${a}| ${d} 21:08:49|Editor: Ana Ruiz`),
  fc.tuple(fc.constantFrom('Society', 'World News'), fc.constantFrom(...MONTHS), fc.integer({ min: 0, max: 40 })).map(([s, m, d]) => `${s} | ${m} ${d}`),
  isoDate.map((d) => `Published: ${d}`),
);
const dateline = fc.oneof(
  fc.tuple(city, fc.constantFrom(...MONTHS), fc.integer({ min: 0, max: 40 }), agency).map(([c, m, d, a]) => `${c}, ${m} ${d} (${a}) -- `),
  fc.tuple(city, agency, fc.constantFrom('—', '-', '--', '–')).map(([c, a, dash]) => `${c} (${a}) ${dash} `),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 31 }), agency).map(([m, d, a]) => `${m} ${d} (${a}) - `),
);
const frontMatter = fc.oneof(
  isoDate.map((d) => `---\ntitle: A headline\ndate: ${d}\nsource: Xinhua\n---\n`),
  fc.constantFrom('---\n', '---\n---\n', '---\r\ndate: [unclosed\r\n...\r\n', '---\ndate: 2019-02-30\n---\n', '---\n: : :\n---'),
);

/** Article-shaped text: optional front matter, headline, metadata line, dateline, body paragraphs, boilerplate. */
const article = fc
  .record({
    front: fc.option(frontMatter, { freq: 4 }),
    headline: fc.option(sentence, { freq: 5 }),
    meta: fc.option(metadataLine, { freq: 2 }),
    dateline: fc.option(dateline, { freq: 2 }),
    body: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    tail: fc.option(fc.constantFrom('TOP STORIES\nOther teaser.', 'MORE World NEWS', '12345678901234567890123'), { freq: 5 }),
    nl: eol,
  })
  .map(({ front, headline, meta, dateline: dl, body, tail, nl }) => {
    const blocks = [headline, meta, (dl ?? '') + body[0], ...body.slice(1), tail].filter((b): b is string => b !== null);
    return (front ?? '') + blocks.join(nl + nl);
  });

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const randomText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...NASTY), word, fc.string({ unit: codeUnit, maxLength: 3 })), { maxLength: 60 }).map((a) => a.join('')),
  fc.tuple(fc.constantFrom(...QUOTES, ...PUNCT, ...NASTY), fc.integer({ min: 1, max: 300 })).map(([s, n]) => s.repeat(n)),
);
const anyText = fc.oneof({ weight: 1, arbitrary: randomText }, { weight: 1, arbitrary: article });
const options: fc.Arbitrary<AnalyzeOptions> = fc.record({ publicationDate: fc.option(isoDate, { nil: undefined }) }, { requiredKeys: [] });

// ---------------------------------------------------------------- invariants

// assertWellFormed (with assertSpan and assertSortedDisjoint) lives in test/support/analysisInvariants.ts (the fuzz campaign checks the same).

// ---------------------------------------------------------------- append locality

/** Start of the text's last blank-line-separated block (its length when it has none). */
function lastParagraphStart(text: string): number {
  const blocks = paragraphsOf(splitLines(text));
  return blocks.length > 0 ? blocks[blocks.length - 1].start : text.length;
}

/**
 * What appending may not change: annotations ending at or before `cutoff`. Entity ids
 * and types are left out (spec §3: linking is article-wide and a later, fuller name
 * gives the cluster its id and type); so are speaker ids, which are entity ids.
 */
function before(r: ArticleAnalysis, cutoff: number) {
  const keep = <T extends TextSpan>(xs: readonly T[]) => xs.filter((x) => x.end <= cutoff);
  const s = r.structure;
  const part = (p?: TextSpan) => (p && p.end <= cutoff ? p : undefined);
  return {
    structure: {
      frontMatter: part(s.frontMatter),
      headline: part(s.headline),
      metadataLine: part(s.metadataLine),
      dateline: part(s.dateline),
      paragraphs: keep(s.paragraphs),
    },
    publicationDate: r.publicationDate,
    entities: keep(r.entities).map(({ start, end, text }) => ({ start, end, text })),
    dates: keep(r.dates),
    quotes: keep(r.quotes).map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker && { start: q.speaker.start, end: q.speaker.end } })),
    notices: keep(r.notices),
  };
}

/** The tagger's document case cache (how each word is written mid-sentence) over the analysed spans. */
function caseCache(text: string, r: ArticleAnalysis): Map<string, number> {
  const spans = r.structure.headline ? [r.structure.headline, ...r.structure.paragraphs] : r.structure.paragraphs;
  const sentences = spans.flatMap((s) => splitSentences(text, tokenize(text, s.start, s.end)).map((ts) => ts.map((t) => normalizeToken(t.text))));
  return buildCaseCache(sentences);
}

/** True when the longer text writes a word of the shorter one in a new way (new evidence for the tagger's case cache). */
function addsCaseEvidence(shortText: string, short: ArticleAnalysis, longText: string, long: ArticleAnalysis): boolean {
  const before = caseCache(shortText, short);
  const after = caseCache(longText, long);
  const words = new Set(tokenize(shortText).map((t) => normalizeToken(t.text).toLowerCase()));
  return [...words].some((w) => before.get(w) !== after.get(w));
}

/** True when the text opens a front-matter block it never closes (then a later `---` line would close it). */
function opensUnclosedFrontMatter(text: string, analysis: ArticleAnalysis): boolean {
  return /^---[ \t]*(?:\r\n|\r|\n)/.test(text) && !analysis.structure.frontMatter;
}

const FAST = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : undefined;
const runs = (n: number) => FAST ?? n;

describe('analyzeArticle properties', () => {
  it('never throws and returns well-formed spans on any text', () => {
    fc.assert(
      fc.property(anyText, options, (text, opts) => assertWellFormed(text, analyzeArticle(text, opts))),
      { ...FC, numRuns: runs(700) },
    );
  });

  it('no name overlaps a date, even when month and weekday names are registry aliases', () => {
    // First names and surnames that are also months or weekdays, registered with the bare word as alias.
    const registry = buildRegistry([
      parseRegistry(`entities:
  - { id: mary-may, name: Mary May, type: person, aliases: [May] }
  - { id: ana-june, name: Ana June, type: person, aliases: [June] }
  - { id: rui-july, name: Rui July, type: person, aliases: [July, Jul] }
  - { id: lee-sunday, name: Lee Sunday, type: person, aliases: [Sunday, Sun] }
  - { id: friday-group, name: Friday Group, type: organization, aliases: [Friday] }
  - { id: march-co, name: March Co, type: organization, aliases: [March] }
`),
    ]);
    fc.assert(
      fc.property(fc.oneof(article, randomText), options, (text, opts) => assertWellFormed(text, analyzeArticle(text, { ...opts, registry }), true)),
      { ...FC, numRuns: runs(300) },
    );
  });

  it('is deterministic and JSON-safe', () => {
    fc.assert(
      fc.property(anyText, options, (text, opts) => {
        const first = analyzeArticle(text, opts);
        assert.deepStrictEqual(analyzeArticle(text, opts), first);
        assert.deepStrictEqual(JSON.parse(JSON.stringify(first)), first);
      }),
      { ...FC, numRuns: runs(150) },
    );
  });

  it('the too-large cut-off keeps the layout and gives one whole-file notice', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 50 }), (text, maxLength) => {
        const r = analyzeArticle(text, { maxLength });
        assertWellFormed(text, r);
        assert.deepStrictEqual(r.structure, analyzeArticle(text).structure);
        const tooLarge = r.notices.filter((n) => n.code === 'too-large');
        assert.equal(tooLarge.length, text.length > maxLength ? 1 : 0);
        if (text.length > maxLength) assert.deepStrictEqual([r.entities, r.dates, r.quotes], [[], [], []]);
      }),
      { ...FC, numRuns: runs(150) },
    );
  });

  it('appending a paragraph leaves the annotations before the last paragraph unchanged', () => {
    const extra = fc.oneof(
      paragraph,
      randomText.filter((p) => !/\r|\n/.test(p)),
    );
    fc.assert(
      fc.property(fc.oneof(article, randomText), extra, isoDate, (a, p, date) => {
        const opts = { publicationDate: date };
        const alone = analyzeArticle(a, opts);
        const longer = a + '\n\n' + p;
        const both = analyzeArticle(longer, opts);
        // Preconditions, each a deliberate article-wide rule of the spec or the design:
        fc.pre(alone.structure.paragraphs.length > 0); // with no body yet, P is the first body block and may be the metadata line
        fc.pre(!opensUnclosedFrontMatter(a, alone)); // a later `---` would close the front matter
        fc.pre(matchDateline(p.trimStart()) === undefined); // a dateline in the first six paragraphs re-anchors the article
        fc.pre(!addsCaseEvidence(a, alone, longer, both)); // the tagger reads how each word is written anywhere in the article
        const cutoff = lastParagraphStart(a);
        assert.deepStrictEqual(before(both, cutoff), before(alone, cutoff));
      }),
      { ...FC, numRuns: runs(300) },
    );
  });

  // Also the regression for a stack overflow: a million unpaired marks give a million
  // notices, which `notices.push(...spread)` could not pass as arguments.
  // Its growth with size is measured by `npm run bench` (adversarial growth), never timed here.
  it('handles one megabyte of one character once', () => {
    const text = '“'.repeat(1 << 20);
    const r = analyzeArticle(text);
    assertWellFormed(text, r);
    assert.ok(r.notices.length > 200000, `${r.notices.length} notices`);
  });
});

/** Inputs the properties (or the hunt around them) found, kept as plain tests. */
describe('analyzeArticle regressions found by the properties', () => {
  const wellFormed = (text: string, opts: AnalyzeOptions = {}) => {
    const r = analyzeArticle(text, opts);
    assertWellFormed(text, r);
    return r;
  };

  it('a headline-only article has no quotes (the quote finder used to split the whole text)', () => {
    const text = '“Fine,” said Rui Costa.\n\n12345678901234567890123';
    const r = wellFormed(text);
    assert.ok(r.structure.headline && r.structure.paragraphs.length === 0 && r.structure.boilerplate);
    assert.deepStrictEqual(r.quotes, []);
    assert.deepStrictEqual(r.notices, []);
  });

  it('the too-large notice comes first, keeping notices sorted', () => {
    const text = 'Headline\n\nSEOUL, Sept. 19 (Xinhua) -- A body line.';
    const r = wellFormed(text, { maxLength: 10 });
    assert.deepStrictEqual(
      r.notices.map((n) => n.code),
      ['too-large', 'unknown-year'],
    );
  });

  it('a speaker needs an entity behind its id, and an unrelated later paragraph does not change it', () => {
    const text = 'Head line\n\n"Fine," Xyl told.';
    const alone = wellFormed(text);
    assert.equal(alone.quotes.length, 1);
    const later = wellFormed(text + '\n\nAna Ruiz came to Tokyo.');
    assert.deepStrictEqual(later.quotes[0], alone.quotes[0]);
  });

  it('a paragraph of many short sentences does not overflow the stack in the tagger', () => {
    wellFormed('Headline\n\n' + 'A. '.repeat(200000));
  });

  // Time limits for these two belong to `npm run bench`; here they must finish and be right.
  it('many dates in one paragraph are all selected', () => {
    const text = 'Headline\n\n' + 'the same day '.repeat(8000);
    assert.equal(wellFormed(text, { publicationDate: '2019-07-29' }).dates.length, 8000);
  });

  it('a long run of titles gives the fallback name heuristic at most one name', () => {
    const text = '"Mr.' + ' Mr.'.repeat(100000) + '"';
    assert.ok(fallbackNameMentions(text, [{ start: 0, end: text.length }]).length <= 1);
  });

  for (const [name, text] of [
    ['NUL and lone surrogates', '\u0000\uD800"\uDC00 said \uDBFF.\u0000'],
    ['CR-only and mixed line endings', 'Headline\r\rSource: X| 2019-07-29 21:08:49|Editor: Y\r\n\rTOKYO, July 29 (Xinhua) -- "Yes," he said.\n\r\n"No."'],
    ['right-to-left text with marks', '\u202Eשלום "עולם," אמר דני.\n\n«مرحبا» قال أحمد، Monday.'],
    ['emoji and flags', '👩‍👩‍👧 "🇯🇵 Tokyo 😀," said Ana Ruiz 🎉 on Monday.'],
    ['runs of mixed quote marks', '"“”«»„\'‘’'.repeat(40)],
    ['front-matter fragments', '---\n---\n---\ndate: [\n...\n---'],
    ['unclosed front matter', '---\ntitle: x\n\nBody "quote," she said.'],
    ['dateline and metadata look-alikes only', 'Source:\n\nSociety | Sep 00\n\nTOKYO -- \n\nMay 99 (X) - '],
    ['a metadata line with an impossible date', 'Title\nPublished: 2019-13-45 | 2019-02-30\n\nIt happened the same day, late last week.'],
  ] as const) {
    it(`stays well-formed on ${name}`, () => {
      wellFormed(text);
      wellFormed(text, { publicationDate: '2019-07-29' });
    });
  }
});
