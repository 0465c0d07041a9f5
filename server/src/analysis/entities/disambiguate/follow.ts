/**
 * "Price" after "council leader Daniel Price" is that Daniel Price: a surname or short
 * form of a person follows the fuller name written before it (the nearest one; when the
 * fuller names before it are different people, the context chooses among them), or,
 * when there is none before it (a headline), the fuller name after it if all of those
 * name one entity. Whom it follows is found here; what that entity is, is decided
 * first (the fuller name is never itself a short form of the shorter one).
 */
import { linkFormOf } from './frontMatterChoice';

/**
 * A Chinese or Korean name romanised surname first, its given name one hyphenated word in
 * lower case after the hyphen ("Hsu Wen-chi", "Baek Min-seok"; not "Ann Smith-Jones").
 */
const SURNAME_FIRST = /^\p{Lu}\p{Ll}{1,5} \p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The lower-case words of a name, as short forms are compared, the surname last: "Hsu Wen-chi"
 * gives "wen-chi hsu", so the "Hsu" that follows it is a short form of it as "Marsh" is of "Owen Marsh".
 */
export function tokensOf(text: string): string[] {
  const form = linkFormOf(text);
  const words = form
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean);
  return SURNAME_FIRST.test(form) ? [words[1], words[0]] : words;
}

/** True when `short` names a person by part of `long`: its surname, or some of its words ending with the surname. */
export function isShortFormOf(short: string[], long: string[]): boolean {
  if (short.length >= long.length || short.length === 0) return false;
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 0;
  for (const word of long) if (k < short.length && short[k] === word) k++;
  return k === short.length;
}

/**
 * The fuller names a short mention may follow: every one before it, nearest first, else
 * every one after it. `tokens` holds `tokensOf` of each mention (sorted by start); returns indexes (empty
 * when the mention is no short form of any).
 */
export function fullerNames(tokens: readonly string[][], index: number): number[] {
  const short = tokens[index];
  const before: number[] = [];
  for (let j = index - 1; j >= 0; j--) if (isShortFormOf(short, tokens[j])) before.push(j);
  if (before.length > 0) return before;
  const after: number[] = [];
  for (let j = index + 1; j < tokens.length; j++) if (isShortFormOf(short, tokens[j])) after.push(j);
  return after;
}

/**
 * The person's fuller name a short form speaks right after (issue 16): the nearest earlier
 * mention holding the short form's last word, when it is a person's fuller name in the same
 * paragraph or the one before. `"…," Okafor said` right after "Founder and Chief Executive
 * Amara Okafor" is her, even when the registry also knows a company "Okafor"; but after
 * "Okafor Logistics" (the nearest mention with that word) it is not. Mentions of the very
 * same form in between are skipped: they are decided the same way. `paragraphOf` gives a
 * mention's paragraph index; returns the fuller name's index.
 */
export function personRightBefore(
  tokens: readonly string[][],
  mentions: readonly { type: string }[],
  index: number,
  paragraphOf: (i: number) => number,
): number | undefined {
  const short = tokens[index];
  const last = short[short.length - 1];
  const paragraph = paragraphOf(index);
  for (let j = index - 1; j >= 0 && paragraph - paragraphOf(j) <= 1; j--) {
    if (!tokens[j].includes(last)) continue;
    if (tokens[j].length === short.length && tokens[j].every((w, k) => w === short[k])) continue;
    return isShortFormOf(short, tokens[j]) && mentions[j].type === 'person' ? j : undefined;
  }
  return undefined;
}
