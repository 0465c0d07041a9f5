/**
 * Finds every registered name and alias in a text: longest match first, on token
 * boundaries, ignoring possessives and apostrophe styles, across line breaks.
 * A token trie keeps this linear in the text whatever the registry's size, so a
 * 50,000-entity registry costs no more per word than a ten-entity one.
 */
import { nameKeys, nameTokens, type NameToken } from './nameTokens';
import type { TextSpan } from '../types';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entity id when a name ends here. */
  id?: string;
}

/** A registered surface form found in the text. */
export interface NameMatch extends TextSpan {
  id: string;
}

/** A trie over names; one case-sensitive and one lower-cased for all-caps text. */
export class NameMatcher {
  private readonly exact: TrieNode = { next: new Map() };
  private readonly folded: TrieNode = { next: new Map() };

  /** Adds a surface form for an entity id. The first id to claim a form keeps it. */
  add(surface: string, id: string): void {
    const keys = nameKeys(surface);
    if (keys.length === 0) return;
    insert(this.exact, keys, id);
    insert(this.folded, keys.map((k) => k.toLowerCase()), id);
  }

  /** All matches in `text[from, to)`, left to right, longest first, never overlapping. */
  find(text: string, from = 0, to = text.length): NameMatch[] {
    // Both tries get every form, so an empty exact trie means an empty matcher (the empty registry).
    if (this.exact.next.size === 0) return [];
    const tokens = nameTokens(text, from, to);
    const caps = new CapsClasses(tokens);
    const matches: NameMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const key = tokens[i].key;
      // A token with a lower-case letter is never shouting; otherwise the window decides. Neither trie
      // holding the first key means no match whichever is used, so the window is read only when one does.
      const upper = caps.of(i) !== NOT_CAPS && (this.exact.next.has(key) || this.folded.next.has(key.toLowerCase())) && caps.shouting(i);
      const last = longest(upper ? this.folded : this.exact, tokens, i, upper);
      if (last >= 0 && wordBoundaryAfter(tokens, last)) {
        matches.push({ start: tokens[i].start, end: tokens[last].end, id: lastId });
        i = last + 1;
      } else i++;
    }
    return matches;
  }
}

function insert(root: TrieNode, keys: string[], id: string): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map() }));
    node = child;
  }
  node.id ??= id;
}

/** The id of the last `longest` hit (a module slot, so no result object is built per token). */
let lastId = '';

/** Index of the last token of the longest name starting at `start` (-1 when none); its id is left in `lastId`. */
function longest(root: TrieNode, tokens: NameToken[], start: number, lower: boolean): number {
  let node: TrieNode | undefined = root;
  let best = -1;
  for (let j = start; j < tokens.length; j++) {
    node = node.next.get(lower ? tokens[j].key.toLowerCase() : tokens[j].key);
    if (!node) break;
    if (node.id !== undefined) {
      best = j;
      lastId = node.id;
    }
  }
  return best;
}

/** A match must not stop in the middle of a hyphenated or dotted word ("Suga-led" is fine, "Kim-Jong" is not Kim). */
function wordBoundaryAfter(tokens: NameToken[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.start > tokens[last].end) return true;
  return next.key !== '-' || tokens[last + 2] === undefined || tokens[last + 2].start > next.end || /^\p{Ll}/u.test(tokens[last + 2].key);
}

const LETTER = /\p{L}/u;
const NO_LETTER = 1;
const CAPS = 2;
const NOT_CAPS = 3;

/**
 * Per-token case classes, computed on demand and kept: no letter, all capitals (two or
 * more characters), or anything else with a letter. All-caps stretches (headlines,
 * section labels) are matched case-insensitively.
 */
class CapsClasses {
  private readonly classes: Uint8Array;

  constructor(private readonly tokens: NameToken[]) {
    this.classes = new Uint8Array(tokens.length);
  }

  of(j: number): number {
    let c = this.classes[j];
    if (c === 0) c = this.classes[j] = capsClass(this.tokens[j].key);
    return c;
  }

  /** True when the letter tokens among the three either side of `i` (and `i`) are all capitals, and at least three. */
  shouting(i: number): boolean {
    let letters = 0;
    for (let j = Math.max(0, i - 3); j < Math.min(this.tokens.length, i + 4); j++) {
      const c = this.of(j);
      if (c === NO_LETTER) continue;
      if (c === NOT_CAPS) return false;
      letters++;
    }
    return letters >= 3;
  }
}

/** The case class of a token key; ASCII starts that settle it skip the Unicode tests. */
function capsClass(key: string): number {
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
