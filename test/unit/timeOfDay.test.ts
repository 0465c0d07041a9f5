/**
 * A clock time after a day expression in the same sentence or clause belongs to
 * that day (analysis/dates/timeOfDay.ts), not to the publication day.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findDates } from '../../server/src/analysis/dates';

const valuesOf = (text: string, publicationDate: string | null) =>
  Object.fromEntries(findDates(text, [{ start: 0, end: text.length }], publicationDate).map((d) => [d.text, d.value]));

describe('a time of day attaches to the day named before it', () => {
  it('"Thursday evening … at 6pm" is that Thursday at 18:00', () => {
    // 2024-05-04 is a Saturday; the Thursday before is 2 May.
    const v = valuesOf('The council met on Thursday evening and voted at 6pm.', '2024-05-04');
    assert.equal(v['Thursday evening'], '2024-05-02TEV');
    assert.equal(v['6pm'], '2024-05-02T18:00');
  });

  it('also after a calendar date, and after "yesterday"', () => {
    assert.equal(valuesOf('The vote was on May 1, and it closed at noon.', '2024-05-04')['noon'], '2024-05-01T12:00');
    assert.equal(valuesOf('Police said the fire began yesterday, shortly after 9 p.m.', '2024-05-04')['shortly after 9 p.m.'], '2024-05-03T21:00');
  });

  it('without a publication date it keeps the weekday, still no publication day', () => {
    assert.equal(valuesOf('The council met on Thursday evening and voted at 6pm.', null)['6pm'], 'XXXX-WXX-4T18:00');
  });

  it('a new sentence or clause breaks the link: the time is on the publication day', () => {
    assert.equal(valuesOf('The council met on Thursday. Voting starts at 6pm.', '2024-05-04')['6pm'], '2024-05-04T18:00');
    assert.equal(valuesOf('The council met on Thursday; voting starts at 6pm.', '2024-05-04')['6pm'], '2024-05-04T18:00');
  });

  it('a day written next to the time still wins', () => {
    assert.equal(valuesOf('The council met on Thursday and votes at 6pm Friday.', '2024-05-04')['6pm Friday'], '2024-05-03T18:00');
  });
});
