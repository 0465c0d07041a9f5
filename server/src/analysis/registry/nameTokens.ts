/**
 * The tokens names are matched on. A name and the article text go through the same
 * tokenizer, so "U.S.", "Co.", "Nak-yeon" and line breaks inside a name compare
 * equal token by token; apostrophes are folded so ’ and ' match.
 */
import type { TextSpan } from '../types';

/** A word or punctuation token with its offsets and its folded form for matching. */
export interface NameToken extends TextSpan {
  /** Folded form: curly apostrophes made straight. Case is kept. */
  key: string;
}

/**
 * The token rule, as a regular expression: runs of letters, marks and digits, or one
 * other non-space code point. `nameTokens` implements it with a character-class scan
 * (the regex cost a match array per token on every paragraph); tests compare the two.
 */
export const NAME_TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
/** Class of each BMP code unit (0 = not yet computed), filled on first sight. */
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) bmpClass[c] = classOf(String.fromCharCode(c));

function classOf(char: string): number {
  return WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
}

/** Class and length (1 or 2 code units) of the code point at `i`, packed as class * 4 + length. */
function codePointAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2)) * 4 + 2;
  }
  let cls = bmpClass[c];
  if (cls === 0) cls = bmpClass[c] = classOf(String.fromCharCode(c));
  return cls * 4 + 1;
}

/** Tokenizes `text[from, to)` into word and single-character punctuation tokens. */
export function nameTokens(text: string, from = 0, to = text.length): NameToken[] {
  const tokens: NameToken[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let packed = c < 128 ? bmpClass[c] * 4 + 1 : codePointAt(text, i, to);
    const cls = packed >> 2;
    if (cls === SPACE) {
      i += packed & 3;
      continue;
    }
    const start = i;
    i += packed & 3;
    if (cls === WORD) {
      while (i < to) {
        const d = text.charCodeAt(i);
        packed = d < 128 ? bmpClass[d] * 4 + 1 : codePointAt(text, i, to);
        if (packed >> 2 !== WORD) break;
        i += packed & 3;
      }
    }
    // ’ and ‘ are punctuation tokens, ʼ (a modifier letter) a one-letter word: all three fold to '.
    const key = i - start === 1 && (c === 0x2019 || c === 0x2018 || c === 0x2bc) ? "'" : text.slice(start, i);
    tokens.push({ start, end: i, key });
  }
  return tokens;
}

/** The keys of a name, for building the matcher's trie. Possessives are not part of names. */
export function nameKeys(name: string): string[] {
  const keys = nameTokens(name).map((t) => t.key);
  if (keys.length >= 3 && keys[keys.length - 2] === "'" && (keys[keys.length - 1] === 's' || keys[keys.length - 1] === 'S')) {
    keys.length -= 2;
  }
  return keys;
}
