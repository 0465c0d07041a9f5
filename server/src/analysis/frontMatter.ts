/**
 * Optional YAML front matter (`---` … `---` at the top of an article). When present
 * its `title`, `source`, `date` and `url` win over what is inferred (spec §1).
 */
import { parseDocument } from 'yaml';
import { readFrontMatterLinks } from './frontMatterLinks';
import type { FrontMatterLinks, TextSpan } from './types';

/** The front-matter block, the plain string fields it gives, and the reader's link choices. */
export interface FrontMatter extends TextSpan {
  fields: Record<string, string>;
  /** The `links:` map (issue 10), when the front matter has one. */
  links?: FrontMatterLinks;
  /** Offset just after the closing `---` line: where the article itself starts. */
  bodyStart: number;
}

const OPEN = /^---[ \t]*(\r\n|\r|\n)/;
const CLOSE = /(?:^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/g;

/** Reads the front matter at the very start of `text`, or returns undefined when there is none. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  CLOSE.lastIndex = open[0].length - 1;
  const close = CLOSE.exec(text);
  if (!close) return undefined;
  const yamlText = text.slice(open[0].length, close.index);
  const fields: Record<string, string> = {};
  let links: FrontMatterLinks | undefined;
  try {
    // logLevel 'error': an odd tag (`date: !!biAA`) is not worth a process warning on the server's stderr (found by the fuzz campaign).
    const doc = parseDocument(yamlText, { logLevel: 'error' });
    // Malformed YAML gives no fields (and no links) rather than guesses.
    const data: unknown = doc.errors.length === 0 ? doc.toJS() : undefined;
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      links = readFrontMatterLinks(doc, open[0].length);
      for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
        if (value instanceof Date) fields[key] = value.toISOString().slice(0, 10);
        else if (typeof value === 'string' || typeof value === 'number') fields[key] = String(value);
      }
    }
  } catch {
    // Malformed front matter is still front matter: it is not article text.
  }
  const bodyStart = close.index + close[0].length;
  return links ? { start: 0, end: bodyStart, fields, bodyStart, links } : { start: 0, end: bodyStart, fields, bodyStart };
}
