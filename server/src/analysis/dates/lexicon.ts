/**
 * Words of time: month and weekday names, number words, units, and the regular
 * expression fragments the rules are built from. One place, so every rule agrees
 * on what counts as "Sept." or "twenty-four".
 */
import { DateMod } from '../types';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Capitalised month names and abbreviations ("Sept.", "Aug"); lower-case "march"/"may" are verbs, so case matters. */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** The whole tokens a MONTH match is made of: the prefilter words of rules that need a month (case as written). */
export const MONTH_TOKENS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** Capitalised weekday names. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** The tokens a WEEKDAY match is: the prefilter words of rules that need a weekday (case as written). */
export const WEEKDAY_TOKENS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A day of the month, 1–31, with an optional ordinal suffix. */
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';

/** A plausible four-digit year (1000–2199). */
export const YEAR = '(?:1[0-9]\\d\\d|20\\d\\d|21\\d\\d)';

/** 1-based month of a month name or abbreviation, or 0. */
export function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  const i = MONTH_NAMES.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i + 1;
}

/** ISO weekday (1 = Monday) of a weekday name, or 0. */
export function weekdayIndex(word: string): number {
  const names = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  return names.indexOf(word.toLowerCase().replace(/s$/, '')) + 1;
}

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Spelled or written cardinal numbers, "a"/"an", and vague quantities ("several", "a few"). */
export const NUMBER =
  '(?:\\d+(?:\\.\\d+)?(?: 1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred|a|an|a few|few|several|a couple of|a couple|couple of|some|many)';

/** The first token of every NUMBER match that begins with a letter, lower case (the rules' `starts` words; digits are DIGIT). */
export const NUMBER_STARTS: readonly string[] = [
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'a',
  'hundred',
  'an',
  'few',
  'several',
  'couple',
  'some',
  'many',
];

/** The value of a NUMBER match: a count, or null for vague quantities (TIMEX3 `X`). */
export function numberValue(s: string): number | null {
  const w = s.toLowerCase().trim();
  if (/^\d/.test(w)) return Math.round(Number(w.replace(/ 1\/2$/, '')));
  if (w === 'a' || w === 'an') return 1;
  if (w === 'hundred' || w === 'a hundred') return 100;
  if (w in UNITS) return UNITS[w];
  const parts = w.split(/[- ]/);
  if (parts[0] in TENS) return TENS[parts[0]] + (parts[1] ? (UNITS[parts[1]] ?? 0) : 0);
  if (/couple/.test(w)) return 2;
  return null;
}

/** Time units, singular or plural. */
export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|century|centuries)';

/** The tokens a UNIT match is, in lower case: the prefilter words of rules that need a time unit. */
export const UNIT_TOKENS: readonly string[] = [
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'weekend',
  'weekends',
  'month',
  'months',
  'quarter',
  'quarters',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
];

/** TIMEX3 duration value for `n` units (`P5Y`, `PT3H`, `PXM` when `n` is unknown). */
export function durationValue(n: number | null, unit: string): string {
  const u = unit.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  const count = (k: number) => (n === null ? 'X' : String(n * k));
  switch (u) {
    case 'second':
      return `PT${count(1)}S`;
    case 'minute':
      return `PT${count(1)}M`;
    case 'hour':
      return `PT${count(1)}H`;
    case 'day':
      return `P${count(1)}D`;
    case 'weekend':
      return `P${count(2)}D`;
    case 'week':
      return `P${count(1)}W`;
    case 'month':
      return `P${count(1)}M`;
    case 'quarter':
      return `P${count(1)}Q`;
    case 'decade':
      return n === null ? 'PXE' : `P${n * 10}Y`;
    case 'century':
    case 'centurie':
    case 'centur':
      return n === null ? 'PXC' : `P${n * 100}Y`;
    default:
      return `P${count(1)}Y`;
  }
}

/** "early"/"mid"/"late" and their phrasal forms, in front of a month, year, week… */
export const PART_PREFIX = '(?:(?:early|earlier|mid|middle|late|later)(?:-|\\s+)(?:in\\s+)?|(?:the\\s+)?(?:beginning|start|middle|end|close)\\s+of\\s+)';

/** The first token of every PART_PREFIX match (lower case, as the prefix is written in the patterns). */
export const PART_STARTS: readonly string[] = ['early', 'earlier', 'mid', 'middle', 'late', 'later', 'the', 'beginning', 'start', 'end', 'close'];

/** The TIMEX3 mod a PART_PREFIX match stands for. */
export function partMod(prefix: string | undefined): DateMod | undefined {
  if (!prefix) return undefined;
  const p = prefix.toLowerCase();
  if (/earl(?:y|ier)|beginning|start/.test(p)) return 'START';
  if (/mid/.test(p)) return 'MID';
  if (/late|end|close/.test(p)) return 'END';
  return undefined;
}
