/**
 * Tests for what the date layer must not do and for its edge cases: no dates in
 * names, modals, verbs, street numbers or plain numbers; unknown and missing
 * publication years; paragraphs as boundaries; sorted non-overlapping output and
 * determinism. All texts are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/analysis/dates';
import { DateMention } from '../../server/src/analysis/types';

/** Runs findDates over one paragraph spanning the whole text. */
function dates(text: string, pub: string | null = '2019-07-29', assumedYear?: number): DateMention[] {
  return findDates(text, [{ start: 0, end: text.length }], pub, { assumedYear });
}

test('no false dates in names, modals, verbs, papers, addresses and numbers', () => {
  const cases = [
    'Theresa May told MPs the deal may still pass.',
    'Thousands will march through the capital.',
    'The Sun and the Sunday Times ran the story.',
    'Reporters waited outside 10 Downing Street.',
    'Growth was 1.5 points, said the man at No. 10.',
    'She appeared on Fox 5 with 45 percent of viewers.',
    'The club has 2000 members and sold 1990 tickets.',
    'The former minister denied it.',
    'Prices may rise, analysts said.',
  ];
  for (const text of cases)
    assert.deepEqual(
      dates(text).map((d) => d.text),
      [],
      text,
    );
});

test('a month name is still a date after a preposition or with a day', () => {
  assert.equal(dates('The law passed in May.')[0]?.value, '2019-05');
  assert.equal(dates('Marchers set off on March 3.')[0]?.text, 'March 3');
});

test('unknown publication year keeps XXXX in every resolved value', () => {
  const text = 'Officials said on Monday the talks would resume in November, after a pause last month. The vote is set for Aug. 24.';
  const found = dates(text, 'XXXX-09-07');
  const byText = Object.fromEntries(found.map((d) => [d.text, d.value]));
  assert.equal(byText['November'], 'XXXX-11');
  assert.equal(byText['last month'], 'XXXX-08');
  assert.equal(byText['Aug. 24'], 'XXXX-08-24');
  assert.equal(byText['Monday'], 'XXXX-WXX-1', 'without an assumed year the weekday cannot be counted');
  for (const d of found) assert.ok(!/^\d{4}/.test(d.value), `${d.text} → ${d.value} invents a year`);
});

test('with an assumed year, a weekday under an unknown year still resolves to a day and keeps XXXX', () => {
  const found = dates('Officials said on Monday the talks were over.', 'XXXX-09-07', 2019);
  assert.equal(found[0].value, 'XXXX-09-02');
  assert.match(found[0].resolution, /2019/);
});

test('absolute dates keep their year even when the publication year is unknown', () => {
  assert.equal(dates('The election was held in November 2016.', 'XXXX-09-07')[0].value, '2016-11');
});

test('no publication date: values needing an anchor stay underspecified', () => {
  const found = dates('On Monday the court ruled, and the hearing resumes Aug. 24. It happened yesterday.', null);
  const byText = Object.fromEntries(found.map((d) => [d.text, d.value]));
  assert.equal(byText['Monday'], 'XXXX-WXX-1');
  assert.equal(byText['Aug. 24'], 'XXXX-08-24');
  assert.match(byText['yesterday'], /^XXXX/);
  for (const d of found) assert.ok(d.resolution.length > 0);
});

test('mentions are sorted, non-overlapping and inside the given paragraphs only', () => {
  const text = 'Headline from Monday\n\nThe board met on Tuesday and will meet again next week.\n\nTOP STORIES Friday';
  const body = { start: text.indexOf('The board'), end: text.indexOf('\n\nTOP') };
  const found = findDates(text, [body], '2019-07-29');
  assert.deepEqual(
    found.map((d) => d.text),
    ['Tuesday', 'next week'],
  );
  for (const d of found) {
    assert.ok(d.start >= body.start && d.end <= body.end);
    assert.equal(text.slice(d.start, d.end), d.text);
  }
  for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].end <= found[i].start);
});

test('the longest phrase wins over its parts', () => {
  const found = dates('Sales dipped late last week.');
  assert.deepEqual(
    found.map((d) => d.text),
    ['late last week'],
  );
});

test('results are deterministic across calls', () => {
  const text = 'On Friday, three months after the vote in April, the party said it will meet next week and each year after 2020.';
  assert.deepEqual(dates(text), dates(text));
});

test('a long article is processed without pathological slowdown', () => {
  const sentence = 'The council said on Tuesday it will review the budget early next month, two years after the 2017 cuts. ';
  const text = sentence.repeat(60);
  const found = dates(text);
  assert.equal(found.length, 60 * 4);
});
