/**
 * Durations and sets: "five years" → P5Y, "the past three years" (TimeBank marks
 * the whole phrase as a duration), "two-year", "a decade", "each year"/"annually"
 * → P1Y set, "every Monday" → XXXX-WXX-1 set. Ages ("a 44-year-old") are not durations.
 */
import { NUMBER, NUMBER_STARTS, MONTH, UNIT, UNIT_TOKENS, WEEKDAY, WEEKDAY_TOKENS, durationValue, monthIndex, numberValue, weekdayIndex } from '../lexicon';
import { pad } from '../calendar';
import { B, E, Rule } from '../rule';
import { DIGIT, HYPHEN } from '../prefilter';
import { DateMod } from '../../types';

/** Modifiers TimeBank keeps inside a duration's span; the approximate ones set mod APPROX. */
const QUALIFIER =
  '(?:about|nearly|almost|more than|less than|at least|up to|some|roughly|around|approximately|no more than|just|only|another|an additional|an extra)';

/** "five years", "the past three years", "the next few days", "the first nine months", "2 1/2 years". */
const counted: Rule = {
  name: 'duration',
  pattern: new RegExp(
    `${B}(?:(${QUALIFIER})\\s+)?(?:(?:the\\s+)?(past|last|next|first|coming|previous|latest|final|following|same|other|year-earlier|remaining)\\s+|(the)\\s+)?(${NUMBER})\\s+(?:more\\s+|full\\s+|straight\\s+|consecutive\\s+|trading\\s+|business\\s+)?(${UNIT})(\\s+or\\s+so)?${E}(?!\\s+(?:ago|earlier|later|from now|hence|old)\\b|-old)`,
    'gi',
  ),
  requires: [UNIT_TOKENS],
  starts: [
    'about',
    'nearly',
    'almost',
    'more',
    'less',
    'at',
    'up',
    'some',
    'roughly',
    'around',
    'approximately',
    'no',
    'just',
    'only',
    'another',
    'an',
    'the',
    'past',
    'last',
    'next',
    'first',
    'coming',
    'previous',
    'latest',
    'final',
    'following',
    'same',
    'other',
    'year',
    'remaining',
    ...NUMBER_STARTS,
    DIGIT,
  ],
  build(m, ctx) {
    const unitWord = m[5].toLowerCase();
    const n = numberValue(m[4]);
    const numberWord = m[4].toLowerCase();
    const plural = /s$/.test(unitWord) && unitWord !== 'centuries';
    if ((numberWord === 'a' || numberWord === 'an') && plural) return null;
    if (/^(?:some|many)$/.test(numberWord) && !plural) return null;
    if (/^(?:1[5-9]|20)\d\d$/.test(numberWord) && !plural) return null; // "the 1988 quarter" names a year
    // "a day"/"a year" after a count ("twice a day", "$5 million a year") is a set; leave it to that rule.
    if (
      /^an?$/.test(numberWord) &&
      !m[1] &&
      !m[2] &&
      /(?:\d|million|billion|times|once|twice|percent|%|cents|dollars)\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))
    )
      return null;
    if (/^\d/.test(numberWord) && /[$£€]\s*$/.test(ctx.text.slice(Math.max(0, m.index - 2), m.index))) return null;
    if (/^an?$/.test(numberWord) && isOrdinalOrAdjective(unitWord, ctx.text, m.index + m[0].length)) return null;
    const mod: DateMod | undefined = (m[1] && /about|nearly|almost|some|roughly|around|approximately/i.test(m[1])) || m[6] ? 'APPROX' : undefined;
    return { value: durationValue(n, unitWord), mod, dateType: 'duration', resolution: 'a length of time, not a point' };
  },
};

/**
 * Words a length of time is followed by ("for a second, then", "a second before the
 * whistle", "a minute of silence", "a second or two"). After "a second" or "a minute",
 * any other word makes "second" the ordinal ("a second term", "a second time") and
 * "minute" the adjective ("a minute taker", "a minute amount"): news uses them far more
 * often than the units, and each reading of them as a duration was a false date.
 */
const AFTER_A_LENGTH = new Set(
  'and or but then before after later earlier ago longer too of to in into at on for from while when as so that than each per more less the his her their its is was'.split(
    ' ',
  ),
);

/** "a second" or "a minute" (singular, counted by "a") followed by a word that cannot follow a length of time. */
function isOrdinalOrAdjective(unitWord: string, text: string, end: number): boolean {
  if (unitWord !== 'second' && unitWord !== 'minute') return false;
  const next = /^[ \t]+([A-Za-z][A-Za-z'’-]*)/.exec(text.slice(end, end + 40));
  return next !== null && !AFTER_A_LENGTH.has(next[1].toLowerCase());
}

/** "two-year", "30-day", "16-hour", "decade-long" — adjectival durations. */
const hyphenated: Rule = {
  name: 'hyphenated-duration',
  pattern: new RegExp(
    `${B}(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|several|multi)-(second|minute|hour|day|week|month|year|decade)(?:-long)?(?![\\w]|-[a-z])`,
    'gi',
  ),
  requires: [[HYPHEN], ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']],
  build(m) {
    const n = numberValue(m[1]);
    return { value: durationValue(n, m[2]), dateType: 'duration', resolution: 'a length of time used as an adjective' };
  },
};

/** "years", "for months", "decades": unspecified lengths (PXY…), only after words that make them durations. */
const bare: Rule = {
  name: 'bare-duration',
  pattern: /(?<=\b(?:for|over|in|within|after|took|lasted|spent|last)\s+)(years|months|weeks|days|decades|hours|centuries|a decade|a century)(?![\w])/gi,
  requires: [
    ['for', 'over', 'in', 'within', 'after', 'took', 'lasted', 'spent', 'last'],
    ['years', 'months', 'weeks', 'days', 'decades', 'hours', 'centuries', 'decade', 'century'],
  ],
  starts: ['years', 'months', 'weeks', 'days', 'decades', 'hours', 'centuries', 'a'],
  build(m) {
    const w = m[0].toLowerCase();
    if (w === 'a decade') return { value: 'P10Y', dateType: 'duration', resolution: 'a decade' };
    if (w === 'a century') return { value: 'P100Y', dateType: 'duration', resolution: 'a century' };
    return { value: durationValue(null, w), dateType: 'duration', resolution: 'an unspecified length of time' };
  },
};

const SET_WORDS: Record<string, string> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  yearly: 'P1Y',
  annually: 'P1Y',
  annual: 'P1Y',
  hourly: 'PT1H',
  quarterly: 'P3M',
  biweekly: 'P2W',
  biannually: 'P6M',
};

/** "daily", "annually", "each year", "every Monday", "each July", "Tuesday nights", "twice a year". */
const sets: Rule = {
  name: 'set',
  pattern: new RegExp(
    `(?<![\\w-])(?:(daily|nightly|weekly|monthly|yearly|annually|hourly|quarterly|biweekly)|(?:[Ee]very|[Ee]ach|[Pp]er)\\s+(other\\s+)?(day|night|morning|evening|week|weekend|month|quarter|year|decade|${WEEKDAY}|${MONTH}|summer|winter|spring|fall)|(?<=\\b(?:once|twice|times)\\s+)(?:a|per)\\s+(day|week|month|year)|(${WEEKDAY})s(?:\\s+(nights|mornings|afternoons|evenings))?)(?![\\w])`,
    'g',
  ),
  starts: [
    'daily',
    'nightly',
    'weekly',
    'monthly',
    'yearly',
    'annually',
    'hourly',
    'quarterly',
    'biweekly',
    'every',
    'Every',
    'each',
    'Each',
    'per',
    'Per',
    'a',
    ...WEEKDAY_TOKENS.map((d) => `${d}s`),
  ],
  requires: [
    [
      'daily',
      'nightly',
      'weekly',
      'monthly',
      'yearly',
      'annually',
      'hourly',
      'quarterly',
      'biweekly',
      'every',
      'Every',
      'each',
      'Each',
      'per',
      'Per',
      'once',
      'twice',
      'times',
      ...WEEKDAY_TOKENS.map((d) => `${d}s`),
    ],
  ],
  build(m, ctx) {
    if (m[1]) {
      if (/^quarterly$/.test(m[1]) && /^\s+[a-z]/.test(ctx.text.slice(m.index + m[0].length))) return null; // "quarterly dividend"
      if (/\baverage\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 10), m.index))) return null;
      if (/^(?:the|a|an)\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)) && /^\s+[A-Z]/.test(ctx.text.slice(m.index + m[0].length))) return null;
      return { value: SET_WORDS[m[1]], dateType: 'set', resolution: 'a recurring time' };
    }
    const unit = m[3] ?? m[4];
    if (unit) {
      const wd = weekdayIndex(unit);
      if (wd) return { value: `XXXX-WXX-${wd}`, dateType: 'set', resolution: 'every such weekday' };
      const mi = /^[A-Z]/.test(unit) ? monthIndex(unit) : 0;
      if (mi) return { value: `XXXX-${pad(mi)}`, dateType: 'set', resolution: 'every such month' };
      const season = { summer: 'SU', winter: 'WI', spring: 'SP', fall: 'FA' }[unit.toLowerCase()];
      if (season) return { value: `XXXX-${season}`, dateType: 'set', resolution: 'every such season' };
      const base = durationValue(1, unit.toLowerCase().replace(/^(night|morning|evening)$/, 'day'));
      return { value: m[2] ? base.replace('1', '2') : base, dateType: 'set', resolution: 'a recurring time', priority: 1 };
    }
    const wd = weekdayIndex(m[5]);
    const part = m[6] ? { nights: 'NI', mornings: 'MO', afternoons: 'AF', evenings: 'EV' }[m[6].toLowerCase()] : '';
    return { value: `XXXX-WXX-${wd}${part ? `T${part}` : ''}`, dateType: 'set', resolution: 'every such weekday' };
  },
};

/** "$5 million a year", "3 percent a month": the rate's period is a set. */
const ratePeriod: Rule = {
  name: 'rate-period',
  pattern: /(?<=(?:\d|million|billion|percent|%|cents|dollars)\s+)(?:a|per)\s+(day|week|month|year)(?![\w])/gi,
  requires: [['day', 'week', 'month', 'year']],
  starts: ['a', 'per'],
  build(m) {
    return { value: durationValue(1, m[1]), dateType: 'set', resolution: 'the period of a rate', priority: 1 };
  },
};

/** Duration and set rules, exported as one list for the rule runner. */
export const durationRules: readonly Rule[] = [counted, hyphenated, bare, sets, ratePeriod];
