/**
 * Calendar order for TIMEX3 values, for the outline's Dates group: weeks, months,
 * seasons and quarters sort by the day they start; durations and sets (no place on
 * the calendar) come after every dated value, and values with an unknown year
 * (`XXXX-09-07`) after the known ones.
 */

const SEASON_START: Record<string, string> = { SP: '03-01', SU: '06-01', FA: '09-01', AU: '09-01', WI: '12-01' };
const QUARTER_START: Record<string, string> = { Q1: '01-01', Q2: '04-01', Q3: '07-01', Q4: '10-01', H1: '01-01', H2: '07-01' };

/** A string that sorts TIMEX3 values in calendar order. */
export function calendarKey(value: string): string {
  // Decades and centuries ("199", "19") start at their first year.
  if (/^\d{2,3}$/.test(value)) return `0${value.padEnd(4, '0')}`;
  const m = /^(\d{4}|XXXX)(?:-(.+))?$/.exec(value);
  if (!m) return `9${value}`; // P1Y, PT48H, PRESENT_REF…: after every date
  const [, year, rest = ''] = m;
  const known = year === 'XXXX' ? '1' : '0';
  const y = year === 'XXXX' ? '0000' : year;
  const week = /^W(\d{2})/.exec(rest);
  if (week) return `${known}${isoWeekStart(+y, +week[1])}`;
  if (SEASON_START[rest]) return `${known}${y}-${SEASON_START[rest]}`;
  if (QUARTER_START[rest]) return `${known}${y}-${QUARTER_START[rest]}`;
  // 2019, 2019-08, 2019-08-24, 2019-08-24T09:00 already sort as text.
  return `${known}${y}${rest ? `-${rest}` : ''}`;
}

/** The Monday of ISO week `week` of `year`, as YYYY-MM-DD. */
function isoWeekStart(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}
