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
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (ch === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < to) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: to, text: text.slice(start, to) });
  return lines;
}

/** True when a line holds nothing but white space. */
export function isBlank(line: Line): boolean {
  return line.text.trim().length === 0;
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
    const start = line.start + (line.text.length - line.text.trimStart().length);
    const end = line.end - (line.text.length - line.text.trimEnd().length);
    if (current) current.end = end;
    else {
      current = { start, end };
      paragraphs.push(current);
    }
  }
  return paragraphs;
}
