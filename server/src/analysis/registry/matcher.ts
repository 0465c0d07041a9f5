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
    const tokens = nameTokens(text, from, to);
    const matches: NameMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const upper = isShouting(tokens, i);
      const hit = longest(upper ? this.folded : this.exact, tokens, i, upper);
      if (hit && wordBoundaryAfter(tokens, hit.last)) {
        matches.push({ start: tokens[i].start, end: tokens[hit.last].end, id: hit.id });
        i = hit.last + 1;
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

function longest(root: TrieNode, tokens: NameToken[], start: number, lower: boolean): { last: number; id: string } | undefined {
  let node: TrieNode | undefined = root;
  let best: { last: number; id: string } | undefined;
  for (let j = start; j < tokens.length; j++) {
    node = node.next.get(lower ? tokens[j].key.toLowerCase() : tokens[j].key);
    if (!node) break;
    if (node.id !== undefined) best = { last: j, id: node.id };
  }
  return best;
}

/** A match must not stop in the middle of a hyphenated or dotted word ("Suga-led" is fine, "Kim-Jong" is not Kim). */
function wordBoundaryAfter(tokens: NameToken[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.start > tokens[last].end) return true;
  return next.key !== '-' || tokens[last + 2] === undefined || tokens[last + 2].start > next.end || /^\p{Ll}/u.test(tokens[last + 2].key);
}

/** All-caps stretches (headlines, section labels) are matched case-insensitively. */
function isShouting(tokens: NameToken[], i: number): boolean {
  let letters = 0;
  for (let j = Math.max(0, i - 3); j < Math.min(tokens.length, i + 4); j++) {
    const key = tokens[j].key;
    if (!/\p{L}/u.test(key)) continue;
    if (key !== key.toUpperCase() || key.length < 2) return false;
    letters++;
  }
  return letters >= 3;
}
