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

/**
 * Paragraphs up to this length go to chrono whole; longer ones in windows. chrono's
 * time grows faster than the text (issue 15: "1/2/2019 " × 64k took 5.4 s, 3.4× per
 * doubling), and no paragraph of real news comes near this size, so their results
 * are what they always were.
 */
export const CHRONO_WHOLE = 4096;
/** The size of each window of a longer paragraph (chrono's refiners read back to the start of what they are given, so small windows keep it fast). */
const CHRONO_WINDOW = 2048;
/** Context read on each side of a window, longer than any date chrono reads. */
const CHRONO_MARGIN = 256;

/** One chrono result, with its offset in the paragraph. */
interface ChronoHit {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
}

/**
 * chrono's results for `text`: one parse for a paragraph of normal size; for a longer
 * one, windows of about CHRONO_WINDOW characters cut at whitespace, each parsed with
 * CHRONO_MARGIN characters of context on both sides. A window keeps the results that
 * start inside it and do not overlap one kept before, as one parse of the whole text
 * would have read them left to right. Linear in the paragraph; a window whose text
 * (context included) was already parsed is not parsed again, as a pasted table or a
 * repeated block makes many identical windows.
 */
function chronoHits(text: string, anchor: Anchor): ChronoHit[] {
  const options = { instant: chronoReference(anchor), timezone: 0 };
  if (text.length <= CHRONO_WHOLE) return chrono.parse(text, options);
  const hits: ChronoHit[] = [];
  const parsed = new Map<string, chrono.ParsedResult[]>();
  let keptEnd = 0;
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + CHRONO_WINDOW);
    if (to < text.length) {
      const cut = text.lastIndexOf(' ', to);
      if (cut > from + CHRONO_WINDOW / 2) to = cut;
    }
    const lo = Math.max(0, from - CHRONO_MARGIN);
    const slice = text.slice(lo, Math.min(text.length, to + CHRONO_MARGIN));
    let results = parsed.get(slice);
    if (!results) parsed.set(slice, (results = chrono.parse(slice, options)));
    for (const r of results) {
      const index = lo + r.index;
      if (index < from || index >= to || index < keptEnd) continue;
      hits.push({ index, text: r.text, start: r.start });
      keptEnd = index + r.text.length;
    }
    from = to;
  }
  return hits;
}

/** Numeric dates chrono finds in a paragraph, as low-priority candidates (offsets relative to the paragraph). */
export function chronoCandidates(text: string, anchor: Anchor): Candidate[] {
  const out: Candidate[] = [];
  for (const r of chronoHits(text, anchor)) {
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
