/**
 * ASCII character classes for the hand-written scanners (tokenizers, prefilters,
 * word tests). Each scanner handles ASCII itself and hands anything else to a Unicode
 * regular expression, so these tests say exactly what the regex classes say on ASCII.
 */

/** What `\s` matches in ASCII: space, tab, line feed, vertical tab, form feed, carriage return. */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** A–Z and a–z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** 0–9: what `\d` matches. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A–Z, a–z and 0–9: what `[\p{L}\p{N}]` matches in ASCII. */
export function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}
