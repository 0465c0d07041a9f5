/**
 * The plain reading the registry matcher's `find` shortcuts: every token tokenized, cased
 * and looked up. Kept as the reference the fast-path tests hold `find` equal to. Built from
 * the matcher's own tries, case classes and match maker (analysis/internal.ts), so the two
 * can only differ in what `find` skips.
 */
import {
  capsClass,
  matchOf,
  nameTokens,
  NameMatcher,
  NO_LETTER,
  NOT_CAPS,
  TRIE_NONE,
  type NameMatch,
  type NameMatchHit,
  type NameToken,
  type TokenTrie,
} from '../../../server/src/analysis/internal';

/** All matches of `matcher` in `text[from, to)`, reading every token: what `matcher.find` must give. */
export function findEveryToken(matcher: NameMatcher, text: string, from = 0, to = text.length): NameMatch[] {
  const { exact, folded } = NameMatcher.triesOf(matcher);
  // Both tries get every form, so an empty exact trie means an empty matcher (the empty registry).
  if (exact.root.size === 0) return [];
  const tokens = nameTokens(text, from, to);
  const caps = new CapsClasses(tokens);
  const matches: NameMatch[] = [];
  const hit: NameMatchHit = { trie: undefined, node: 0 };
  for (let i = 0; i < tokens.length;) {
    const key = tokens[i].key;
    // A token with a lower-case letter is never shouting; otherwise the window decides. Neither trie
    // holding the first key means no match whichever is used, so the window is read only when one does.
    const upper = caps.of(i) !== NOT_CAPS && (exact.root.has(key) || folded.root.has(key.toLowerCase())) && caps.shouting(i);
    const last = longest(hit, upper ? folded : exact, tokens, i, upper);
    if (last >= 0 && wordBoundaryAfter(tokens, last)) {
      matches.push(matchOf(hit, tokens[i].start, tokens[last].end));
      i = last + 1;
    } else i++;
  }
  return matches;
}

/** Index of the last token of the longest name starting at `start` (-1 when none); its trie and node are left in `hit`. */
function longest(hit: NameMatchHit, trie: TokenTrie, tokens: NameToken[], start: number, lower: boolean): number {
  let node = 0;
  let best = -1;
  for (let j = start; j < tokens.length; j++) {
    node = trie.child(node, lower ? tokens[j].key.toLowerCase() : tokens[j].key);
    if (node === TRIE_NONE) break;
    if (trie.idAt(node) !== null) {
      best = j;
      hit.trie = trie;
      hit.node = node;
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
