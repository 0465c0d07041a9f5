/**
 * The files of one merged registry seen together. buildRegistry keeps an id's first entry
 * in merge order and drops the later ones, while each file's parse sees only itself: an id
 * defined again in a later file (a second `--registry`, a folder's `newsLens.registries`)
 * used to vanish without a word. Pure: the files come parsed, and each entry carries the
 * span and line of its id.
 */
import type { ParsedRegistryFile, RegistryEntry, RegistryProblem } from './types';

/** One file of a merged registry, in merge order. */
export interface MergedRegistryFile {
  /** How messages name the file: the path as given on the command line, or relative to the workspace folder. */
  label: string;
  /** The file's version in force. */
  parsed: ParsedRegistryFile;
}

/**
 * For each file (same order), an error on every entry whose id an earlier file already
 * defines, at the later id, naming the file and line whose entry the merge keeps. Pass a
 * file once: the same file twice is not a duplicate of itself. A duplicate inside one file
 * is its parser's to report (parseRegistry keeps only the first).
 */
export function duplicateIdsAcrossFiles(files: readonly MergedRegistryFile[]): RegistryProblem[][] {
  const first = new Map<string, { label: string; entry: RegistryEntry }>();
  return files.map(({ label, parsed }) => {
    const problems: RegistryProblem[] = [];
    for (const entry of parsed.entries) {
      const kept = first.get(entry.id);
      if (kept) problems.push(duplicateOf(entry, kept.entry, kept.label));
    }
    for (const entry of parsed.entries) if (!first.has(entry.id)) first.set(entry.id, { label, entry });
    return problems;
  });
}

/**
 * Each file as it stands in the merged registry: the entries the merge keeps, and its
 * problems with the duplicates of earlier files' ids added, in file order. Merging these
 * gives the same registry as merging the files themselves; a tool that counts or prints
 * per file (`news-lens check`) reads the merge's truth from them.
 */
export function filesAsMerged(files: readonly MergedRegistryFile[]): ParsedRegistryFile[] {
  const duplicates = duplicateIdsAcrossFiles(files);
  const earlier = new Set<string>();
  return files.map(({ parsed }, i) => {
    const entries = parsed.entries.filter((e) => !earlier.has(e.id));
    for (const entry of parsed.entries) earlier.add(entry.id);
    if (duplicates[i].length === 0) return parsed;
    const problems = [...parsed.problems, ...duplicates[i]].sort((a, b) => a.start - b.start || a.end - b.end);
    return { ...parsed, entries, problems };
  });
}

function duplicateOf(entry: RegistryEntry, kept: RegistryEntry, label: string): RegistryProblem {
  const where = kept.location?.idLine !== undefined ? `${label}:${kept.location.idLine}` : label;
  const span = entry.location?.idSpan ?? entry.location?.span ?? { start: 0, end: 0 };
  return {
    start: span.start,
    end: span.end,
    severity: 'error',
    message: `Duplicate id "${entry.id}": ${where} already defines it ("${kept.name}", ${kept.type}). Merged registries keep the first entry of an id, so this entry is left out until this is fixed.`,
  };
}
