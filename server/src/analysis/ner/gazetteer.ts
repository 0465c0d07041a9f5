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

/**
 * For each token, the gazetteer feature strings that apply ("g:country:B", "g:demonym:I"):
 * the longest phrase starting at a capitalised token wins; `lower` are the lower-cased
 * tokens and `capitalised[i]` says whether token i may start a name.
 */
export function gazetteerFeatures(lower: readonly string[], capitalised: readonly boolean[]): string[][] {
  const out: string[][] = lower.map(() => []);
  let i = 0;
  while (i < lower.length) {
    if (!capitalised[i]) {
      i++;
      continue;
    }
    let node: Trie | undefined = trie;
    let bestEnd = -1;
    let bestLists = 0;
    for (let j = i; j < lower.length && node; j++) {
      node = node.next.get(lower[j]);
      if (node && node.lists) {
        bestEnd = j + 1;
        bestLists = node.lists;
      }
    }
    if (bestEnd < 0) {
      i++;
      continue;
    }
    GAZETTEER_LISTS.forEach((list, bit) => {
      if (!(bestLists & (1 << bit))) return;
      for (let k = i; k < bestEnd; k++) out[k].push(`g:${list}:${k === i ? 'B' : 'I'}`);
    });
    i = bestEnd;
  }
  return out;
}
