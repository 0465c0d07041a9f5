/**
 * Optional YAML front matter (`---` … `---` at the top of an article). When present
 * its `title`, `source`, `date` and `url` win over what is inferred (spec §1).
 */
import { parseDocument } from 'yaml';
import { readFrontMatterLinks } from './frontMatterLinks';
import { yamlErrorText } from './yamlErrorText';
import type { FrontMatterError, FrontMatterLinks, TextSpan } from './types';

/** The front-matter block, the plain string fields it gives, and the reader's link choices. */
export interface FrontMatter extends TextSpan {
  fields: Record<string, string>;
  /** The `links:` map (issue 10), when the front matter has one. */
  links?: FrontMatterLinks;
  /** Why none of the block is used (not valid YAML, or not `key: value` fields); absent when it is used. */
  error?: FrontMatterError;
  /** Offset just after the closing `---` line: where the article itself starts. */
  bodyStart: number;
}

/** What a block that cannot be used costs the reader, said after every such error. */
const NOTHING_USED = 'so none of it is used: its date, title, source, url and links are ignored.';

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
  let error: FrontMatterError | undefined;
  // Where the closing fence's `---` starts: a YAML error found at the end of the block points there.
  const fenceStart = close.index + /^(?:\r\n|\r|\n)?/.exec(close[0])![0].length;
  try {
    // logLevel 'error': an odd tag (`date: !!biAA`) is not worth a process warning on the server's stderr (found by the fuzz campaign).
    const doc = parseDocument(yamlText, { logLevel: 'error' });
    // Malformed YAML gives no fields (and no links) rather than guesses, and says so: a date or a link that silently does nothing is worse.
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      const start = Math.min(open[0].length + first.pos[0], fenceStart);
      error = {
        start,
        end: Math.max(start + 1, Math.min(open[0].length + first.pos[1], fenceStart)),
        message: `The front matter is not valid YAML (${yamlErrorText(first.message)}), ${NOTHING_USED}`,
      };
    }
    const data: unknown = doc.errors.length === 0 ? doc.toJS() : undefined;
    if (doc.errors.length === 0 && data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
      const range = doc.contents?.range;
      const start = open[0].length + (range ? range[0] : 0);
      error = {
        start,
        end: Math.max(start + 1, open[0].length + (range ? range[1] : 0)),
        message: `The front matter is ${Array.isArray(data) ? 'a list' : 'plain text'}, not fields such as \`date: 2024-05-02\`, ${NOTHING_USED}`,
      };
    }
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
  return { start: 0, end: bodyStart, fields, bodyStart, ...(links ? { links } : {}), ...(error ? { error } : {}) };
}
