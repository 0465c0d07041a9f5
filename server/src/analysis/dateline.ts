/**
 * Datelines and metadata lines: the wire-copy conventions that tell where and when
 * a story was filed (`TOKYO, July 29 (Xinhua) --`, `Sep 07 (Japan Times) -`,
 * `BERLIN (AP) —`, `Source: Xinhua| 2019-07-29 21:08:49|Editor: …`).
 */

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY = `${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?`;
const CITY = "[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+)*(?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?";
const AGENCY = '\\([^()\\r\\n]{1,40}\\)';
const DASH = '(?:--|—|–|-)';

/** Dateline at the start of a paragraph; group 1 is the month-and-day part when present. */
const DATELINE = new RegExp(
  `^(?:${CITY},?\\s+(${MONTH_DAY})\\s*(?:${AGENCY})?|${CITY}\\s*${AGENCY}|(${MONTH_DAY})\\s*${AGENCY}|[A-Z]{3,}(?:[ ][A-Z]{2,})*)\\s*${DASH}\\s*`,
);

/** A recognised dateline: its length and the date it names, if any. */
export interface Dateline {
  length: number;
  /** The month-and-day text (`July 29`, `Sep 07`, `March 18, 2024`), when the dateline has one. */
  dateText?: string;
  /** Offset of `dateText` within the paragraph. */
  dateOffset?: number;
}

/** Recognises a dateline at the start of a paragraph's text. */
export function matchDateline(paragraph: string): Dateline | undefined {
  const m = DATELINE.exec(paragraph);
  if (!m) return undefined;
  const dateText = m[1] ?? m[2];
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar date read from a metadata line or a dateline; `year` is undefined when the text gives none. */
export interface LooseDate {
  year?: number;
  month: number;
  day: number;
  /** The matched text and its offset in the searched string. */
  text: string;
  offset: number;
}

const MONTH_DAY_RE = new RegExp(`(${MONTH})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?`);

/** Finds the first ISO date or "Month DD[, YYYY]" in a line. */
export function findLooseDate(text: string): LooseDate | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = { year: +iso[1], month: +iso[2], day: +iso[3], text: iso[0], offset: iso.index };
    if (validDay(date.month, date.day)) return date;
  }
  const md = MONTH_DAY_RE.exec(text);
  if (md) {
    const month = MONTHS.indexOf(md[1].slice(0, 3).toLowerCase()) + 1;
    const day = +md[2];
    if (month > 0 && validDay(month, day)) {
      return { year: md[3] ? +md[3] : undefined, month, day, text: md[0], offset: md.index };
    }
  }
  return undefined;
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
