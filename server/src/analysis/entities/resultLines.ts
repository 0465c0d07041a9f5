/**
 * A results line of a match report ("Sale 31 Wasps 33", "London Irish 27 Bristol 28"): a
 * line that is two names, each with its score, names two sides. The tagger reads such a line
 * word by word with no sentence around it, so it misses a side named with a common word
 * ("Sale"), cuts one at a nationality ("London" + "Irish") or reads a club as its town. The
 * sides are organizations, except a country's name, which is left as the tagger read it (a
 * national side; the registry's linker tells the team from the country).
 */
import { gazetteerEntryNamed } from '../gazetteer';
import type { NameSpan } from '../ner';
import { replaceOverlapping } from './replaceNames';

/** One side: one to four capitalised words (hyphens, apostrophes and full stops inside). */
const SIDE = "\\p{Lu}[\\p{L}'’.&-]*(?: \\p{Lu}[\\p{L}'’.&-]*){0,3}";
const RESULT_LINE = new RegExp(`^(${SIDE}) (\\d{1,3}) (${SIDE}) (\\d{1,3})[ \\t]*$`, 'u');

/** The sides named on results lines of `text`, as organizations (sorted by start); empty for most articles. */
export function resultLineSides(text: string): NameSpan[] {
  const sides: NameSpan[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Cheap test first: a results line ends in a digit and is short.
    const last = text.charCodeAt(lineEnd - 1 - (text.charCodeAt(lineEnd - 1) === 13 ? 1 : 0));
    if (lineEnd - lineStart <= 80 && last >= 48 && last <= 57) {
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
      const m = RESULT_LINE.exec(line);
      if (m) {
        const secondAt = m[1].length + 1 + m[2].length + 1;
        for (const [name, at] of [
          [m[1], 0],
          [m[3], secondAt],
        ] as const) {
          if (gazetteerEntryNamed(name.toLowerCase())?.kind === 'country') continue;
          sides.push({ start: lineStart + at, end: lineStart + at + name.length, text: name, label: 'ORG' });
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return sides;
}

/** The tagged names with the sides of results lines in place of whatever the tagger read there. */
export function withResultLineSides(text: string, names: readonly NameSpan[]): NameSpan[] {
  const sides = resultLineSides(text);
  return sides.length === 0 ? names.slice() : replaceOverlapping(names, sides);
}
