/**
 * Tokenizer and sentence splitter shaped like the CoNLL-2003 tokenization the tagger was
 * trained on: punctuation split off, possessive 's / ’s its own token, abbreviations
 * ("U.S.", "Co.", "Inc.", "Mr.") and hyphenated names ("Lee Nak-yeon") kept whole.
 * Offsets are UTF-16 code units into the original text, so spans map straight back.
 */

/** A token of the text: `text` is exactly `source.slice(start, end)`. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations that keep their period and never end a sentence. */
const TITLE_ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Sen', 'Rep', 'Gov',
  'Pres', 'Rev', 'Fr', 'St', 'Mt', 'Ft', 'Jr', 'Sr', 'vs', 'No', 'Nos', 'Vol', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'approx', 'etc', 'e\\.g', 'i\\.e',
];
/** Company suffixes that keep their period; they may end a sentence. */
const COMPANY_ABBREVIATIONS = ['Co', 'Inc', 'Corp', 'Ltd', 'Bros', 'Plc', 'Cos', 'Dept', 'Univ', 'Assn'];

const TOKEN_PATTERN = new RegExp(
  [
    `(?:${[...TITLE_ABBREVIATIONS, ...COMPANY_ABBREVIATIONS].join('|')})\\.(?![\\p{L}\\d])`,
    // U.S., U.N., a.m.
    '(?:\\p{L}\\.){2,}(?!\\p{L})',
    // Middle initial: "George W. Bush"
    '\\p{Lu}\\.(?=\\s+\\p{Lu})',
    // Numbers with separators: 1,000.50  1996-08-22  10:30
    '\\d+(?:[.,:/-]\\d+)*(?:\\p{L}+)?',
    // Words with inner hyphens and apostrophes: Nak-yeon, O'Neill, don't, Japan's (split below)
    "[\\p{L}\\p{M}\\d]+(?:[-'\\u2019][\\p{L}\\p{M}\\d]+)*",
    // Ellipsis and dashes as one token
    '\\.{2,}|-{2,}',
    '\\S',
  ].join('|'),
  'gu',
);

const POSSESSIVE = /['\u2019][sS]$/;
const SENTENCE_END = new Set(['.', '!', '?', '...', '\u2026']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '}', '\u00bb']);
const TITLE_SET = new Set(TITLE_ABBREVIATIONS.map((a) => a.replace(/\\/g, '') + '.'));

/** Tokens of `text.slice(start, end)` (offsets stay absolute); possessive 's / ’s split off. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(slice); m; m = TOKEN_PATTERN.exec(slice)) {
    const s = start + m.index;
    const word = m[0];
    if (word.length > 2 && POSSESSIVE.test(word)) {
      tokens.push({ start: s, end: s + word.length - 2, text: word.slice(0, -2) });
      tokens.push({ start: s + word.length - 2, end: s + word.length, text: word.slice(-2) });
    } else {
      tokens.push({ start: s, end: s + word.length, text: word });
    }
  }
  return tokens;
}

function startsSentence(token: Token | undefined): boolean {
  if (!token) return true;
  const c = token.text.charAt(0);
  return c !== c.toLowerCase() || /[\d"'\u201c\u2018(]/.test(c);
}

/**
 * Splits tokens into sentences: after ".", "!", "?" (and any closing quotes or brackets)
 * when the next token could start a sentence, and at blank lines. Title abbreviations
 * ("Mr.") never end a sentence.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // A blank line needs at least two characters between tokens: most gaps are one space and skip the test.
    if (current.length && tok.start - current[current.length - 1].end > 1 && /\n\s*\n/.test(text.slice(current[current.length - 1].end, tok.start))) {
      sentences.push(current);
      current = [];
    }
    current.push(tok);
    if (!SENTENCE_END.has(tok.text) || TITLE_SET.has(tok.text)) continue;
    while (i + 1 < tokens.length && CLOSERS.has(tokens[i + 1].text) && tokens[i + 1].start === tokens[i].end) {
      current.push(tokens[++i]);
    }
    if (startsSentence(tokens[i + 1])) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}
