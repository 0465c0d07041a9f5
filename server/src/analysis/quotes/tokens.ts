/**
 * A small tokenizer with offsets, enough for attribution patterns: words (with
 * inner apostrophes, hyphens and abbreviation periods) and single punctuation
 * marks. Offsets are absolute UTF-16 positions in the article text.
 */
import { ABBREVIATIONS } from './lexicon';

/** One word or punctuation mark of the text around a quotation. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, without a trailing abbreviation period. */
  lower: string;
  isWord: boolean;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}#@$%]+(?:['’\-&.][\p{L}\p{N}]+)*\.?|\S/gu;

/** Tokenizes `text[from, to)`; a word keeps a final period only when it is a known abbreviation or an initial. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  // exec on the shared global regex, not matchAll (which clones the regex and builds an iterator per call).
  TOKEN_RE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_RE.exec(slice)) !== null) {
    let value = match[0];
    const start = from + match.index;
    const isWord = startsWord(value);
    if (isWord && value.length > 1 && value.charCodeAt(value.length - 1) === 46 && !keepsPeriod(value)) {
      value = value.slice(0, -1);
      tokens.push(makeToken(start, value, true));
      tokens.push(makeToken(start + value.length, '.', false));
      continue;
    }
    tokens.push(makeToken(start, value, isWord));
  }
  return tokens;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A word starts with a letter or digit, or is a longer `#tag`, `@name` or `$amount`; ASCII first units skip the regex. */
function startsWord(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    return value.length > 1 && (c === 35 || c === 64 || c === 36);
  }
  return LETTER_OR_DIGIT.test(value[0]) || (value.length > 1 && /[#@$]/.test(value[0]));
}

function makeToken(start: number, text: string, isWord: boolean): Token {
  // Lower case, one trailing period dropped, curly apostrophes made straight (in that order).
  let lower = text.toLowerCase();
  if (lower.charCodeAt(lower.length - 1) === 46) lower = lower.slice(0, -1);
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  return { start, end: start + text.length, text, lower, isWord };
}

function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1).toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  if (/^\p{Lu}$/u.test(word.slice(0, -1))) return true; // an initial: "John F. Kennedy"
  return /^(?:\p{L}\.)+\p{L}$/u.test(word.slice(0, -1)); // "U.S." already kept whole
}

/** True for punctuation that ends a sentence. */
export function isSentenceEnd(token: Token): boolean {
  return !token.isWord && /^[.!?]$/.test(token.text);
}

/** True for punctuation that separates clauses or phrases (a noun phrase never crosses it). */
export function isPhraseBreak(token: Token): boolean {
  return !token.isWord && /^[,;:()[\]—–―"“”«»]$/.test(token.text);
}

/** True when a word starts with a capital letter (or a digit-free acronym). */
export function isCapitalized(token: Token): boolean {
  return token.isWord && /^\p{Lu}/u.test(token.text);
}

/** Index just after the last sentence-ending mark, so callers can keep only the current sentence. */
export function lastSentenceStart(tokens: Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (isSentenceEnd(tokens[i])) return i + 1;
  }
  return 0;
}

/** Index of the first sentence-ending mark, or the length when the sentence runs on. */
export function firstSentenceEnd(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (isSentenceEnd(tokens[i])) return i;
  }
  return tokens.length;
}
