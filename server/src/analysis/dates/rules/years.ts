/**
 * Years, year ranges, decades, centuries, seasons and fixed holidays: "in 2019",
 * "fiscal 1989", "mid-1996", "1910-1945", "the 1990s", "the late 1970s",
 * "last summer", "Thanksgiving Day". Four-digit numbers that count things
 * ("1990 people", "$2019", "No. 2000") are not years.
 */
import { nthWeekdayOfMonth, pad } from '../calendar';
import { PART_PREFIX, PART_STARTS, YEAR, partMod } from '../lexicon';
import { resolveMonthDay } from '../resolve';
import { B, E, Rule, RuleContext } from '../rule';
import { DECADE_DIGITS, DIGIT, YEAR_DIGITS } from '../prefilter';
import { DateMod } from '../../types';

/** Words after a four-digit number that show it counts something rather than naming a year. */
const COUNTED =
  /^\s*(?:%|percent|per\b|people|persons|men|women|children|troops|soldiers|shares|dollars|euros|yen|pounds|tons|tonnes|barrels|acres|miles|kilometers|km|feet|meters|metres|units|cars|jobs|workers|employees|deaths|cases|votes|points|rooms|beds|times|hours|minutes|students|members|residents|households|homes|calories|horsepower|pages|words|[a-z]+s\b(?<!\b(?:was|has|is|does|says|plans|sees|gets|marks)))/;

/** True when the four-digit number at [start, end) reads as a year. */
function isYearContext(ctx: RuleContext, start: number, end: number): boolean {
  const before = ctx.text.slice(Math.max(0, start - 12), start);
  if (/(?:No\.|#|\bNos?\.?|\bnumber|\$)\s*$|\d[,.:]?$/i.test(before)) return false;
  const dateLead = /\b(?:the|in|since|of|by|until|from|through|during|before|after|early|late|mid)\s+$/i.test(before);
  if (!dateLead && COUNTED.test(ctx.text.slice(end, end + 20))) return false;
  if (/^[,.]\d/.test(ctx.text.slice(end, end + 2))) return false;
  return true;
}

/** "2019", "fiscal 1989", "early 1990", "mid-1996", "the end of 1990", "post-1959", "the year 2000". */
const year: Rule = {
  name: 'year',
  pattern: new RegExp(
    `${B}(${PART_PREFIX}|post-|pre-)?(fiscal\\s+(?:year\\s+)?|calendar\\s+|the\\s+(?:fiscal\\s+)?year\\s+|FY\\s*)?(${YEAR})(?![\\w]|-[a-z]|['’]s\\b|,\\d)`,
    'g',
  ),
  requires: [[YEAR_DIGITS]],
  starts: [...PART_STARTS, 'post', 'pre', 'fiscal', 'calendar', 'FY', DIGIT],
  build(m, ctx) {
    const yearStart = m.index + m[0].length - m[3].length;
    if (!m[1] && !m[2] && !isYearContext(ctx, yearStart, m.index + m[0].length)) return null;
    const y = Number(m[3]);
    if (!m[1] && !m[2] && (y < 1800 || y > 2099)) return null;
    let mod: DateMod | undefined = partMod(m[1]);
    if (m[1]?.startsWith('post')) mod = 'AFTER';
    if (m[1]?.startsWith('pre')) mod = 'BEFORE';
    return { value: m[3], mod, dateType: 'date', resolution: 'a year written in the text' };
  },
};

/** "1910-1945", "1998–99": two years, each its own date (TimeML marks range ends separately). */
const yearRange: Rule = {
  name: 'year-range',
  pattern: new RegExp(`${B}(${YEAR})\\s*[-–]\\s*(${YEAR}|\\d\\d)${E}`, 'g'),
  requires: [[YEAR_DIGITS]],
  starts: [DIGIT],
  build(m) {
    const first = m[1];
    const second = m[2].length === 2 ? first.slice(0, 2) + m[2] : m[2];
    if (Number(second) <= Number(first)) return null;
    const secondStart = m.index + m[0].length - m[2].length;
    return [
      { value: first, dateType: 'date', resolution: 'start of a year range written in the text', start: m.index, end: m.index + 4, priority: 3 },
      { value: second, dateType: 'date', resolution: 'end of a year range written in the text', start: secondStart, end: m.index + m[0].length, priority: 3 },
    ];
  },
};

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** "the 1990s", "the '80s", "the nineties", "the early 1980s", "the mid-1990s". */
const decade: Rule = {
  name: 'decade',
  pattern:
    /(?<![\w$])(?:the\s+)?(?:(early|mid|late)[- ])?(?:(1[0-9]|20)(\d)0['’]?s|['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])/gi,
  requires: [[DECADE_DIGITS, 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']],
  build(m, ctx) {
    const century = m[2] ?? String(ctx.anchor.year !== null ? Math.floor((ctx.anchor.year - 1) / 100) : 19);
    const digit = m[3] ?? m[4] ?? String(DECADE_WORDS[(m[5] ?? '').toLowerCase()]);
    if (m[5] && !/^the\s/i.test(m[0])) return null; // "in his forties" is an age
    return { value: `${century}${digit}`, mod: partMod(m[1]), dateType: 'date', resolution: 'a decade written in the text' };
  },
};

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** "last summer" (→ previous year), "this fall", "the summer of 1998", "early summer". */
const season: Rule = {
  name: 'season',
  pattern: new RegExp(
    `(?<![\\w])(?:(last|this|next|this past|this coming|the|in|during|since|until|by)\\s+)?(?:(early|mid|late)[- ])?(spring|summer|fall|autumn|winter)(?:\\s+of\\s+(${YEAR}))?(?![\\w])`,
    'gi',
  ),
  requires: [['spring', 'summer', 'fall', 'autumn', 'winter']],
  build(m, ctx) {
    const lead = (m[1] ?? '').toLowerCase();
    if (!lead && !m[2] && !m[4]) return null; // a bare "spring" may be water or a verb
    const code = SEASONS[m[3].toLowerCase()];
    const a = ctx.anchor;
    const preposition = /^(in|during|since|until|by)$/.test(lead);
    const start = preposition ? m.index + m[0].indexOf(m[2] ?? m[3]) : m.index;
    if (preposition && !m[2] && !m[4] && m[3] === 'fall') return null;
    let y: string;
    if (m[4]) y = m[4];
    else if (a.year === null || a.month === null) y = 'XXXX';
    else if (lead === 'last') y = String(a.year - 1);
    else if (lead === 'next' || lead === 'this coming') y = String(SEASON_START[code] > a.month ? a.year : a.year + 1);
    else y = String(a.year);
    return {
      value: `${y}-${code}`,
      mod: partMod(m[2]),
      dateType: 'date',
      resolution: m[4] ? 'a season and year written in the text' : `season relative to the publication date ${a.label}`,
      start,
    };
  },
};

/** Fixed-date and rule-based holidays: month, day (or weekday rule) of each. */
const HOLIDAYS: Array<[RegExp, (y: number) => [number, number]]> = [
  [
    /^Thanksgiving/,
    (y) => {
      const d = nthWeekdayOfMonth(y, 11, 4, 4);
      return [11, d.day];
    },
  ],
  [/^Christmas Eve/, () => [12, 24]],
  [/^Christmas/, () => [12, 25]],
  [/^New Year['’]s Eve/, () => [12, 31]],
  [/^New Year['’]s/, () => [1, 1]],
  [/^(Independence Day|July Fourth|the Fourth of July)/, () => [7, 4]],
  [/^Halloween/, () => [10, 31]],
  [/^Valentine['’]s Day/, () => [2, 14]],
];

/** "Thanksgiving Day", "Christmas", "New Year's Day", "last Thanksgiving". */
const holiday: Rule = {
  name: 'holiday',
  pattern:
    /(?<![\w])(?:(last|next|this)\s+)?(Thanksgiving(?: Day)?|Christmas(?: Eve| Day)?|New Year['’]s(?: Eve| Day)|Independence Day|July Fourth|the Fourth of July|Halloween|Valentine['’]s Day)(?![\w])/g,
  requires: [['Thanksgiving', 'Christmas', 'New', 'Independence', 'Fourth', 'Halloween', 'Valentine']],
  build(m, ctx) {
    const entry = HOLIDAYS.find(([re]) => re.test(m[2]));
    if (!entry) return null;
    const a = ctx.anchor;
    const probe = entry[1](a.year ?? 2001);
    let y: number | null;
    if (a.year === null) y = null;
    else if (m[1] === 'last') y = a.year - (probe[0] * 32 + probe[1] >= (a.month ?? 0) * 32 + (a.day ?? 0) ? 1 : 0);
    else if (m[1] === 'next') y = a.year + (probe[0] * 32 + probe[1] <= (a.month ?? 0) * 32 + (a.day ?? 0) ? 1 : 0);
    else y = Number(resolveMonthDay(a, ctx.text, m.index, m.index + m[0].length, probe[0], probe[1]).value.slice(0, 4)) || null;
    if (y === null) return { value: `XXXX-${pad(probe[0])}-${pad(probe[1])}`, dateType: 'date', resolution: 'a holiday; the year is unknown' };
    const [mo, d] = entry[1](y);
    return { value: `${y}-${pad(mo)}-${pad(d)}`, dateType: 'date', resolution: `the holiday in ${y}, by tense relative to the publication date ${a.label}` };
  },
};

/** "nineteen ninety-six", "the year two thousand": spoken years in transcripts. */
const spokenYear: Rule = {
  name: 'spoken-year',
  pattern:
    /(?<![\w])(?:the year\s+)?(?:(nineteen)\s+(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|two thousand)(?![\w])/gi,
  requires: [['nineteen', 'thousand']],
  build(m) {
    if (!m[1]) return /^the year/i.test(m[0]) ? { value: '2000', dateType: 'date', resolution: 'a spoken year' } : null;
    const tens = ['ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].indexOf(m[2].toLowerCase()) + 1;
    const ones = m[3] ? ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].indexOf(m[3].toLowerCase()) + 1 : 0;
    return { value: `19${tens}${ones}`, dateType: 'date', resolution: 'a spoken year' };
  },
};

/** Year-like rules, exported as one list for the rule runner. */
export const yearRules: readonly Rule[] = [year, yearRange, decade, season, holiday, spokenYear];
