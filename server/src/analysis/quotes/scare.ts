/**
 * Tells quotations from quoted terms. Scare quotes around a term (its preferential
 * "white list") and quoted titles (the film "Spirited Away") are marked with the
 * same characters as speech but are not quotations: nobody is being quoted, and
 * flagging them as unattributed would be noise for the editor.
 */
import { DETERMINERS, SPEECH_VERBS, TITLE_CUES } from './lexicon';
import type { Token } from './tokens';

/** The quotation's inner words, without marks and edge punctuation. */
function innerWords(quoteText: string): string[] {
  const inner = quoteText.slice(1, -1).trim();
  return inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
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
    if (token.lower === 'as' && before[i - 1]?.lower === 'known') return true;
    if (/^\p{Lu}/u.test(token.text)) return false;
  }
  return false;
}

function titleCased(words: string[]): boolean {
  const significant = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  return /^\p{Lu}/u.test(words[0] ?? '') && significant.every((w) => /^\p{Lu}/u.test(w.replace(/^[^\p{L}]+/u, '')));
}

/** True when a title cue ("the film", "a program called", ", the Netflix series") sits next to the quoted text. */
function hasTitleCue(before: Token[], after: Token[]): boolean {
  const near = before.slice(-3).map((t) => t.lower);
  if (near.some((w) => TITLE_CUES.has(w))) return true;
  const following = after.slice(0, 4).map((t) => t.lower);
  return (following[0] === ',' || following[0] === '(') && following.slice(1).some((w) => TITLE_CUES.has(w));
}

/**
 * Decides whether a quoted stretch is a term or a title rather than a quotation.
 * `attributedNearby` is true when a speech verb governs the quotation directly
 * (`said "…"`, `"…," she said`), which always makes it a quotation.
 */
export function isQuotedTerm(quoteText: string, before: Token[], after: Token[], attributedNearby: boolean): boolean {
  if (attributedNearby || endsLikeSentence(quoteText)) return false;
  const words = innerWords(quoteText);
  if (words.length === 0) return true;
  if (words.length <= 8 && titleCased(words) && hasTitleCue(before, after)) return true;
  return words.length <= 3 && usedAsNounPhrase(before);
}
