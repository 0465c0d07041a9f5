/**
 * Reads workspace files as articles defensively: `.news` and `.article` always
 * count, `.txt` when it looks like an article or matches `newsLens.articleGlobs`.
 * Only regular files are read, never more than `newsLens.maxFileSize` allows (checked
 * before reading, by the workspace: see files/safeRead.ts); binary files are skipped. The walk that
 * finds the candidates is files/walk.ts.
 */
import { relative } from 'node:path';
import picomatch from 'picomatch';
import { looksLikeArticle } from '../analysis';
import type { SafeReadOptions } from '../files/safeRead';

/** Why a file was not read as an article, or its text. */
export type ReadOutcome = { text: string } | { skipped: string };

/** The read options of an article file: a character is at most 4 UTF-8 bytes, so a file over 4 × maxSize bytes is too long for certain. */
export function articleReadOptions(maxSize: number): SafeReadOptions {
  return { maxBytes: maxSize * 4, capName: 'newsLens.maxFileSize' };
}

/** An article file's text from its bytes (read by the workspace), or why it is not an article: `.txt` files must look like one or match a glob. */
export function articleText(raw: Uint8Array, path: string, folder: string | undefined, maxSize: number, globs: string[]): ReadOutcome {
  try {
    // A worker receives a plain Uint8Array: viewed as a Buffer, without a copy.
    const bytes = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    if (/\.txt$/i.test(path) && !matchesGlob(path, folder, globs)) {
      if (!looksLikeArticle(bytes.subarray(0, 4096).toString('utf8'))) return { skipped: 'a .txt that does not look like an article' };
    }
    if (bytes.subarray(0, 8192).includes(0)) return { skipped: 'binary' };
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (text.length > maxSize) return { skipped: 'larger than newsLens.maxFileSize' };
    return { text };
  } catch (error) {
    return { skipped: (error as Error).message };
  }
}

function matchesGlob(path: string, folder: string | undefined, globs: string[]): boolean {
  if (globs.length === 0) return false;
  const rel = folder ? relative(folder, path) : path;
  return globs.some((g) => picomatch.isMatch(rel, g, { dot: false }) || picomatch.isMatch(path, g));
}
