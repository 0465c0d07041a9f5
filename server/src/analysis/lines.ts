/**
 * Line and paragraph splitting with UTF-16 offsets. Articles arrive with LF, CRLF
 * or lone CR line endings; every later step works on these spans, never on copies.
 */
import type { TextSpan } from './types';

/** One line of the text, without its line terminator. */
export interface Line extends TextSpan {
  text: string;
}

/** Splits text into lines, accepting `\n`, `\r\n` and a lone `\r` as terminators. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  // indexOf jumps from terminator to terminator (a character loop cost most of the layout pass).
  let nextLf = text.indexOf('\n', from);
  let nextCr = text.indexOf('\r', from);
  for (;;) {
    let i = nextLf < 0 ? nextCr : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
    if (i < 0 || i >= to) break;
    lines.push({ start, end: i, text: text.slice(start, i) });
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < to) i++;
    start = i + 1;
    if (nextLf >= 0 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf('\r', start);
  }
  lines.push({ start, end: to, text: text.slice(start, to) });
  return lines;
}

/** True when a line holds nothing but white space. */
export function isBlank(line: Line): boolean {
  return isPrintableAscii(line.text.charCodeAt(0)) ? false : line.text.trim().length === 0;
}

/** True for a visible ASCII character: certainly not white space, so no trim is needed to know a line is not blank there. */
export function isPrintableAscii(c: number): boolean {
  return c > 32 && c < 127;
}

/**
 * Groups lines into paragraphs: runs of non-blank lines separated by blank lines.
 * Scraped articles put one paragraph per line with blank lines between; hand-typed
 * ones wrap lines; both come out as one span per paragraph.
 */
export function paragraphsOf(lines: Line[]): TextSpan[] {
  const paragraphs: TextSpan[] = [];
  let current: TextSpan | undefined;
  for (const line of lines) {
    if (isBlank(line)) {
      current = undefined;
      continue;
    }
    const { text } = line;
    const start = line.start + (isPrintableAscii(text.charCodeAt(0)) ? 0 : text.length - text.trimStart().length);
    const end = line.end - (isPrintableAscii(text.charCodeAt(text.length - 1)) ? 0 : text.length - text.trimEnd().length);
    if (current) current.end = end;
    else {
      current = { start, end };
      paragraphs.push(current);
    }
  }
  return paragraphs;
}
