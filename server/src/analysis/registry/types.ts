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
  /** Where the entry sits in its file, so go-to-definition and code lenses can point at it. */
  location?: { file: string; span: TextSpan };
}

/** A problem in a registry file, with the exact span it concerns. */
export interface RegistryProblem extends TextSpan {
  severity: 'error' | 'warning';
  message: string;
}

/** The result of reading one registry file. `ok` is false when the file cannot be trusted as a whole. */
export interface ParsedRegistryFile {
  entries: RegistryEntry[];
  ignore: string[];
  problems: RegistryProblem[];
  ok: boolean;
}
