/**
 * Document-level corrections applied after the tagger has read every sentence of an article
 * (issue 11). The history features let a sentence read what the tagger said earlier; these
 * two rules read the whole article at once, which the left-to-right tagger cannot:
 *
 * - a capitalised word that opens a sentence or headline ("Rules change") is no name when
 *   the article writes that word only in lower case everywhere else ("the new rules")
 *   (unless the tagger put it inside a longer name: "Jobs said" after "Steve Jobs");
 * - a capitalised word the tagger left out takes the type it gave the same word where it made a
 *   one-word name of it, always of one type: "Chrysler will receive…" before "…if Chrysler fails",
 *   or "will open in DENVER" after the dateline's "DENVER" (all-caps words in mixed-case prose are
 *   rare in training, and the left-to-right history only reaches later mentions).
 *   (CoNLL++ dev: +0.02 F1 on gold tokens, +0.07 on raw text.)
 */
import { SEEN_LOWER, type CasedWord } from './features';
import { labelType } from './labels';

/** The label type (labelType) of places: B-LOC and I-LOC. */
const LOC = 3;

/**
 * `labels` (IOB indices per sentence) with the two corrections applied. Arrays that change are
 * copied first: the memo may hold the originals.
 */
export function documentConsistent(words: readonly (readonly CasedWord[])[], labels: Int32Array[], caseCache: ReadonlyMap<string, number>): Int32Array[] {
  const alone = typesOfSingleWordNames(words, labels);
  const inNames = wordsInLongerNames(words, labels);
  // Read only for a headline word whose plural or singular the article writes in lower case (rare): not on every analysis.
  let commonNoun: CommonNounEvidence | undefined;
  const evidence = () =>
    (commonNoun ??= { aloneCount: countSingleWordNames(words, labels), inOtherThanPlaces: wordsInLongerNames(words, labels, (type) => type !== LOC) });
  return labels.map((tags, si) => {
    const sentence = words[si];
    let out = tags;
    const edit = (i: number, k: number) => {
      if (out === tags) out = Int32Array.from(tags);
      out[i] = k;
    };
    const first = firstWordAt(sentence);
    if (first >= 0 && isLowerCaseWordOpening(sentence, tags, first, caseCache) && !inNames.has(sentence[first].lower)) edit(first, 0);
    else if (first >= 0 && isCommonNounOpening(sentence, tags, first, caseCache, evidence)) edit(first, 0);
    if (alone.size > 0) {
      for (let i = 0; i < sentence.length; i++) {
        const w = sentence[i];
        if (tags[i] !== 0 || !w.capitalised) continue;
        const k = alone.get(w.lower);
        if (k !== undefined && (i + 1 >= sentence.length || tags[i + 1] % 2 === 1 || tags[i + 1] === 0)) edit(i, k);
      }
    }
    return out;
  });
}

/** The index of a sentence's first token with a letter (after opening quotes or dashes), or -1. */
function firstWordAt(sentence: readonly CasedWord[]): number {
  for (let i = 0; i < sentence.length; i++) if (/\p{L}/u.test(sentence[i].lower)) return i;
  return -1;
}

/**
 * A one-word name that opens the sentence, written with a capital and lower-case letters,
 * whose word the article otherwise writes only in lower case (the case cache reads the
 * words after the first of ordinary sentences).
 */
function isLowerCaseWordOpening(sentence: readonly CasedWord[], tags: Int32Array, i: number, caseCache: ReadonlyMap<string, number>): boolean {
  return isCapitalisedOneWordName(sentence, tags, i) && caseCache.get(sentence[i].lower) === SEEN_LOWER;
}

/** True when token `i` is a name of one word (a B- label with no I- after it). */
function isOneWordName(tags: Int32Array, i: number): boolean {
  const k = tags[i];
  return k !== 0 && k % 2 === 1 && !(i + 1 < tags.length && tags[i + 1] !== 0 && tags[i + 1] % 2 === 0);
}

/** A one-word name written with a capital and lower-case letters ("Rules", not "RULES"). */
function isCapitalisedOneWordName(sentence: readonly CasedWord[], tags: Int32Array, i: number): boolean {
  return isOneWordName(tags, i) && sentence[i].capitalised && sentence[i].hasLower;
}

/** What isCommonNounOpening reads of the whole article. */
interface CommonNounEvidence {
  /** How many times the tagger made a one-word name of each lower-cased word. */
  aloneCount: ReadonlyMap<string, number>;
  /** Words inside longer names that are not places ("banks" of "Ada Banks"). */
  inOtherThanPlaces: ReadonlySet<string>;
}

/**
 * A one-word name opening the sentence whose word the article writes capitalised only inside
 * longer names of places ("Ada Banks" keeps "Banks wins" a name, whatever type the tagger gave
 * her), and whose plural or singular it writes only in lower case:
 * a headline's "Island ferry operator…" above "three outlying islands" and "Spruce Island".
 */
function isCommonNounOpening(
  sentence: readonly CasedWord[],
  tags: Int32Array,
  i: number,
  caseCache: ReadonlyMap<string, number>,
  evidence: () => CommonNounEvidence,
): boolean {
  if (!isCapitalisedOneWordName(sentence, tags, i)) return false;
  const lower = sentence[i].lower;
  const other = lower.endsWith('s') ? lower.slice(0, -1) : `${lower}s`;
  if (other.length <= 2 || caseCache.get(other) !== SEEN_LOWER) return false;
  const { aloneCount, inOtherThanPlaces } = evidence();
  return (aloneCount.get(lower) ?? 0) <= 1 && !inOtherThanPlaces.has(lower);
}

/** Calls `visit` with the lower-cased word and B- label of every one-word name of the article. */
function forEachOneWordName(words: readonly (readonly CasedWord[])[], labels: readonly Int32Array[], visit: (lower: string, k: number) => void): void {
  words.forEach((sentence, si) => {
    const tags = labels[si];
    for (let i = 0; i < sentence.length; i++) if (isOneWordName(tags, i)) visit(sentence[i].lower, tags[i]);
  });
}

/** How many times the tagger made a one-word name of each lower-cased word. */
function countSingleWordNames(words: readonly (readonly CasedWord[])[], labels: readonly Int32Array[]): Map<string, number> {
  const counts = new Map<string, number>();
  forEachOneWordName(words, labels, (lower) => counts.set(lower, (counts.get(lower) ?? 0) + 1));
  return counts;
}

/** Lower-cased words the tagger put inside a name of two or more tokens ("jobs" of "Steve Jobs"), of the types (labelType) `typeOk` accepts. */
function wordsInLongerNames(
  words: readonly (readonly CasedWord[])[],
  labels: readonly Int32Array[],
  typeOk: (type: number) => boolean = () => true,
): Set<string> {
  const inside = new Set<string>();
  words.forEach((sentence, si) => {
    const tags = labels[si];
    for (let i = 1; i < sentence.length; i++) {
      if (tags[i] === 0 || tags[i] % 2 === 1 || !typeOk(labelType(tags[i]))) continue;
      inside.add(sentence[i].lower);
      inside.add(sentence[i - 1].lower);
    }
  });
  return inside;
}

/**
 * Lower-cased word → B- label index, for words the tagger made a one-word name of somewhere
 * in the article, always with the same type.
 */
function typesOfSingleWordNames(words: readonly (readonly CasedWord[])[], labels: readonly Int32Array[]): Map<string, number> {
  const types = new Map<string, number>();
  const mixed = new Set<string>();
  forEachOneWordName(words, labels, (lower, k) => {
    const seen = types.get(lower);
    if (seen !== undefined && labelType(seen) !== labelType(k)) mixed.add(lower);
    else types.set(lower, k);
  });
  for (const lower of mixed) types.delete(lower);
  return types;
}
