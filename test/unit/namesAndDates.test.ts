/**
 * A name mention never overlaps a date expression (analysis/namesAndDates.ts): month
 * and weekday names that are also names (May, June, August, Monday…) stay dates in
 * dates, from the registry, the gazetteer or the tagger alike. The property over the
 * generators lives in properties.test.ts; these are the shapes reporters met.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle, type ArticleAnalysis } from '../../server/src/analysis';
import { buildRegistry, parseRegistry } from '../../server/src/analysis/registry';
import { datesClearOfNames, namesClearOfDates } from '../../server/src/analysis/namesAndDates';

const REGISTRY = buildRegistry([
  parseRegistry(`entities:
  - id: ellen-may
    name: Ellen May
    type: person
    aliases: [May, Councillor May]
  - id: june-sato
    name: June Sato
    type: person
    aliases: [June]
  - id: august-wilson
    name: August Wilson
    type: person
    aliases: [August]
  - id: friday-okoro
    name: Friday Okoro
    type: person
    aliases: [Friday]
`),
]);

function overlaps(r: ArticleAnalysis): string[] {
  return r.entities.flatMap((e) => r.dates.filter((d) => d.start < e.end && e.start < d.end).map((d) => `${e.text} × ${d.text}`));
}

const names = (r: ArticleAnalysis, id: string) => r.entities.filter((e) => e.entityId === id).map((e) => e.text);
const dates = (r: ArticleAnalysis) => r.dates.map((d) => d.text);

describe('names never overlap dates', () => {
  it('the month "May" in dates is not councillor May, whose real mentions stay', () => {
    const text =
      'Council backs tram line\n\nPublished 4 May 2024\n\nCouncillor Ellen May said the line would open on 19 May. "It is a good day," May said. May 3 was the vote.\n';
    const r = analyzeArticle(text, { registry: REGISTRY, publicationDate: '2024-05-04' });
    assert.deepEqual(overlaps(r), []);
    assert.deepEqual(names(r, 'ellen-may'), ['Ellen May', 'May']);
    assert.ok(dates(r).includes('19 May') && dates(r).includes('May 3'), dates(r).join(' | '));
  });

  it('June and August as months are dates, as names they stay names', () => {
    const text = 'Headline here\n\nSales rose in June and August, June Sato said. August Wilson agreed in late June.\n';
    const r = analyzeArticle(text, { registry: REGISTRY, publicationDate: '2024-09-10' });
    assert.deepEqual(overlaps(r), []);
    assert.deepEqual(names(r, 'june-sato'), ['June Sato']);
    assert.deepEqual(names(r, 'august-wilson'), ['August Wilson']);
    assert.ok(dates(r).includes('late June'), dates(r).join(' | '));
  });

  it('a weekday-like name alias is not taken from "on Friday"', () => {
    const text = 'Headline here\n\nThe strike began on Friday, Friday Okoro told reporters.\n';
    const r = analyzeArticle(text, { registry: REGISTRY, publicationDate: '2024-09-10' });
    assert.deepEqual(overlaps(r), []);
    assert.deepEqual(names(r, 'friday-okoro'), ['Friday Okoro']);
    assert.deepEqual(dates(r), ['Friday']);
  });

  it("without a registry the tagger's names keep clear of dates too, and the Outline counts only real mentions", () => {
    const text = 'Headline here\n\nTheresa May spoke on 2 May 2019. May said on Monday that May 2019 was hard.\n';
    const r = analyzeArticle(text, { publicationDate: '2019-05-08' });
    assert.deepEqual(overlaps(r), []);
    assert.ok(r.dates.some((d) => d.text.includes('2 May 2019')));
  });

  it('a longer name keeps a date inside it ("The Sunday Times")', () => {
    const kept = namesClearOfDates([{ start: 4, end: 16 }], [{ start: 4, end: 10 }]);
    assert.deepEqual(kept, [{ start: 4, end: 16 }]);
    assert.deepEqual(datesClearOfNames([{ start: 4, end: 10 }], kept), []);
  });

  it('a name inside or across a date, or of the same span, gives way to it', () => {
    const datesList = [
      { start: 10, end: 20 },
      { start: 30, end: 35 },
    ];
    assert.deepEqual(
      namesClearOfDates(
        [
          { start: 12, end: 15 },
          { start: 18, end: 25 },
          { start: 30, end: 35 },
          { start: 40, end: 45 },
        ],
        datesList,
      ),
      [{ start: 40, end: 45 }],
    );
    assert.deepEqual(datesClearOfNames(datesList, [{ start: 40, end: 45 }]), datesList);
  });

  it('the workspace index (dates left out) counts the same names as the editor', () => {
    const text = 'Council backs tram line\n\nCouncillor Ellen May said the line would open on 19 May. "It is a good day," May said.\n';
    const editor = analyzeArticle(text, { registry: REGISTRY, publicationDate: '2024-05-04' });
    const index = analyzeArticle(text, { registry: REGISTRY, publicationDate: '2024-05-04', dates: false });
    assert.deepEqual(index.entities, editor.entities);
    assert.deepEqual(index.dates, []);
  });
});
