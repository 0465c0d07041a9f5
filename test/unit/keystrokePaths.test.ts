/**
 * The shortcuts of the keystroke path give what the plain code they replace gives, and
 * the semantic-token encoding stays linear: operations are counted (reads of the
 * analysis' spans), never timed.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisMemo, analyzeArticle, type ArticleAnalysis } from '../../server/src/analysis';
import { findDates, mayReadWindow } from '../../server/src/analysis/dates';
import { roleBefore } from '../../server/src/analysis/entities/roles';
import { isTitleWord } from '../../server/src/analysis/entities/titles';
import { collectTokens, semanticTokens } from '../../server/src/features/semanticTokens';
import { LinkReuse, linkSignature } from '../../server/src/analysis/entities/linkReuse';

/** roleBefore as it was: the expression on every mention. */
function plainRoleBefore(text: string, start: number): string | undefined {
  const m = /((?:[\p{Lu}][\p{L}.'’-]*\s+){1,5})$/u.exec(text.slice(Math.max(0, start - 80), start));
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  let first = words.length;
  while (first > 0 && isTitleWord(words[first - 1])) first--;
  return first < words.length ? words.slice(first).join(' ') : undefined;
}

const PIECES = [
  'Prime ',
  'Minister ',
  'President ',
  'said ',
  'the ',
  'Dr. ',
  'Mr ',
  'chief ',
  'Chief ',
  'Executive ',
  'O’Neill ',
  "d'Arc ",
  '-',
  '.',
  ' ',
  '\n',
  '\u00a0',
  '\u2003',
  'É',
  'é',
  '𝐀',
  '𝐚',
  '\ud800',
  'x',
  'Ana',
  ',',
  '"',
  'Gen.',
  'Secretary-General ',
];

describe('keystroke path shortcuts', () => {
  it('roleBefore skips the expression only where it cannot match', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), (pieces, k) => {
        const text = pieces.join('') + 'Ana Ruiz';
        const start = pieces.join('').length - (k % 3 === 0 ? 0 : Math.min(k % 7, pieces.join('').length));
        assert.equal(roleBefore(text, start), plainRoleBefore(text, start));
      }),
      { numRuns: 3000, seed: 7 },
    );
    assert.equal(roleBefore('said Prime Minister Ana Ruiz', 20), 'Prime Minister');
  });

  it('dates are memoized without the paragraphs before them only where no rule reads those', () => {
    const WORDS = [
      'the 1989 period',
      'the comparable period',
      'a year ago',
      'one year earlier',
      'the quarter',
      'the year-ago period',
      'year-earlier',
      'a year from now',
      'The',
      'quarter',
      'third',
      'first',
      'period',
      'a',
      'year',
      'ago',
      'earlier',
      'later',
      'now',
      'from',
      'two',
      'years',
      'Monday',
      'sales',
      'rose',
      'in',
      'the',
      '1989',
      'Chicago',
      'March',
      '3',
      ',',
      '.',
    ];
    const contexts = [
      'Profit rose in the third quarter of 1989.',
      'Sales fell in the first quarter.',
      'Nothing happened.',
      'The second-quarter results came in the period.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }), (words) => {
        const paragraph = words.join(' ');
        const datesAfter = (context: string) => {
          const text = `${context}\n\n${paragraph}`;
          const start = context.length + 2;
          const dates = findDates(
            text,
            [
              { start: 0, end: context.length },
              { start, end: text.length },
            ],
            '1990-03-15',
          );
          return JSON.stringify(dates.filter((d) => d.start >= start).map((d) => ({ ...d, start: d.start - start, end: d.end - start })));
        };
        const readings = new Set(contexts.map(datesAfter));
        // Where the key leaves the window out, the paragraph's dates may not depend on it.
        if (!mayReadWindow(paragraph)) assert.equal(readings.size, 1, paragraph);
      }),
      { numRuns: 600, seed: 3 },
    );
    // And where they do, an edit before the paragraph reaches it through the memo.
    const memo = new AnalysisMemo();
    const before = 'Profit rose in the third quarter, the company said on March 3, 1990.\n\nSales in the quarter fell.\n';
    analyzeArticle(before, { memo, publicationDate: '1990-03-15' });
    const after = before.replace('third', 'first');
    assert.deepEqual(analyzeArticle(after, { memo, publicationDate: '1990-03-15' }), analyzeArticle(after, { publicationDate: '1990-03-15' }));
    assert.notDeepEqual(analyzeArticle(after, { publicationDate: '1990-03-15' }).dates, analyzeArticle(before, { publicationDate: '1990-03-15' }).dates);
  });

  it("a name's memoized type and role follow an edit to the title before it", () => {
    const memo = new AnalysisMemo();
    const before = 'The talks ended late.\n\nThe deal was signed by Prime Minister Ana Ruiz on Monday.\n';
    const roleOf = (text: string, m = memo) => analyzeArticle(text, { memo: m }).entities.find((e) => e.text === 'Ana Ruiz')?.role;
    assert.equal(roleOf(before), 'Prime Minister');
    const after = before.replace('Prime Minister', 'Finance Minister');
    assert.equal(roleOf(after), roleOf(after, new AnalysisMemo()));
    assert.equal(roleOf(after), 'Finance Minister');
  });

  it('the memo finds keys asked in another order, or twice, and computes each once per analysis', () => {
    const memo = new AnalysisMemo();
    let computed = 0;
    const ask = (keys: string[]) => keys.map((k) => memo.get(k, () => (computed++, k.toUpperCase())));
    memo.begin();
    assert.deepEqual(ask(['aa', 'bb', 'cc', 'dd']), ['AA', 'BB', 'CC', 'DD']);
    memo.begin();
    // One key replaced (a keystroke), one moved, one asked twice: only the new key is computed.
    assert.deepEqual(ask(['aa', 'bx', 'dd', 'cc', 'dd']), ['AA', 'BX', 'DD', 'CC', 'DD']);
    assert.equal(computed, 5);
    assert.equal(memo.stats().misses, 1);
    const state = memo.keep('s', () => ({ n: 1 }));
    memo.begin();
    assert.equal(
      memo.keep('s', () => ({ n: 2 })),
      state,
      'kept state survives an analysis that asks for it',
    );
    memo.begin();
    memo.begin();
    assert.notEqual(
      memo.keep('s', () => ({ n: 3 })),
      state,
      'and is dropped after one that does not',
    );
  });

  it('semantic tokens read each span of the analysis a bounded number of times, however many there are', () => {
    // Counts reads of the spans' fields: the old encoding compared every name with every speaker and every
    // quote with every name, so its reads per span grew with the article.
    const readsPerSpan = (paragraphs: number) => {
      const text = Array.from({ length: paragraphs }, (_, i) => `"We will win," said Ana Ruiz${i} of Kingsferry on Monday, and "soon" too.`).join('\n\n');
      const analysis = analyzeArticle(text);
      let reads = 0;
      const counted = <T extends object>(o: T): T =>
        new Proxy(o, {
          get(target, key, receiver) {
            if (key === 'start' || key === 'end' || key === 'entityId') reads++;
            const value = Reflect.get(target, key, receiver) as unknown;
            return value && typeof value === 'object' && !Array.isArray(value) ? counted(value as object) : value;
          },
        });
      const spans = analysis.entities.length + analysis.quotes.length + analysis.dates.length;
      assert.ok(
        analysis.quotes.some((q) => q.speaker),
        'the article has attributed quotes',
      );
      const wrapped: ArticleAnalysis = {
        ...analysis,
        entities: analysis.entities.map(counted),
        quotes: analysis.quotes.map(counted),
        dates: analysis.dates.map(counted),
      };
      semanticTokens(TextDocument.create('file:///a.news', 'news', 1, text), wrapped);
      return reads / spans;
    };
    const small = readsPerSpan(50);
    const large = readsPerSpan(400);
    assert.ok(large < small * 1.5, `reads per span: ${small.toFixed(1)} at 50 paragraphs, ${large.toFixed(1)} at 400`);
  });

  it('cuts quotes around the names inside them and splits tokens at every kind of line end', () => {
    const text = '"Ana Ruiz and\r\nthe Kingsferry board\rsaid\nyes," said Ana Ruiz.';
    const analysis = analyzeArticle(text);
    const tokens = collectTokens(analysis);
    for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i - 1].end <= tokens[i].start, 'sorted and disjoint');
    const data = semanticTokens(TextDocument.create('file:///a.news', 'news', 1, text), analysis).data;
    const document = TextDocument.create('file:///a.news', 'news', 1, text);
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      const start = document.offsetAt({ line, character });
      const piece = text.slice(start, start + data[i + 2]);
      assert.ok(!/[\r\n]/.test(piece), `token ${JSON.stringify(piece)} spans no line end`);
      assert.ok(piece.length > 0);
    }
  });
});

describe("an open document's linking is reused only when nothing it reads changed", () => {
  /** The analysis of `after` with a memo that holds the analysis of `before` (what a keystroke leaves), against a fresh one. */
  const afterEdit = (before: string, after: string) => {
    const memo = new AnalysisMemo();
    analyzeArticle(before, { memo });
    return { incremental: analyzeArticle(after, { memo }), fresh: analyzeArticle(after) };
  };
  const idOf = (a: ArticleAnalysis, form: string) => a.entities.find((m) => m.text === form)?.entityId;

  it('parentheses typed for brackets around an acronym make it the long form: the mentions are the same, their links are not', () => {
    // The letters are no initials of the long form: only the parentheses make it its acronym.
    const before = 'The Korea Security Pact [KSOMIA] expires in November. Officials said KSOMIA would be renewed.';
    const after = 'The Korea Security Pact (KSOMIA) expires in November. Officials said KSOMIA would be renewed.';
    const { incremental, fresh } = afterEdit(before, after);
    assert.deepEqual(incremental, fresh);
    assert.equal(idOf(fresh, 'KSOMIA'), idOf(fresh, 'Korea Security Pact'));
    assert.notEqual(idOf(analyzeArticle(before), 'KSOMIA'), idOf(analyzeArticle(before), 'Korea Security Pact'));
  });

  it('a keystroke outside every name links as a fresh analysis does', () => {
    const before = 'Kenji Kanasugi met officials in Seoul on Monday. Kanasugi said talks would go on.';
    const after = 'Kenji Kanasugi met officials in Seoul on Mondayx. Kanasugi said talks would go on.';
    const { incremental, fresh } = afterEdit(before, after);
    assert.deepEqual(incremental, fresh);
    assert.equal(idOf(fresh, 'Kanasugi'), 'kenji-kanasugi');
  });

  it('copies the last links when what linking reads is the same, and only then', () => {
    const mention = (text: string, start: number) => ({
      start,
      end: start + text.length,
      text,
      type: 'person' as const,
      entityId: 'x',
      registered: false,
      source: 'tagger' as const,
    });
    const linked = [mention('Kenji Kanasugi', 0), mention('Kanasugi', 40)];
    const reuse = new LinkReuse();
    const text = ' '.repeat(60);
    const signature = linkSignature(linked, undefined, [undefined, undefined], text);
    linked.forEach((m) => (m.entityId = 'kenji-kanasugi'));
    reuse.remember(signature, linked);
    // The same names one letter further on: the same signature, and the links are copied.
    const next = [mention('Kenji Kanasugi', 0), mention('Kanasugi', 41)];
    assert.equal(linkSignature(next, undefined, [undefined, undefined], text), signature);
    assert.equal(reuse.reuse(signature, next), true);
    assert.deepEqual(
      next.map((m) => m.entityId),
      ['kenji-kanasugi', 'kenji-kanasugi'],
    );
    // Another name, or the same names with an acronym relation between them: another signature, nothing copied.
    const other = [mention('Kenji Kanasugi', 0), mention('Kanazawa', 40)];
    assert.equal(reuse.reuse(linkSignature(other, undefined, [undefined, undefined], text), other), false);
    assert.notEqual(linkSignature(next, undefined, [undefined, 0], text), signature);
    // A place with "in" typed before it: another signature (linking keeps a place one is "in" apart from a club of its name).
    // A known city named both as a place and as an organization: a score typed anywhere makes the article about games.
    const both = [
      { ...mention('Milan', 0), type: 'place' as const },
      { ...mention('Milan', 20), type: 'organization' as const },
    ];
    assert.notEqual(
      linkSignature(both, undefined, [undefined, undefined], 'Milan mourned. The Milan attack.'),
      linkSignature(both, undefined, [undefined, undefined], 'Milan mourned. The Milan attack. 2-1'),
    );
    const milwaukee = [{ ...mention('Milwaukee', 10), type: 'place' as const }];
    assert.notEqual(
      linkSignature(milwaukee, undefined, [undefined], 'A team of Milwaukee'),
      linkSignature(milwaukee, undefined, [undefined], 'Played in Milwaukee'),
    );
  });
});
