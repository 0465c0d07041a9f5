/**
 * The core's internal entry point, for tests only: the pieces the reference implementations
 * in `test/support/reference/` are built from, so the product modules ship no test-only code
 * and the equivalence tests still compare each fast path with the plain reading it replaced.
 * Product code imports the core through `analysis/index.ts` (a lint rule enforces it).
 */
export { TOKEN_RE as QUOTE_TOKEN_RE, pushToken as pushQuoteToken, type Token as QuoteToken } from './quotes/tokens';
export { ALL_RULES as ALL_DATE_RULES, findDatesWith, type DateRulePaths, type FindDatesOptions } from './dates/index';
/** The registry matcher's pieces, for the plain reading `find` is held equal to (`findEveryToken`). */
export { capsClass, matchOf, NameMatcher, NO_LETTER, NOT_CAPS, type Hit as NameMatchHit, type NameMatch } from './registry/matcher';
export { nameTokens, type NameToken } from './registry/nameTokens';
export { NONE as TRIE_NONE, type TokenTrie } from './registry/tokenTrie';
