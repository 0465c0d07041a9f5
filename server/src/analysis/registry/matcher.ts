/**
 * Finds every registered name and alias in a text: longest match first, on token
 * boundaries, ignoring possessives and apostrophe styles, across line breaks.
 * A token trie keeps this linear in the text whatever the registry's size, so a
 * 50,000-entity registry costs no more per word than a ten-entity one.
 */
import { nameKeys, nameTokenBounds, nameTokenKey, type TokenBounds } from './nameTokens';
import { NONE, TokenTrie } from './tokenTrie';
import type { TextSpan } from '../types';

/** A registered surface form found in the text. */
export interface NameMatch extends TextSpan {
  /** The first entity (in file order) that claims the form. */
  id: string;
  /** Every entity that claims the form, in file order; present only when there are several (a shared name). */
  ids?: readonly string[];
}

/** A trie over names; one case-sensitive and one lower-cased for all-caps text. */
export class NameMatcher {
  private readonly exact = new TokenTrie();
  private readonly folded = new TokenTrie();
  /** Which ASCII code units can begin a token that starts a name (see `startTable`); rebuilt after `add`. */
  private starters: Uint8Array | undefined;

  /**
   * Adds a surface form for an entity id. A form several entities claim keeps them all,
   * in the order added; `id` of a match is the first, `ids` lists them all.
   */
  add(surface: string, id: string): void {
    const keys = nameKeys(surface);
    if (keys.length === 0) return;
    this.exact.insert(keys, id);
    this.folded.insert(
      keys.map((k) => k.toLowerCase()),
      id,
    );
    this.starters = undefined;
  }

  /**
   * All matches in `text[from, to)`, left to right, longest first, never overlapping: what
   * the plain reading (`findEveryToken` in test/support/reference/) gives, without its work on tokens that cannot start a name. Most tokens
   * of prose begin with an ASCII code unit no first key of either trie could begin with (a
   * lower-case word when no name starts lower-case, punctuation), and for those the plain
   * reading only looks the key up and moves on; here they are skipped on their first code
   * unit, before any key is cut. Tokens are kept as offsets; keys are cut when read.
   */
  find(text: string, from = 0, to = text.length): NameMatch[] {
    if (this.exact.root.size === 0) return [];
    const starters = (this.starters ??= startTable(this.exact, this.folded));
    const n = nameTokenBounds(text, from, to, tape);
    const starts = tape.starts;
    const matches: NameMatch[] = [];
    const hit: Hit = { trie: undefined, node: 0 };
    for (let i = 0; i < n;) {
      const c = text.charCodeAt(starts[i]);
      if (c < 128 && starters[c] === 0) {
        i++;
        continue;
      }
      const key = keyAt(text, i);
      const upper = capsClass(key) !== NOT_CAPS && (this.exact.root.has(key) || this.folded.root.has(key.toLowerCase())) && shoutingAt(text, n, i);
      const last = longestOnTape(hit, upper ? this.folded : this.exact, text, n, i, upper);
      if (last >= 0 && boundaryAfterOnTape(text, n, last)) {
        matches.push(matchOf(hit, starts[i], tape.ends[last]));
        i = last + 1;
      } else i++;
    }
    return matches;
  }

  /** The matcher's two tries, for the plain reading in `test/support/reference/` (through analysis/internal.ts). */
  static triesOf(matcher: NameMatcher): { exact: TokenTrie; folded: TokenTrie } {
    return { exact: matcher.exact, folded: matcher.folded };
  }
}

/**
 * The trie and node of the last `longest` hit: a second result, kept in one object per call of
 * `find` (not in module slots, and not a result object per token).
 */
export interface Hit {
  trie: TokenTrie | undefined;
  node: number;
}

/** The match of the last `longest` hit; `ids` only when the form is shared, so unshared matches keep their old shape. */
export function matchOf(hit: Hit, start: number, end: number): NameMatch {
  const id = hit.trie!.idAt(hit.node)!;
  const ids = hit.trie!.idsAt(hit.node);
  return ids === undefined ? { start, end, id } : { start, end, id, ids };
}

const LETTER = /\p{L}/u;
/** Case classes of a token (see `capsClass`). */
export const NO_LETTER = 1;
const CAPS = 2;
/** The case class of a token with a lower-case letter, or of one letter: never shouting. */
export const NOT_CAPS = 3;

/** The case class of a token key; ASCII starts that settle it skip the Unicode tests. */
export function capsClass(key: string): number {
  const c0 = key.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) return NOT_CAPS;
  if (c0 >= 65 && c0 <= 90) {
    if (key.length < 2) return NOT_CAPS;
    const c1 = key.charCodeAt(1);
    if (c1 >= 97 && c1 <= 122) return NOT_CAPS;
  }
  if (!LETTER.test(key)) return NO_LETTER;
  return key !== key.toUpperCase() || key.length < 2 ? NOT_CAPS : CAPS;
}

/** The token offsets of the text `find` is reading (reused: `find` calls nothing that finds names). */
const tape: TokenBounds = { starts: new Int32Array(256), ends: new Int32Array(256) };

function keyAt(text: string, j: number): string {
  return nameTokenKey(text, tape.starts[j], tape.ends[j]);
}

/**
 * Marks each ASCII code unit a token starting a name can begin with. A token beginning with
 * a-z is never capitals (`capsClass`), so only the exact trie reads it; any other ASCII start
 * reaches the exact trie as itself or the folded trie lower-cased, and lower-casing a string
 * lower-cases its ASCII first code unit alone. Non-ASCII starts are always read.
 */
function startTable(exact: TokenTrie, folded: TokenTrie): Uint8Array {
  const table = new Uint8Array(128);
  for (const key of exact.root.keys()) {
    const c = key.charCodeAt(0);
    if (c < 128) table[c] = 1;
  }
  for (const key of folded.root.keys()) {
    const c = key.charCodeAt(0);
    if (c >= 97 && c <= 122) table[c - 32] = 1;
    else if (c < 128) table[c] = 1;
  }
  return table;
}

/**
 * `capsClass(keyAt(text, j))` without cutting the key when the token is ASCII: the
 * shouting window reads seven tokens around every candidate, and a text of capitals
 * ("WASHINGTON, " over and over) made seven strings per token (issue 15, adversarial growth).
 */
function capsClassAt(text: string, j: number): number {
  const start = tape.starts[j];
  const end = tape.ends[j];
  let letter = false;
  let lower = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return capsClass(keyAt(text, j));
    if (c >= 97 && c <= 122) lower = letter = true;
    else if (c >= 65 && c <= 90) letter = true;
  }
  if (!letter) return NO_LETTER;
  return lower || end - start < 2 ? NOT_CAPS : CAPS;
}

/** The shouting window of the plain reading (`CapsClasses.shouting` in test/support/reference/nameMatches.ts), over the tape. */
function shoutingAt(text: string, n: number, i: number): boolean {
  let letters = 0;
  for (let j = Math.max(0, i - 3); j < Math.min(n, i + 4); j++) {
    const c = capsClassAt(text, j);
    if (c === NO_LETTER) continue;
    if (c === NOT_CAPS) return false;
    letters++;
  }
  return letters >= 3;
}

/** The plain reading's `longest`, over the tape. */
function longestOnTape(hit: Hit, trie: TokenTrie, text: string, n: number, start: number, lower: boolean): number {
  let node = 0;
  let best = -1;
  for (let j = start; j < n; j++) {
    const key = keyAt(text, j);
    node = trie.child(node, lower ? key.toLowerCase() : key);
    if (node === NONE) break;
    if (trie.idAt(node) !== null) {
      best = j;
      hit.trie = trie;
      hit.node = node;
    }
  }
  return best;
}

/** The plain reading's `wordBoundaryAfter`, over the tape. */
function boundaryAfterOnTape(text: string, n: number, last: number): boolean {
  const { starts, ends } = tape;
  if (last + 1 >= n || starts[last + 1] > ends[last]) return true;
  return keyAt(text, last + 1) !== '-' || last + 2 >= n || starts[last + 2] > ends[last + 1] || /^\p{Ll}/u.test(keyAt(text, last + 2));
}
