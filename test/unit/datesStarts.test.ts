/**
 * The rule runner tries a rule that declares `starts` only where one of its start
 * tokens begins (prefilter.ts `started`). These tests hold that path equal to the
 * plain global scan, rule by rule, match by match (index and every group), on random
 * date-ish text built from the rules' own words with adversarial separators
 * (no-break and thin spaces, newlines, apostrophes, digits, non-ASCII look-alikes),
 * on random UTF-16 text with such text mixed in, and on generated articles.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ALL_RULES } from '../../server/src/analysis/dates';
import { DIGIT, RulePrefilter } from '../../server/src/analysis/dates/prefilter';
import type { Rule } from '../../server/src/analysis/dates/rule';
import { generateArticle } from '../../bench/generate';

const FC = { seed: Number(process.env.FC_SEED ?? 20261124) } as const;

const STARTED = ALL_RULES.filter((r) => r.starts);
const prefilter = new RulePrefilter(ALL_RULES);

/** Every non-empty match of the rule's pattern by the global scan, as plain arrays with their index. */
function globalScan(rule: Rule, text: string): unknown[] {
  const re = new RegExp(rule.pattern.source, rule.pattern.flags);
  const out: unknown[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push([m.index, ...m]);
  }
  return out;
}

/** The matches the started path reports for the rule (the rule is run whatever the word prefilter says). */
function startedScan(rule: Rule, text: string): unknown[] {
  prefilter.rulesFor(text);
  const out: unknown[] = [];
  assert.ok(
    prefilter.started(rule, text, (m) => out.push([m.index, ...m])),
    `${rule.name} has starts`,
  );
  return out;
}

function assertSameMatches(text: string): void {
  for (const rule of STARTED) assert.deepEqual(startedScan(rule, text), globalScan(rule, text), `${rule.name} on ${JSON.stringify(text)}`);
}

const WORDS = [...new Set(STARTED.flatMap((r) => (r.starts ?? []).filter((w) => w !== DIGIT)))];
const EXTRA = [
  'January',
  'Jan.',
  'Sept.',
  'Aug',
  'May',
  'Monday',
  'Fridays',
  'year',
  'years',
  'month',
  'weeks',
  'day',
  'weekend',
  'quarter',
  'decade',
  'ago',
  'earlier',
  'later',
  'from now',
  'or so',
  'old',
  'of',
  'in',
  'fiscal year',
  'FY',
  'post-',
  'pre-',
  'more than',
  'no more than',
  'a few',
  'a couple of',
  'twenty-one',
  'morning',
  'night',
  'once',
  'twice',
  'times',
  'million',
  'percent',
  '%',
  '$',
  '1',
  '12',
  '24th',
  '2019',
  '1998',
  '2005-06',
  '2.5',
  '2 1/2',
  '10:35',
  'a.m.',
  'pm',
  'Theresa',
  'year-earlier',
  "year's end",
  'end of the year',
  'the same',
];
const SEPARATORS = [' ', ' ', ' ', '', '-', '.', ',', ', ', "'", '’', '\u00a0', '\u2009', '\n', '  \n ', '/', ':', '(', '–', 'é', 'ſ', '\u212a', '0', '5', '_'];
const casing = fc.constantFrom<(w: string) => string>(
  (w) => w,
  (w) => w,
  (w) => w.toLowerCase(),
  (w) => w.toUpperCase(),
  (w) => w.charAt(0).toUpperCase() + w.slice(1),
);
const dateishText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS, ...EXTRA), casing, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map(([w, c, s]) => c(w) + s).join(''));

describe('date rules run at their start tokens', () => {
  it('covers the rules that scan the most text', () => {
    for (const name of ['duration', 'month', 'relative-unit', 'rate-period', 'weekday', 'year', 'month-day', 'day-month']) {
      assert.ok(
        STARTED.some((r) => r.name === name),
        name,
      );
    }
  });

  it("finds the global scan's matches on random date-ish text", () => {
    fc.assert(
      fc.property(dateishText, (text) => assertSameMatches(text)),
      { ...FC, numRuns: 3000 },
    );
  });

  it("finds the global scan's matches on random UTF-16 text with date words mixed in", () => {
    const mixed = fc.array(fc.oneof(fc.string({ unit: 'binary' }), dateishText), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(mixed, (text) => assertSameMatches(text)),
      { ...FC, numRuns: 500 },
    );
  });

  it("finds the global scan's matches on generated articles", () => {
    for (const seed of [1, 7, 1001, 10001]) for (const paragraph of generateArticle(seed, 2000).split('\n')) assertSameMatches(paragraph);
  });

  it('declines texts it has not scanned and rules without starts', () => {
    prefilter.rulesFor('in May 2019');
    assert.equal(
      prefilter.started(STARTED[0], 'another text', () => undefined),
      false,
    );
    const plain = ALL_RULES.find((r) => !r.starts);
    if (plain)
      assert.equal(
        prefilter.started(plain, 'in May 2019', () => undefined),
        false,
      );
  });

  it('refuses a start word that could never begin a match', () => {
    const rule = (starts: string[], flags: string): Rule => ({ name: 'test', pattern: new RegExp('x', flags), build: () => null, starts });
    assert.throws(() => new RulePrefilter([rule(['Monday'], 'gi')]), /lower case/);
    assert.throws(() => new RulePrefilter([rule(["year's"], 'g')]), /not a token/);
  });
});
