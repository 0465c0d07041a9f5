/**
 * A headline in title case ("Mayor Vows To Reopen Millbrook Library After Devastating
 * Flood", the house style of most US papers) capitalises every word, so the tagger, which
 * learnt that capitals mark names, runs a name on through the words after it
 * ("Millbrook Library After Devastating Flood") or reads the verb as a name ("Vows"). A
 * few words end any name they meet in such a line: prepositions of time and cause and the
 * verbs headlines are made of, which no name of a person, a place or an organization
 * holds. The name is cut before such a word, and a name that is only such a word is none.
 * Sentence-case lines and capitals ("AFTER") are left to the tagger.
 */
import type { NameSpan } from '../ner';

/** The words no name holds, as a title-case headline writes them. */
const ENDS_A_NAME = new Set(
  (
    'After Amid Despite During Following Before Against Ahead Until Without Than Over Into ' +
    'Says Say Vows Vow Warns Warn Urges Urge Plans Seeks Seek Faces Face Wins Loses Slams Backs Rejects Eyes Hails Blasts Announces Reopens Unveils'
  ).split(' '),
);

/** A cheap first test, with no allocation, run on every name: some word of ENDS_A_NAME stands in it. */
const HOLDS_AN_ENDING = new RegExp(`(?<!\\p{L})(?:${[...ENDS_A_NAME].join('|')})(?!\\p{L})`, 'u');

/**
 * A headline's line in title case: short, no full stop at its end (a body sentence full of
 * names can be mostly capitals too), at least three words of four or more letters, four in
 * five of them capitalised. All-capital lines are not title case.
 */
function isTitleCaseLine(line: string): boolean {
  if (line.length > 200 || /[.!?]["'”’]?\s*$/u.test(line)) return false;
  const long = line.match(/\p{L}{4,}/gu);
  if (!long || long.length < 3 || line === line.toUpperCase()) return false;
  let capitalised = 0;
  for (const word of long) if (/^\p{Lu}\p{Ll}/u.test(word)) capitalised++;
  return capitalised >= 0.8 * long.length;
}

/** The line of `text` that holds `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * The name cut before the first word that ends a name, when it stands in a title-case line;
 * undefined when nothing of it is left; the name itself otherwise (and always outside such lines).
 */
export function withoutHeadlineTail(text: string, name: NameSpan): NameSpan | undefined {
  if (!HOLDS_AN_ENDING.test(name.text)) return name;
  if (!isTitleCaseLine(lineAt(text, name.start))) return name;
  const found = /\p{L}+/gu;
  for (let m = found.exec(name.text); m; m = found.exec(name.text)) {
    if (!ENDS_A_NAME.has(m[0])) continue;
    const kept = name.text.slice(0, m.index).replace(/[\s,:;'’"-]+$/u, '');
    return kept ? { ...name, end: name.start + kept.length, text: kept } : undefined;
  }
  return name;
}
