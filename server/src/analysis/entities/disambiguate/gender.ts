/**
 * "Mr Pryce or his daughter", "Frau Vogler has kept every promise": a courtesy title says
 * whether a man or a woman is meant, and a registry entry's description often says which
 * its person is ("daughter of the founder", "his brother's firm"). When several people share
 * a surname, the title rules out those of the other sex, as it does for a reader. Read off
 * short English word lists; an entry whose words say nothing (or both) is never ruled out.
 */

/** A person's sex as a title or a description gives it. */
export type Sex = 'female' | 'male';

/** A courtesy title right before a name, and the sex it gives (Dr, Prof, Cllr and Mx give none). */
const TITLE_BEFORE =
  /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Herr|Frau|Monsieur|Madame|Mme|Señor|Señora|Señorita|Signor|Signora|Senhor|Senhora|Sr|Sra)\.?\s+$/u;

const FEMALE_TITLES = new Set(['Mrs', 'Ms', 'Miss', 'Dame', 'Lady', 'Frau', 'Madame', 'Mme', 'Señora', 'Señorita', 'Signora', 'Senhora', 'Sra']);

/** The sex the courtesy title just before `start` gives, if any ("Mr Pryce", "Frau Vogler"). */
export function titleSexBefore(text: string, start: number): Sex | undefined {
  const m = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (!m) return undefined;
  return FEMALE_TITLES.has(m[1]) ? 'female' : 'male';
}

const FEMALE_WORDS =
  /\b(?:she|her|hers|herself|woman|daughter|granddaughter|mother|grandmother|wife|widow|sister|niece|aunt|businesswoman|chairwoman|spokeswoman|congresswoman|sportswoman|actress|heiress|queen|princess|duchess|countess|baroness)\b/i;
const MALE_WORDS =
  /\b(?:he|him|his|himself|man|son|grandson|father|grandfather|husband|widower|brother|nephew|uncle|businessman|chairman|spokesman|congressman|sportsman|actor|heir|king|prince|duke|count|baron)\b/i;

/** The sex a person entry's own words (description and roles) give: undefined when they give none, or both. */
export function describedSex(words: string): Sex | undefined {
  const female = FEMALE_WORDS.test(words);
  const male = MALE_WORDS.test(words);
  return female === male ? undefined : female ? 'female' : 'male';
}

/** A subject or reflexive pronoun: "Archuleta said he would not sell", "Wyrsch himself was not there". */
const SUBJECT_PRONOUN = /\b(he|she|himself|herself)\b/gi;
const FEMALE_PRONOUNS = new Set(['she', 'herself']);
/** Quotation marks: a pronoun inside a quotation is the speaker's own story, not the narrator's. */
const QUOTE_MARK = /["“”]/g;

/**
 * The sex the narrator's next "he" or "she" gives the person named at `start`–`end`, read up to `stop`
 * (the next person named, or the paragraph's end): news writing refers back to the last person named
 * ("Mackley said … 'Nobody wants to wash wool here,' she said"). Not after a possessive ("Price's lawyer
 * said he"), whose noun is the subject, and never inside a quotation.
 */
export function pronounSexAfter(text: string, end: number, stop: number): Sex | undefined {
  if (/^['’]s?\b/.test(text.slice(end, end + 2))) return undefined;
  const span = text.slice(end, stop);
  const quotes = [...span.matchAll(QUOTE_MARK)].map((q) => q.index!);
  for (const found of span.matchAll(SUBJECT_PRONOUN)) {
    // Inside a quotation when an odd number of quotation marks come before it.
    if (quotes.filter((q) => q < found.index!).length % 2 === 1) continue;
    return FEMALE_PRONOUNS.has(found[1].toLowerCase()) ? 'female' : 'male';
  }
  return undefined;
}
