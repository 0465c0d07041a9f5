/**
 * Attribution patterns: where, around one quotation, the speaker phrase is.
 * Looks right after the closing mark (`"…," X said`, `"…," said X`, `according to X`),
 * then before the opening mark in the same sentence (`X said: "…"`, `X told reporters "…"`,
 * `…, saying, "…"`, a partial quote after `X has said the issues are in`), then the
 * sentence before (`X said on Monday. "…"`). Returns token ranges; turning a phrase
 * into a speaker (entity, role, pronoun) is `speaker.ts`'s job.
 */
import { clauseSubject, isAccordingToAt, isParticipleAt, isSpeechVerbAt, phraseAfter, subjectBefore, type TokenRange } from './phrases';
import { DETERMINERS, NON_SPEAKER_STARTS } from './lexicon';
import { agentSpan } from './agent';

const LABEL_VERBS = /^(?:call|calls|called|calling|dub|dubs|dubbed|term|terms|termed|label|labels|labeled|labelled|brand|branded|nickname|nicknamed)$/;
import { firstSentenceEnd, isCapitalized, isSentenceEnd, lastSentenceStart, type Token } from './tokens';
import type { TextSpan } from '../types';

/** How the speaker was found; `adjacent` kinds also prove the quoted text is speech, not a term. */
export type AttributionKind = 'after' | 'before-adjacent' | 'before-distant' | 'previous-sentence' | 'follow-on';

/** The outcome of the local patterns for one quotation. */
export interface Attribution {
  kind: AttributionKind;
  /** The speaker phrase, or undefined when the speaker is the previous quotation's. */
  phrase?: TextSpan;
}

function spanOf(tokens: Token[], range: TokenRange | undefined): TextSpan | undefined {
  if (!range || range.to <= range.from) return undefined;
  return { start: tokens[range.from].start, end: tokens[range.to - 1].end };
}

/** The agent for a phrase in the sentence starting at `sentenceStart` (see agent.ts): never a thing such as "the plan". */
function agentOf(tokens: Token[], range: TokenRange | undefined, sentenceStart: number): TextSpan | undefined {
  return agentSpan(tokens, range, sentenceStart, tokens.length, phraseAfter);
}

function validSpeakerStart(tokens: Token[], range: TokenRange | undefined): TokenRange | undefined {
  if (!range) return undefined;
  return NON_SPEAKER_STARTS.has(tokens[range.from].lower) ? undefined : range;
}

/**
 * `"…," X said` / `"…," said X` / `"…," according to X`: the tokens after the closing
 * mark, up to the sentence end. `quoteEndsSentence` makes the pattern stricter,
 * because then the words after may start an unrelated sentence.
 */
export function attributionAfter(after: Token[], quoteEndsSentence: boolean): Attribution | undefined {
  const tokens = after.slice(0, firstSentenceEnd(after));
  let i = 0;
  while (i < tokens.length && !tokens[i].isWord && /^[,—–―\-(]$/.test(tokens[i].text)) i++;
  if (i >= tokens.length) return undefined;
  const signed = signature(tokens, i);
  if (signed) return signed;
  if (isAccordingToAt(tokens, i)) {
    const phrase = agentOf(tokens, phraseAfter(tokens, i + 2), i);
    return phrase && { kind: 'after', phrase };
  }
  if (isSpeechVerbAt(tokens, i)) {
    const phrase = agentOf(tokens, validSpeakerStart(tokens, phraseAfter(tokens, i + 1)), i);
    return phrase && { kind: 'after', phrase };
  }
  const limit = Math.min(tokens.length, i + (quoteEndsSentence ? 7 : 16));
  for (let j = i + 1; j < limit; j++) {
    if (!isSpeechVerbAt(tokens, j) && !isAccordingToAt(tokens, j)) continue;
    const commaAt = tokens.slice(i, j).findIndex((t) => t.text === ',');
    if (quoteEndsSentence && commaAt >= 0) return undefined;
    if (isAccordingToAt(tokens, j)) {
      const phrase = agentOf(tokens, phraseAfter(tokens, j + 2), i);
      return phrase && { kind: 'after', phrase };
    }
    const head = commaAt >= 0 ? { from: i, to: i + commaAt } : subjectBefore(tokens, j, i);
    const range = validSpeakerStart(tokens, head && head.from >= i ? head : undefined);
    if (!range || tokens.slice(range.from, range.to).some((t) => !t.isWord)) return undefined;
    const phrase = agentOf(tokens, range, i);
    return phrase && { kind: 'after', phrase };
  }
  return unknownVerbAttribution(tokens, i);
}

/**
 * `"…" ― Pamela Padilla`: a dash right after the closing mark and a name ending the
 * sentence (or followed by a comma and who she is) signs the quotation, as under a letter.
 */
function signature(tokens: Token[], from: number): Attribution | undefined {
  if (from === 0 || from > 2 || !tokens.slice(0, from).every((t) => /^[—–―-]$/.test(t.text))) return undefined;
  let to = from;
  while (to < tokens.length && to - from < 6 && isCapitalized(tokens[to])) to++;
  if (to === from || (to < tokens.length && tokens[to].text !== ',')) return undefined;
  return { kind: 'after', phrase: { start: tokens[from].start, end: tokens[to - 1].end } };
}

/** `"…" Clinton gushed.`: a short name plus one unlisted past-tense verb closing the sentence. */
function unknownVerbAttribution(tokens: Token[], from: number): Attribution | undefined {
  const rest = tokens.slice(from);
  const verb = rest[rest.length - 1];
  if (rest.length < 2 || rest.length > 5 || !verb.isWord || !/^\p{Ll}+ed$/u.test(verb.text)) return undefined;
  const subject = rest.slice(0, -1);
  if (subject.some((t) => !t.isWord) || NON_SPEAKER_STARTS.has(subject[0].lower)) return undefined;
  const phrase = agentOf(tokens, { from, to: tokens.length - 1 }, from);
  return phrase && { kind: 'after', phrase };
}

/** `has Podesta saying, "…"`: the capitalized name right before a participle. */
function nameBeforeParticiple(tokens: Token[], k: number, sentenceStart: number): TokenRange | undefined {
  let from = k;
  while (from - 1 > sentenceStart && isCapitalized(tokens[from - 1])) from--;
  return from < k ? { from, to: k } : undefined;
}

/** The speaker phrase for a speech verb at `verb`: its subject, or the phrase after it when inverted. */
function phraseForVerb(tokens: Token[], verb: number, sentenceStart: number): TokenRange | undefined {
  if (isAccordingToAt(tokens, verb)) return phraseAfter(tokens, verb + 2);
  const subject = subjectBefore(tokens, verb, sentenceStart);
  if (subject) return subject;
  return validSpeakerStart(tokens, phraseAfter(tokens, verb + 1));
}

/** True when only a short object and punctuation separate the cue from the quote (`told reporters: "`). */
function isAdjacent(tokens: Token[], cue: number): boolean {
  const rest = tokens.slice(cue + 1);
  const last = rest[rest.length - 1];
  // "what conservators call the "reverse layering" method": labelling a term, not quoting speech
  if (LABEL_VERBS.test(tokens[cue].lower) && last?.isWord && DETERMINERS.has(last.lower)) return false;
  // "exporters said the "green list" should…": a determiner right before the mark makes it a term
  if (rest.length > 0 && last?.isWord && last.lower !== 'that' && DETERMINERS.has(last.lower)) return false;
  const words = rest.filter((t) => t.isWord && t.lower !== 'that');
  if (words.length <= 2) return true;
  return words.length <= 5 && !!last && /^[:,]$/.test(last.text);
}

/**
 * `X said: "…"`, `X said that "…"`, `X told reporters "…"`, `…, saying, "…"` and
 * partial quotations later in the sentence. `before` holds the tokens between the
 * previous quotation (or the paragraph start) and the opening mark. Returns
 * `{ kind, phrase: undefined }` when the speaker is the previous quotation's
 * (`"…," he said, adding, "…"`).
 */
export function attributionBefore(before: Token[], startsAfterQuote: boolean): Attribution | undefined {
  const sentenceStart = lastSentenceStart(before);
  const sameSentenceAsPrevious = startsAfterQuote && sentenceStart === 0;
  for (let k = before.length - 1; k >= sentenceStart; k--) {
    const finite = isSpeechVerbAt(before, k) || isAccordingToAt(before, k);
    const participle = !finite && isParticipleAt(before, k);
    if (!finite && !participle) continue;
    const kind: AttributionKind = isAdjacent(before, isAccordingToAt(before, k) ? k + 1 : k) ? 'before-adjacent' : 'before-distant';
    if (finite) {
      const range = phraseForVerb(before, k, sentenceStart);
      if (range) {
        const phrase = agentOf(before, range, sentenceStart);
        return phrase && { kind, phrase };
      }
    }
    const named = participle ? nameBeforeParticiple(before, k, sentenceStart) : undefined;
    if (named) return { kind, phrase: spanOf(before, named) };
    for (let e = k - 1; e >= sentenceStart; e--) {
      if (!isSpeechVerbAt(before, e) && !isAccordingToAt(before, e)) continue;
      const range = phraseForVerb(before, e, sentenceStart);
      if (range) {
        const phrase = agentOf(before, range, sentenceStart);
        return phrase && { kind, phrase };
      }
    }
    if (sameSentenceAsPrevious) return { kind };
    const subject = clauseSubject(before, sentenceStart, k);
    const phrase = subject && !NON_SPEAKER_STARTS.has(before[subject.from].lower) ? agentOf(before, subject, sentenceStart) : undefined;
    return phrase && { kind, phrase };
  }
  if (sameSentenceAsPrevious && before.some((t) => t.text === ',' || t.text === ':')) return { kind: 'follow-on' };
  return undefined;
}

/**
 * `X said on Monday. "…"`: the last complete sentence in `tokens` (outside any
 * quotation) when it carries a speech verb or ends with a colon.
 */
export function attributionInPreviousSentence(tokens: Token[]): Attribution | undefined {
  let end = tokens.length;
  while (end > 0 && !isSentenceEnd(tokens[end - 1]) && tokens[end - 1].text !== ':') {
    if (tokens[end - 1].isWord) return undefined; // the quotation does not start a sentence
    end--;
  }
  if (end === 0) return undefined;
  const sentence = tokens.slice(0, end - 1);
  const start = lastSentenceStart(sentence);
  for (let k = sentence.length - 1; k >= start; k--) {
    if (!isSpeechVerbAt(sentence, k) && !isAccordingToAt(sentence, k)) continue;
    const range = validSpeakerStart(sentence, phraseForVerb(sentence, k, start));
    if (!range) continue;
    const phrase = agentOf(sentence, range, start);
    if (phrase) return { kind: 'previous-sentence', phrase };
  }
  if (tokens[end - 1].text === ':') {
    const phrase = agentOf(sentence, validSpeakerStart(sentence, clauseSubject(sentence, start, sentence.length)), start);
    if (phrase) return { kind: 'previous-sentence', phrase };
  }
  return undefined;
}
