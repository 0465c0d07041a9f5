/**
 * A small tokenizer with offsets, enough for attribution patterns: words (with
 * inner apostrophes, hyphens and abbreviation periods) and single punctuation
 * marks. Offsets are absolute UTF-16 positions in the article text.
 */
import { isAsciiAlphanumeric, isAsciiSpace } from '../chars';
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

/**
 * The token rule; `tokenize` scans ASCII by hand and asks this regex only where a non-ASCII
 * character is involved. Exported for the plain regex reference in test/support (through analysis/internal.ts).
 */
export const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}#@$%]+(?:['’\-&.][\p{L}\p{N}]+)*\.?|\S/gu;

/** Tokenizes `text[from, to)`; a word keeps a final period only when it is a known abbreviation or an initial. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  const n = slice.length;
  let at = 0;
  while (at < n) {
    const c = slice.charCodeAt(at);
    if (isAsciiSpace(c)) {
      at++;
      continue;
    }
    let end = c < 128 ? asciiTokenEnd(slice, at) : isLonePunctuation(c) ? at + 1 : -1;
    let start = at;
    if (end < 0) {
      // A non-ASCII character is involved: the regex decides from here (it skips whitespace the same way).
      TOKEN_RE.lastIndex = at;
      const match = TOKEN_RE.exec(slice);
      if (match === null) break;
      start = match.index;
      end = start + match[0].length;
    }
    pushToken(tokens, from + start, slice.slice(start, end));
    at = end;
  }
  return tokens;
}

/** Adds one token, splitting a word's final period off unless the word keeps it (shared with the test reference). */
export function pushToken(tokens: Token[], start: number, value: string): void {
  const isWord = startsWord(value);
  if (isWord && value.length > 1 && value.charCodeAt(value.length - 1) === 46 && !keepsPeriod(value)) {
    const word = value.slice(0, -1);
    tokens.push(makeToken(start, word, true));
    tokens.push(makeToken(start + word.length, '.', false));
    return;
  }
  tokens.push(makeToken(start, value, isWord));
}

/** Curly quotes, dashes, guillemets and the ellipsis: never part of a word, so always a token of their own (the `\S` alternative). */
function isLonePunctuation(c: number): boolean {
  return (c >= 0x2013 && c <= 0x201f) || c === 0x2026 || c === 0xab || c === 0xbb;
}

/** 0: not a letter or digit, 1: lower-case letter or digit, 2: upper-case letter (ASCII only). */
function asciiClass(c: number): number {
  if (c >= 97 && c <= 122) return 1;
  if (c >= 65 && c <= 90) return 2;
  return c >= 48 && c <= 57 ? 1 : 0;
}

/**
 * Where TOKEN_RE's match starting at the ASCII character `s[at]` ends, or -1 when the
 * match could depend on a non-ASCII character (which the regex then reads). The three
 * alternatives in order: two or more "X." pairs (greedy); a word run with joined parts and
 * an optional final period (a curly apostrophe joins like a straight one; greedy, and never needs to backtrack since all that follows the
 * run may match empty); any single character.
 */
function asciiTokenEnd(s: string, at: number): number {
  const n = s.length;
  let j = at;
  let pairs = 0;
  for (; j < n; j += 2) {
    const c = s.charCodeAt(j);
    if (c >= 128) return -1;
    if (asciiClass(c) !== 2) break;
    if (j + 1 >= n) break;
    const d = s.charCodeAt(j + 1);
    if (d !== 46) break;
    pairs++;
  }
  if (pairs >= 2) return j;
  const c0 = s.charCodeAt(at);
  if (asciiClass(c0) === 0 && c0 !== 35 && c0 !== 64 && c0 !== 36 && c0 !== 37) return at + 1;
  j = at + 1;
  for (; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c >= 128) return -1;
    if (asciiClass(c) === 0 && c !== 35 && c !== 64 && c !== 36 && c !== 37) break;
  }
  for (;;) {
    if (j >= n) return j;
    const sep = s.charCodeAt(j);
    if (sep >= 128 && sep !== 0x2019) return -1;
    if (sep !== 39 && sep !== 45 && sep !== 38 && sep !== 46 && sep !== 0x2019) return j;
    if (j + 1 >= n) return sep === 46 ? j + 1 : j;
    const next = s.charCodeAt(j + 1);
    if (next >= 128) return -1;
    if (asciiClass(next) === 0) return sep === 46 ? j + 1 : j;
    j += 2;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c >= 128) return -1;
      if (asciiClass(c) === 0) break;
    }
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A word starts with a letter or digit, or is a longer `#tag`, `@name` or `$amount`; ASCII first units skip the regex. */
function startsWord(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) {
    if (isAsciiAlphanumeric(c)) return true;
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
  if (/^\p{Lu}-\p{Lu}[\p{L}.]*$/u.test(word.slice(0, -1))) return true; // a party and state: "(R-Fla.)", "D-N.Y."
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
