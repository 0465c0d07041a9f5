/**
 * The linker's comparison key of a name (step 1 of link.ts): lower case, straight
 * apostrophes, whitespace runs as one space, no possessive, and (except for persons)
 * no trailing corporate suffix. Computed for every distinct spelling of every
 * article, so plain names (printable ASCII with single inner spaces, nearly all of
 * them) skip the regular-expression chain; test/unit/fastPaths.test.ts checks the scan
 * against that chain on arbitrary text.
 */
import type { EntityType } from '../types';
import { CORPORATE_SUFFIXES } from './acronyms';

/** A name's key, and whether a corporate suffix was dropped from it ("Apple Inc." is a full name, never a short form). */
export interface NameKey {
  key: string;
  /** At least one trailing corporate-suffix word was removed. */
  suffixed: boolean;
}

/** The comparison key of a name and whether it lost a corporate suffix: see the file comment. */
export function nameKeyOf(name: string, type: EntityType): NameKey {
  let key = isPlain(name)
    ? name
    : name
        .replace(/[‘’`´]/g, "'")
        .replace(/\s+/g, ' ')
        .trim();
  // /'s?$/ without the regex: a final apostrophe, or a final "'s" (lower-case s, before lower-casing).
  const last = key.charCodeAt(key.length - 1);
  if (last === 39) key = key.slice(0, -1);
  else if (last === 115 && key.charCodeAt(key.length - 2) === 39) key = key.slice(0, -2);
  key = key.toLowerCase();
  if (type === 'person') return { key, suffixed: false };
  // Dropping the last space-separated word is slicing before the last space (split(' ') and join(' ') are inverses);
  // the key never starts with a space (trimmed), so `end` never reaches 0.
  let end = key.length;
  let suffixed = false;
  for (let space = key.lastIndexOf(' '); space >= 0; space = key.lastIndexOf(' ', end - 1)) {
    if (!CORPORATE_SUFFIXES.has(withoutFinalComma(key.slice(space + 1, end)))) break;
    end = space;
    suffixed = true;
  }
  return { key: withoutFinalComma(end === key.length ? key : key.slice(0, end)), suffixed };
}

/** The comparison key of a name (the key of `nameKeyOf`). */
export function nameKey(name: string, type: EntityType): string {
  return nameKeyOf(name, type).key;
}

function withoutFinalComma(word: string): string {
  return word.charCodeAt(word.length - 1) === 44 ? word.slice(0, -1) : word;
}

/** Printable ASCII other than a backtick, with spaces only single and inside: the normalising chain leaves it as it is. */
function isPlain(name: string): boolean {
  const n = name.length;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c > 32 && c < 127 && c !== 96) continue;
    if (c !== 32 || i === 0 || i === n - 1 || name.charCodeAt(i + 1) === 32) return false;
  }
  return true;
}
