/**
 * TIMEX3 values in plain words, for readers rather than annotators: `2024-05-02TEV`
 * → "Thu 2 May 2024, evening", `2019-W30` with mod END → "end of week 30, 2019",
 * `XXXX-09` → "September (year unknown)". Inlay hints and the first line of the date
 * card show these; the TIMEX3 value stays in the card for experts.
 *
 * Calendar names follow the display language through `Intl` (English written the
 * way news copy writes it, "Thu 2 May 2024"); the connecting words ("evening",
 * "end of", "year unknown") are English for now. Pure: no I/O, no clock.
 */
import type { DateMod } from '../types';
import { isCalendarDay, isoWeekday } from './calendar';

const EN_WEEKDAYS_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const MODS: Record<DateMod, string> = { START: 'start of ', MID: 'middle of ', END: 'end of ', APPROX: 'about ', BEFORE: 'before ', AFTER: 'after ' };
const UNITS: Record<string, string> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  DE: 'decade',
  CE: 'century',
  Q: 'quarter',
  H: 'hour',
  MIN: 'minute',
  S: 'second',
};

/** True when the value names one moment or period a reader can place on a calendar (no `X` left in it). */
export function isResolved(value: string): boolean {
  return /^\d/.test(value) && !value.includes('X');
}

/**
 * The plain-words reading of a TIMEX3 value (and its `mod`), in the display language
 * `locale` (a BCP 47 tag such as VS Code's `en`, `en-us`, `de`). Null for a value it
 * cannot read, so callers can fall back to the value itself.
 */
export function describeDate(value: string, mod?: DateMod, locale = 'en'): string | null {
  const words = describeValue(value, calendarNames(locale));
  if (words === null) return null;
  return mod ? `${MODS[mod]}${words}` : words;
}

/** Weekday and month names, and how a full date and a clock time are written, in one language. */
interface CalendarNames {
  weekday(isoWeekday: number, short: boolean): string;
  month(month: number): string;
  day(year: number, month: number, day: number): string;
  monthDay(month: number, day: number): string;
  time(hour: number, minute: number): string;
}

const ENGLISH: CalendarNames = {
  weekday: (w, short) => (short ? EN_WEEKDAYS_SHORT : EN_WEEKDAYS)[w - 1],
  month: (m) => EN_MONTHS[m - 1],
  day: (y, m, d) => `${EN_WEEKDAYS_SHORT[isoWeekday({ year: y, month: m, day: d }) - 1]} ${d} ${EN_MONTHS[m - 1]} ${y}`,
  monthDay: (m, d) => `${d} ${EN_MONTHS[m - 1]}`,
  time: (h, min) => `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`,
};

const namesByLocale = new Map<string, CalendarNames>();

/**
 * English is written by hand (news style, the same on every Node build); other
 * languages, and US English, through `Intl` when this runtime knows the locale.
 */
function calendarNames(locale: string): CalendarNames {
  const tag = locale.toLowerCase();
  if (tag.startsWith('en') && tag !== 'en-us') return ENGLISH;
  const cached = namesByLocale.get(tag);
  if (cached) return cached;
  let names = ENGLISH;
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0) names = intlNames(locale);
  } catch {
    // A malformed tag: English it is.
  }
  namesByLocale.set(tag, names);
  return names;
}

function intlNames(locale: string): CalendarNames {
  const utc = (y: number, m: number, d: number, h = 12, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));
  const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
  const weekdayLong = fmt({ weekday: 'long' });
  const weekdayShort = fmt({ weekday: 'short' });
  const month = fmt({ month: 'long' });
  const day = fmt({ weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
  const monthDay = fmt({ day: 'numeric', month: 'long' });
  const time = fmt({ hour: 'numeric', minute: '2-digit' });
  // 2024-01-01 was a Monday: ISO weekday w is 2024-01-w.
  return {
    weekday: (w, short) => (short ? weekdayShort : weekdayLong).format(utc(2024, 1, w)),
    month: (m) => month.format(utc(2024, m, 1)),
    day: (y, m, d) => day.format(utc(y, m, d)),
    monthDay: (m, d) => monthDay.format(utc(2024, m, d)),
    time: (h, min) => time.format(utc(2024, 1, 1, h, min)),
  };
}

function describeValue(value: string, names: CalendarNames): string | null {
  switch (value) {
    case 'PRESENT_REF':
      return 'now';
    case 'PAST_REF':
      return 'the past';
    case 'FUTURE_REF':
      return 'the future';
  }
  if (value.startsWith('P')) return describeDuration(value);
  const [datePart, timePart] = splitTime(value);
  const date = describeCalendar(datePart, names);
  if (date === null) return null;
  if (timePart === undefined) return date.words;
  const time = describeTime(timePart, names);
  if (time === null) return null;
  if (date.words === '') return `${time} (day unknown)`;
  const words = date.words.slice(0, date.words.length - date.unknown.length);
  // "a Thursday evening (date unknown)", "Thu 2 May 2024, evening".
  const joint = date.weekdayOnly && PARTS_OF_DAY[timePart] ? ' ' : ', ';
  return `${words}${joint}${time}${date.unknown}`;
}

function splitTime(value: string): [string, string | undefined] {
  const t = value.indexOf('T');
  return t < 0 ? [value, undefined] : [value.slice(0, t), value.slice(t + 1)];
}

/** The calendar part; `unknown` repeats the "(… unknown)" tail so a time can go before it. */
function describeCalendar(value: string, names: CalendarNames): { words: string; unknown: string; weekdayOnly?: boolean } | null {
  const known = (words: string) => ({ words, unknown: '' });
  const unknownYear = (words: string) => ({ words: `${words} (year unknown)`, unknown: ' (year unknown)' });
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)) && isCalendarDay(+m[1], +m[2], +m[3])) return known(names.day(+m[1], +m[2], +m[3]));
  if ((m = /^XXXX-(\d{2})-(\d{2})$/.exec(value)) && isCalendarDay(2024, +m[1], +m[2])) return unknownYear(names.monthDay(+m[1], +m[2]));
  if (value === 'XXXX-XX-XX') return { words: '', unknown: '' };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 12) return known(`${names.month(+m[2])} ${m[1]}`);
  if ((m = /^XXXX-(\d{2})$/.exec(value)) && +m[1] >= 1 && +m[1] <= 12) return unknownYear(names.month(+m[1]));
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return known(`week ${+m[2]}, ${m[1]}`);
  if ((m = /^(\d{4})-W(\d{2})-WE$/.exec(value))) return known(`weekend of week ${+m[2]}, ${m[1]}`);
  if ((m = /^(\d{4})-W(\d{2})-([1-7])$/.exec(value))) {
    const day = isoWeekDate(+m[1], +m[2], +m[3]);
    return known(names.day(day.year, day.month, day.day));
  }
  // "next week", "this weekend" with no publication date: which week the text cannot say.
  if (value === 'XXXX-WXX') return { words: 'a week (date unknown)', unknown: ' (date unknown)' };
  if (value === 'XXXX-WXX-WE') return { words: 'a weekend (date unknown)', unknown: ' (date unknown)' };
  if ((m = /^XXXX-WXX-([1-7])$/.exec(value)))
    return { words: `a ${names.weekday(+m[1], false)} (date unknown)`, unknown: ' (date unknown)', weekdayOnly: true };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return known(`${ORDINALS[+m[2] - 1]} quarter of ${m[1]}`);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return known(`${ORDINALS[+m[2] - 1]} half of ${m[1]}`);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return known(`${SEASONS[m[2]]} ${m[1]}`);
  if ((m = /^XXXX-(SP|SU|FA|WI)$/.exec(value))) return unknownYear(SEASONS[m[1]]);
  if ((m = /^(\d{4})$/.exec(value))) return known(m[1]);
  if ((m = /^(\d{3})$/.exec(value))) return known(`the ${m[1]}0s`);
  if ((m = /^(\d{2})$/.exec(value))) return known(`the ${m[1]}00s`);
  return null;
}

/** `18:00` → "18:00" (or the locale's clock), `EV` → "evening". */
function describeTime(value: string, names: CalendarNames): string | null {
  if (PARTS_OF_DAY[value]) return PARTS_OF_DAY[value];
  const m = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(value);
  if (!m || +m[1] > 24 || +m[2] > 59) return null;
  if (+m[1] === 24) return 'midnight';
  if (+m[1] === 12 && +m[2] === 0) return 'noon';
  return names.time(+m[1], +m[2]);
}

/** `P3D` → "3 days", `PT2H` → "2 hours", `PXY` → "years". */
function describeDuration(value: string): string | null {
  const m = /^PT?(\d+(?:\.\d+)?|X)(Y|M|W|D|DE|CE|Q|H|MIN|S)$/.exec(value);
  if (!m) return null;
  const time = value.startsWith('PT');
  const unit = time && m[2] === 'M' ? 'minute' : UNITS[m[2]];
  if (!unit || (time && !['H', 'M', 'S'].includes(m[2]))) return null;
  if (m[1] === 'X') return unit === 'century' ? 'centuries' : `${unit}s`;
  const n = Number(m[1]);
  return `${m[1]} ${n === 1 ? unit : unit === 'century' ? 'centuries' : `${unit}s`}`;
}

/** The calendar day of ISO week `week`, weekday `weekday`, of ISO year `year`. */
function isoWeekDate(year: number, week: number, weekday: number): { year: number; month: number; day: number } {
  const mondayOfWeek1 = Date.UTC(year, 0, 4) - (isoWeekday({ year, month: 1, day: 4 }) - 1) * 86400000;
  const d = new Date(mondayOfWeek1 + ((week - 1) * 7 + weekday - 1) * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
