/**
 * Reads an article file for the CLI (and the export request), refusing what is not
 * text with a clear message instead of analysing garbage: directories, FIFOs and
 * devices (never opened for reading, so `/dev/zero` cannot exhaust memory), files over
 * the size cap (checked before reading), binary files, undecodable bytes.
 */
import { DEFAULT_SETTINGS } from '../settings';
import { decodeUtf8, readRegularFile, type SafeReadOptions, type SafeReadResult } from '../files/safeRead';

/** The text, or why there is none; `warning` for things worth saying (an empty file). */
export type ReadResult = { text: string; warning?: string } | { error: string };

/**
 * The longest article to read, in characters (UTF-16 units), and the name of what sets it, for
 * the refusal: the editor's `newsLens.maxFileSize`, or the CLI's `--max-file-size`, which is what
 * a CLI user can change.
 */
export interface ArticleSizeLimit {
  maxChars: number;
  name: string;
}

/**
 * Reads standard input (descriptor 0) whatever it is, a pipe, a redirected file or a terminal, and
 * still never past the cap: the CLI's `analyze -` and `analyze /dev/stdin`, which the user asked for
 * by name. Passed as {@link readArticle}'s `readFile`; never for a path a workspace supplies.
 */
export function readStandardInput(_path: string, options: SafeReadOptions): SafeReadResult {
  return readRegularFile('/dev/stdin', { ...options, allowStream: true, fd: 0 });
}

/** The editor's limit: its setting at its default. */
const EDITOR_LIMIT: ArticleSizeLimit = { maxChars: DEFAULT_SETTINGS.maxFileSize, name: 'newsLens.maxFileSize' };

/**
 * Reads `path` as UTF-8 text (a UTF-8 byte-order mark is dropped), at most `limit.maxChars` characters;
 * `readFile` is the disk for the CLI, the service's workspace for the export request.
 */
export function readArticle(
  path: string,
  limit: ArticleSizeLimit = EDITOR_LIMIT,
  readFile: (path: string, options: SafeReadOptions) => SafeReadResult = readRegularFile,
): ReadResult {
  const { maxChars, name } = limit;
  // A character is at most 4 UTF-8 bytes, so the byte cap is checked before reading and the character cap after.
  const read = readFile(path, { maxBytes: maxChars * 4, capName: `${name} (${maxChars} characters)` });
  if ('refused' in read) {
    if (read.kind === 'missing') return { error: 'no such file' };
    if (read.refused.startsWith('is a directory')) return { error: 'is a directory, not an article file' };
    return { error: read.refused };
  }
  const bytes = read.bytes;
  if (bytes.length === 0) return { text: '', warning: 'the file is empty; nothing to analyse' };
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return { error: 'looks like a binary file (it contains NUL bytes), not an article' };
  const text = decodeUtf8(bytes);
  if (text === undefined) return { error: 'is not valid UTF-8 text; save it as UTF-8 and try again' };
  if (text.length > maxChars) return { error: `is ${text.length} characters long, over the ${maxChars}-character limit of ${name}` };
  return { text };
}
