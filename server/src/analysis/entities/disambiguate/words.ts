/**
 * The words disambiguation compares: lower case, light stemming ("clubs" = "club",
 * "councillors" = "councillor"), without function words. Applied alike to registry
 * entries (description, roles, aliases, link titles) and to article text, so a word
 * counts the same wherever it is written. No dictionary: the registry's own words
 * are the vocabulary.
 */

const STOPWORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with without into onto over under about after before since until ' +
    'through across between along against among within near around towards toward upon via per ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'this that these those it its he him his she her hers they them their theirs we us our you your i me my ' +
    'who whom whose which what when where why how than then there here also as so not no yes if any all some each every ' +
    'more most much many such other one two three s said says say mr mrs ms dr up out off just very only own same'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Stems already computed: articles repeat their words, and registries share them. Cleared when it grows large. */
const stems = new Map<string, string>();

/** The comparable form of one lower-case word, or '' for a function word. */
export function stem(lower: string): string {
  let found = stems.get(lower);
  if (found === undefined) {
    if (stems.size > 100_000) stems.clear();
    stems.set(lower, (found = stemOf(lower)));
  }
  return found;
}

function stemOf(lower: string): string {
  let w = lower.includes("'") || lower.includes('’') ? lower.replace(/['’]s$/, '').replace(/['’]/g, '') : lower;
  if (w.length < 2 || STOPWORDS.has(w)) return '';
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return STOPWORDS.has(w) ? '' : w;
}

/** The comparable words of a free text (a description, a role, a name), in order, repeats kept. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = stem(m[0]);
    if (w) out.push(w);
  }
  return out;
}

/** One comparable word of an article with where it starts. */
export interface PlacedWord {
  word: string;
  start: number;
}

/** The comparable words of `text[from, to)` with their offsets, appended to `out`. */
export function placedWords(text: string, from: number, to: number, out: PlacedWord[]): void {
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const w = stem(m[0].toLowerCase());
    if (w) out.push({ word: w, start: from + m.index });
  }
}

/**
 * The words of a link's last path segment ("…/wiki/Marlow,_Buckinghamshire" → marlow,
 * buckinghamshire): encyclopedia-style links carry the disambiguated title of the entry.
 */
export function linkTitleWords(link: string): string[] {
  const path = link.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const tail = path.slice(path.lastIndexOf('/') + 1);
  let decoded = tail;
  try {
    decoded = decodeURIComponent(tail);
  } catch {
    // A malformed escape: read the segment as written.
  }
  return wordsOf(decoded.replace(/[_+]/g, ' '));
}
