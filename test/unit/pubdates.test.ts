/**
 * Publication dates the way news sites print them (issue 13): bylines and stamps at
 * the top, datelines with several places or a country, and the year of a year-less
 * dateline from the article's own evidence. Every article here was written for these
 * tests, in the house styles of wire services, broadsheets, tabloids, regional papers,
 * business and sports desks.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { readStructure } from '../../server/src/analysis/structure';
import { readPublicationDate } from '../../server/src/analysis/publicationDate';
import { matchDateline } from '../../server/src/analysis/dateline';
import { findLooseDates, impossibleIsoDate } from '../../server/src/analysis/looseDate';
import { isCalendarDay } from '../../server/src/analysis/dates/calendar';
import { readStampLine } from '../../server/src/analysis/stamps';
import { namedYears, yearFromEvidence } from '../../server/src/analysis/yearEvidence';

const pub = (text: string) => analyzeArticle(text).publicationDate;
const article = (...lines: string[]) => lines.join('\n');

describe('stamps and bylines at the top', () => {
  it('broadsheet: "Published 11 June 2025" under the headline', () => {
    const text = article(
      'Council approves new riverside park',
      '',
      'Published 11 June 2025',
      '',
      'The city council on Tuesday approved plans for a riverside park.',
    );
    const p = pub(text);
    assert.equal(p.value, '2025-06-11');
    assert.equal(p.source, 'metadata');
    assert.equal(text.slice(p.span!.start, p.span!.end), '11 June 2025');
    // The stamp is page furniture: the body starts after it.
    const a = analyzeArticle(text);
    assert.ok(a.dates.every((d) => d.start > p.span!.end));
  });

  it('tabloid: byline, then "Published: 14:02 GMT, 11 June 2025 | Updated: …" (published wins)', () => {
    const text = article(
      'Pensioner, 82, scoops lottery jackpot TWICE in one week',
      '',
      'By JANE DOE FOR MAILONLINE',
      '',
      'Published: 14:02 GMT, 11 June 2025 | Updated: 16:40 GMT, 12 June 2025',
      '',
      'A grandmother has won the lottery twice in seven days, she revealed yesterday.',
    );
    assert.equal(pub(text).value, '2025-06-11');
    const s = readStructure(text);
    assert.equal(s.stamps?.length, 2, 'byline and stamp are both furniture');
  });

  it('tabloid: the updated stamp printed first still loses to the published one', () => {
    const text = article(
      'Soap star quits show',
      '',
      'Updated: 09:30 BST, 13 June 2025',
      'Published: 22:10 BST, 12 June 2025',
      '',
      'The actor announced her exit on Thursday night.',
    );
    assert.equal(pub(text).value, '2025-06-12');
  });

  it('US daily: "June 11, 2025 at 9:14 a.m. EDT" on its own line', () => {
    const text = article(
      'Storm knocks out power to 40,000 homes',
      '',
      'June 11, 2025 at 9:14 a.m. EDT',
      '',
      'A line of thunderstorms knocked out power overnight, the utility said.',
    );
    assert.equal(pub(text).value, '2025-06-11');
  });

  it('regional blog: "Posted on 2025-06-11"', () => {
    const text = article('Village fete raises record sum', '', 'Posted on 2025-06-11', '', 'The annual fete raised more than £12,000 for the church roof.');
    assert.equal(pub(text).value, '2025-06-11');
  });

  it('regional: "By Jane Doe | June 11, 2025"', () => {
    const text = article(
      'Library reopens after flood repairs',
      '',
      'By Jane Doe | June 11, 2025',
      '',
      'The library reopened on Monday after six months of repairs.',
    );
    assert.equal(pub(text).value, '2025-06-11');
  });

  it('broadsheet: standfirst and byline before "First published on Wed 11 Jun 2025 09.14 BST"', () => {
    const text = article(
      'Ministers promise review of river pollution rules',
      '',
      'Water companies face higher fines after a report found that sewage spills rose by a fifth',
      '',
      'Jane Doe Environment correspondent',
      'First published on Wed 11 Jun 2025 09.14 BST',
      '',
      'Ministers have promised a review of the rules on river pollution after a report found spills rose sharply.',
    );
    const p = pub(text);
    assert.equal(p.value, '2025-06-11');
    assert.equal(text.slice(p.span!.start, p.span!.end), '11 Jun 2025');
    const body = analyzeArticle(text).structure.paragraphs.map((s) => text.slice(s.start, s.end));
    assert.ok(!body.some((b) => b.includes('First published')), 'the stamp is not story text');
  });

  it('business: a stamp in the trailing boilerplate never counts', () => {
    const text = article(
      'Chipmaker lifts profit forecast',
      '',
      'Shares in the chipmaker rose 8% after it raised its forecast for the year, the company said.',
      '',
      'RELATED NEWS',
      'Rival cuts jobs',
      'Published 2 March 2024',
    );
    assert.equal(pub(text).value, null);
  });

  it('sports: a date later in the story is not a stamp', () => {
    const text = article(
      'United sign striker on four-year deal',
      '',
      'The club confirmed the signing on Friday after a medical.',
      '',
      'He scored 14 goals last season.',
      '',
      'The new season starts on August 16, 2025.',
    );
    assert.equal(pub(text).value, null);
  });

  it('UK regional: a day-first numeric stamp under a section breadcrumb', () => {
    const text = article(
      'News | Local',
      '',
      'Care home plans approved',
      '',
      'Published: 24/06/2025 06:30 | Last updated: 24/06/2025 11:12',
      '',
      'By Ellie Marsh',
      '',
      'Plans for a care home on a former garage site have been approved.',
    );
    assert.equal(pub(text).value, '2025-06-24');
  });

  it('wire: a byline in capitals right under the headline, then an updated-only stamp', () => {
    const text = article(
      'Senate panel advances broadband bill',
      '',
      'BY TOMAS RIVERA',
      'Updated 8:40 PM EDT, April 2, 2025',
      '',
      'WASHINGTON (AP) — A Senate committee on Wednesday advanced a bill on broadband maps.',
    );
    const a = analyzeArticle(text);
    assert.equal(a.structure.headline?.text, 'Senate panel advances broadband bill');
    assert.equal(a.publicationDate.value, '2025-04-02');
  });

  it('recognises stamp lines and leaves sentences alone', () => {
    assert.ok(readStampLine('Published 11 June 2025').furniture);
    assert.ok(readStampLine('Thursday 12 June 2025 10.30 BST').furniture);
    assert.ok(readStampLine('By Jane Doe, Staff Writer').furniture);
    assert.ok(readStampLine('11 June 2025 • 5 min read').furniture);
    assert.ok(!readStampLine('The vote on June 11, 2025 was close.').furniture);
    assert.ok(!readStampLine('By Tuesday, the rebels had taken the city').furniture);
    assert.ok(!readStampLine('Election Day: June 11').furniture, 'a headline with a year-less date is not a stamp');
    assert.ok(!readStampLine('Date night ideas for couples').furniture);
    assert.ok(!readStampLine('Published author returns to her home town').furniture);
    assert.ok(readStampLine('Updated 8:40 PM EDT, April 2, 2025').furniture);
    assert.ok(readStampLine('Last updated: 2 hours ago').furniture);
    assert.deepEqual(
      readStampLine('Published: 14:02 GMT, 11 June 2025 | Updated: 16:40 GMT, 12 June 2025').dates.map((d) => d.kind),
      ['published', 'updated'],
    );
  });
});

describe('datelines with several places, a country, a colon or a title-case city', () => {
  it('wire: "SEOUL/WASHINGTON, Oct 3 -" gives a date', () => {
    const text = 'SEOUL/WASHINGTON, Oct 3 - South Korea and the United States agreed to hold talks on troop costs, officials said.';
    assert.equal(readStructure(text).dateline?.text, 'SEOUL/WASHINGTON, Oct 3 -');
    assert.equal(pub(text).value, 'XXXX-10-03');
  });

  it('wire: "LIMA, Peru (AP) —" is a dateline without a date', () => {
    const text = 'Peru ousts president\n\nLIMA, Peru (AP) — Peru’s Congress voted to remove the president from office.';
    const a = analyzeArticle(text);
    assert.equal(a.structure.dateline?.text, 'LIMA, Peru (AP) —');
    assert.equal(a.publicationDate.value, null);
    // The dateline's city is a place mention (issue 16), never an organization; it gives no date.
    assert.ok(
      a.entities.some((e) => e.text === 'LIMA' && e.type === 'place'),
      'the dateline city is a place',
    );
  });

  it('regional Asian daily: "KUALA LUMPUR:" is a dateline, a place and not an organization', () => {
    const text = 'Fuel subsidy to be cut\n\nKUALA LUMPUR: The government will cut the diesel subsidy next month, the finance minister said.';
    const a = analyzeArticle(text);
    assert.equal(a.structure.dateline?.text, 'KUALA LUMPUR:');
    assert.ok(!a.entities.some((e) => /KUALA/.test(e.text) && e.type === 'organization'));
  });

  it('agency: "Nairobi (AFP) -" in title case', () => {
    const text = 'Nairobi (AFP) - Kenya will send another 200 police officers to Haiti, the interior ministry said.';
    assert.equal(readStructure(text).dateline?.text, 'Nairobi (AFP) -');
  });

  it('wire: "OSLO, June 9 (Reuters) -"', () => {
    const text = "OSLO, June 9 (Reuters) - Norway's central bank held its key rate, it said.";
    assert.equal(readStructure(text).dateline?.text, 'OSLO, June 9 (Reuters) -');
    assert.equal(pub(text).value, 'XXXX-06-09');
  });

  it('broadsheet: the day first, "LONDON, 3 October (PA) -"', () => {
    assert.equal(pub('LONDON, 3 October (PA) - The Bank of England held rates, it said.').value, 'XXXX-10-03');
  });

  it('press release: "NEW YORK, Oct. 3, 2024 /PRNewswire/ --"', () => {
    assert.equal(pub('NEW YORK, Oct. 3, 2024 /PRNewswire/ -- Acme Corp. today announced a new chief executive.').value, '2024-10-03');
  });

  it('labels and transcript speakers in capitals are not datelines', () => {
    assert.equal(matchDateline('UPDATE: The road has reopened.'), undefined);
    assert.equal(matchDateline('BREAKING - Police have closed the bridge.'), undefined);
    assert.equal(matchDateline('SMITH: Thanks for having me on the show.'), undefined);
    assert.equal(matchDateline('AP-GfK Poll: Voters warm to the senator.'), undefined, 'an acronym before a hyphen');
    assert.equal(matchDateline('UN - The assembly voted.'), undefined);
    assert.equal(matchDateline('AFL-CIO to endorse the governor'), undefined);
    assert.ok(matchDateline('BOSTON —Standing in front of the crowd, she spoke.'), 'an em dash needs no space after it');
    assert.ok(matchDateline('PARIS: The museum reopened.'));
    assert.ok(matchDateline('Kuala Lumpur: The government will cut the subsidy.'), 'a known place in title case before a colon');
    assert.equal(matchDateline('Meanwhile: The rest of the team waited.'), undefined);
    assert.equal(matchDateline('Smith: Thanks for having me.'), undefined);
  });
});

describe('the year of a year-less dateline from the article itself', () => {
  const wire = article(
    'Allies to resume troop cost talks',
    '',
    'SEOUL/WASHINGTON, Oct 3 (Reuters) - South Korea and the United States said on Thursday they would resume talks on sharing the cost of U.S. troops, after Seoul set aside more money in its 2024 budget.',
    '',
    'The last round collapsed in 2023 over a demand for a 50% increase.',
  );

  it('takes the one named year in which the dateline day is the weekday the lede gives', () => {
    const p = pub(wire);
    assert.equal(p.value, '2024-10-03');
    assert.equal(p.source, 'dateline');
    assert.match(p.evidence!, /Thursday/);
    assert.match(p.evidence!, /2024/);
    assert.equal(analyzeArticle(wire).notices.filter((n) => n.code === 'unknown-year').length, 0);
  });

  it('business: "profit for 2023" and the weekday of the results day', () => {
    const text = article(
      'FRANKFURT, March 14 (Reuters) - Carmaker Autohaus AG reported on Thursday a 12% rise in profit for 2023 and said it expected slower growth in 2024.',
    );
    // 14 March was a Tuesday in 2023 and a Thursday in 2024.
    assert.equal(pub(text).value, '2024-03-14');
  });

  it('keeps XXXX when no named year fits, or when two do', () => {
    // 3 October is a Thursday in both 2019 and 2024.
    const two = wire.replace('in 2023', 'in 2019');
    assert.equal(pub(two).value, 'XXXX-10-03');
    assert.match(analyzeArticle(two).notices[0].message, /without a year/);
    // 3 October is a Wednesday in no year the article names.
    assert.equal(pub(wire.replace('on Thursday', 'on Wednesday')).value, 'XXXX-10-03');
  });

  it('keeps XXXX when the article names no year at all', () => {
    assert.equal(pub('OSLO, June 9 (Reuters) - The central bank said on Monday it would hold rates.').value, 'XXXX-06-09');
  });

  it('never takes a weekday that is another day ("last Thursday", "will … on Thursday")', () => {
    const last = 'SEOUL, Oct 3 (Reuters) - The talks that ended last Thursday made progress on the 2024 budget, officials said.';
    assert.equal(pub(last).value, 'XXXX-10-03');
    const future = 'SEOUL, Oct 3 (Reuters) - Officials will meet on Thursday to discuss the 2024 budget.';
    assert.equal(pub(future).value, 'XXXX-10-03');
  });

  it('never takes a deadline year: "by 2030" is not the year of a story from 2019', () => {
    // 3 October is a Thursday in 2019 and in 2030; the article names only the target.
    const text = 'OSLO, Oct 3 (Reuters) - The government said on Thursday that emissions must halve by 2030.';
    assert.equal(pub(text).value, 'XXXX-10-03');
  });

  it('a deadline year still counts against ambiguity', () => {
    // 5 March is a Wednesday in 2014 and 2025: leaving out "until the end of 2025" would wrongly make 2014 certain.
    const text = 'ATHENS, March 5 - Ferries stayed in port on Wednesday during a strike over an agreement that dates from 2014 and runs until the end of 2025.';
    assert.equal(pub(text).value, 'XXXX-03-05');
  });

  it('sports: a weekday printed in the dateline itself', () => {
    const text = 'MANCHESTER, Saturday, Oct 5 - City beat United 2-1 in the first derby of the 2024-25 season.';
    assert.equal(pub(text).value, '2024-10-05');
    assert.match(pub(text).evidence!, /Saturday, Oct 5/);
  });

  it('uses a weekday printed with the date itself', () => {
    const text = article('Derby ends in draw', '', 'First published on Thu 3 Oct', '', 'The derby ended 1-1, a repeat of the 2019 and 2024 results.');
    // Thursday 3 October: 2019 and 2024 both fit, so the year stays unknown.
    assert.equal(pub(text).value, 'XXXX-10-03');
    const one = text.replace('2019 and ', '');
    assert.equal(pub(one).value, '2024-10-03');
  });

  it('the CLI --date still wins over an inference', () => {
    assert.equal(readPublicationDate(readStructure(wire), '2024-10-04', wire).date.value, '2024-10-04');
  });

  it('names years, not amounts', () => {
    assert.deepEqual(namedYears('In 2023 it sold 2024 units for $2019 and 2,021 more; the 2022-23 season.').years, [2022, 2023]);
    const targets = namedYears('Emissions must halve by 2030 and stay flat until the end of 2035 under the 2025-2040 plan, as in 2035.');
    assert.deepEqual(targets.years, [2025, 2030, 2035]);
    assert.deepEqual([...targets.targets], [2030]);
  });

  it('29 February only in a leap year', () => {
    const evidence = yearFromEvidence({ month: 2, day: 29, text: 'Feb 29' }, '', 'The court ruled on Thursday.', 'Rules of 2023 and 2024.');
    assert.equal(evidence?.year, 2024);
  });
});

describe('calendar days', () => {
  it('rejects impossible dates and keeps real ones', () => {
    assert.ok(!isCalendarDay(2023, 2, 29));
    assert.ok(isCalendarDay(2024, 2, 29));
    assert.ok(isCalendarDay(undefined, 2, 29));
    assert.ok(!isCalendarDay(2024, 4, 31));
    assert.ok(impossibleIsoDate('2023-02-29'));
    assert.ok(impossibleIsoDate('2024-13-01T09:00'));
    assert.ok(!impossibleIsoDate('2024-02-29'));
    assert.deepEqual(findLooseDates('2023-02-29 or 31 April 2024'), []);
  });

  it('reads the ways pages print a day', () => {
    const read = (s: string) => findLooseDates(s).map((d) => `${d.year ?? 'XXXX'}-${d.month}-${d.day}`);
    assert.deepEqual(read('Wed 11 Jun 2025 09.14 BST'), ['2025-6-11']);
    assert.deepEqual(read('Jun. 11 2025'), ['2025-6-11']);
    assert.deepEqual(read('11th June'), ['XXXX-6-11']);
    assert.deepEqual(read('it may 3 times'), []);
    assert.deepEqual(read('24/06/2025 and 6/24/2025 and 24.06.2025'), ['2025-6-24', '2025-6-24', '2025-6-24']);
    assert.deepEqual(read('05/06/2025'), [], 'day or month first cannot be told apart: not guessed');
  });
});

describe('an impossible front-matter date (issue 15)', () => {
  it('gives an invalid-date notice on the date and no publication date', () => {
    const text = '---\ntitle: Budget vote\ndate: 2023-02-29\n---\nBudget vote\n\nBy Jane Doe | March 1, 2023\n\nThe council voted on Tuesday.\n';
    const a = analyzeArticle(text);
    assert.equal(a.publicationDate.value, null);
    const notice = a.notices.find((n) => n.code === 'invalid-date');
    assert.ok(notice);
    assert.equal(text.slice(notice.start, notice.end), '2023-02-29');
    assert.match(notice.message, /not a day of the calendar/);
  });

  it('falls back to --date only', () => {
    const text = '---\ndate: "2023-02-29"\n---\nBody.\n';
    assert.equal(analyzeArticle(text, { publicationDate: '2023-03-01' }).publicationDate.value, '2023-03-01');
  });

  it('accepts 29 February of a leap year', () => {
    assert.equal(analyzeArticle('---\ndate: 2024-02-29\n---\nBody.\n').publicationDate.value, '2024-02-29');
  });
});
