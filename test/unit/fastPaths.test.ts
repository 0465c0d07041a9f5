/**
 * The speed shortcuts of the entity, quote and layout passes give exactly what the
 * plain rules they replace give: each test keeps the plain rule (a regular
 * expression, a string split, a trim) as the reference and compares on generated
 * articles and on random text with the awkward characters (lone surrogates, astral
 * letters, curly apostrophes, CR-only line breaks, Unicode spaces).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { NAME_TOKEN_PATTERN, nameTokens, type NameToken } from '../../server/src/analysis/registry/nameTokens';
import { NameMatcher } from '../../server/src/analysis/registry/matcher';
import { findGazetteerNames } from '../../server/src/analysis/gazetteer';
import gazetteerData from '../../server/src/analysis/gazetteer/data.json';
import { generateArticle } from '../../bench/generate';
import { splitLines } from '../../server/src/analysis/lines';
import { isBoilerplateMarker } from '../../server/src/analysis/boilerplate';
import { slugify } from '../../server/src/analysis/slug';
import { tokenize } from '../../server/src/analysis/quotes/tokens';
import { tokenizeByRegex } from '../support/reference/quoteTokens';
import { findEveryToken } from '../support/reference/nameMatches';
import { nameKeyOf } from '../../server/src/analysis/entities/nameKey';
import { CORPORATE_SUFFIXES } from '../../server/src/analysis/entities/acronyms';
import { findEntities } from '../../server/src/analysis/entities';
import { EMPTY_REGISTRY } from '../../server/src/analysis/registry';
import type { EntityType } from '../../server/src/analysis/types';

/** The regex tokenizer nameTokens replaced. */
function regexNameTokens(text: string, from = 0, to = text.length): NameToken[] {
  const re = new RegExp(NAME_TOKEN_PATTERN.source, 'gu');
  re.lastIndex = from;
  const slice = text.slice(0, to);
  const tokens: NameToken[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const key = m[0] === '’' || m[0] === '‘' || m[0] === 'ʼ' ? "'" : m[0];
    tokens.push({ start: m.index, end: m.index + m[0].length, key });
  }
  return tokens;
}

/** The line splitter splitLines replaced: one character at a time. */
function charLines(text: string, from = 0, to = text.length): { start: number; end: number; text: string }[] {
  const lines = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (ch === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < to) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: to, text: text.slice(start, to) });
  return lines;
}

const PIECES = [
  'Ana',
  'RUIZ',
  'U.S.',
  'New York',
  'NEW YORK',
  'the',
  'O’Neill',
  'ʼ',
  '‘',
  'Kim-Jong',
  'Suga-led',
  'Élodie',
  '𝐀𝐁',
  '\ud800',
  '\udc00',
  '😀',
  ' ',
  '\u00a0',
  '\u2028',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '.',
  ',',
  '-',
  '"',
  '“',
  '”',
  'Inc.',
  'So-called',
  '42',
  'x',
  '\u0301',
];
const awkwardText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.string({ unit: 'grapheme', maxLength: 2 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
/** Two article-shaped texts from a fixed word list (a small congruential generator, so the tests are repeatable). */
const articles = [3, 11].map((seed) => {
  const words = [
    'President',
    'Ana',
    'Ruiz',
    'said',
    'the',
    'U.S.',
    'and',
    'NEW',
    'YORK',
    'Bank',
    'of',
    'Japan',
    'Kim-Jong',
    'Suga-led',
    '“Yes,”',
    'he',
    'told',
    'reporters.',
    'Inc.',
    'O’Neill’s',
  ];
  const seps = [' ', ' ', ' ', ', ', '\n\n', '\r\n', ' — '];
  let state = seed;
  const next = (n: number) => (state = (state * 1103515245 + 12345) % 2147483648) % n;
  let text = '';
  for (let i = 0; i < 3000; i++) text += words[next(words.length)] + seps[next(seps.length)];
  return text;
});

/** The regex chain nameKeyOf replaced, and the word-count rule that told a suffixed name. */
function regexNameKey(name: string, type: EntityType): { key: string; suffixed: boolean } {
  let key = name
    .replace(/[‘’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/'s?$/, '')
    .toLowerCase();
  if (type !== 'person') {
    const words = key.split(' ');
    while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1].replace(/,$/, ''))) words.pop();
    key = words.join(' ').replace(/,$/, '');
  }
  return { key, suffixed: key.split(' ').length < name.trim().split(/\s+/).length };
}

const CORPORATE = ['Inc.', 'Co', 'co.', 'Corp', 'Group', 'PLC', 'plc,', 'S.A.', 'Holdings', 'Ltd.,', 'company'];

describe('fast paths match the rules they replace', () => {
  it('nameKeyOf (plain-name scan, lastIndexOf suffix walk) equals the regex chain', () => {
    const types: EntityType[] = ['person', 'organization', 'place', 'other'];
    for (const name of [
      'Samsung Electronics Co.',
      "Ruiz's",
      'Ruiz’s',
      "RUIZ'S",
      "Jones'",
      'Apple Inc.',
      'Apple, Inc.',
      'Group',
      ' Group  PLC ',
      'x  Inc',
      "Foo 's",
      'Inc Inc',
      ',',
      '',
      ' ',
      'Acme Co,',
      'A\u00a0Inc.',
      'O`Neill Ltd',
    ]) {
      for (const type of types) assert.deepEqual(nameKeyOf(name, type), regexNameKey(name, type), `${name} as ${type}`);
    }
    const nameLike = fc
      .array(fc.oneof(awkwardText, fc.constantFrom(...CORPORATE, "'s", "'", '’s', ',', ' ', '  ', 'Ana', 'A.')), { maxLength: 8 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(nameLike, awkwardText, fc.string({ unit: 'binary-ascii' })), fc.constantFrom(...types), (name, type) =>
        assert.deepEqual(nameKeyOf(name, type), regexNameKey(name, type)),
      ),
      { numRuns: 3000 },
    );
    // Every mention the entity layer finds in generated articles.
    for (const text of [generateArticle(5, 3000), generateArticle(23, 1500), ...articles]) {
      for (const m of findEntities(text, [{ start: 0, end: text.length }], EMPTY_REGISTRY))
        assert.deepEqual(nameKeyOf(m.text, m.type), regexNameKey(m.text, m.type), m.text);
    }
  });

  it('tokenize (ASCII scan, regex for the rest) finds the matches of the token regex', () => {
    const check = (text: string, from: number, to: number) => assert.deepEqual(tokenize(text, from, to), tokenizeByRegex(text, from, to));
    for (const text of [...articles, generateArticle(5, 2000)])
      for (let from = 0; from < text.length; from += 1499) check(text, from, Math.min(text.length, from + 2000));
    for (const text of [
      'U.S.A. and A.B',
      'A.B.',
      'A.B.c',
      'I.e. x',
      'e.g.',
      'a.b.c.',
      "rock'n'roll",
      'co-op-',
      'AT&T.',
      '#tag$5%',
      '@x.y',
      'U.É.',
      'a’b',
      'x.\u00e9',
      'É.',
      'A.\ud835\udc00.',
      '3.5.',
      '.-.',
      "x'",
      'x\u00a0y',
      'A.B.\u00a0C.',
      'don’t',
      'x’',
      'x’é',
      '’twas',
      '“Yes,” he said.',
      'a—b…c',
    ])
      check(text, 0, text.length);
    const tokenText = fc
      .array(
        fc.oneof(
          awkwardText,
          fc.constantFrom(
            'A.',
            'B.',
            'U.S.',
            'a.b',
            "O'",
            '-',
            '&',
            '.',
            '’',
            '#',
            '$',
            '%',
            '@',
            'É',
            'é',
            '\u00a0',
            '5',
            'x',
            '—',
            '–',
            '…',
            '«',
            '»',
            '„',
            '’s',
            'n’t',
            '‘',
          ),
        ),
        { maxLength: 20 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(tokenText, fc.nat(), fc.nat(), (text, a, b) => {
        const to = b % (text.length + 1);
        const from = Math.min(to, a % (text.length + 1));
        check(text, from, to);
      }),
      { numRuns: 3000 },
    );
  });

  it('nameTokens (character-class scan) equals the token regex', () => {
    for (const text of articles) assert.deepEqual(nameTokens(text), regexNameTokens(text));
    fc.assert(
      fc.property(awkwardText, fc.nat(), fc.nat(), (text, a, b) => {
        const to = text.length === 0 ? 0 : b % (text.length + 1);
        const from = Math.min(to, a % (text.length + 1));
        // Ranges that start inside a surrogate pair are never asked for (spans start at words).
        if (from > 0 && /[\ud800-\udbff]/.test(text[from - 1]) && /[\udc00-\udfff]/.test(text[from])) return;
        assert.deepEqual(nameTokens(text, from, to), regexNameTokens(text, from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it('the matcher reading a span in place equals reading the span cut out and shifted', () => {
    const matcher = new NameMatcher();
    for (const name of ['Ana Ruiz', 'New York', 'United States', 'U.S.', 'Kim', 'Bank of Japan', "O'Neill"]) matcher.add(name, name.toLowerCase());
    const check = (text: string, from: number, to: number) => {
      for (const find of [(t: string, f?: number, e?: number) => matcher.find(t, f, e), findGazetteerNames]) {
        const shifted = find(text.slice(from, to)).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
        assert.deepEqual(find(text, from, to), shifted);
      }
    };
    for (const text of articles) for (let from = 0; from < text.length; from += 997) check(text, from, Math.min(text.length, from + 1500));
    check('SHOUTING ABOUT NEW YORK AND ANA RUIZ TODAY', 0, 41);
    fc.assert(
      fc.property(awkwardText, awkwardText, awkwardText, (a, b, c) => check(a + b + c, a.length, a.length + b.length)),
      { numRuns: 1000 },
    );
  });

  it('find (skipping tokens no name can start with) equals reading every token', () => {
    // The plain reading lives under test/support/reference/, not in the shipped matcher (issue 14).
    assert.equal('findEveryToken' in NameMatcher.prototype, false);
    const gazetteer = new NameMatcher();
    for (const entry of gazetteerData) for (const surface of [entry.name, ...entry.aliases]) gazetteer.add(surface, entry.id);
    // Names that start lower-case, with punctuation, a digit, a non-ASCII letter or capitals, so every row of the start table is used.
    const odd = new NameMatcher();
    for (const name of [
      'former Yugoslavia',
      'the Hague',
      '"Quoted" Name',
      '3M',
      '#tag',
      'Élodie Roux',
      'NEW YORK',
      'x',
      "'s Gravenhage",
      'ʼAna',
      'Ana Ruiz',
      'U.S.',
      'Kim',
    ])
      odd.add(name, name);
    const texts = [
      ...articles,
      generateArticle(5, 3000),
      generateArticle(17, 1000),
      'SHOUTING ABOUT NEW YORK AND ANA RUIZ TODAY',
      'THE FORMER YUGOSLAVIA, 3M AND #TAG; ’S GRAVENHAGE',
    ];
    for (const matcher of [gazetteer, odd]) {
      for (const text of texts) assert.deepEqual(matcher.find(text), findEveryToken(matcher, text));
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              awkwardText,
              fc.constantFrom(
                'former Yugoslavia',
                'THE HAGUE',
                'the Hague',
                '3M',
                'Élodie',
                'ÉLODIE ROUX',
                'United States',
                'UNITED STATES OF AMERICA',
                'Japan-led',
                'Kim-Jong',
              ),
            ),
            { maxLength: 12 },
          ),
          fc.nat(),
          (parts, a) => {
            const text = parts.join(' ');
            const from = a % (text.length + 1);
            if (from > 0 && /[\ud800-\udbff]/.test(text[from - 1]) && /[\udc00-\udfff]/.test(text[from])) return;
            assert.deepEqual(matcher.find(text, from), findEveryToken(matcher, text, from));
          },
        ),
        { numRuns: 1500 },
      );
    }
  });

  it('an empty matcher finds nothing, as the trie walk would', () => {
    assert.deepEqual(new NameMatcher().find(articles[0]), []);
  });

  it('splitLines (indexOf jumps) equals the character loop', () => {
    for (const text of articles) assert.deepEqual(splitLines(text), charLines(text));
    fc.assert(
      fc.property(awkwardText, fc.nat(), (text, a) => {
        const from = a % (text.length + 1);
        assert.deepEqual(splitLines(text, from), charLines(text, from));
      }),
      { numRuns: 2000 },
    );
  });

  it('isBoilerplateMarker skips long lines only when trimming could not shorten them', () => {
    assert.equal(isBoilerplateMarker(`  TOP STORIES${' '.repeat(60)}`), true);
    assert.equal(isBoilerplateMarker('TOP STORIES'), true);
    assert.equal(isBoilerplateMarker('x'.repeat(61)), false);
  });

  it('slugify (ASCII in one pass) equals the general rule', () => {
    const general = (name: string) =>
      name
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/['’]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'entity';
    for (const name of ["O'Neill", 'Yoshihide Suga', '--A  b--', "'", '', 'U.S.', 'Élodie', 'Samsung Electronics Co.'])
      assert.equal(slugify(name), general(name), name);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary-ascii' }), awkwardText), (name) => assert.equal(slugify(name), general(name))),
      { numRuns: 2000 },
    );
  });

  it('the quote tokenizer keeps its lower-case and word rules', () => {
    const tokens = tokenize('Mr. Ruiz’s U.S. #tag $5 É. ’twas said.', 0, 38);
    assert.deepEqual(
      tokens.map((t) => [t.text, t.lower, t.isWord]),
      [
        ['Mr.', 'mr', true],
        ['Ruiz’s', "ruiz's", true],
        ['U.S.', 'u.s', true],
        ['#tag', '#tag', true],
        ['$5', '$5', true],
        ['É.', 'é', true],
        ['’', "'", false],
        ['twas', 'twas', true],
        ['said', 'said', true],
        ['.', '', false],
      ],
    );
  });
});
