/**
 * The checked list of what the whole core must find in the two seed articles
 * (read from ../shared/seeds, never copied): dates with their values, quotes with
 * their speakers, the publication dates, and registered names linked everywhere.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { analyzeArticle, buildRegistry, parseRegistry, type ArticleAnalysis } from '../../server/src/analysis';
import { SEEDS, seedsMissing } from '../support/paths';
import { SEED_REGISTRY } from '../support/registryFixture';

const registry = buildRegistry([parseRegistry(SEED_REGISTRY)]);

describe('seed articles through the whole core', { skip: seedsMissing() }, () => {
  let xinhua: { text: string; analysis: ArticleAnalysis };
  let japanTimes: { text: string; analysis: ArticleAnalysis };
  before(() => {
    const load = (path: string) => {
      const text = readFileSync(path, 'utf8');
      return { text, analysis: analyzeArticle(text, { registry }) };
    };
    xinhua = load(SEEDS.xinhua);
    japanTimes = load(SEEDS.japanTimes);
  });

  const date = (a: ArticleAnalysis, text: string) => a.dates.find((d) => d.text === text);

  it("resolves the first seed's dates against 2019-07-29", () => {
    const a = xinhua.analysis;
    assert.equal(a.publicationDate.value, '2019-07-29');
    assert.equal(date(a, 'Monday')?.value, '2019-07-29');
    assert.equal(date(a, 'Aug. 24')?.value, '2019-08-24');
    assert.deepEqual([date(a, 'early next month')?.value, date(a, 'early next month')?.mod], ['2019-08', 'START']);
    assert.deepEqual([date(a, 'late last week')?.value, date(a, 'late last week')?.mod], ['2019-W30', 'END']);
    assert.equal(date(a, 'November 2016')?.value, '2016-11');
    assert.deepEqual([date(a, 'each year')?.value, date(a, 'each year')?.dateType], ['P1Y', 'set']);
    assert.equal(date(a, '2004')?.value, '2004');
    assert.equal(date(a, 'Aug. 2')?.value, '2019-08-02');
  });

  it("finds the first seed's quotes and their speakers", () => {
    const quotes = xinhua.analysis.quotes;
    assert.ok(quotes[0].text.startsWith('"It is important'));
    assert.equal(quotes[0].speaker?.text, 'Yoshihide Suga');
    assert.equal(quotes[0].speaker?.entityId, 'yoshihide-suga');
    const spokesperson = quotes.find((q) => q.text.startsWith('"We have automatically renewed'));
    assert.equal(spokesperson?.speaker?.entityId, 'yoshihide-suga', 'the role "top government spokesperson" names Suga');
    assert.ok(!quotes.some((q) => q.text.includes('white list')), '"white list" is a scare quote, not a quotation');
    assert.ok(quotes.every((q) => q.end <= xinhua.analysis.structure.boilerplate!.start));
  });

  it("reads the second seed's year-less dateline and its quotes", () => {
    const a = japanTimes.analysis;
    assert.equal(a.publicationDate.value, 'XXXX-09-07');
    assert.ok(a.notices.some((n) => n.code === 'unknown-year'));
    const dimensions = a.quotes.find((q) => q.text.includes('completely different dimensions'));
    assert.equal(dimensions?.speaker?.entityId, 'yoshihide-suga');
    const official = a.quotes.find((q) => q.text.includes('We cannot condone'));
    assert.equal(official?.speaker?.text, 'a Japanese government official');
    assert.equal(official?.speaker?.entityId, null);
  });

  it('links every mention of a registered entity', () => {
    for (const { text, analysis } of [xinhua, japanTimes]) {
      for (const [id, surfaces] of Object.entries({
        'yoshihide-suga': ['Yoshihide Suga', 'Suga'],
        gsomia: ['GSOMIA'],
        'south-korea': ['South Korea'],
        japan: ['Japan'],
      })) {
        for (const surface of surfaces) {
          const body = text.slice(0, analysis.structure.boilerplate?.start ?? text.length);
          const re = new RegExp(`\\b${surface}\\b(?!ese)`, 'g');
          for (const m of body.matchAll(re)) {
            if (
              analysis.structure.paragraphs.every((p) => m.index! < p.start || m.index! >= p.end) &&
              !(analysis.structure.headline && m.index! < analysis.structure.headline.end && m.index! >= analysis.structure.headline.start)
            )
              continue;
            const mention = analysis.entities.find((e) => e.start <= m.index! && m.index! < e.end);
            assert.equal(mention?.entityId, id, `"${surface}" at ${m.index} links to ${id}`);
          }
        }
      }
    }
  });

  it('keeps titles out of names and finds names no list knows', () => {
    const names = japanTimes.analysis.entities.map((e) => e.text);
    for (const name of ['Kenji Kanasugi', 'Kim Jung Han', 'Lee Nak-yeon']) assert.ok(names.includes(name), name);
    const suga = xinhua.analysis.entities.find((e) => e.text === 'Yoshihide Suga');
    assert.equal(suga?.role, 'Chief Cabinet Secretary');
    const abe = xinhua.analysis.entities.find((e) => e.text === 'Shinzo Abe');
    assert.equal(abe?.role, 'Prime Minister');
  });
});
