/**
 * `newsLens.registries` accepts files or globs ("shared/registries/*.yaml"). A glob is
 * expanded here with picomatch against a bounded, synchronous walk of its static base:
 * no symbolic links followed, dot-folders and node_modules skipped, at most
 * {@link MAX_GLOB_FILES} files, so a pattern such as `/**` cannot stall the server.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';

/** How many files one glob may name at most. */
export const MAX_GLOB_FILES = 1_000;
/** How many directories one glob's walk may read at most. */
const MAX_GLOB_DIRECTORIES = 5_000;

/** True when `pattern` has glob syntax (`*`, `?`, `[…]`, `{…}`, extglobs). */
export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/** The files an absolute pattern names: itself when it is no glob, else the files that match, sorted. */
export function expandRegistryPattern(pattern: string): string[] {
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob) return [pattern];
  const matches = picomatch(pattern, { dot: false });
  const found: string[] = [];
  const pending = [scan.base || '/'];
  let directories = 0;
  while (pending.length > 0 && found.length < MAX_GLOB_FILES && directories < MAX_GLOB_DIRECTORIES) {
    const dir = pending.shift()!;
    directories++;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules' && (scan.glob.includes('/') || scan.glob.includes('**'))) pending.push(path);
      } else if (entry.isFile() && matches(path)) {
        found.push(path);
        if (found.length >= MAX_GLOB_FILES) break;
      }
    }
  }
  return found.sort();
}
