/**
 * Calendar dates as news pages print them in stamps, bylines and datelines:
 * `2025-06-11`, `June 11, 2025`, `Jun. 11 2025`, `11 June 2025`, `Wed 11 Jun 2025`,
 * `11th June`, `Oct 3`. Only real calendar days are accepted, so a typo such as
 * `2023-02-29` is never taken for a publication date.
 */
import { isCalendarDay } from './dates/calendar';

/** Month names and their usual abbreviations, as a regex source with an optional period. */
export const MONTH_SOURCE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar date read from a stamp or a dateline; `year` is undefined when the text gives none. */
export interface LooseDate {
  year?: number;
  month: number;
  day: number;
  /** The matched text and its offset in the searched string. */
  text: string;
  offset: number;
}

const ISO = /(?<![\d-])(\d{4})[-/](\d{2})[-/](\d{2})(?![\d])/g;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4})(?![\\d]))?';
/** `24/06/2025`, `6/24/2025`, `24.06.2025`: read only when the order is certain (see {@link numericDate}). */
const NUMERIC = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/]|\.\d)/g;
/** `June 11, 2025`, `Jun. 11 2025`, `Oct 3`. */
const MONTH_FIRST = new RegExp(`\\b(${MONTH_SOURCE})\\s+${DAY}(?![\\d:.]\\d)${YEAR}`, 'gi');
/** `11 June 2025`, `11th June`, `Wed 11 Jun 2025`. */
const DAY_FIRST = new RegExp(`(?<![\\d:.])\\b${DAY}\\s+(?:of\\s+)?(${MONTH_SOURCE})(?![a-z])${YEAR}`, 'gi');

/** Every date in `text`, in order of position; overlapping readings keep the earliest, longest one. */
export function findLooseDates(text: string): LooseDate[] {
  const found: LooseDate[] = [];
  for (const m of text.matchAll(ISO)) {
    const date = { year: +m[1], month: +m[2], day: +m[3], text: m[0], offset: m.index! };
    if (isCalendarDay(date.year, date.month, date.day)) found.push(date);
  }
  for (const m of text.matchAll(NUMERIC)) {
    const date = numericDate(+m[1], m[2], +m[3], +m[4]);
    if (date) found.push({ ...date, text: m[0], offset: m.index! });
  }
  for (const m of text.matchAll(MONTH_FIRST)) if (capitalised(m[1])) push(found, m, monthOf(m[1]), +m[2], m[3]);
  for (const m of text.matchAll(DAY_FIRST)) if (capitalised(m[2])) push(found, m, monthOf(m[2]), +m[1], m[3]);
  found.sort((a, b) => a.offset - b.offset || b.text.length - a.text.length);
  const out: LooseDate[] = [];
  for (const d of found) if (!out.some((o) => d.offset < o.offset + o.text.length && o.offset < d.offset + d.text.length)) out.push(d);
  return out;
}

/**
 * Day and month of an all-digit date. A part over 12 can only be the day, so
 * `24/06/2025` and `6/24/2025` are certain; with dots Europe writes the day first.
 * `05/06/2025` is either 5 June or May 6, and is not read at all rather than guessed.
 */
function numericDate(a: number, separator: string, b: number, year: number): { year: number; month: number; day: number } | undefined {
  let day: number, month: number;
  if (separator === '.' || (a > 12 && b <= 12) || a === b) [day, month] = [a, b];
  else if (b > 12 && a <= 12) [day, month] = [b, a];
  else return undefined;
  return isCalendarDay(year, month, day) ? { year, month, day } : undefined;
}

/** The first date in `text` (a metadata line, a dateline's date part). */
export function findLooseDate(text: string): LooseDate | undefined {
  return findLooseDates(text)[0];
}

/**
 * True when `text` opens with an ISO date (`2023-02-29`, `2024-13-01T09:00`) that is
 * no day of the calendar: a typo the user must hear about, never a date to use.
 */
export function impossibleIsoDate(text: string): boolean {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(text);
  return m !== null && !isCalendarDay(+m[1], +m[2], +m[3]);
}

function push(found: LooseDate[], m: RegExpMatchArray, month: number, day: number, year: string | undefined): void {
  const y = year === undefined ? undefined : +year;
  // A four-digit number after the day that cannot be a year of news ("June 11 1500 troops") is not one.
  if (y !== undefined && (y < 1800 || y > 2200)) {
    const text = m[0].slice(0, m[0].length - year!.length).replace(/[,\s]+$/, '');
    if (isCalendarDay(undefined, month, day)) found.push({ month, day, text, offset: m.index! });
    return;
  }
  if (month > 0 && isCalendarDay(y, month, day)) found.push({ year: y, month, day, text: m[0], offset: m.index! });
}

/** Month names are capitalised ("May", "MAY"); "may" is a verb. */
function capitalised(name: string): boolean {
  return name[0] >= 'A' && name[0] <= 'Z';
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** `YYYY-MM-DD`, or `XXXX-MM-DD` when the year is unknown. */
export function isoOf(date: { year?: number; month: number; day: number }): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year === undefined ? 'XXXX' : date.year}-${pad(date.month)}-${pad(date.day)}`;
}
