/**
 * Shapes that look like names to a tagger but that a reader never registers (issue 16,
 * "a noisy Problems panel"). Each rule names a general cause, not a word:
 * - a compound of a name with a hyphenated lower-case word ("Denver-based", "Tory-led",
 *   "German-made", "Obama-era"): the name inside is the mention, and the compound itself
 *   describes something else, so an unregistered name seen only that way is not reported;
 * - an abbreviation of a common noun in capitals ("EV", "CEO", "GDP"): a thing, not a name;
 *   told by a short list of such abbreviations, or by the article using it as a common
 *   noun (a plural "EVs", an indefinite "an EV");
 * - a pronoun with its contraction ("I'm", "I'd"), which sentence-initial capitals hand the tagger;
 * - an adjective of direction written capitalised before a noun ("Western officials",
 *   "the Northern line"): an adjective, not a name.
 */

/** A trailing hyphenated lower-case word (or several): "-based", "-made", "-run", "-era", "-area-based". */
const COMPOUND_TAIL = /(?:-\p{Ll}[\p{Ll}'’]*)+$/u;

/**
 * Where a tagged name stops when it ends in a compound's lower-case tail ("Cardiff-bred" →
 * "Cardiff"), or undefined when it has no such tail. A name ending in a lower-case
 * hyphenated word is not one in English ("Stratford-upon-Avon" ends in a capital).
 */
export function compoundTailAt(name: string): number | undefined {
  const m = COMPOUND_TAIL.exec(name);
  return m && m.index > 0 ? m.index : undefined;
}

/** True when the mention at `end` is the first part of a compound: a hyphen and a lower-case word follow it. */
export function isCompoundModifier(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x2d && /^\p{Ll}/u.test(text.slice(end + 1, end + 3));
}

/**
 * Abbreviations in capitals that stand for common nouns, not for anything one registers.
 * Kept to the kinds news writes (vehicles, jobs, economics, technology, medicine, time).
 */
const COMMON_ABBREVIATIONS = new Set([
  'EV', 'EVS', 'SUV', 'SUVS', 'HGV', 'LGV', 'UAV', 'RV',
  'CEO', 'CFO', 'COO', 'CTO', 'CIO', 'VP', 'HR', 'PR', 'QC', 'KC',
  'GDP', 'GNP', 'CPI', 'IPO', 'VAT', 'ROI', 'APR', 'ETF', 'M&A',
  'AI', 'IT', 'TV', 'PC', 'PCS', 'CCTV', 'GPS', 'LED', 'LCD', 'USB', 'PDF', 'URL', 'SMS', 'APP', 'API', 'VPN', 'WIFI', 'DNA', 'RNA',
  'ICU', 'A&E', 'ER', 'GP', 'MRI', 'IVF', 'PPE', 'PTSD', 'ADHD', 'HIV', 'TB',
  'AM', 'PM', 'GMT', 'BST', 'UTC', 'ETA', 'FAQ', 'DIY', 'ID', 'IQ', 'PHD', 'MBA', 'MP', 'MPS', 'MSP', 'MEP', 'MEPS', 'AGM', 'EGM',
]);

/** Determiners that make the next word a common noun ("an EV", "every CEO"). */
const COMMON_DETERMINER = /(?:^|[^\p{L}])(?:an?|every|each|per|another|any)\s+$/iu;

/** True when an all-caps mention is an abbreviation of a common noun: listed, or used as one in the article. */
export function isCommonAbbreviation(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^[A-Z&]{2,5}s?$/.test(word) || !/[A-Z]{2}/.test(word)) return false;
  if (COMMON_ABBREVIATIONS.has(word.toUpperCase())) return true;
  if (word.endsWith('s') && word.length > 2) return true;
  return COMMON_DETERMINER.test(text.slice(Math.max(0, start - 12), start));
}

/** A pronoun and its contraction, which a capital at a sentence start hands the tagger as a name. */
export function isPronounContraction(word: string): boolean {
  return /^I['’](?:m|d|ll|ve)$/.test(word);
}

const DIRECTION_ADJECTIVES = new Set(['Western', 'Eastern', 'Northern', 'Southern', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern', 'Midwestern', 'Central']);

/** True when a one-word mention is an adjective of direction before a lower-case noun ("Western officials"). */
export function isDirectionAdjective(text: string, start: number, end: number): boolean {
  if (!DIRECTION_ADJECTIVES.has(text.slice(start, end))) return false;
  return /^\s+\p{Ll}/u.test(text.slice(end, end + 3));
}
