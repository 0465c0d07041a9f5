/**
 * Sets an article's publication date in its YAML front matter (the quick fix for
 * an unknown year): replaces an existing `date:`, adds one to existing front
 * matter, or adds a front-matter block at the top. Only that line changes.
 */
import { readFrontMatter } from './frontMatter';
import type { TextSpan } from './types';

/** A text replacement in UTF-16 offsets. */
export interface TextSplice extends TextSpan {
  newText: string;
}

/** The splice that makes the front matter say `date: <date>`. */
export function setFrontMatterDate(text: string, date: string): TextSplice {
  const eol = /\r\n/.test(text) ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  const front = readFrontMatter(text);
  if (!front) return { start: 0, end: 0, newText: `---${eol}date: ${date}${eol}---${eol}` };
  const block = text.slice(0, front.bodyStart);
  const existing = /^(date[ \t]*:[ \t]*)([^\r\n#]*?)[ \t]*(?=#|\r|\n|$)/m.exec(block);
  if (existing) {
    const start = existing.index + existing[1].length;
    return { start, end: start + existing[2].length, newText: date };
  }
  // Before the closing `---` line.
  const closing = block.search(/(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/);
  const at = closing + (block.startsWith('\r\n', closing) ? 2 : 1);
  return { start: at, end: at, newText: `date: ${date}${eol}` };
}
