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

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokenizes `text[from, to)` into word and single-character punctuation tokens. */
export function nameTokens(text: string, from = 0, to = text.length): NameToken[] {
  const tokens: NameToken[] = [];
  TOKEN.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const key = m[0] === '’' || m[0] === '‘' || m[0] === 'ʼ' ? "'" : m[0];
    tokens.push({ start: m.index, end: m.index + m[0].length, key });
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
