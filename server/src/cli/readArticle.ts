/**
 * Reads an article file for the CLI, refusing what is not text with a clear message
 * instead of analysing garbage: directories, binary files, undecodable bytes.
 */
import { readFileSync, statSync } from 'node:fs';

/** The text, or why there is none; `warning` for things worth saying (an empty file). */
export type ReadResult = { text: string; warning?: string } | { error: string };

/** Reads `path` as UTF-8 text (a UTF-8 byte-order mark is dropped). */
export function readArticle(path: string): ReadResult {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) return { error: 'is a directory, not an article file' };
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message };
  }
  if (bytes.length === 0) return { text: '', warning: 'the file is empty; nothing to analyse' };
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return { error: 'looks like a binary file (it contains NUL bytes), not an article' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'is not valid UTF-8 text; save it as UTF-8 and try again' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}
