/**
 * The reference point relative dates are resolved against: the publication date,
 * which may lack its year (`XXXX-09-07`) or be missing altogether. Keeping the
 * unknown parts explicit lets every rule print honest TIMEX3 values (`XXXX-11`)
 * instead of guessing a year the article never gave.
 */
import { Ymd, pad } from './calendar';

/** The publication date split into what is known. */
export interface Anchor {
  /** Null when the year is unknown (`XXXX-MM-DD`) or there is no date. */
  year: number | null;
  /** Null when there is no date at all. */
  month: number | null;
  day: number | null;
  /** The publication date as given, for hover sentences. */
  label: string;
  /**
   * A year used only to count weekdays when the real year is unknown. The core has
   * no clock, so callers that want "Monday" resolved under an unknown year pass one
   * (e.g. the current year); the printed value still keeps `XXXX`.
   */
  assumedYear: number | null;
}

/** Parses `YYYY-MM-DD`, `XXXX-MM-DD` (a `THH:MM…` tail is ignored) or null into an Anchor. */
export function parseAnchor(publicationDate: string | null, assumedYear: number | null = null): Anchor {
  const m = publicationDate ? /^(\d{4}|XXXX)-(\d{2})-(\d{2})/.exec(publicationDate) : null;
  if (!m) return { year: null, month: null, day: null, label: 'no publication date', assumedYear };
  const year = m[1] === 'XXXX' ? null : Number(m[1]);
  return { year, month: Number(m[2]), day: Number(m[3]), label: m[0], assumedYear };
}

/** True when month and day are known, so day arithmetic ("yesterday") is possible. */
export function hasDay(a: Anchor): a is Anchor & { month: number; day: number } {
  return a.month !== null && a.day !== null;
}

/** Year proxy for arithmetic that needs one: the real year, else the assumed one, else a fixed non-leap year. */
export function arithmeticYear(a: Anchor): number {
  return a.year ?? a.assumedYear ?? 2001;
}

/** The anchor as a calendar day for arithmetic (see `arithmeticYear`); null without month/day. */
export function anchorDay(a: Anchor): Ymd | null {
  return hasDay(a) ? { year: arithmeticYear(a), month: a.month, day: a.day } : null;
}

/**
 * Prints a year for a value computed relative to the anchor: the real year, or
 * `XXXX` when the anchor's year is unknown. `delta` shifts years when they are known.
 */
export function relativeYear(a: Anchor, computedYear: number): string {
  if (a.year === null) return 'XXXX';
  return pad(computedYear, 4);
}

/** Formats a computed day, masking the year when the anchor's year is unknown. */
export function relativeDay(a: Anchor, d: Ymd): string {
  return `${relativeYear(a, d.year)}-${pad(d.month)}-${pad(d.day)}`;
}
