/**
 * Quotations and their speakers (spec §2, "quote"). Pairs the quotation marks of
 * the body paragraphs, drops quoted terms and titles, and attributes each
 * quotation with the patterns news writing uses, in order of reliability:
 * a cue right before the opening mark, a cue right after the closing mark, a cue
 * earlier in the sentence, the sentence before, then the previous quotation's
 * speaker (split and follow-on quotes). What stays unattributed gets a notice.
 */
import type { EntityMention, Notice, QuoteMention, Speaker, TextSpan } from '../types';
import { attributionAfter, attributionBefore, attributionInPreviousSentence, type Attribution } from './attribution';
import { fallbackNameMentions } from './fallbackNames';
import { pairQuoteMarks, type RawQuote } from './marks';
import { paragraphsOf, splitLines } from '../lines';
import { isQuotedTerm } from './scare';
import { speakerFromPhrase, type RoleIndex, type SpeakerContext } from './speaker';
import { tokenize, type Token } from './tokens';
import type { AnalysisMemo } from '../memo';

export type { RoleIndex } from './speaker';
export { fallbackNameMentions } from './fallbackNames';

/** Quotations found in an article, and what the editor should be told about them. */
export interface QuoteResult {
  quotes: QuoteMention[];
  notices: Notice[];
}

interface Accepted {
  raw: RawQuote;
  speaker: Speaker | null;
  /** True when the text after the quotation is its attribution (`"…," she said.`), so it closes the sentence. */
  attributedAfter: boolean;
}

/**
 * True when the quoted text (closing mark and trailing space aside) ends with . ! ? or …, possibly
 * followed by closing quotes or brackets: `/[.!?…][’'"”»)]*$/`, read backwards from the end.
 */
function endsSentence(quoteText: string): boolean {
  const inner = quoteText.slice(0, -1).trimEnd();
  let i = inner.length - 1;
  while (i >= 0 && CLOSERS.includes(inner[i])) i--;
  return i >= 0 && ENDERS.includes(inner[i]);
}

const CLOSERS = '’\'"”»)';
const ENDERS = '.!?…';

/** Paragraph-relative bounds of the text before and after a quotation, stopping at neighbouring quotations. */
function contextBounds(raw: RawQuote, index: number, raws: readonly RawQuote[], paragraphs: readonly TextSpan[]) {
  const previous = raws[index - 1];
  const next = raws[index + 1];
  const firstPara = paragraphs[raw.firstParagraph];
  const lastPara = paragraphs[raw.lastParagraph];
  const previousInParagraph = previous && previous.lastParagraph === raw.firstParagraph ? previous : undefined;
  const beforeStart = previousInParagraph ? previousInParagraph.end : firstPara.start;
  const afterEnd = next && next.firstParagraph === raw.lastParagraph ? next.start : lastPara.end;
  return { beforeStart, afterEnd, previousInParagraph };
}

/**
 * Finds the quotations in the given body paragraphs with their speakers.
 * `entities` are the article's entity mentions (used for named speakers and
 * pronoun resolution); when empty, a capitalized-name heuristic stands in.
 * `roles` maps lower-cased role strings to entity ids for descriptive speakers.
 * When `paragraphs` is empty the text is split at blank lines.
 * `fallbackNames: false` turns the heuristic off: a caller that ran the tagger and
 * found no names must not get speakers whose ids name no entity of the article,
 * nor speakers that change when an unrelated paragraph adds the first name.
 * `memo` keeps each quotation's own facts (quoteFacts) between analyses of a document.
 */
export function findQuotes(
  text: string,
  paragraphs: readonly TextSpan[],
  entities: readonly EntityMention[],
  roles?: RoleIndex,
  fallbackNames = true,
  memo?: AnalysisMemo,
): QuoteResult {
  const paras = paragraphs.length > 0 ? paragraphs : paragraphsOf(splitLines(text));
  const mentions = entities.length > 0 || !fallbackNames ? entities : fallbackNameMentions(text, paras);
  const { quotes: raws, notices } = pairQuoteMarks(text, paras);
  const accepted: Accepted[] = [];
  const context: SpeakerContext = { text, entities: mentions, roles, previousSpeakers: [], quoteSpans: raws };
  const speakers: Speaker[] = [];
  context.previousSpeakers = speakers;

  let previousAfter: { from: number; to: number; tokens: Token[] } | undefined;
  raws.forEach((raw, index) => {
    const { beforeStart, afterEnd, previousInParagraph } = contextBounds(raw, index, raws, paras);
    const ownFacts = () => {
      // The stretch between two quotations of a paragraph is the first one's "after" and the next one's
      // "before": tokenized once (token lists are only read, never changed, by the patterns).
      const before =
        previousAfter && previousAfter.from === beforeStart && previousAfter.to === raw.start ? previousAfter.tokens : tokenize(text, beforeStart, raw.start);
      const after = tokenize(text, raw.end, afterEnd);
      previousAfter = { from: raw.end, to: afterEnd, tokens: after };
      return quoteFacts(text.slice(raw.start, raw.end), before, after, previousInParagraph !== undefined);
    };
    // The facts read only the text from `beforeStart` to `afterEnd` (token offsets are only carried into the
    // phrase spans): memoized by that text, with the phrases relative to its start.
    const facts = memo
      ? shiftFacts(
          memo.getFor(`quote ${raw.start - beforeStart} ${raw.end - beforeStart} ${previousInParagraph !== undefined}`, text.slice(beforeStart, afterEnd), () =>
            shiftFacts(ownFacts(), -beforeStart),
          ),
          beforeStart,
        )
      : ownFacts();
    if (facts.quotedTerm) return;
    let attribution = facts.attribution;
    const lastAccepted = accepted[accepted.length - 1];
    const previousAccepted = lastAccepted && previousInParagraph === lastAccepted.raw ? lastAccepted : undefined;
    if (!attribution && previousAccepted) attribution = { kind: 'follow-on' };
    if (!attribution && facts.noWordBefore && raw.firstParagraph > 0) {
      attribution = fromPreviousParagraph(text, paras[raw.firstParagraph - 1], lastAccepted);
    }
    let speaker: Speaker | null = null;
    if (attribution?.phrase) speaker = speakerFromPhrase(attribution.phrase, context);
    else if (attribution) speaker = attribution.kind === 'follow-on' || !attribution.phrase ? inherited(lastAccepted, raw, paras) : null;
    if (speaker) speakers.push(speaker);
    accepted.push({ raw, speaker, attributedAfter: facts.attributedAfter });
    if (!speaker) {
      notices.push({ start: raw.start, end: raw.end, code: 'unattributed-quote', message: 'No speaker is attributed to this quotation.' });
    }
  });

  notices.sort((a, b) => a.start - b.start);
  const quotes = accepted.map(({ raw, speaker }) => ({ start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), speaker }));
  return { quotes, notices };
}

/** What a quotation and the text around it (up to its neighbours) say, before the article's names and earlier quotations are read. */
interface QuoteFacts {
  /** A quoted term or title, not a quotation. */
  quotedTerm: boolean;
  /** The attribution from a cue before, right after, or earlier in the sentence; undefined when none. */
  attribution?: Attribution;
  /** The attribution follows the quotation (`"…," she said.`). */
  attributedAfter: boolean;
  /** No word stands between the paragraph's start (or the previous quotation) and this one. */
  noWordBefore: boolean;
}

/** The facts of one quotation from its text and the tokens before and after it. Pure. */
function quoteFacts(quoteText: string, before: Token[], after: Token[], previousInParagraph: boolean): QuoteFacts {
  const local = attributionBefore(before, previousInParagraph);
  const afterward = attributionAfter(after, endsSentence(quoteText));
  const adjacent = local?.kind === 'before-adjacent' ? local : undefined;
  const quotedTerm = isQuotedTerm(quoteText, before, after, adjacent !== undefined || afterward !== undefined, afterward !== undefined);
  const attribution: Attribution | undefined = quotedTerm ? undefined : (adjacent ?? afterward ?? local ?? attributionInPreviousSentence(before));
  return { quotedTerm, attribution, attributedAfter: afterward !== undefined, noWordBefore: before.every((t) => !t.isWord) };
}

/** The facts with their phrase moved by `delta` (the same object when there is no phrase). */
function shiftFacts(facts: QuoteFacts, delta: number): QuoteFacts {
  const phrase = facts.attribution?.phrase;
  if (!phrase || delta === 0) return facts;
  return { ...facts, attribution: { ...facts.attribution!, phrase: { start: phrase.start + delta, end: phrase.end + delta } } };
}

/** The previous quotation's speaker, when it is in this paragraph or the one before. */
function inherited(previous: Accepted | undefined, raw: RawQuote, paragraphs: readonly TextSpan[]): Speaker | null {
  if (!previous?.speaker) return null;
  if (raw.firstParagraph - previous.raw.lastParagraph > 1 || !paragraphs[raw.firstParagraph]) return null;
  return previous.speaker;
}

/**
 * A quotation opening a paragraph with no attribution of its own: the previous
 * paragraph's last sentence names the speaker (`X said on Monday.`), or the previous
 * paragraph ended with an attributed quotation (a follow-on quote).
 */
function fromPreviousParagraph(text: string, previousPara: TextSpan, lastAccepted: Accepted | undefined): Attribution | undefined {
  const lastInPrevious = lastAccepted && lastAccepted.raw.end <= previousPara.end && lastAccepted.raw.end >= previousPara.start ? lastAccepted : undefined;
  const tailStart = lastInPrevious ? lastInPrevious.raw.end : previousPara.start;
  const tail = tokenize(text, tailStart, previousPara.end);
  if (lastInPrevious?.speaker && (lastInPrevious.attributedAfter || tail.every((t) => !t.isWord))) {
    const tailSentences = tail.filter((t) => /^[.!?]$/.test(t.text)).length;
    if (tailSentences <= 1) return { kind: 'follow-on' };
  }
  const previousSentence = attributionInPreviousSentence(tail);
  return previousSentence;
}
