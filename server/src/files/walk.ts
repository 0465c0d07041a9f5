/**
 * Lists candidate article files under a workspace folder without trusting its
 * shape. A cloned repository can hold `misc/a -> .` and `misc/b -> .`: a walk that
 * follows links and forgets where it has been never ends. So this walk
 *  - remembers the real path of every directory and file it has taken, so nothing is
 *    visited or listed twice and no loop is followed;
 *  - follows a link only when its target lies inside the workspace folder;
 *  - is asynchronous (every directory read yields to the event loop), so the server
 *    answers requests while a large tree is listed;
 *  - stops at `limit` files and says so.
 */
import { realpath, readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { hasArticleExtension } from './articleFiles';

const SKIP_DIRS = new Set(['node_modules', 'out', 'dist']);

/** The candidates found, and whether the limit cut the list short. */
export interface WalkResult {
  files: string[];
  truncated: boolean;
}

/** Every candidate article path below `folder` (depth-first, sorted, dot-folders skipped), at most `limit`. */
export async function listArticleFiles(folder: string, limit: number, cancelled: () => boolean = () => false): Promise<WalkResult> {
  const files: string[] = [];
  let truncated = false;
  let root: string;
  try {
    root = await realpath(folder);
  } catch {
    return { files, truncated };
  }
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  const seen = new Set<string>([root]);

  /** `dir` as the workspace names it, `realDir` its resolved path (plain entries below it need no realpath call). */
  const walk = async (dir: string, realDir: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const entry of entries) {
      if (truncated || cancelled()) return;
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let real = join(realDir, entry.name);
      if (entry.isSymbolicLink()) {
        // A link is taken only to a target inside the workspace folder that was not taken yet.
        try {
          real = await realpath(path);
          isDirectory = (await stat(real)).isDirectory();
        } catch {
          continue; // dangling or unreadable
        }
        if (!inside(real)) continue;
      }
      if (isDirectory) {
        if (SKIP_DIRS.has(entry.name) || seen.has(real)) continue;
        seen.add(real);
        await walk(path, real);
      } else if (hasArticleExtension(entry.name)) {
        if (seen.has(real)) continue;
        seen.add(real);
        if (files.length >= limit) {
          truncated = true;
          return;
        }
        files.push(path);
      }
    }
  };
  await walk(folder, root);
  return { files, truncated };
}
