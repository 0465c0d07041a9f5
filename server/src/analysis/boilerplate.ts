/**
 * Trailing web boilerplate: what a page scrape drags in after the story
 * (`TOP STORIES`, `MORE Society NEWS`, `POPULAR NEWS`, `FOLLOW US`, teasers of
 * other stories, tracking digits). Everything from the first marker on is shown
 * dimmed and not analysed (spec §1).
 */
import { isPrintableAscii } from './lines';

const MARKERS: RegExp[] = [
  /^TOP STORIES$/i,
  /^MORE\b.{0,40}\bNEWS$/i,
  /^POPULAR NEWS$/i,
  /^FOLLOW US$/i,
  /^(?:MOST (?:VIEWED|READ|POPULAR)|EDITOR[’']?S[’']? (?:CHOICE|PICKS)|RELATED (?:NEWS|STORIES|ARTICLES|COVERAGE)|LATEST NEWS|READ MORE|RECOMMENDED(?: FOR YOU)?|YOU MAY ALSO LIKE|TRENDING(?: NOW)?|SHARE THIS(?: ARTICLE)?)$/i,
  /^EXPLORE [A-Z]+$/,
  /^\d{20,}$/,
];

/** True when a (trimmed) line marks the start of trailing boilerplate. */
export function isBoilerplateMarker(line: string): boolean {
  // A long line with visible ends stays long once trimmed: most body lines stop here without a copy.
  if (line.length > 60 && isPrintableAscii(line.charCodeAt(0)) && isPrintableAscii(line.charCodeAt(line.length - 1))) return false;
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 60) return false;
  return MARKERS.some((re) => re.test(trimmed));
}
