/**
 * Bylines and date stamps at the top of a page: `Published 11 June 2025`,
 * `Published: 14:02 GMT, 11 June 2025 | Updated: …`, `June 11, 2025 at 9:14 a.m. EDT`,
 * `Posted on 2025-06-11`, `By Jane Doe | June 11, 2025`,
 * `First published on Wed 11 Jun 2025 09.14 BST`. They are page furniture, not
 * story text, and the publication date is read from them (spec §1: the metadata line).
 */
import { findLooseDates, MONTH_SOURCE, type LooseDate } from './looseDate';

/** What a stamp's label says a date is: when the story was published, when it was updated, or nothing. */
export type StampKind = 'published' | 'updated' | 'plain';

/** A date on a stamp line, with the label that governs it. */
export interface StampDate extends LooseDate {
  kind: StampKind;
}

const MAX_STAMP = 160;

/** Labels that say what the date after them is. */
const LABEL =
  /\b(first published|originally published|published|posted|filed|created|released|last updated|last modified|updated|modified|edited|revised|date)\b/gi;
const UPDATED = /updated|modified|edited|revised/i;

/**
 * A line that opens with a label followed by a colon, "on"/"at", a number, a month or
 * a weekday (`Published 11 June`, `Updated: …`, `Posted on …`): "Date night ideas" or
 * "Published author returns" are headlines, not stamps.
 */
const LABELLED = new RegExp(
  `^\\s*(?:first |originally |last )?(?:published|posted|filed|updated|modified|date|dateline)\\s*(?::|\\s(?:on|at)\\b|(?=\\d)|\\s(?=${MONTH_SOURCE}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)))`,
  'i',
);
/** A byline: `By Jane Doe`, `BY JANE DOE`, `By JANE DOE FOR MAILONLINE`, `By Jane Doe and John Roe | Reuters`. */
const BYLINE =
  /^\s*(?:By|BY)\s+(?:[A-Z][\p{L}'’.-]*|\p{Lu}+)(?:[\s,]+(?:[A-Z][\p{L}'’.-]*|and|&|de|da|van|von|der|al|el|bin|for|in|the|of)){0,8}\s*(?:$|[|•·,;—–-])/u;

/** "By Tuesday, …", "By March …", "By the end …" open sentences, not bylines. */
const NOT_NAME =
  /^\s*By\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|The|Then|Now|Early|Late|Noon|Midnight|Dawn|Dusk|Evening|Morning|Nightfall|Contrast|Comparison|Law|Design|Default|Far|All|Most|Some|Next|Last|This|That|These|Those|Its|His|Her|Their|Our|Christmas|Easter|Summer|Winter|Spring|Autumn|Fall)\b/i;

/** Everything that may stand beside the date on a stamp line without making it prose. */
const FURNITURE = [
  /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\.?)?/gi,
  /\b\d{1,2}\s*[ap]\.?\s?m\.?(?![a-z])/gi,
  /\b(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|IST|JST|KST|AEST|AEDT|AWST|NZST|NZDT|SGT|HKT|PST|PDT|MST|MDT|CST|CDT|EST|EDT|ET|PT|CT|MT|SAST|WAT|EAT|CAT|MSK)\b(?:[+-]\d{1,2})?/g,
  /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\b\.?/gi,
  LABEL,
  /\b(?:on|at|and|last|by|min|mins|minute|minutes|read|comments?|share|ago|hours?|local time|time)\b/gi,
  /[|•·,;:/()–—-]+/g,
];

/** The dates on a stamp line and whether the line is page furniture at all. */
export interface StampLine {
  /** True for a byline or a stamp: the line is not story text. */
  furniture: boolean;
  /** The dates it gives, offsets within the line. */
  dates: StampDate[];
}

/**
 * Reads one line near the top of an article as a byline or a date stamp. Lines
 * that merely contain a date in a sentence ("The vote on June 11, 2025 was close.")
 * are not stamps: besides the date, times, weekdays, time zones and labels, at most
 * two words may remain unless the line opens with a label or a byline.
 */
export function readStampLine(line: string): StampLine {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_STAMP) return { furniture: false, dates: [] };
  const dates = findLooseDates(line);
  const labelled = LABELLED.test(line);
  const byline = BYLINE.test(line) && !NOT_NAME.test(line) && !/[.!?]["'”’]?$/.test(trimmed);
  let furniture = labelled || byline;
  // Without a label, only a full date makes a line a stamp ("Election Day: June 11" is a headline).
  if (!furniture && dates.some((d) => d.year !== undefined)) {
    let rest = line;
    for (const d of dates) rest = rest.slice(0, d.offset) + ' '.repeat(d.text.length) + rest.slice(d.offset + d.text.length);
    for (const re of FURNITURE) rest = rest.replace(re, ' ');
    furniture =
      rest
        .trim()
        .split(/\s+/)
        .filter((w) => w.length > 0).length <= 2 && !/[.!?]["'”’]?\s*$/.test(rest.replace(/\b[ap]\.m\.|\b[A-Z]\./g, ''));
  }
  if (!furniture) return { furniture: false, dates: [] };
  return { furniture, dates: withKinds(line, dates) };
}

/** The dates of a line already known to be a stamp or metadata line, each with the label that governs it. */
export function stampDates(line: string): StampDate[] {
  return withKinds(line, findLooseDates(line));
}

function withKinds(line: string, dates: LooseDate[]): StampDate[] {
  return dates.map((d) => ({ ...d, kind: kindAt(line, d.offset) }));
}

/** The kind of the label nearest before `offset` on the line, or `plain` when none. */
function kindAt(line: string, offset: number): StampKind {
  let kind: StampKind = 'plain';
  for (const m of line.matchAll(LABEL)) {
    if (m.index! >= offset) break;
    kind = UPDATED.test(m[1]) ? 'updated' : /date/i.test(m[1]) ? 'plain' : 'published';
  }
  return kind;
}

const RANK: Record<StampKind, number> = { published: 0, plain: 1, updated: 2 };

/**
 * The stamp date that gives the publication date: a published stamp wins over a
 * plain date, which wins over an updated one; among equals the first on the page.
 * A date with a year wins over one without, whatever its label.
 */
export function choosePublished<T extends StampDate>(dates: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const d of dates) {
    if (!best) best = d;
    else {
      const a = [d.year === undefined ? 1 : 0, RANK[d.kind]];
      const b = [best.year === undefined ? 1 : 0, RANK[best.kind]];
      if (a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])) best = d;
    }
  }
  return best;
}
