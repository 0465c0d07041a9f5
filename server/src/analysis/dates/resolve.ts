/**
 * Turning a month, a month and day, or a weekday into a full TIMEX3 value by
 * choosing the year (or week) the text means: the tense of the sentence decides
 * between the occurrence before and after the publication date, and without a
 * cue the one closest to it wins.
 */
import { Anchor, anchorDay, hasDay, relativeDay } from './anchor';
import { addDays, isoWeekday, pad } from './calendar';
import { Direction, directionAt } from './tense';

/** A resolved value with the sentence the hover shows. */
export interface Resolved {
  value: string;
  resolution: string;
}

/** Picks the year of a month (and optional day) by tense relative to the anchor. */
export function yearFor(anchor: Anchor, direction: Direction, month: number, day: number | null): number | null {
  if (anchor.year === null || anchor.month === null) return null;
  // Months as positions on a circle around the anchor, in days (roughly): positive = later in the year.
  const ref = (anchor.month - 1) * 30.5 + (day === null ? 15 : (anchor.day ?? 15));
  const key = (month - 1) * 30.5 + (day ?? 15);
  const y = anchor.year;
  const diff = key - ref;
  // News mostly reports the past, and tense cues are noisy: a cue moves the date to the
  // neighbouring year only when the nearest occurrence contradicts it by more than ~2 months.
  if (direction === 'past') return diff > 60 ? y - 1 : y;
  if (direction === 'future') return diff < -60 ? y + 1 : y;
  // No cue: the occurrence in a window from ~8 months before to ~2 months after publication.
  if (diff > 60) return y - 1;
  if (diff < -240) return y + 1;
  return y;
}

/** Resolves "November" / "Aug. 24" without a year. */
export function resolveMonthDay(anchor: Anchor, text: string, start: number, end: number, month: number, day: number | null): Resolved {
  const tail = `${pad(month)}${day === null ? '' : `-${pad(day)}`}`;
  if (anchor.month === null) return { value: `XXXX-${tail}`, resolution: 'no publication date, so the year is unknown' };
  if (anchor.year === null) return { value: `XXXX-${tail}`, resolution: `the publication date ${anchor.label} has no year, so neither does this date` };
  const direction = directionAt(text, start, end);
  const year = yearFor(anchor, direction, month, day) as number;
  const why = direction === 'none' ? 'the occurrence nearest to' : direction === 'past' ? 'past tense: the last one up to' : 'future tense: the next one after';
  return { value: `${pad(year, 4)}-${tail}`, resolution: `year taken from the publication date (${why} ${anchor.label})` };
}

/** Resolves a weekday to a day by tense: on or before the publication date, or the next one for future cues. */
export function resolveWeekday(anchor: Anchor, text: string, start: number, end: number, weekday: number, forced?: Direction, weekOffset = 0): Resolved {
  const base = anchorDay(anchor);
  if (!base || !hasDay(anchor) || (anchor.year === null && anchor.assumedYear === null)) {
    return {
      value: `XXXX-WXX-${weekday}`,
      resolution:
        anchor.month === null ? 'no publication date: any such weekday' : `the publication date ${anchor.label} has no year, so its weekday is unknown`,
    };
  }
  const direction = forced ?? directionAt(text, start, end);
  let diff = weekday - isoWeekday(base);
  if (weekOffset !== 0) {
    // "last Friday"/"next Friday": the one in the previous/next week, never the publication day itself.
    diff = weekOffset < 0 ? (diff < 0 ? diff : diff - 7) : diff > 0 ? diff : diff + 7;
  } else if (diff !== 0) {
    if (direction === 'future') diff = diff > 0 ? diff : diff + 7;
    else diff = diff < 0 ? diff : diff - 7;
  }
  const day = addDays(base, diff);
  return { value: relativeDay(anchor, day), resolution: weekdayResolution(anchor, diff === 0 ? 0 : diff < 0 ? 1 : 2) };
}

/**
 * The three wordings of a weekday's resolution for one anchor, made once: a paragraph
 * of thousands of weekdays otherwise kept thousands of copies of the same sentence in
 * its result (issue 15, adversarial growth: memory the collector must walk).
 */
const weekdayWordings = new WeakMap<Anchor, string[]>();

function weekdayResolution(anchor: Anchor, which: 0 | 1 | 2): string {
  let wordings = weekdayWordings.get(anchor);
  if (!wordings) {
    const assumed = anchor.year === null ? ` (weekday counted assuming the year ${anchor.assumedYear})` : '';
    wordings = ['the publication date itself', 'the weekday before the publication date', 'the next such weekday after the publication date'].map(
      (how) => `${how} ${anchor.label}${assumed}`,
    );
    weekdayWordings.set(anchor, wordings);
  }
  return wordings[which];
}

/** The publication day shifted by `n` days ("yesterday" = -1), honouring an unknown year. */
export function shiftedDay(anchor: Anchor, n: number): Resolved {
  const base = anchorDay(anchor);
  if (!base) return { value: 'XXXX-XX-XX', resolution: 'no publication date to count from' };
  const d = addDays(base, n);
  const word = n === 0 ? 'the publication date' : `${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'} ${n < 0 ? 'before' : 'after'} the publication date`;
  return { value: relativeDay(anchor, d), resolution: `${word} ${anchor.label}` };
}
