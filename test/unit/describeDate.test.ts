/**
 * TIMEX3 values in plain words (analysis/dates/describe.ts): what the inlay hints and
 * the date card show a reporter, never a week code or a `T` time code.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { describeDate, isResolved } from '../../server/src/analysis/dates/describe';

/** What a reader must never see in a hint: the codes of TIMEX3. */
const CODE = /XXXX|-W\d|-WXX|\dT|T\d{2}:|T(?:MO|AF|EV|NI|DT)\b/;

describe('describeDate in English', () => {
  const cases: [string, string | undefined, string][] = [
    ['2024-05-02', undefined, 'Thu 2 May 2024'],
    ['2024-05-02TEV', undefined, 'Thu 2 May 2024, evening'],
    ['2024-05-02T18:00', undefined, 'Thu 2 May 2024, 18:00'],
    ['2024-05-02T12:00', undefined, 'Thu 2 May 2024, noon'],
    ['2019-W30', 'END', 'end of week 30, 2019'],
    ['2019-W30-WE', undefined, 'weekend of week 30, 2019'],
    ['2019-W30-1', undefined, 'Mon 22 July 2019'],
    ['XXXX-09', undefined, 'September (year unknown)'],
    ['XXXX-05-19', undefined, '19 May (year unknown)'],
    ['XXXX-WXX', undefined, 'a week (date unknown)'],
    ['XXXX-WXX-WE', undefined, 'a weekend (date unknown)'],
    ['XXXX-WXX-4', undefined, 'a Thursday (date unknown)'],
    ['XXXX-WXX-4TEV', undefined, 'a Thursday evening (date unknown)'],
    ['XXXX-WXX-4T18:00', undefined, 'a Thursday, 18:00 (date unknown)'],
    ['XXXX-XX-XXT18:00', undefined, '18:00 (day unknown)'],
    ['2024-05', 'START', 'start of May 2024'],
    ['2019-Q3', undefined, 'third quarter of 2019'],
    ['2019-H1', undefined, 'first half of 2019'],
    ['2019-SU', undefined, 'summer 2019'],
    ['2019', 'APPROX', 'about 2019'],
    ['201', undefined, 'the 2010s'],
    ['PRESENT_REF', undefined, 'now'],
    ['P3D', undefined, '3 days'],
    ['P1Y', undefined, '1 year'],
    ['PT2H', undefined, '2 hours'],
    ['PXY', undefined, 'years'],
  ];
  for (const [value, mod, words] of cases) {
    it(`${value}${mod ? ` (${mod})` : ''} → "${words}"`, () => {
      assert.equal(describeDate(value, mod as never), words);
    });
  }

  it('says null for what it cannot read, and never invents a day', () => {
    for (const value of ['', 'garbage', '2019-13', '2019-02-30', 'XXXX-13-01', '2024-05-02T99:00']) assert.equal(describeDate(value), null, value);
  });

  it('knows which values are resolved: no X left in them', () => {
    assert.ok(isResolved('2024-05-02TEV') && isResolved('2019-W30') && isResolved('2019'));
    for (const value of ['XXXX-05-19', 'XXXX-WXX-4TEV', 'XXXX-XX-XXT18:00', '2019-WXX', 'PRESENT_REF', 'P3D']) assert.ok(!isResolved(value), value);
  });
});

describe('describeDate follows the display language', () => {
  it('uses Intl for calendar names in another language, and US English order for en-US', () => {
    const de = describeDate('2024-05-02', undefined, 'de');
    assert.ok(de && /Mai/.test(de) && /2024/.test(de), String(de));
    const us = describeDate('2024-05-02', undefined, 'en-US');
    assert.ok(us && /May 2/.test(us), String(us));
    assert.equal(describeDate('XXXX-09', undefined, 'fr'), 'septembre (year unknown)');
  });

  it('falls back to English for a tag it does not know or cannot parse', () => {
    assert.equal(describeDate('2024-05-02', undefined, 'en-GB'), 'Thu 2 May 2024');
    assert.equal(describeDate('2024-05-02', undefined, 'not a locale!'), 'Thu 2 May 2024');
  });
});

describe('every resolved date of an article reads without TIMEX3 codes', () => {
  it('on a text with weekdays, parts of day, weeks and clock times', () => {
    const text =
      'Headline\n\nThe council met on Thursday evening and voted at 6pm. Sales fell late last week and in the second quarter. On Monday morning, at 9 a.m., the mayor spoke. It ends next month.\n';
    const r = analyzeArticle(text, { publicationDate: '2024-05-04' });
    const resolved = r.dates.filter((d) => isResolved(d.value));
    assert.ok(resolved.length >= 5, JSON.stringify(r.dates.map((d) => d.value)));
    for (const d of resolved) {
      const words = describeDate(d.value, d.mod);
      assert.ok(words && !CODE.test(words), `${d.text} → ${d.value} → ${words}`);
    }
  });
});
