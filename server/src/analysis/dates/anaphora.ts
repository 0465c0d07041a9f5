/**
 * Dates that point at another date in the article rather than at the publication
 * date: "later the same month", "that year", "the following month", "the same
 * day". The rule marks them; `resolveAnaphora` gives each the value of the last
 * dated mention before it (at the right granularity), shifted as the words say,
 * falling back to the publication date when nothing came before.
 */
import { Anchor, anchorDay } from './anchor';
import { addDays, addMonths, pad } from './calendar';
import { PART_PREFIX, partMod } from './lexicon';
import { B, E, Rule } from './rule';

/** The granularity an anaphoric date refers at. */
export type AnaphorUnit = 'day' | 'month' | 'year';

/** Marker a candidate carries in its value until the anaphora pass replaces it. */
export const ANAPHOR_PREFIX = 'ANAPHOR:';

/** "later the same month", "that year", "the following year", "the previous month", "the same day", "that day". */
export const anaphoricRule: Rule = {
  name: 'anaphoric',
  pattern: new RegExp(`${B}(${PART_PREFIX})?(the same|that same|that|the following|the previous|the next|the prior)\\s+(day|month|year)${E}`, 'gi'),
  requires: [
    ['same', 'that', 'following', 'previous', 'next', 'prior'],
    ['day', 'month', 'year'],
  ],
  build(m) {
    const which = m[2].toLowerCase();
    if (which === 'the next' && !m[1]) return null; // "the next year" is usually a duration
    const offset = /following|next/.test(which) ? 1 : /previous|prior/.test(which) ? -1 : 0;
    return { value: `${ANAPHOR_PREFIX}${m[3].toLowerCase()}:${offset}`, mod: partMod(m[1]), dateType: 'date', resolution: '', priority: 1 };
  },
};

/** A parsed calendar value, as precise as it is. */
interface Point {
  year: number;
  month?: number;
  day?: number;
}

/** Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (and a time tail) into a Point; null for anything else. */
export function parsePoint(value: string): Point | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

/**
 * The value of an anaphoric date given the last dated mention before it (or null)
 * and the anchor. Returns the value and the hover sentence.
 */
export function resolveAnaphor(marker: string, previous: { value: string; text: string } | null, anchor: Anchor): { value: string; resolution: string } {
  const [, unitWord, offsetWord] = marker.split(':');
  const unit = unitWord as AnaphorUnit;
  const offset = Number(offsetWord);
  const p = previous ? parsePoint(previous.value) : null;
  const usable = p && (unit === 'year' || (unit === 'month' && p.month !== undefined) || (unit === 'day' && p.day !== undefined));
  const base: Point | null = usable
    ? p
    : anchor.year !== null && anchor.month !== null
      ? { year: anchor.year, month: anchor.month, day: anchor.day ?? undefined }
      : null;
  const from = usable && previous ? `the date mentioned before ("${previous.text}")` : `the publication date ${anchor.label}`;
  if (!base) {
    const d = anchorDay(anchor);
    if (unit === 'year' || !d) return { value: 'XXXX', resolution: 'refers to an earlier date whose year is unknown' };
    return { value: unit === 'month' ? `XXXX-${pad(d.month)}` : `XXXX-${pad(d.month)}-${pad(d.day)}`, resolution: `relative to ${from}` };
  }
  if (unit === 'year') return { value: pad(base.year + offset, 4), resolution: `relative to ${from}` };
  if (unit === 'month') {
    const d = addMonths({ year: base.year, month: base.month ?? 1, day: 1 }, offset);
    return { value: `${pad(d.year, 4)}-${pad(d.month)}`, resolution: `relative to ${from}` };
  }
  const d = addDays({ year: base.year, month: base.month ?? 1, day: base.day ?? 1 }, offset);
  return { value: `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`, resolution: `relative to ${from}` };
}
