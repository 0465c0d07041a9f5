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

/**
 * Token offsets written into reusable arrays, for the matcher: it scans every paragraph but
 * needs the key of only the few tokens that could start a name, so it builds no object and
 * cuts no string per token. `starts` and `ends` are replaced by longer arrays when full.
 */
export interface TokenBounds {
  starts: Int32Array;
  ends: Int32Array;
}

/** Tokenizes `text[from, to)` into `into` (the same tokens as `nameTokens`) and returns their number. */
export function nameTokenBounds(text: string, from: number, to: number, into: TokenBounds): number {
  let starts = into.starts;
  let ends = into.ends;
  let n = 0;
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
        if (d < 128) {
          if (bmpClass[d] !== WORD) break;
          i++;
          continue;
        }
        packed = codePointAt(text, i, to);
        if (packed >> 2 !== WORD) break;
        i += packed & 3;
      }
    }
    if (n === starts.length) {
      const longerStarts = new Int32Array(n * 2);
      longerStarts.set(starts);
      const longerEnds = new Int32Array(n * 2);
      longerEnds.set(ends);
      into.starts = starts = longerStarts;
      into.ends = ends = longerEnds;
    }
    starts[n] = start;
    ends[n] = i;
    n++;
  }
  return n;
}

/** The key of the token `text[start, end)`: ’ and ‘ are punctuation tokens, ʼ (a modifier letter) a one-letter word; all three fold to '. */
export function nameTokenKey(text: string, start: number, end: number): string {
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    if (c === 0x2019 || c === 0x2018 || c === 0x2bc) return "'";
  }
  return text.slice(start, end);
}

const scratch: TokenBounds = { starts: new Int32Array(64), ends: new Int32Array(64) };

/** Tokenizes `text[from, to)` into word and single-character punctuation tokens. */
export function nameTokens(text: string, from = 0, to = text.length): NameToken[] {
  const n = nameTokenBounds(text, from, to, scratch);
  const tokens: NameToken[] = [];
  for (let k = 0; k < n; k++) {
    const start = scratch.starts[k];
    const end = scratch.ends[k];
    tokens.push({ start, end, key: nameTokenKey(text, start, end) });
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
