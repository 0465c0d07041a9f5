/**
 * Shapes that look like names to a tagger but that a reader never registers (issue 16,
 * "a noisy Problems panel"). Each rule names a general cause, not a word:
 * - a compound of a name with a hyphenated lower-case word ("Denver-based", "Tory-led",
 *   "German-made", "Obama-era"): the name inside is the mention, and the compound itself
 *   describes something else, so an unregistered name seen only that way is not reported;
 * - an abbreviation of a common noun in capitals ("EV", "CEO", "GDP", "EVs"): a thing, not a
 *   name; told by a list of such abbreviations, by kind (vehicles, jobs, economics, technology,
 *   medicine, time);
 * - a pronoun with its contraction ("I'm", "I'd"), which sentence-initial capitals hand the tagger;
 * - an adjective of direction written capitalised before a noun ("Western officials",
 *   "the Northern line"): an adjective, not a name.
 */

/** A trailing hyphenated lower-case word (or several): "-based", "-made", "-run", "-era", "-area-based". */
const COMPOUND_TAIL = /(?:-\p{Ll}[\p{Ll}'’]*)+$/u;

/**
 * The English words that make a compound of a name ("Denver-based", "Tory-led", "Obama-era"):
 * participles (-ed, -en, -ing) and a closed list of the rest. A lower-case syllable that is none of
 * these is part of the name: romanised given names ("Lee Nak-yeon", "Moon Jae-in", "Ban Ki-moon").
 */
const COMPOUND_WORDS = new Set([
  'run',
  'led',
  'born',
  'bred',
  'made',
  'built',
  'grown',
  'owned',
  'held',
  'set',
  'bound',
  'wide',
  'era',
  'origin',
  'style',
  'area',
  'class',
  'level',
  'type',
  'size',
  'free',
  'like',
  'only',
  'friendly',
  'proof',
  'centric',
  'specific',
  'focused',
  'sized',
  'themed',
  'listed',
  'linked',
  'backed',
  'funded',
  'allied',
  'minded',
  'leaning',
  'inspired',
  'registered',
  'flagged',
  'sponsored',
]);
const PARTICIPLE = /^\p{Ll}{2,}(?:ed|en|ing)$/u;

function isCompoundWord(word: string): boolean {
  return COMPOUND_WORDS.has(word) || PARTICIPLE.test(word);
}

/**
 * Where a tagged name stops when it ends in a compound's lower-case tail ("Cardiff-bred" →
 * "Cardiff"), or undefined when it has no such tail. A name ending in a lower-case
 * hyphenated word is not one in English ("Stratford-upon-Avon" ends in a capital), except a
 * romanised given name, whose syllables are no English compound word ("Nak-yeon").
 */
export function compoundTailAt(name: string): number | undefined {
  const m = COMPOUND_TAIL.exec(name);
  if (!m || m.index === 0) return undefined;
  return isCompoundWord(
    m[0]
      .slice(1)
      .split('-')[0]
      .replace(/['’]s$/u, ''),
  )
    ? m.index
    : undefined;
}

/** True when the mention at `end` is the first part of a compound: a hyphen and a compound word follow it. */
export function isCompoundModifier(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2d) return false;
  const word = /^\p{Ll}[\p{Ll}'’]*/u.exec(text.slice(end + 1, end + 24));
  return word !== null && isCompoundWord(word[0]);
}

/**
 * Abbreviations in capitals that stand for common nouns, not for anything one registers.
 * Kept to the kinds news writes (vehicles, jobs, economics, technology, medicine, time).
 */
const COMMON_ABBREVIATIONS = new Set([
  'EV',
  'SUV',
  'HGV',
  'LGV',
  'UAV',
  'RV',
  'CEO',
  'CFO',
  'COO',
  'CTO',
  'CIO',
  'VP',
  'HR',
  'PR',
  'QC',
  'KC',
  'GDP',
  'GNP',
  'CPI',
  'IPO',
  'VAT',
  'ROI',
  'APR',
  'ETF',
  'M&A',
  'R&D',
  'Q&A',
  'P&L',
  'B&B',
  'AI',
  'IT',
  'TV',
  'PC',
  'CCTV',
  'GPS',
  'LED',
  'LCD',
  'USB',
  'PDF',
  'URL',
  'SMS',
  'APP',
  'API',
  'VPN',
  'WIFI',
  'DNA',
  'RNA',
  'ICU',
  'A&E',
  'ER',
  'GP',
  'MRI',
  'IVF',
  'PPE',
  'PTSD',
  'ADHD',
  'HIV',
  'TB',
  'AM',
  'PM',
  'GMT',
  'BST',
  'UTC',
  'ETA',
  'FAQ',
  'DIY',
  'ID',
  'IQ',
  'MBA',
  'MP',
  'MSP',
  'MEP',
  'AGM',
  'EGM',
]);

/**
 * True when an all-caps mention is an abbreviation of a common noun, singular or plural
 * ("EV", "EVs"). Only listed ones: a determiner or a plural "s" does not tell, since a
 * name is a modifier too ("a GM bankruptcy") and wire copy drops apostrophes ("GMs largest").
 */
export function isCommonAbbreviation(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^[A-Z&]{2,5}s?$/.test(word)) return false;
  return COMMON_ABBREVIATIONS.has(word) || (word.endsWith('s') && COMMON_ABBREVIATIONS.has(word.slice(0, -1)));
}

/** A pronoun and its contraction, which a capital at a sentence start hands the tagger as a name. */
export function isPronounContraction(word: string): boolean {
  return /^I['’](?:m|d|ll|ve)$/.test(word);
}

const DIRECTION_ADJECTIVES = new Set([
  'Western',
  'Eastern',
  'Northern',
  'Southern',
  'Northeastern',
  'Northwestern',
  'Southeastern',
  'Southwestern',
  'Midwestern',
  'Central',
]);

/** True when a one-word mention is an adjective of direction before a lower-case noun ("Western officials"). */
export function isDirectionAdjective(text: string, start: number, end: number): boolean {
  if (!DIRECTION_ADJECTIVES.has(text.slice(start, end))) return false;
  return /^\s+\p{Ll}/u.test(text.slice(end, end + 3));
}

/**
 * A wire service's slug words, which head a story in capitals ("PRESS DIGEST - Tunisia",
 * "WORLD MARKETS ROUND-UP", "IPO FILING -- Homegate Hospitality Inc."): the story's kind, never a name.
 */
const WIRE_SLUG = /^(?:PRESS DIGEST|(?:[A-Z]+ )*ROUND-?UP|IPO FILING|PRESALE|FACTBOX|WRAPUP|PREVIEW|REFILE|CORRECTED|UPDATE \d+)$/;

/** True when a name the tagger found is a wire slug's words (WIRE_SLUG). */
export function isWireSlug(name: string): boolean {
  return name.length >= 6 && name === name.toUpperCase() && WIRE_SLUG.test(name);
}
