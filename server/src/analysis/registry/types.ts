/**
 * The shared entity registry as the core sees it (spec §3): plain entries, the
 * names to ignore, and the problems found while reading the file.
 */
import type { EntityType, TextSpan } from '../types';

/** One registry entry. Unknown keys stay in the file; the core only needs these. */
export interface RegistryEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description?: string;
  roles: string[];
  links: string[];
  /**
   * Where the entry sits in its file, so go-to-definition and code lenses can point at it;
   * with its id's span and 1-based line, so an id another file defines again can be
   * reported at the later id and name the line of the first (registry/mergedFiles.ts).
   */
  location?: { file: string; span: TextSpan; idSpan?: TextSpan; idLine?: number };
}

/**
 * A problem in a registry file, with the exact span it concerns. An `error` drops
 * what it concerns (one entry, one ignored name, or with `wholeFile` the rest of the
 * file); a `warning` drops nothing; an `info` is a fact worth seeing, such as a name
 * several entries share, which is legal.
 */
export interface RegistryProblem extends TextSpan {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /**
   * Set on problems that stop the file being read as a whole (YAML syntax, a file
   * that is not a mapping with an `entities` list): the last good version of the
   * file should stay in force instead of this one, when there is one.
   */
  wholeFile?: true;
}

/**
 * The result of reading one registry file: every entry that could be read (an entry
 * with an error is left out alone), and the problems. `ok` is false when the file
 * could not be read as a whole (see `RegistryProblem.wholeFile`); `entries` are then
 * those before the first such problem, to use only when no earlier version parsed.
 */
export interface ParsedRegistryFile {
  entries: RegistryEntry[];
  ignore: string[];
  problems: RegistryProblem[];
  ok: boolean;
}
