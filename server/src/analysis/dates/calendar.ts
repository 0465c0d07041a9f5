/**
 * Calendar arithmetic for TIMEX3 values: days, ISO weeks, quarters, seasons.
 * Everything works on plain (year, month, day) triples in UTC so results never
 * depend on the machine's time zone.
 */

/** A calendar day; `month` is 1-based. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Zero-pads a number to `width` digits, as TIMEX3 values want. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Builds a UTC timestamp for a calendar day (handles overflowing days/months). */
function toTime(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

/** Reads a UTC timestamp back into a calendar day. */
function fromTime(t: number): Ymd {
  const date = new Date(t);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `n` days after `d` (negative `n` goes back). */
export function addDays(d: Ymd, n: number): Ymd {
  return fromTime(toTime(d) + n * 86_400_000);
}

/** The first day of the month `n` months after `d`'s month. */
export function addMonths(d: Ymd, n: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** ISO weekday, 1 = Monday … 7 = Sunday (TIMEX3 `XXXX-WXX-1` numbering). */
export function isoWeekday(d: Ymd): number {
  const w = new Date(toTime(d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a day (TIMEX3 `2019-W30`). */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((toTime(thursday) - toTime(jan1)) / 86_400_000 / 7) + 1;
  return { year: thursday.year, week };
}

/** The TIMEX3 week value (`2019-W30`) of the week `offset` weeks from `d`'s week. */
export function weekValue(d: Ymd, offset: number): string {
  const w = isoWeek(addDays(d, offset * 7));
  return `${w.year}-W${pad(w.week)}`;
}

/** Formats a full day as `YYYY-MM-DD`. */
export function formatDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Quarter (1–4) a month falls in. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The day of the month that is the `nth` (1-based) `weekday` (ISO 1–7) of a month: holidays like Thanksgiving. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): Ymd {
  const first = { year, month, day: 1 };
  const shift = (weekday - isoWeekday(first) + 7) % 7;
  return { year, month, day: 1 + shift + (nth - 1) * 7 };
}

/** Days in a month (leap years included). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when (year, month, day) is a day of the calendar; without a year, 29 February counts. */
export function isCalendarDay(year: number | undefined, month: number, day: number): boolean {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year ?? 2000, month);
}

/** Signed day difference `a - b`. */
export function dayDiff(a: Ymd, b: Ymd): number {
  return Math.round((toTime(a) - toTime(b)) / 86_400_000);
}
