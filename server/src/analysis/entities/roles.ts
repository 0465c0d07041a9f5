/**
 * Titles and roles written just before a name ("Chief Cabinet Secretary Yoshihide
 * Suga", "Prime Minister Shinzo Abe"). The tagger leaves them out of the span; this
 * reads them back so the hover can say in what role a person was named.
 */
import { isTitleWord } from './titles';

const WORDS_BEFORE = /((?:[\p{Lu}][\p{L}.'’-]*\s+){1,5})$/u;

/** The run of title words right before `start`, or undefined. */
export function roleBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = WORDS_BEFORE.exec(before);
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  let first = words.length;
  while (first > 0 && isTitleWord(words[first - 1])) first--;
  return first < words.length ? words.slice(first).join(' ') : undefined;
}
