/**
 * Gazetteer lookup for the name tagger: marks which tokens of a sentence start or continue
 * a phrase from the generated world-countries lists (countries, capitals, regions,
 * demonyms, languages). The lists are features, not answers: the model learns how much
 * to trust them, so "China" in a headline and "Georgia" the person are both handled.
 */
import gazetteerData from './gazetteer-data.json';

/** The list names of gazetteer-data.json, in a fixed order (feature strings use them). */
export const GAZETTEER_LISTS = ['country', 'capital', 'region', 'demonym', 'language'] as const;

interface Trie {
  next: Map<string, Trie>;
  /** Bit set of the lists a phrase ending here belongs to. */
  lists: number;
}

function buildTrie(): Trie {
  const root: Trie = { next: new Map(), lists: 0 };
  const data = gazetteerData as Record<string, string[]>;
  GAZETTEER_LISTS.forEach((list, bit) => {
    for (const phrase of data[list] ?? []) {
      let node = root;
      for (const word of phrase.split(' ')) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map(), lists: 0 };
          node.next.set(word, child);
        }
        node = child;
      }
      node.lists |= 1 << bit;
    }
  });
  return root;
}

const trie = buildTrie();

/** A token as the gazetteer reads it. */
export interface GazetteerToken {
  lower: string;
  /** Whether the token may start a name. */
  capitalised: boolean;
}

/** A run of tokens that is a gazetteer phrase, and the lists (bit set, GAZETTEER_LISTS order) it belongs to. */
export interface GazetteerPhrase {
  start: number;
  end: number;
  lists: number;
}

/** The gazetteer phrases of a sentence: the longest phrase starting at a capitalised token wins, then the scan goes on after it. */
export function gazetteerPhrases(tokens: readonly GazetteerToken[]): GazetteerPhrase[] {
  const phrases: GazetteerPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].capitalised) {
      i++;
      continue;
    }
    let node: Trie | undefined = trie;
    let bestEnd = -1;
    let bestLists = 0;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].lower);
      if (node && node.lists) {
        bestEnd = j + 1;
        bestLists = node.lists;
      }
    }
    if (bestEnd < 0) {
      i++;
      continue;
    }
    phrases.push({ start: i, end: bestEnd, lists: bestLists });
    i = bestEnd;
  }
  return phrases;
}

/** Per token, the feature strings of the given phrases ("g:country:B", "g:demonym:I"). */
export function phraseFeatures(count: number, phrases: readonly GazetteerPhrase[]): string[][] {
  const out: string[][] = Array.from({ length: count }, () => []);
  for (const p of phrases) {
    GAZETTEER_LISTS.forEach((list, bit) => {
      if (!(p.lists & (1 << bit))) return;
      for (let k = p.start; k < p.end; k++) out[k].push(`g:${list}:${k === p.start ? 'B' : 'I'}`);
    });
  }
  return out;
}

/**
 * For each token, the gazetteer feature strings that apply ("g:capital:B", "g:demonym:I"):
 * the longest phrase starting at a capitalised token wins; `lower` are the lower-cased
 * tokens and `capitalised[i]` says whether token i may start a name.
 */
export function gazetteerFeatures(lower: readonly string[], capitalised: readonly boolean[]): string[][] {
  return phraseFeatures(lower.length, gazetteerPhrases(lower.map((l, i) => ({ lower: l, capitalised: capitalised[i] }))));
}
