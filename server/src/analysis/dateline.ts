/**
 * Datelines and metadata lines: the wire-copy conventions that tell where and when
 * a story was filed (`TOKYO, July 29 (Xinhua) --`, `Sep 07 (Japan Times) -`,
 * `BERLIN (AP) —`, `Source: Xinhua| 2019-07-29 21:08:49|Editor: …`).
 */
import { MONTH_SOURCE } from './looseDate';
import { gazetteerEntryNamed } from './gazetteer';

const MONTH = MONTH_SOURCE;
const MONTH_DAY = `${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?`;
/** The day first, as British and Commonwealth desks write it (`3 October`). */
const DAY_MONTH = `\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?`;
/**
 * Capital and small letters of the Latin alphabets ("LEÓN", "SÃO PAULO", "Reykjavík"), as ranges: a `u`-flag
 * `\p{Lu}` made every paragraph's dateline test ten times slower. (À–Þ and the Latin Extended-A block, whose
 * capitals and small letters alternate, so its range admits both.)
 */
const UPPER = 'A-ZÀ-ÖØ-ÞĀ-ž';
const LOWER = 'a-zß-öø-ÿĀ-ž';
/** A place in capitals (`OSLO`, `KUALA LUMPUR`, `ST. LOUIS`), or several joined by slashes (`SEOUL/WASHINGTON`). */
const CAPS_PLACE = `[${UPPER}][${UPPER}.'’-]+(?:[ ][${UPPER}][${UPPER}.'’-]+)*`;
const CAPS_PLACES = `${CAPS_PLACE}(?:[ ]?/[ ]?${CAPS_PLACE})*`;
/** A place as a word in title case (`Nairobi`, `Buenos Aires`): only before a date or an agency. */
const TITLE_PLACE = `[${UPPER}][${LOWER}'’-]+(?:[ ][${UPPER}][${LOWER}'’-]+){0,2}`;
/** The country or state after the place (`, Peru`, `, Calif.`, `, N.Y.`). */
const REGION = `(?:,[ ][${UPPER}][${UPPER}${LOWER}.]+(?:[ ][${UPPER}][${UPPER}${LOWER}.]+)?)?`;
const AGENCY = '(?:\\([^()\\r\\n]{1,40}\\)|/[^/\\r\\n]{1,40}/)';
const DASH = '(?:--|—|–|-)';

/**
 * Dateline at the start of a paragraph; groups 1 and 4 are the month-and-day part when present.
 * Group 2 is a bare place in capitals (group 3 its colon) and group 5 a place in title case
 * before a colon, both checked by {@link barePlace}.
 */
const DATELINE = new RegExp(
  `^(?:(?:${CAPS_PLACES}|${TITLE_PLACE})${REGION},?\\s+(${MONTH_DAY}|${DAY_MONTH})\\s*(?:${AGENCY})?\\s*${DASH}` +
    `|(?:${CAPS_PLACES}|${TITLE_PLACE})${REGION}\\s*${AGENCY}\\s*${DASH}` +
    `|(${CAPS_PLACES}${REGION})\\s*(?:(?:--|—|–|-(?=\\s))|(:)(?=[ ]+["“‘'A-Z0-9]))` +
    `|(${MONTH_DAY})\\s*${AGENCY}\\s*${DASH}` +
    `|(${TITLE_PLACE}(?:[ ]?/[ ]?${TITLE_PLACE})*):(?=[ ]+["“‘'A-Z0-9]))\\s*`,
);

/** Labels in capitals that open a paragraph the way a place does but are not places. */
const NOT_PLACES = new Set([
  'UPDATE',
  'UPDATED',
  'BREAKING',
  'BREAKING NEWS',
  'EXCLUSIVE',
  'WATCH',
  'ANALYSIS',
  'OPINION',
  "EDITOR'S NOTE",
  'EDITOR’S NOTE',
  'CORRECTION',
  'CLARIFICATION',
  'LIVE',
  'NOTE',
  'PHOTO',
  'PHOTOS',
  'VIDEO',
  'READ MORE',
  'FACTBOX',
  'EXPLAINER',
  'SOURCE',
  'SOURCES',
  'WARNING',
  'ALERT',
  'URGENT',
  'FLASH',
  'COMMENT',
  'REVIEW',
  'INTERVIEW',
  'FEATURE',
  'SPONSORED',
  'ADVERTISEMENT',
  'DISCLAIMER',
  'TRANSCRIPT',
  'RELATED',
  'SEE ALSO',
  'MORE',
  'WHAT',
  'WHY',
  'HOW',
  'WHO',
  'WHEN',
  'WHERE',
  'NEW',
  'FILE',
  'ABOUT',
  'CONTACT',
  'UPDATES',
  'RESULTS',
  'SCORES',
  'LINEUPS',
  'TEAMS',
  'FULL TIME',
  'HALF TIME',
  'PREVIEW',
  'RECAP',
  'SPOILER',
  'SUMMARY',
  'TL;DR',
]);

/**
 * True when a place in capitals with nothing but a dash or colon after it is a place:
 * not a label such as `UPDATE -` nor an acronym; before a colon (`KUALA LUMPUR:`, not `SMITH:` in a
 * transcript) every place must be one the gazetteer knows.
 */
function barePlace(places: string, colon: boolean): boolean {
  if (NOT_PLACES.has(places.replace(/\s+/g, ' ').toUpperCase())) return false;
  // Two capitals before a dash are an acronym ("AP-GfK Poll"), not a place.
  if (!/\p{L}{3}/u.test(places)) return false;
  if (!colon) return true;
  return places.split(/\s*[/,]\s*/).every((part) => gazetteerEntryNamed(part)?.type === 'place');
}

/** A stamp line that is a place in capitals and a date ("LONDON 1996-08-30", "AL-AIN, UAE Aug 3"): group 1 is the place. */
const PLACE_STAMP = new RegExp(`^(${CAPS_PLACE})(${REGION})\\s+(?=\\d|${MONTH})`);
/** A month's name alone (what PLACE_STAMP's region must not be). */
const MONTH_ONLY = new RegExp(`^(?:${MONTH})$`, 'i');
/** Stamp labels in capitals ("UPDATED 2024-03-01") that open a stamp the way a place does. */
const STAMP_LABEL = /^(?:(?:FIRST |ORIGINALLY |LAST )?(?:PUBLISHED|POSTED|FILED|UPDATED|MODIFIED|EDITED|REVISED|CREATED|RELEASED)|DATE|DATELINE)$/;

/**
 * The place of a stamp line that is only a place and its date ("LONDON 1996-08-30", "WIGAN, England
 * 1996-08-31", the way wire archives print a dateline): the place's length in `line` and where its
 * country or state (", England") starts and ends, or undefined for any other stamp (labels such as
 * "UPDATED 2024-03-01", bylines). The line is read as furniture for its date; this lets its places
 * still be names.
 */
export function stampPlace(line: string): { length: number; region?: { start: number; end: number } } | undefined {
  const m = PLACE_STAMP.exec(line);
  if (!m || STAMP_LABEL.test(m[1]) || !barePlace(m[1], false)) return undefined;
  if (!m[2]) return { length: m[1].length };
  // "ROTTERDAM, May 2", "AL-AIN, UAE Aug 3": a month opens the date, it is no part of the city's region.
  const words = m[2].slice(2).split(' ');
  while (words.length > 0 && MONTH_ONLY.test(words[words.length - 1])) words.pop();
  if (words.length === 0) return { length: m[1].length };
  return { length: m[1].length, region: { start: m[1].length + 2, end: m[1].length + 2 + words.join(' ').length } };
}

/** True when the text has letters and none in lower case. */
function shouted(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A recognised dateline: its length and the date it names, if any. */
export interface Dateline {
  length: number;
  /** The month-and-day text (`July 29`, `Sep 07`, `March 18, 2024`), when the dateline has one. */
  dateText?: string;
  /** Offset of `dateText` within the paragraph. */
  dateOffset?: number;
}

/**
 * Recognises a dateline at the start of a paragraph's text: `TOKYO, July 29 (Xinhua) --`,
 * `SEOUL/WASHINGTON, Oct 3 -`, `LIMA, Peru (AP) —`, `KUALA LUMPUR:`, `Kuala Lumpur:`, `Nairobi (AFP) -`.
 * A dateline without a date still marks the place it was filed from, not story text.
 */
export function matchDateline(paragraph: string): Dateline | undefined {
  const m = DATELINE.exec(paragraph);
  if (!m) return undefined;
  if (m[2] !== undefined && !barePlace(m[2], m[3] !== undefined)) return undefined;
  // "SOCCER - JAPAN GET LUCKY WIN" is a wire headline (topic, dash, headline), not a dateline: after a
  // dateline's dash comes story prose, which has lower-case letters.
  if (m[2] !== undefined && shouted(paragraph.slice(m[0].length))) return undefined;
  if (m[5] !== undefined && !barePlace(m[5], true)) return undefined;
  const dateText = m[1] ?? m[4];
  const dateOffset = dateText === undefined ? undefined : paragraph.indexOf(dateText);
  return { length: m[0].length, dateText, dateOffset };
}

const METADATA_SOURCE = /^\s*(?:Source|Published|Posted|Updated|By)\s*:/i;
const METADATA_FIELDS = /\|/;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const SECTION_AND_DATE = new RegExp(`^[A-Z][A-Za-z &]{1,30}\\s*\\|\\s*${MONTH_DAY}\\s*$`);

/** True for a metadata line: `Source: …|…|Editor: …`, `Published: …`, or `Section | Sep 07`. */
export function isMetadataLine(line: string): boolean {
  if (METADATA_SOURCE.test(line)) return true;
  if (SECTION_AND_DATE.test(line.trim())) return true;
  return METADATA_FIELDS.test(line) && ISO_DATE.test(line);
}
