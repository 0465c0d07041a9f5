/**
 * Decides whether a plain-text file is a news article (spec §1: a `.txt` that looks
 * like an article gets the `news` language, any other `.txt` stays plain text).
 *
 * The decision has to be cheap because the client runs it on every `.txt` the user
 * opens, including multi-megabyte logs, so only the head of the text is read and
 * every pattern is a single line-anchored regex without nested quantifiers.
 */

/** How much of the text is examined: the signals all live in an article's first screen. */
export const ARTICLE_SNIFF_LENGTH = 4096;

/** A piece of evidence that a text is a news article. */
export type ArticleSignal = 'dateline' | 'metadata-line' | 'byline' | 'attributed-quote' | 'front-matter' | 'reporting-verbs';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DASH = '(?:--|\u2014|\u2013|-)(?=\\s)';
/** One place or several joined by slashes (`SEOUL/WASHINGTON`): one repetition, so the pattern stays as small as before. */
const CITY = "[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]*){0,3}";
/** A city in title case, as AFP and regional desks print it (`Nairobi (AFP) -`). */
const TITLE_CITY = "[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2}";

/**
 * Datelines that agencies put before the first sentence: `TOKYO, July 29 (Xinhua) --`,
 * `BERLIN (AP) —`, `Sep 07 (Japan Times) -`, `SEOUL/WASHINGTON, Oct 3 -`, `Nairobi (AFP) -`.
 * A city in capitals needs a date or an agency in parentheses too, so an all-caps
 * heading followed by a dash does not count; a city in title case needs a capitalised
 * agency (`(AFP)`, not `(draft)`).
 */
const DATELINE_PATTERNS: readonly RegExp[] = [
  new RegExp(`^\\s*${CITY}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?, ${MONTH} \\d{1,2}(?:, \\d{4})?\\s*(?:\\([^()\\n]{1,60}\\)\\s*)?${DASH}`, 'm'),
  new RegExp(`^\\s*${CITY}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\\s*\\([^()\\n]{1,60}\\)\\s*${DASH}`, 'm'),
  new RegExp(`^\\s*${MONTH} \\d{1,2}(?:, \\d{4})?\\s*\\([^()\\n]{1,60}\\)\\s*${DASH}`, 'm'),
  new RegExp(`^\\s*${TITLE_CITY}(?:, ${MONTH} \\d{1,2})?\\s*\\([A-Z][^()\\n]{1,40}\\)\\s*${DASH}`, 'm'),
];

/** `Source: Xinhua| 2019-07-29 21:08:49|Editor: …`, or a `Source:`/`Published:` line with a date. */
const METADATA_LINE = /^\s*(?:Source:\s*\S[^\n]*(?:\||\d{4}-\d{2}-\d{2})|(?:Published|Updated|Posted)(?: on)?:?\s+[^\n]*(?:\d{4}|\d{1,2}:\d{2}))/m;

/** A byline on its own line: `By Jane Doe`, `By Jane Doe and John Roe, Reuters`. */
const BYLINE = /^\s*By\s+[A-Z][\p{L}'\u2019.-]+(?:\s+(?:[A-Z][\p{L}'\u2019.-]+|and|de|da|van|von|al|el))+\s*(?:[,|]\s*[^\n]{0,60})?$/mu;

/** A closing quotation mark (with its comma) followed within a few words by a reporting verb. */
const QUOTE_THEN_VERB = /[,.?!]\s*["\u201D]\s*(?:[^\s"\u201C\u201D]+\s+){0,6}?(?:said|says|told|added|asked|wrote|stated|explained|noted)\b/g;

/** A reporting verb followed by a colon and an opening quotation mark: `X said: "…"`. */
const VERB_THEN_QUOTE = /\b(?:said|says|told \w+|added|wrote)\s*:\s*["\u201C]/g;

/** Reporting phrases that news prose uses and other text rarely does. */
const REPORTING = /\b(?:said|told reporters|according to|spokes(?:person|man|woman))\b/g;

/** Front matter at the very top with at least a title and a date (spec §1). */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

function hasArticleFrontMatter(head: string): boolean {
  const m = FRONT_MATTER.exec(head);
  if (!m) return false;
  const body = m[1];
  return /^title\s*:\s*\S/m.test(body) && /^date\s*:\s*\S/m.test(body);
}

/**
 * Lists which article signals appear in the head of `text`. Exposed separately from
 * {@link looksLikeArticle} so the client can explain its decision ("detected a dateline
 * and attributed quotes") and tests can see why a text was accepted.
 */
export function articleSignals(text: string): ArticleSignal[] {
  const head = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).slice(0, ARTICLE_SNIFF_LENGTH);
  const signals: ArticleSignal[] = [];
  if (DATELINE_PATTERNS.some((p) => p.test(head))) signals.push('dateline');
  if (METADATA_LINE.test(head)) signals.push('metadata-line');
  if (BYLINE.test(head)) signals.push('byline');
  if (countMatches(head, QUOTE_THEN_VERB) + countMatches(head, VERB_THEN_QUOTE) > 0) signals.push('attributed-quote');
  if (hasArticleFrontMatter(head)) signals.push('front-matter');
  if (countMatches(head, REPORTING) >= 3) signals.push('reporting-verbs');
  return signals;
}

/**
 * True when `text` looks like a news article: a dateline on its own suffices (nothing
 * else starts a paragraph with `CITY, Month DD (Agency) --`); otherwise at least two
 * independent signals are needed, so a README that quotes someone or a blog post with
 * front matter stays plain text. Only the first {@link ARTICLE_SNIFF_LENGTH} characters
 * are examined, so the cost does not grow with the file.
 */
export function looksLikeArticle(text: string): boolean {
  const signals = articleSignals(text);
  return signals.includes('dateline') || signals.length >= 2;
}
