/**
 * Titles and roles written just before a name ("Chief Cabinet Secretary Yoshihide
 * Suga", "Prime Minister Shinzo Abe"). The tagger leaves them out of the span; this
 * reads them back so the hover can say in what role a person was named.
 */
import { isTitleWord } from './titles';

const WORDS_BEFORE = /((?:[\p{Lu}][\p{L}.'’-]*\s+){1,5})$/u;

/** How far before a name its role is looked for (the mention memo's key holds this much: entities/index.ts). */
export const ROLE_LOOKBACK = 80;

/** The run of title words right before `start`, or undefined. */
export function roleBefore(text: string, start: number): string | undefined {
  const from = Math.max(0, start - ROLE_LOOKBACK);
  if (!mayEndInCapitalisedWord(text, from, start)) return undefined;
  const before = text.slice(from, start);
  const m = WORDS_BEFORE.exec(before);
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  let first = words.length;
  while (first > 0 && isTitleWord(words[first - 1])) first--;
  return first < words.length ? words.slice(first).join(' ') : undefined;
}

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}.'’-]/u;
const UPPER = /\p{Lu}/u;

/**
 * False only when WORDS_BEFORE cannot match `text[from, to)`: its last word must end in
 * white space at `to` and hold a capital in the run of word characters before that space.
 * Most names follow a lower-case word ("said Ana Ruiz"), so this skips the expression,
 * which tries every one of the 80 starting positions, for most mentions. A surrogate
 * (an astral letter may be a capital) sends the case on to the expression.
 */
function mayEndInCapitalisedWord(text: string, from: number, to: number): boolean {
  let i = to - 1;
  if (i < from || !SPACE.test(text[i])) return false;
  while (i >= from && SPACE.test(text[i])) i--;
  for (; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    const ch = text[i];
    if (!WORD_CHAR.test(ch)) return false;
    if (UPPER.test(ch)) return true;
  }
  return false;
}
