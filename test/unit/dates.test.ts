/**
 * Tests for the date layer (spec §2 "date"): tense-aware weekdays, ISO weeks,
 * early/mid/late mods, months, seasons, years, decades, quarters, times,
 * references, durations and sets, each checked on value, mod, type and span.
 * All texts are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/analysis/dates';
import { DateMention } from '../../server/src/analysis/types';

/** Publication date used throughout: a Monday in ISO week 31. */
const PUB = '2019-07-29';

/** Runs findDates over one paragraph spanning the whole text. */
function dates(text: string, pub: string | null = PUB, assumedYear?: number): DateMention[] {
  return findDates(text, [{ start: 0, end: text.length }], pub, { assumedYear });
}

/** The single mention whose text is `surface`; fails when it is missing. */
function mention(text: string, surface: string, pub: string | null = PUB): DateMention {
  const found = dates(text, pub).find((d) => d.text === surface);
  assert.ok(found, `expected a date "${surface}" in: ${text}\n got ${JSON.stringify(dates(text, pub).map((d) => d.text))}`);
  return found;
}

test('weekdays follow the tense of their sentence', () => {
  assert.equal(mention('The minister said on Friday that he had resigned.', 'Friday').value, '2019-07-26');
  assert.equal(mention('The committee will meet on Thursday to vote.', 'Thursday').value, '2019-08-01');
  assert.equal(mention('Talks are scheduled to resume Wednesday in Geneva.', 'Wednesday').value, '2019-07-31');
  assert.equal(mention('Officials said Monday the bridge would stay shut.', 'Monday').value, '2019-07-29');
  assert.equal(mention('Protesters gathered last Friday outside the court.', 'last Friday').value, '2019-07-26');
  assert.equal(mention('The law takes effect next Tuesday, officials said.', 'next Tuesday').value, '2019-07-30');
});

test("a weekday far from its clause's auxiliary still takes its tense", () => {
  const text = 'Officers said they would publish guidance for landlords by the end of the month and open a helpline at 8:30 a.m. on Thursday.';
  assert.equal(mention(text, '8:30 a.m. on Thursday').value, '2019-08-01T08:30');
  // With no cue in the sentence at all, a bare weekday is still the one before (news reports the past).
  assert.equal(mention('A helpline for tenants of the flats on the estate near the river opened on Thursday.', 'Thursday').value, '2019-07-25');
});

test('a weekday inside a reported clause takes the tense of its own verb', () => {
  const text = 'The ministry said it will announce the result on Wednesday.';
  assert.equal(mention(text, 'Wednesday').value, '2019-07-31');
  const passive = 'Results will be announced Saturday, the board said.';
  assert.equal(mention(passive, 'Saturday').value, '2019-08-03');
});

test('prepositions are not part of a date span', () => {
  const text = 'He spoke on Monday and again in November.';
  const found = dates(text);
  assert.deepEqual(
    found.map((d) => d.text),
    ['Monday', 'November'],
  );
  assert.equal(found[0].start, text.indexOf('Monday'));
  assert.equal(found[0].end, text.indexOf('Monday') + 'Monday'.length);
});

test('ISO weeks and early/mid/late mods at the right granularity', () => {
  const text = 'Prices fell late last week and will recover early next month, after a dip last week and this week before next week.';
  const late = mention(text, 'late last week');
  assert.deepEqual([late.value, late.mod, late.dateType], ['2019-W30', 'END', 'date']);
  const early = mention(text, 'early next month');
  assert.deepEqual([early.value, early.mod], ['2019-08', 'START']);
  assert.equal(mention(text, 'last week').value, '2019-W30');
  assert.equal(mention(text, 'this week').value, '2019-W31');
  assert.equal(mention(text, 'next week').value, '2019-W32');
});

test('earlier this month is the publication month with mod START; late last month is END of the previous month', () => {
  const a = mention('Sales slipped earlier this month, the firm said.', 'earlier this month');
  assert.deepEqual([a.value, a.mod], ['2019-07', 'START']);
  const b = mention('The strike began late last month.', 'late last month');
  assert.deepEqual([b.value, b.mod], ['2019-06', 'END']);
  const c = mention('Turnout peaked in mid-November, organisers said.', 'mid-November');
  assert.equal(c.mod, 'MID');
});

test('"later the same month" refers to the month mentioned before it', () => {
  const text = 'The plant closed in March 2017. It reopened later the same month.';
  const later = mention(text, 'later the same month');
  assert.deepEqual([later.value, later.mod], ['2017-03', 'END']);
});

test('months, month-days and month-years get their year from the text or by tense', () => {
  assert.equal(mention('The election was held in November 2016.', 'November 2016').value, '2016-11');
  assert.equal(mention('The vote is due on Aug. 24.', 'Aug. 24').value, '2019-08-24');
  assert.equal(mention('The ceasefire collapsed in February.', 'February').value, '2019-02');
  assert.equal(mention('The summit will take place in November.', 'November').value, '2019-11');
  assert.equal(mention('The treaty was signed on 24 August 2001.', '24 August 2001').value, '2001-08-24');
  assert.equal(mention('The report came out Friday, Aug. 7, 1998.', 'Friday, Aug. 7, 1998').value, '1998-08-07');
  assert.equal(mention('Sales recovered in June last year.', 'June last year').value, '2018-06');
});

test('seasons, years, decades, year ranges and quarters', () => {
  assert.equal(mention('Floods struck the valley last summer.', 'last summer').value, '2018-SU');
  assert.equal(mention('The company has grown since 2004.', '2004').value, '2004');
  assert.equal(mention('Output doubled in 2019.', '2019').value, '2019');
  assert.equal(mention('Wages stagnated in the 1990s.', 'the 1990s').value, '199');
  const range = dates('The archive covers 1910-1945 in detail.');
  assert.deepEqual(
    range.map((d) => [d.text, d.value]),
    [
      ['1910', '1910'],
      ['1945', '1945'],
    ],
  );
  assert.equal(mention('Profit rose in the third quarter.', 'the third quarter').value, '2019-Q3');
  assert.equal(mention('The firm posted third-quarter profit of $2 million.', 'third-quarter').value, '2019-Q3');
  assert.equal(mention('Losses narrowed in the first quarter of 2018.', 'the first quarter of 2018').value, '2018-Q1');
});

test('clock times resolve to the publication day or the day written next to them', () => {
  const t = mention('The polls open at 9 a.m. across the country.', '9 a.m.');
  assert.deepEqual([t.value, t.dateType], ['2019-07-29T09:00', 'time']);
  assert.equal(mention('The blast came at 10:35 p.m. Friday.', '10:35 p.m. Friday').value, '2019-07-26T22:35');
  assert.equal(mention('The deadline will expire at noon Wednesday.', 'noon Wednesday').value, '2019-07-31T12:00');
});

test('today, yesterday, tomorrow and general references', () => {
  assert.equal(mention('The court ruled yesterday.', 'yesterday').value, '2019-07-28');
  assert.equal(mention('The court rules today.', 'today').value, '2019-07-29');
  assert.equal(mention('The court rules tomorrow.', 'tomorrow').value, '2019-07-30');
  assert.equal(mention('Stocks are now higher.', 'now').value, 'PRESENT_REF');
  assert.equal(mention('The ferry recently changed hands.', 'recently').value, 'PAST_REF');
  assert.equal(mention('Nobody knows what the future holds.', 'the future').value, 'FUTURE_REF');
  assert.equal(mention("Yesterday's ruling was final.", 'Yesterday').value, '2019-07-28');
});

test('"ago" counts back from the publication date at the unit of the phrase', () => {
  assert.equal(mention('The mine closed two years ago.', 'two years ago').value, '2017');
  assert.equal(mention('The pact was signed three months ago.', 'three months ago').value, '2019-04');
  assert.equal(mention('He arrived five days ago.', 'five days ago').value, '2019-07-24');
});

test('durations, including TimeBank-style "the past three years"', () => {
  const d = mention('The drought has lasted five years.', 'five years');
  assert.deepEqual([d.value, d.dateType], ['P5Y', 'duration']);
  assert.equal(mention('Talks ran for three months.', 'three months').value, 'P3M');
  assert.equal(mention('It took a decade to build.', 'a decade').value, 'P10Y');
  assert.equal(mention('Rents rose over the past three years.', 'the past three years').value, 'P3Y');
  assert.equal(mention('She signed a two-year contract.', 'two-year').value, 'P2Y');
  assert.equal(mention('It lasted 24 hours.', '24 hours').value, 'PT24H');
});

test('"a second term" is an ordinal, not a second of time; "for a second" still is', () => {
  const surfaces = (text: string) => dates(text).map((d) => `${d.text}=${d.value}`);
  for (const text of [
    'She won a second term as mayor.',
    'He asked a second time and was refused.',
    'The firm opened a second factory near the port.',
    'Voters return for a second round of the ballot.',
    'A minute taker sat beside the chair.',
  ])
    assert.deepEqual(surfaces(text), [], text);
  assert.deepEqual(surfaces('She paused for a second, then spoke.'), ['a second=PT1S']);
  assert.deepEqual(surfaces('The lights failed a second before the whistle.'), ['a second=PT1S']);
  assert.deepEqual(surfaces('The crowd held a minute of silence.'), ['a minute=PT1M']);
  assert.deepEqual(surfaces('They stood for a minute or two.'), ['a minute=PT1M']);
});

test('sets: each year, every year, annually, every Monday, daily', () => {
  for (const [text, surface, value] of [
    ['The fair is held each year in the square.', 'each year', 'P1Y'],
    ['Every year the river floods.', 'Every year', 'P1Y'],
    ['The report is published annually.', 'annually', 'P1Y'],
    ['The market opens every Monday.', 'every Monday', 'XXXX-WXX-1'],
    ['The paper prints the tally daily.', 'daily', 'P1D'],
  ]) {
    const m = mention(text, surface);
    assert.deepEqual([m.value, m.dateType], [value, 'set'], text);
  }
});

test('the chrono-node fallback reads numeric dates', () => {
  assert.equal(mention('The filing is dated 2018-03-14 in the registry.', '2018-03-14').value, '2018-03-14');
});
