/**
 * Noun-phrase finders for attribution patterns, over tokens of one sentence.
 * Without a parser these walk words around the speech verb: the subject before
 * it ("the influential US daily wrote"), the phrase after an inverted verb
 * ("said campaign manager Robby Mook"), or the clause subject for participles
 * ("a Japanese government official dismissed the overture, saying, …").
 */
import { AUX_AND_ADVERBS, CLAUSE_WORDS, DETERMINERS, NP_END_WORDS, SENTENCE_OPENERS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './lexicon';
import { isCapitalized, isPhraseBreak, isSentenceEnd, type Token } from './tokens';

/** A half-open range of token indexes. */
export interface TokenRange {
  from: number;
  to: number;
}

const NOUN_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'these',
  'those',
  'such',
  'many',
  'some',
  'my',
  'our',
  'your',
  'no',
  'this',
  'that',
  'several',
  'both',
]);
/** Verbs that make a following speech word a noun ("took note", "made remarks"). */
const LIGHT_VERBS = new Set([
  'took',
  'take',
  'takes',
  'taking',
  'made',
  'make',
  'makes',
  'making',
  'gave',
  'give',
  'gives',
  'sent',
  'got',
  'kept',
  'held',
  'issued',
  'released',
  'left',
  'read',
  'answer',
]);
const SUBORDINATE_STARTS = new Set(
  'while when after before as in on at during with despite although though if because since speaking asked following amid unlike like'.split(' '),
);
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week weekend month year night morning afternoon evening'.split(' '),
);
const TIME_WORD_LEADS = new Set('on last this next late early earlier that the'.split(' '));
const DEICTIC_DAYS = new Set(['today', 'yesterday', 'tonight']);
const COMMON_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'made',
  'took',
  'gave',
  'did',
  'went',
  'came',
  'sent',
  'put',
  'got',
  'kept',
  'left',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'took',
  'became',
  'met',
  'led',
  'held',
  'won',
  'lost',
  'ran',
  'saw',
  'set',
  'brought',
  'sought',
  'thought',
  'found',
  'felt',
  'began',
  'rejected',
  'dismissed',
  'hit',
  'cut',
  'let',
]);

/** True when the token at `i` is a finite speech verb (not a noun such as "the reports"). */
export function isSpeechVerbAt(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.isWord || !SPEECH_VERBS.has(token.lower)) return false;
  const previous = tokens[i - 1];
  return !(previous && previous.isWord && (NOUN_DETERMINERS.has(previous.lower) || LIGHT_VERBS.has(previous.lower)));
}

/** True when the token at `i` is a speech participle ("saying", "adding"). */
export function isParticipleAt(tokens: Token[], i: number): boolean {
  return !!tokens[i]?.isWord && SPEECH_PARTICIPLES.has(tokens[i].lower);
}

/** True when tokens `i`, `i+1` read "according to". */
export function isAccordingToAt(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';
}

function looksLikeVerb(token: Token): boolean {
  if (!token.isWord || isCapitalized(token)) return false;
  return COMMON_VERBS.has(token.lower) || SPEECH_VERBS.has(token.lower) || (token.lower.endsWith('ed') && token.lower.length > 4);
}

/** Index just before `i` after skipping auxiliaries, adverbs, ", however," and time phrases ("on Monday"). */
function skipBackOverModifiers(tokens: Token[], i: number): number {
  for (;;) {
    const token = tokens[i];
    if (!token) return i;
    if (token.isWord && AUX_AND_ADVERBS.has(token.lower)) {
      i--;
      continue;
    }
    // "Rep. John Mica (R-Fla.) said": a parenthesis between the subject and its verb.
    if (token.text === ')') {
      let open = i - 1;
      while (open >= 0 && i - open <= 6 && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
      if (open >= 0 && tokens[open].text === '(' && open < i - 1) {
        i = open - 1;
        continue;
      }
      return i;
    }
    if (token.text === ',' && tokens[i - 1]?.isWord && AUX_AND_ADVERBS.has(tokens[i - 1].lower) && tokens[i - 2]?.text === ',') {
      i -= 3;
      continue;
    }
    if (token.isWord && TIME_WORDS.has(token.lower)) {
      const previous = tokens[i - 1]?.lower ?? '';
      if (TIME_WORD_LEADS.has(previous)) {
        i -= 2;
        continue;
      }
      if (DEICTIC_DAYS.has(token.lower)) {
        i--;
        continue;
      }
    }
    return i;
  }
}

const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet']);

/** Index of the comma that opens the comma-enclosed phrase closed at `close`, when the phrase is short. */
function enclosingComma(tokens: Token[], close: number, sentenceStart: number): number | undefined {
  for (let i = close - 1; i >= sentenceStart && close - i <= 14; i--) {
    if (tokens[i].text === ',') return i;
    if (!tokens[i].isWord && tokens[i].text !== '.' && tokens[i].text !== '-') return undefined;
  }
  return undefined;
}

/** The first words of a clause up to a comma: "Her friend Brittany Lockwood" in "Her friend Brittany Lockwood, 20, …". */
function clauseHeadName(tokens: Token[], sentenceStart: number, limit: number): TokenRange | undefined {
  let from = sentenceStart;
  while (from < limit && (!tokens[from].isWord || SENTENCE_OPENERS.has(tokens[from].lower))) from++;
  let to = from;
  while (to < limit && tokens[to].isWord && to - from < 8) to++;
  if (to === from || tokens[to]?.text !== ',') return undefined;
  const hasName = tokens
    .slice(from, to)
    .some((t, k) => isCapitalized(t) && (k > 0 || !(DETERMINERS.has(t.lower) || /^(?:in|on|at|for|after|before|during|with|by|from|as)$/.test(t.lower))));
  return hasName ? { from, to } : undefined;
}

/**
 * The subject noun phrase ending right before the verb at `verb`, or undefined.
 * When the phrase is an appositive ("…, head of the bureau, said"), the name at
 * the start of the clause is returned instead.
 */
export function subjectBefore(tokens: Token[], verb: number, sentenceStart = 0): TokenRange | undefined {
  if (tokens[verb - 1]?.lower === 'to') return clauseSubject(tokens, sentenceStart, verb); // "He went on to say"
  let end = skipBackOverModifiers(tokens, verb - 1);
  let apposition: TokenRange | undefined;
  if (tokens[end]?.text === ',') {
    const opening = enclosingComma(tokens, end, sentenceStart); // "Biden, in an interview with CNN, blurted out"
    if (opening === undefined) return undefined;
    apposition = namingApposition(tokens, opening + 1, end);
    end = skipBackOverModifiers(tokens, opening - 1);
  }
  // "X urged both sides to talk and called the dispute …": the verb shares the clause's subject.
  if (tokens[end]?.isWord && COORDINATORS.has(tokens[end].lower)) return clauseSubject(tokens, sentenceStart, verb);
  let i = end;
  while (i >= sentenceStart && tokens[i].isWord && !CLAUSE_WORDS.has(tokens[i].lower) && end - i < 10) {
    if (i < end && looksLikeVerb(tokens[i]) && !/^(?:minister|secretary)$/.test(tokens[i].lower)) break;
    i--;
  }
  let from = i + 1;
  while (from <= end && tokens[from].isWord && SENTENCE_OPENERS.has(tokens[from].lower) && from < end) from++;
  if (from > end) return undefined;
  const range = { from, to: end + 1 };
  if (COORDINATORS.has(tokens[from].lower)) return clauseSubject(tokens, sentenceStart, verb); // "… and said"
  // "The employers' group, the Harbour Operators Association, said": the apposition names the unnamed subject.
  if (apposition && !holdsName(tokens, range)) return apposition;
  const appositive = tokens[end + 1]?.text === ',';
  if (appositive && tokens[i]?.text === ',' && !isCapitalized(tokens[from]) && !/^(?:he|she|they|it)$/.test(tokens[from].lower)) {
    return clauseHeadName(tokens, sentenceStart, i) ?? range;
  }
  return range;
}

/**
 * The comma-enclosed phrase in [from, to) when it names something: it opens with a
 * determiner or a capital and holds a capitalised word past a leading determiner
 * ("the Harbour Operators Association", "Ana Ruiz"), not a prepositional or relative
 * phrase ("in an interview with CNN", "which runs the port").
 */
function namingApposition(tokens: Token[], from: number, to: number): TokenRange | undefined {
  if (from >= to || !tokens.slice(from, to).every((t) => t.isWord || t.text === '.' || t.text === '-' || t.text === '&')) return undefined;
  const first = tokens[from];
  if (!(NOUN_DETERMINERS.has(first.lower) || isCapitalized(first)) || CLAUSE_WORDS.has(first.lower) || SUBORDINATE_STARTS.has(first.lower)) return undefined;
  // The head must be the name: "a science major from Memphis" describes, it does not name.
  let head = from;
  while (head < to && !(head > from && (NP_END_WORDS.has(tokens[head].lower) || tokens[head].lower === 'of' || tokens[head].lower === 'by'))) head++;
  return holdsName(tokens, { from, to: head }) ? { from, to } : undefined;
}

/** True when a capitalised word appears in the range other than a leading determiner ("The group" holds none). */
function holdsName(tokens: Token[], range: TokenRange): boolean {
  for (let k = range.from; k < range.to; k++) {
    const t = tokens[k];
    if (!t.isWord || !isCapitalized(t)) continue;
    if (k === range.from && NOUN_DETERMINERS.has(t.lower)) continue;
    return true;
  }
  return false;
}

/** The noun phrase after an inverted verb or "according to", ending at punctuation or a preposition. */
export function phraseAfter(tokens: Token[], from: number): TokenRange | undefined {
  let i = from;
  while (i < tokens.length && !tokens[i].isWord && tokens[i].text !== '.') i++;
  const start = i;
  while (i < tokens.length && tokens[i].isWord && i - start < 10) {
    if (i > start && NP_END_WORDS.has(tokens[i].lower)) break;
    if (i > start && looksLikeVerb(tokens[i])) break;
    i++;
  }
  return i > start ? { from: start, to: i } : undefined;
}

/**
 * The subject of the clause that starts at `sentenceStart` ("a Japanese government
 * official" in "But a Japanese government official dismissed …"): leading openers and
 * an introductory phrase ("On Monday,") are skipped; it ends at the first verb-like word.
 */
export function clauseSubject(tokens: Token[], sentenceStart: number, limit: number): TokenRange | undefined {
  let from = sentenceStart;
  while (from < limit && (!tokens[from].isWord || SENTENCE_OPENERS.has(tokens[from].lower))) from++;
  const comma = tokens.slice(from, Math.min(limit, from + 6)).findIndex((t) => t.text === ',');
  const longComma = tokens.slice(from, Math.min(limit, from + 16)).findIndex((t) => t.text === ',');
  if (comma === 1) from += comma + 1;
  else if (longComma > 0 && SUBORDINATE_STARTS.has(tokens[from]?.lower ?? '')) from += longComma + 1;
  while (from < limit && (!tokens[from].isWord || SENTENCE_OPENERS.has(tokens[from].lower))) from++;
  let to = from;
  while (to < limit && tokens[to].isWord && to - from < 8) {
    if (to > from && looksLikeVerb(tokens[to])) break;
    to++;
  }
  return to > from ? { from, to } : undefined;
}

/** True when the tokens from `from` to the end hold no sentence end (one sentence). */
export function withinOneSentence(tokens: Token[], from: number): boolean {
  return !tokens.slice(from).some(isSentenceEnd);
}

/** True for a phrase break token (re-exported for the attribution patterns). */
export { isPhraseBreak };
