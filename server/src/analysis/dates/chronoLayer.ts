/**
 * chrono-node as the fallback for written-out numeric dates ("7/29/2019",
 * "2019-07-29", "29.07.2019 at 14:30") that the news rules do not cover. Only
 * results with a numeric day/month/year shape are kept: chrono's casual parser
 * also reads "Sun" in "The Sun" or "May" in a name as dates, which news text
 * cannot afford.
 */
import * as chrono from 'chrono-node';
import { Anchor } from './anchor';
import { pad } from './calendar';
import { Candidate } from './rule';

const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;

/**
 * False when no part of `text` is a numeric date, so `chronoCandidates(text)` is
 * empty (it keeps only results matching the same pattern): lets callers skip chrono.
 */
export function mayHoldNumericDate(text: string): boolean {
  return NUMERIC_DATE.test(text);
}

/** The TIMEX3 value of a chrono component set: as precise as the components chrono says are known. */
export function chronoValue(c: chrono.ParsedComponents, keepUnknownYear: boolean): string | null {
  if (!c.isCertain('month') && !c.isCertain('year') && !c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday')) return null;
  const year = c.isCertain('year') ? pad(c.get('year') ?? 0, 4) : keepUnknownYear ? 'XXXX' : pad(c.get('year') ?? 0, 4);
  let value = year;
  if (c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday') || c.isCertain('hour')) value += `-${pad(c.get('month') ?? 1)}`;
  if (c.isCertain('day') || c.isCertain('weekday') || c.isCertain('hour')) value += `-${pad(c.get('day') ?? 1)}`;
  if (c.isCertain('hour')) value += `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
  return value;
}

/** The anchor as the Date chrono resolves against (noon UTC avoids time-zone day shifts). */
export function chronoReference(a: Anchor): Date {
  return new Date(Date.UTC(a.year ?? a.assumedYear ?? 2001, (a.month ?? 1) - 1, a.day ?? 1, 12));
}

/** Numeric dates chrono finds in a paragraph, as low-priority candidates (offsets relative to the paragraph). */
export function chronoCandidates(text: string, anchor: Anchor): Candidate[] {
  const out: Candidate[] = [];
  for (const r of chrono.parse(text, { instant: chronoReference(anchor), timezone: 0 })) {
    if (!NUMERIC_DATE.test(r.text)) continue;
    const lead = /^(?:on|at|from|by|since|until|in)\s+/i.exec(r.text)?.[0].length ?? 0;
    const value = chronoValue(r.start, anchor.year === null);
    if (!value) continue;
    out.push({
      start: r.index + lead,
      end: r.index + r.text.length,
      value,
      dateType: r.start.isCertain('hour') ? 'time' : 'date',
      resolution: 'a numeric date read by chrono-node',
      priority: -2,
    });
  }
  return out;
}
