/**
 * A clock time written without its day ("at 6pm") belongs to the day named before
 * it in the same sentence or clause: "met on Thursday evening and voted at 6pm" is
 * that Thursday at 18:00, not the publication day. The clock rules mark such times
 * with `dayFromAnchor`; this pass, run on a paragraph's selected candidates, gives
 * them the day of the nearest earlier day-level date in the same clause.
 */
import type { Candidate } from './rule';

/** A day-level TIMEX3 value (`2024-05-02`, `XXXX-05-02`, `XXXX-WXX-4`), with an optional time part. */
const DAY_VALUE = /^((?:\d{4}|XXXX)-(?:\d{2}|XX)-\d{2}|(?:\d{4}|XXXX)-W(?:\d{2}|XX)-[1-7])(?:T.*)?$/;

/** A sentence or clause ends between the day and the time: a stop, a semicolon or a colon before a space. */
const CLAUSE_BREAK = /[.!?;:]["”’']?\s/;

/** How far back, in characters, a time looks for its day: one long news sentence. */
const REACH = 200;

/**
 * Gives each time marked `dayFromAnchor` the day of the last day-level candidate
 * before it in the same clause of `paragraph`. Candidates are sorted and disjoint;
 * the ones changed are copied, the others returned as they are.
 */
export function attachTimesToDays(paragraph: string, candidates: readonly Candidate[]): Candidate[] {
  let day: { end: number; value: string; text: string } | null = null;
  const out: Candidate[] = [];
  for (const c of candidates) {
    let kept = c;
    if (c.dayFromAnchor && day && c.start - day.end <= REACH && !CLAUSE_BREAK.test(paragraph.slice(day.end, c.start))) {
      const time = c.value.slice(c.value.indexOf('T'));
      kept = { ...c, value: `${day.value}${time}`, resolution: `clock time on the day named before it in the sentence ("${day.text}")` };
    }
    const m = DAY_VALUE.exec(kept.value);
    if (m && m[1] !== 'XXXX-XX-XX' && !kept.dayFromAnchor && (kept.dateType === 'date' || kept.dateType === 'time'))
      day = { end: kept.end, value: m[1], text: paragraph.slice(kept.start, kept.end) };
    if (kept !== c) delete kept.dayFromAnchor;
    out.push(kept);
  }
  return out;
}
