/**
 * Tells quotations from quoted terms. Scare quotes around a term (its preferential
 * "white list") and quoted titles (the film "Spirited Away") are marked with the
 * same characters as speech but are not quotations: nobody is being quoted, and
 * flagging them as unattributed would be noise for the editor.
 */
import { isAsciiAlphanumeric, isAsciiLetter } from '../chars';
import { DETERMINERS, SPEECH_VERBS, TITLE_CUES } from './lexicon';
import type { Token } from './tokens';

/**
 * The quotation's inner words (white-space separated, with a letter or digit), without marks and
 * edge punctuation; at most `limit` of them, for callers that only need to know whether there are 0, 1 or more.
 */
function innerWords(quoteText: string, limit = Infinity): string[] {
  const words: string[] = [];
  const inner = quoteText.slice(1, -1);
  NON_SPACE_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (words.length < limit && (m = NON_SPACE_RUN.exec(inner)) !== null) if (hasLetterOrDigit(m[0])) words.push(m[0]);
  return words;
}

/** `/[\p{L}\p{N}]/u.test(word)`, answered without the regex when an ASCII letter or digit comes before any other non-ASCII character. */
function hasLetterOrDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return LETTER_OR_DIGIT.test(word);
    if (isAsciiAlphanumeric(c)) return true;
  }
  return false;
}

const NON_SPACE_RUN = /\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** How many UTF-16 units of letters (`\p{L}`) a word has: its length once everything else is removed. */
function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) {
      if (isAsciiLetter(c)) n++;
      continue;
    }
    const cp = word.codePointAt(i)!;
    const wide = cp > 0xffff;
    if (LETTER.test(String.fromCodePoint(cp))) n += wide ? 2 : 1;
    if (wide) i++;
  }
  return n;
}

/** True when the quoted text ends like a sentence (a quotation, not a term). */
function endsLikeSentence(quoteText: string): boolean {
  return /[.!?…][’'"”»)]*\s*[,]?\s*$/.test(quoteText.slice(1, -1));
}

/**
 * True when the words right before the opening mark make the quoted text a noun
 * phrase: a determiner or possessive ("its", "the", "Japan's"), possibly followed by
 * lower-case modifiers ("its preferential"), or a labelling word ("so-called").
 */
function usedAsNounPhrase(before: Token[]): boolean {
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const token = before[i];
    if (!token.isWord) return false;
    if (DETERMINERS.has(token.lower) || /['’]s$/.test(token.text)) {
      // "has called the issues “completely different dimensions”": the determiner belongs to the verb's object
      const verb = before[i - 1];
      return !(seen > 0 && verb?.isWord && SPEECH_VERBS.has(verb.lower));
    }
    if (token.lower === 'as') return before[i - 1]?.lower === 'known'; // "dismissed it as “…”" quotes someone
    if (token.lower === 'called' && before[i - 1]?.text === '-' && before[i - 2]?.lower === 'so') return true;
    if (/^\p{Lu}/u.test(token.text)) return false;
  }
  return false;
}

function titleCased(words: string[]): boolean {
  const significant = words.filter((w) => letterCount(w) >= 4);
  return /^\p{Lu}/u.test(words[0] ?? '') && significant.every((w) => /^\p{Lu}/u.test(w.replace(/^[^\p{L}]+/u, '')));
}

/** True when a title cue ("the film", "a program called", ", the Netflix series") sits next to the quoted text. */
function hasTitleCue(before: Token[], after: Token[]): boolean {
  const near = before.slice(-3).map((t) => t.lower);
  if (near.some((w) => TITLE_CUES.has(w))) return true;
  const following = after.slice(0, 4).map((t) => t.lower);
  return (following[0] === ',' || following[0] === '(') && following.slice(1).some((w) => TITLE_CUES.has(w));
}

/** True when the word right before the opening mark is a preposition ("on", "in") or a possessive ("CBS's"). */
function isAfterPrepositionOrPossessive(before: Token[]): boolean {
  const last = before[before.length - 1];
  return !!last?.isWord && (/^(?:on|in|at)$/.test(last.lower) || /['’]s$/.test(last.text));
}

/** `so-called "reforms"` */
function isSoCalled(before: Token[]): boolean {
  const [a, b, c] = before.slice(-3).map((t) => t.lower);
  return (a === 'so' && b === '-' && c === 'called') || c === 'so-called';
}

const NOT_NOUNS = new Set(
  'and or but nor to of in on at for with as by from that which who whom whose is was are were be been has have had will would could should may might must can said says say told added'.split(
    ' ',
  ),
);

/** `a push for "curriculum transparency" laws`: a short quoted stretch used as a modifier of the noun after it. */
function isQuotedModifier(words: string[], quoteText: string, after: Token[]): boolean {
  const next = after[0];
  return (
    words.length <= 3 &&
    !/[,.;:!?]/.test(quoteText.slice(1, -1)) &&
    next?.isWord === true &&
    /^\p{Ll}/u.test(next.text) &&
    !NOT_NOUNS.has(next.lower) &&
    !SPEECH_VERBS.has(next.lower)
  );
}

/** `Robert "Bobby" Tan`: a short quoted stretch between two parts of a name is a nickname. */
function isNickname(words: string[], before: Token[], after: Token[]): boolean {
  const prev = before[before.length - 1];
  const next = after[0];
  return words.length <= 3 && prev?.isWord === true && next?.isWord === true && /^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(next.text);
}

/** A title of a work written in title case: two or more words, every long word capitalized, nobody speaking in it. */
function looksLikeTitle(words: string[]): boolean {
  const bare = words.map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''));
  return bare.length >= 2 && bare.length <= 10 && titleCased(bare) && !bare.some((w) => /^(?:I|We|You|My|Our|Your|Me|Us)$/.test(w));
}

/** Verbs that only name: what follows them is a label, never speech ("dubbed "the little senator""). */
const NAMING_VERBS = new Set(
  'dub dubs dubbed dubbing term terms termed terming brand brands branded branding label labels labeled labelled labeling labelling nickname nicknames nicknamed christen christened style styled coin coined'.split(
    ' ',
  ),
);
/** "call" names a term ("what the firm calls "agentic commerce"") or quotes a verdict ("called it "a disgrace""). */
const CALL_VERBS = new Set(['call', 'calls', 'called', 'calling']);
/** Nouns that announce a quoted expression as a mention of words, not their use ("the term "…""). */
const TERM_NOUNS = new Set('term terms phrase word label nickname moniker motto catchphrase buzzword expression'.split(' '));
const ADJECTIVE_ENDING = /^\p{Ll}{3,}(?:ful|ous|ive|able|ible|less|ish|ent|ant|ary|ory|ic|al)$/u;
const FIRST_OR_SECOND_PERSON = /^(?:I|I'm|I've|I'll|I'd|we|we're|we've|us|our|my|me|you|your|you're)$/i;

/**
 * The naming word right before the opening mark, past one "-ly" adverb ("typically called"):
 * `known as`, `referred to as`, a naming verb, `call`, or a term noun after a determiner.
 */
function namingCue(before: Token[]): 'naming' | 'call' | 'term' | undefined {
  let i = before.length - 1;
  if (before[i]?.isWord && /ly$/.test(before[i].lower) && before[i].lower.length > 4) i--;
  const word = before[i];
  if (!word?.isWord) return undefined;
  if (word.lower === 'as') {
    const verb = before[i - 1]?.lower === 'to' ? before[i - 2]?.lower : before[i - 1]?.lower;
    return verb === 'known' || verb === 'referred' ? 'naming' : undefined;
  }
  if (NAMING_VERBS.has(word.lower)) return 'naming';
  if (CALL_VERBS.has(word.lower)) return 'call';
  if (TERM_NOUNS.has(word.lower) && before[i - 1]?.isWord && DETERMINERS.has(before[i - 1].lower)) return 'term';
  return undefined;
}

/**
 * True when the quoted stretch is a name given, not words spoken (issue 16): after "dubbed",
 * "termed", "branded", "labelled", "known as", "so-called" and `the term "…"`, a short stretch
 * is always a label; after "call" only a term is: a few words with no determiner, comma or
 * first person ("what the firm calls "agentic commerce"", "a show called "Brokers""), while a
 * verdict stays a quotation ("called it "a disgrace, frankly"", "called "an evil act"").
 */
function isNamedTerm(quoteText: string, before: Token[]): boolean {
  const cue = namingCue(before);
  if (!cue) return false;
  const words = innerWords(quoteText);
  if (words.length === 0 || words.length > 8) return false;
  if (cue !== 'call') return words.length <= 6 || looksLikeTitle(words);
  if (looksLikeTitle(words)) return true;
  // One judging word is a verdict, not a name: a clip the judge called "distasteful".
  if (words.length === 1 && ADJECTIVE_ENDING.test(words[0].replace(/[^\p{L}]/gu, ''))) return false;
  const inner = quoteText.slice(1, -1).replace(/[.,!?’'"”»]+\s*$/, '');
  const first = words[0].toLowerCase().replace(/[^\p{L}'’-]/gu, '');
  return (
    words.length <= 4 &&
    !/[,;:!?]/.test(inner) &&
    !DETERMINERS.has(first) &&
    !NOT_NOUNS.has(first) &&
    !words.some((w) => FIRST_OR_SECOND_PERSON.test(w.replace(/[^\p{L}'’]/gu, '').replace(/’/g, "'")))
  );
}

/**
 * Decides whether a quoted stretch is a term or a title rather than a quotation.
 * `attributedNearby` is true when a speech verb governs the quotation directly
 * (`said "…"`, `"…," she said`), which makes it a quotation unless a naming word
 * labels it (`what the firm calls "…"`, `dubbed "…"`); `attributedAfter` is true when the
 * speech verb comes after it (`"…," she said`), which makes it a quotation even then.
 */
export function isQuotedTerm(quoteText: string, before: Token[], after: Token[], attributedNearby: boolean, attributedAfter = false): boolean {
  // Up to here only "none, one or more words" matters (and all words after a title cue): most
  // quotations are attributed nearby and never need their full word list.
  const firstWords = innerWords(quoteText, 2);
  if (firstWords.length === 0) return true;
  const bareWord = firstWords.length === 1 && /^[\p{L}\p{N}'’-]+$/u.test(quoteText.slice(1, -1).trim());
  // Labels beat any nearby speech verb: so-called "reforms", a memo titled "Org Update," …
  if (isSoCalled(before) || (TITLE_CUES.has(before[before.length - 1]?.lower ?? '') && titleCased(innerWords(quoteText))) || bareWord) return true;
  if (!attributedAfter && isNamedTerm(quoteText, before)) return true;
  // `On CBS's "Face the Nation," Ryan said`: a title after a preposition or a possessive is a title even then.
  if (isAfterPrepositionOrPossessive(before) && looksLikeTitle(innerWords(quoteText))) return true;
  if (attributedNearby) return false;
  const words = innerWords(quoteText);
  if (isQuotedModifier(words, quoteText, after)) return true;
  if (isNickname(words, before, after) || looksLikeTitle(words)) return true;
  if (endsLikeSentence(quoteText)) return false;
  // One quoted word with no speech verb at hand is a term ("the word "efficiency""), not a quotation.
  if (words.length === 1) return true;
  if (words.length <= 8 && titleCased(words) && hasTitleCue(before, after)) return true;
  return words.length <= 3 && usedAsNounPhrase(before);
}
