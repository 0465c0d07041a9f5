/**
 * The plain regex loop the quote tokenizer's hand-written ASCII scan replaced, kept as the
 * reference the fast-path tests compare `tokenize` with. Built from the core's own token rule
 * and token maker (analysis/internal.ts), so the two can only differ in the scan.
 */
import { QUOTE_TOKEN_RE, pushQuoteToken, type QuoteToken } from '../../../server/src/analysis/internal';

/** Tokenizes `text[from, to)` with the token regex alone. */
export function tokenizeByRegex(text: string, from: number, to: number): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  const slice = text.slice(from, to);
  const re = new RegExp(QUOTE_TOKEN_RE);
  let match: RegExpExecArray | null;
  while ((match = re.exec(slice)) !== null) pushQuoteToken(tokens, from + match.index, match[0]);
  return tokens;
}
