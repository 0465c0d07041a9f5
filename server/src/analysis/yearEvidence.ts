/**
 * The year of a year-less dateline (`SEOUL, Oct 3 -`) from evidence in the article
 * itself, never from the clock (spec §1): the weekday the article gives for the
 * dateline's own day ("… said on Thursday") together with the years it names (its
 * "2024 budget", "profit for 2023"). Only when exactly one named year puts that
 * day on that weekday is the year taken; otherwise it stays unknown.
 */
import { directionAt } from './dates/tense';
import { isCalendarDay } from './dates/calendar';

/** A year the article proves, and the sentence that tells the user how. */
export interface YearEvidence {
  year: number;
  explanation: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const WEEKDAY = /\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g;
/** A weekday printed right before the date (`Thu 3 Oct`, `Thursday, Oct. 3`). */
const PRINTED_WEEKDAY = /\b((?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\.?,?\s*$/;
/** Words before a weekday that make it another day than the dateline's ("last Thursday", "until Friday"). */
const OTHER_DAY_BEFORE = /\b(?:last|next|this|since|until|till|by|before|after|from|every|each|coming|following|previous|on or|through|to|between|and|or)\s+$/i;
/** Words after a weekday that make it another day or no day ("Thursday's vote", "Friday week"). */
const OTHER_DAY_AFTER = /^(?:['’]s?\b|\s+(?:week|fortnight|last|next|and|or|through|to)\b|\s*[-–]\s*[A-Z])/;

/** How much of the dateline's paragraph is read for its weekday: the opening sentences. */
const LEDE_LENGTH = 600;

/**
 * The weekday the article gives for the dateline's own day: a weekday printed right
 * before the date (`beforeDate` ends with `Thu`), else the first weekday of the dateline's paragraph
 * in a past-tense report ("said on Thursday") that is not another day ("last Thursday").
 */
export function datelineWeekday(beforeDate: string, dateText: string, lede: string): { weekday: number; quote: string } | undefined {
  const printed = PRINTED_WEEKDAY.exec(beforeDate);
  if (printed) return { weekday: weekdayIndex(printed[1]), quote: `${beforeDate.slice(printed.index)}${dateText}`.trim() };
  const text = lede.slice(0, LEDE_LENGTH);
  for (const m of text.matchAll(WEEKDAY)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (OTHER_DAY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (OTHER_DAY_AFTER.test(text.slice(end, end + 12))) continue;
    if (directionAt(text, start, end) !== 'past') continue;
    const lead = /(?:\S+\s+){0,2}$/.exec(text.slice(Math.max(0, start - 40), start))![0];
    return { weekday: weekdayIndex(m[0]), quote: `${lead}${m[0]}` };
  }
  return undefined;
}

/** Words before a year that make it a deadline or target, not a year the story happens in ("by 2030", "until the end of 2027"). */
const TARGET_BEFORE = /\b(?:by|until|till|through|towards?|beyond|before)\s+(?:(?:the\s+)?(?:end|start|middle|beginning)\s+of\s+|early\s+|late\s+|mid-?)?$/i;

/**
 * Years (1900–2099) the article names as years: not amounts ("$2024", "2024 people"),
 * not parts of numbers, not the end of a range ("2025-2030"). `targets` are those it
 * names only as deadlines ("by 2030", "until the end of 2027").
 */
export function namedYears(text: string): { years: number[]; targets: Set<number> } {
  const years = new Set<number>();
  const other = new Set<number>();
  for (const m of text.matchAll(
    /(?<![\d.,$£€¥#/-]|No\.\s?)\b(19\d\d|20\d\d)\b(?![\d%]|[.,]\d|\s*(?:%|per\s?cent|people|persons|units|tonnes|tons|km|kilometres|kilometers|miles|metres|meters|feet|jobs|homes|cases|votes|seats|shares|points|dollars|euros|pounds|yen)\b)/g,
  )) {
    years.add(+m[1]);
    if (!TARGET_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) other.add(+m[1]);
  }
  return { years: [...years].sort((a, b) => a - b), targets: new Set([...years].filter((y) => !other.has(y))) };
}

/**
 * The one year among those the article names in which `month`/`day` falls on the
 * weekday the article gives for it, with the explanation shown in hovers and the CLI.
 */
export function yearFromEvidence(
  date: { month: number; day: number; text: string },
  beforeDate: string,
  lede: string,
  articleText: string,
): YearEvidence | undefined {
  const { month, day } = date;
  const weekday = datelineWeekday(beforeDate, date.text, lede);
  if (!weekday) return undefined;
  const { years: named, targets } = namedYears(articleText);
  // Every named year counts against ambiguity, deadlines included: leaving one out could make a wrong year look certain.
  const consistent = named.filter((y) => isCalendarDay(y, month, day) && new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday.weekday);
  if (consistent.length !== 1) return undefined;
  const year = consistent[0];
  // A year named only as a deadline ("by 2030") is not the year the story is told in.
  if (targets.has(year)) return undefined;
  const others = named.filter((y) => y !== year);
  const dayName = `${day} ${MONTHS[month - 1]}`;
  const explanation =
    `Year ${year} from the article: it gives the dateline's day as a ${WEEKDAYS[weekday.weekday]} ("${weekday.quote}"), ` +
    `and ${dayName} is a ${WEEKDAYS[weekday.weekday]} in ${year}` +
    (others.length > 0 ? ` but not in the other years it names (${others.join(', ')}).` : `, the only year it names.`);
  return { year, explanation };
}

function weekdayIndex(word: string): number {
  const key = word.slice(0, 3).toLowerCase();
  return WEEKDAYS.findIndex((w) => w.slice(0, 3).toLowerCase() === key);
}
