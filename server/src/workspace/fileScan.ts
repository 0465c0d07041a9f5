/**
 * Finds article files under the workspace folders and reads them defensively:
 * `.news` and `.article` always count, `.txt` when it looks like an article or
 * matches `newsLens.articleGlobs`. Binary and oversized files are skipped.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';
import { looksLikeArticle } from '../analysis/articleDetection';

const SKIP_DIRS = new Set(['node_modules', 'out', 'dist']);

/** Every candidate article path below `folder` (depth-first, sorted, dot-folders skipped). */
export function listArticleFiles(folder: string, limit = 200_000): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (out.length >= limit) return;
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (/\.(?:news|article|txt)$/i.test(name)) out.push(path);
      else if (!name.includes('.') || !/\.[a-z0-9]{1,5}$/i.test(name)) {
        if (SKIP_DIRS.has(name)) continue;
        try {
          if (statSync(path).isDirectory()) walk(path);
        } catch {
          // Vanished or unreadable: nothing to index there.
        }
      }
    }
  };
  walk(folder);
  return out;
}

/** Why a file was not read as an article, or its text. */
export type ReadOutcome = { text: string } | { skipped: string };

/** Reads an article file; `.txt` files must look like articles or match a glob. */
export function readArticleFile(path: string, folder: string | undefined, maxSize: number, globs: string[]): ReadOutcome {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { skipped: 'not a file' };
    if (stat.size > maxSize * 4) return { skipped: 'larger than newsLens.maxFileSize' };
    if (/\.txt$/i.test(path) && !matchesGlob(path, folder, globs)) {
      const head = readHead(path, 4096);
      if (!looksLikeArticle(head)) return { skipped: 'a .txt that does not look like an article' };
    }
    const bytes = readFileSync(path);
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

function readHead(path: string, bytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
