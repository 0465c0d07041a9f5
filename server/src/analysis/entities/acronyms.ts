/**
 * Acronyms of names, for within-article linking ("GM" for General Motors, "GSOMIA" for
 * the General Security of Military Information Agreement): which mentions look like
 * acronyms and which names' words they abbreviate.
 */

/** Trailing words that make a company's name longer without changing the company ("Co.", "Inc", "Group PLC"). */
export const CORPORATE_SUFFIXES = new Set([
  'co',
  'co.',
  'corp',
  'corp.',
  'corporation',
  'inc',
  'inc.',
  'incorporated',
  'ltd',
  'ltd.',
  'limited',
  'llc',
  'plc',
  'company',
  'group',
  'n.v.',
  'nv',
  's.a.',
  'sa',
  'ag',
  'spa',
  's.p.a.',
  'gmbh',
  'holdings',
]);
const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', '&', 'de', 'du', 'des', 'la', 'le', 'on', 'in', 'at']);

/** The letters of an acronym-looking mention ("GM", "U.S.A.F.", "BoA"), lower-cased; undefined otherwise. */
export function acronymLetters(text: string): string | undefined {
  const bare = text.replace(/[.&]/g, '');
  if (!/^[A-Z][A-Za-z]{1,6}$/.test(bare) || (bare.match(/[A-Z]/g) ?? []).length < 2) return undefined;
  return bare.toLowerCase();
}

/**
 * True when `letters` abbreviate the words: every content word gives its first letter
 * (or its first two), function words may give theirs or be skipped, and trailing
 * corporate suffixes may be skipped ("GM" General Motors, "GSOMIA", "BoA", "SIA").
 */
export function acronymOf(letters: string, words: string[]): boolean {
  const match = (i: number, j: number): boolean => {
    if (j === words.length) return i === letters.length;
    const word = words[j].replace(/^[^a-z0-9]+/, '');
    if (FUNCTION_WORDS.has(words[j]) || !word) {
      if (match(i, j + 1)) return true;
    } else if (i === letters.length) return words.slice(j).every((w) => CORPORATE_SUFFIXES.has(w) || FUNCTION_WORDS.has(w));
    if (i < letters.length && word[0] === letters[i]) {
      if (match(i + 1, j + 1)) return true;
      if (word.length > 1 && word[1] === letters[i + 1] && match(i + 2, j + 1)) return true;
    }
    return false;
  };
  return letters.length >= 2 && match(0, 0);
}
