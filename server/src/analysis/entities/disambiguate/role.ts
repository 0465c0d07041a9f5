/**
 * The words that describe a person in apposition to their name: "the Argentine goalkeeper
 * Martín Sepúlveda", "the referee, Peter Otieno,", "Peter Otieno, the marathon runner,".
 * Two people of one full name are told apart by exactly these words, which the registry
 * has in their roles and descriptions ("goalkeeper", "economist", "judge").
 */
import type { TextSpan } from '../../types';
import type { RegistryProfiles } from './profile';
import { stem, wordsOf } from './words';

/** The clause right before a name: what follows the last punctuation mark, at most 60 characters back. */
const CLAUSE_BEFORE = /[^,.;:!?"“”()\n]*$/;
/** "the referee, " right before the name: the noun phrase before the comma. */
const APPOSITION_BEFORE = /(?:^|[.;:!?"“”(\n]|\b(?:when|as|and|but|said|says)\s)([^,.;:!?"“”()\n]*),\s*$/;
/** ", the marathon runner," right after the name. */
const APPOSITION_AFTER = /^,\s+((?:the|a|an)\s+[^,.;:!?"“”()\n]{2,60}?)(?=[,.;:!?)]|\s+(?:who|which)\b)/;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** The end of a sentence or a line before a clause: its first word is capitalised only for that. */
const SENTENCE_BEFORE = /(?:[.!?]["”’]?|\n)$/;

/** The comparable words (stems, function words left out) of the phrase describing the person named at `mention`. */
export function roleWordsOf(text: string, mention: TextSpan): string[] {
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  const phrases: string[] = [];
  const clause = CLAUSE_BEFORE.exec(before)![0];
  // "Pitcher Chen Yu-ting's Egrets": a role opening its sentence is capitalised only for that.
  let opening: string | undefined;
  const rest = before.slice(0, before.length - clause.length);
  if (clause.trim() && (rest ? SENTENCE_BEFORE.test(rest) : mention.start <= 60)) opening = /^\s*([\p{L}][\p{L}'’-]*)/u.exec(clause)?.[1];
  if (clause.trim()) phrases.push(lastWords(clause, 3));
  else {
    const apposition = APPOSITION_BEFORE.exec(before);
    if (apposition) phrases.push(lastWords(apposition[1], 2));
  }
  const after = APPOSITION_AFTER.exec(text.slice(mention.end, mention.end + 70));
  if (after) phrases.push(after[1]);
  const out: string[] = [];
  for (const phrase of phrases) {
    for (const [word] of phrase.matchAll(WORD)) {
      // Capitalised words are names (or a sentence's first word), not roles: "Argentine" says nationality at most.
      if (word[0] !== word[0].toLowerCase() && word !== opening) continue;
      const s = stem(word.toLowerCase());
      if (s) out.push(s);
    }
  }
  return out;
}

/** The last `n` words of a phrase. */
function lastWords(phrase: string, n: number): string {
  return phrase.trim().split(/\s+/).slice(-n).join(' ');
}

/**
 * The candidates a person's apposition describes ("the referee, Peter Otieno"): those whose
 * registry words include a word of `role` (roleWordsOf) that is not in the name itself and
 * that not every candidate has.
 */
export function roleMatches(form: string, ids: readonly string[], role: readonly string[] | undefined, profiles: RegistryProfiles): Set<string> {
  const out = new Set<string>();
  if (!role || role.length === 0) return out;
  const formWords = new Set(wordsOf(form));
  for (const word of role) {
    if (formWords.has(word)) continue;
    const having = ids.filter((id) => profiles.profile(id)?.weights.has(word));
    if (having.length > 0 && having.length < ids.length) for (const id of having) out.add(id);
  }
  return out;
}
