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
  for (const match of slice.matchAll(TOKEN_RE)) {
    let value = match[0];
    const start = from + (match.index ?? 0);
    const isWord = /[\p{L}\p{N}]/u.test(value[0]) || (value.length > 1 && /[#@$]/.test(value[0]));
    if (isWord && value.length > 1 && value.endsWith('.') && !keepsPeriod(value)) {
      value = value.slice(0, -1);
      tokens.push(makeToken(start, value, true));
      tokens.push(makeToken(start + value.length, '.', false));
      continue;
    }
    tokens.push(makeToken(start, value, isWord));
  }
  return tokens;
}

function makeToken(start: number, text: string, isWord: boolean): Token {
  const lower = text.toLowerCase().replace(/\.$/, '').replace(/’/g, "'");
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
