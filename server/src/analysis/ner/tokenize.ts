/**
 * Tokenizer and sentence splitter shaped like the CoNLL-2003 tokenization the tagger was
 * trained on: punctuation split off, possessive 's / ’s and clitics ('ve, n't) their own tokens, abbreviations
 * ("U.S.", "Co.", "Inc.", "Mr."), hyphenated names ("Lee Nak-yeon") and capitals joined by an
 * ampersand ("AT&T", "S&P") kept whole.
 * Offsets are UTF-16 code units into the original text, so spans map straight back.
 */
import { isAsciiAlphanumeric, isAsciiDigit, isAsciiLetter, isAsciiSpace } from '../chars';

/** A token of the text: `text` is exactly `source.slice(start, end)`. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations that keep their period and never end a sentence. */
const TITLE_ABBREVIATIONS = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Sgt',
  'Capt',
  'Cmdr',
  'Adm',
  'Sen',
  'Rep',
  'Gov',
  'Pres',
  'Rev',
  'Fr',
  'St',
  'Mt',
  'Ft',
  'Jr',
  'Sr',
  'vs',
  'No',
  'Nos',
  'Vol',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'approx',
  'etc',
  'e\\.g',
  'i\\.e',
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
    // A currency's country before its dollar sign, one token as CoNLL has them: C$, US$, HK$
    '\\p{Lu}{1,3}\\$',
    // Capitals joined by an ampersand, one token as CoNLL has them: AT&T, S&P, Texas A&M
    '\\p{Lu}{1,4}&\\p{Lu}{1,4}(?![\\p{L}\\d])',
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

/**
 * Tokens of `text.slice(start, end)` (offsets stay absolute); possessive 's / ’s split off.
 * Plain ASCII words and single punctuation marks (most of any article) are cut by hand;
 * everything else goes through TOKEN_PATTERN at that position. The hand path only takes
 * what the pattern would take there (see the comments), and a test holds the two equal.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const n = slice.length;
  let i = 0;
  while (i < n) {
    const c = slice.charCodeAt(i);
    if (isAsciiSpace(c)) {
      i++;
      continue;
    }
    if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < n && isAsciiLetter(slice.charCodeAt(j))) j++;
      // A run of ASCII letters ending before whitespace or punctuation other than . - ' is exactly
      // one token: the abbreviation and initial alternatives need a "." after letters, the number
      // alternative a digit first, and the word alternative stops where letters, marks, digits
      // and inner - ' ’ stop.
      if (j === n || endsPlainWord(slice.charCodeAt(j))) {
        tokens.push({ start: start + i, end: start + j, text: slice.slice(i, j) });
        i = j;
        continue;
      }
    } else if (c < 128 && isLonePunctuation(c)) {
      // No alternative but \S starts with this character.
      tokens.push({ start: start + i, end: start + i + 1, text: slice.charAt(i) });
      i++;
      continue;
    }
    STICKY_TOKEN.lastIndex = i;
    const m = STICKY_TOKEN.exec(slice);
    if (!m) {
      // Unicode white space the ASCII test above does not know (no alternative matches it).
      i++;
      continue;
    }
    pushWord(tokens, start + i, m[0]);
    i += m[0].length;
  }
  return tokens;
}

/** tokenize by TOKEN_PATTERN alone: the definition the hand path must agree with (tests compare them). */
export function tokenizeByPattern(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(slice); m; m = TOKEN_PATTERN.exec(slice)) pushWord(tokens, start + m.index, m[0]);
  return tokens;
}

/**
 * Clitics split off as CoNLL does ("I 've", "they 're", "do n't"), so a sentence's "I've"
 * is the pronoun the tagger knows, not an unknown capitalised word taken for a name.
 */
const CLITIC = /(?:['\u2019](?:ve|ll|re|d|m)|n['\u2019]t)$/i;

/** Pushes a matched word, splitting off a possessive 's / ’s or a clitic ('ve, 'll, 're, 'd, 'm, n't). */
function pushWord(tokens: Token[], s: number, word: string): void {
  const cut = word.length > 2 && POSSESSIVE.test(word) ? 2 : word.length > 2 ? (CLITIC.exec(word)?.[0].length ?? 0) : 0;
  if (cut > 0 && cut < word.length) {
    tokens.push({ start: s, end: s + word.length - cut, text: word.slice(0, -cut) });
    tokens.push({ start: s + word.length - cut, end: s + word.length, text: word.slice(-cut) });
  } else {
    tokens.push({ start: s, end: s + word.length, text: word });
  }
}

/** The same alternatives as TOKEN_PATTERN, matched only at `lastIndex`. */
const STICKY_TOKEN = new RegExp(TOKEN_PATTERN.source, 'uy');

/** After a run of ASCII letters: ASCII white space or punctuation that cannot continue any alternative ("&" continues "AT&T", "$" "US$"). */
function endsPlainWord(c: number): boolean {
  return c < 128 && !isAsciiDigit(c) && c !== 46 /* . */ && c !== 45 /* - */ && c !== 39 /* ' */ && c !== 38 /* & */ && c !== 36; /* $ */
}

/** ASCII punctuation no alternative but \S can start with: everything but letters, digits, "." and "-" (which start "..." and "--"). */
function isLonePunctuation(c: number): boolean {
  return c > 32 && c !== 127 && !isAsciiAlphanumeric(c) && c !== 46 && c !== 45;
}

function startsSentence(token: Token | undefined): boolean {
  if (!token) return true;
  const c = token.text.charAt(0);
  return c !== c.toLowerCase() || /[\d"'\u201c\u2018(]/.test(c);
}

/**
 * True when the single line break between `last` (ending its line) and `next` (opening the
 * next) is written, not made by wrapping: `next` starts a sentence, `last` ends none, and
 * `next`'s word would have fitted on `last`'s line, whose width is `longest`, the longest
 * line of the text. A headline or a bullet's title over its story ("* Floods at Hinthada" / "The
 * Ayeyarwady rose …") is a sentence of its own, as CoNLL has it, so no name joins the two;
 * text wrapped at a fixed width keeps its sentences across lines.
 */
function hardLineBreak(text: string, last: Token, next: Token, longest: number): boolean {
  if (SENTENCE_END.has(last.text) || !startsSentence(next)) return false;
  const lineStart = text.lastIndexOf('\n', last.start) + 1;
  return last.end - lineStart + 1 + (next.end - next.start) <= longest;
}

/** The length of the longest line of `text`, in UTF-16 code units. */
function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    const stop = end < 0 ? text.length : end;
    if (stop - start > longest) longest = stop - start;
    if (end < 0) return longest;
    start = end + 1;
  }
}

/**
 * Splits tokens into sentences: after ".", "!", "?" (and any closing quotes or brackets)
 * when the next token could start a sentence, at blank lines, and at a line break that
 * wrapping did not make (a headline over its story: see hardLineBreak). Title abbreviations
 * ("Mr.") never end a sentence.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  let longest: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // Most gaps are one space or none and skip the tests: a blank line, or a line break that wrapping did not make.
    const last = current.length ? current[current.length - 1] : undefined;
    const gap = last && (tok.start - last.end > 1 || text.charCodeAt(last.end) === 10) ? text.slice(last.end, tok.start) : '';
    if (gap.includes('\n')) {
      if (/\n\s*\n/.test(gap) || hardLineBreak(text, last!, tok, (longest ??= longestLine(text)))) {
        sentences.push(current);
        current = [];
      }
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
