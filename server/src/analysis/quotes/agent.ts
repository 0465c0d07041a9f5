/**
 * A speaker is an agent, never a thing (issue 16): "the plan" does not speak, the union
 * that attacked it does. Decided as PolNeAR's annotation guide decides sources:
 * - people, groups, organizations, roles and pronouns are speakers;
 * - artifacts that store or relay language (a report, a statement, a letter, a ruling)
 *   may be the speaker ("the report said"), unless their author is named with them: then
 *   the author is ("the company's statement said" gives "the company"), as the guide's
 *   "choose the sentient source" and "the creator of the artifact is the source" say;
 * - other things (a plan, a deal, a decision, the economy) never are: the agent of the
 *   sentence is looked for instead ("drew an angry response from the union" gives "the
 *   union"), else there is no speaker.
 * Works on the tokens the attribution patterns read; no parser, only word lists.
 */
import { ARTIFACT_NOUNS, DETERMINERS, THING_NOUNS } from './lexicon';
import { isCapitalized, isSentenceEnd, type Token } from './tokens';
import type { TextSpan } from '../types';

/** A half-open range of token indexes (the same shape as the phrase finders'). */
interface TokenRange {
  from: number;
  to: number;
}

/** Nouns that head an agent even after a thing noun ("the plan committee", "the deal's critics"). */
const AGENT_AFTER = new Set(
  'committee board panel group team union council commission authors author critics opponents supporters backers officials leaders sponsors architects designers spokesman spokeswoman spokesperson'.split(
    ' ',
  ),
);
const POSSESSIVE = /^(.+?)(?:['’]s|s['’])$/;

/** What the head of a phrase is: a thing, an artifact (with its author's token, when named), or an agent. */
interface Head {
  kind: 'thing' | 'artifact';
  /** Index of the possessive token naming the author ("the company's statement"), when there is one. */
  author?: number;
}

/**
 * The kind of the phrase's head: the first thing or artifact noun among its first words,
 * after determiners, lower-case modifiers and a possessive author, and not followed by an
 * agent noun it modifies. Undefined for agents (anything else, and any name).
 */
function headOf(tokens: readonly Token[], range: TokenRange): Head | undefined {
  let author: number | undefined;
  for (let k = range.from; k < range.to && k < range.from + 5; k++) {
    const t = tokens[k];
    if (!t.isWord) return undefined;
    if (DETERMINERS.has(t.lower) && k === range.from) continue;
    if (POSSESSIVE.test(t.lower)) {
      author = k;
      continue;
    }
    if (isCapitalized(t) && !(k === range.from)) return undefined; // a name: "the Hartley Group"
    const kind = THING_NOUNS.has(t.lower) ? 'thing' : ARTIFACT_NOUNS.has(t.lower) ? 'artifact' : undefined;
    if (kind) {
      const next = tokens[k + 1];
      if (k + 1 < range.to && next?.isWord && AGENT_AFTER.has(next.lower)) return undefined;
      return { kind, author };
    }
    if (isCapitalized(t)) return undefined;
  }
  return undefined;
}

/** The span of the author before a possessive: "the company" of "the company's". */
function authorSpan(tokens: readonly Token[], from: number, possessive: number): TextSpan {
  const t = tokens[possessive];
  const stem = POSSESSIVE.exec(t.text)![1];
  return { start: tokens[from].start, end: t.start + stem.length };
}

/** The agent after "from" or "by" in the sentence ("a response from the union"), within [start, end). */
function agentAfterPreposition(
  tokens: readonly Token[],
  start: number,
  end: number,
  phraseAfter: (tokens: Token[], from: number) => TokenRange | undefined,
): TextSpan | undefined {
  for (let k = start; k < end; k++) {
    if (isSentenceEnd(tokens[k])) break;
    if (tokens[k].lower !== 'from' && tokens[k].lower !== 'by') continue;
    const np = phraseAfter(tokens as Token[], k + 1);
    if (!np || np.to > end || headOf(tokens, np)) continue;
    return { start: tokens[np.from].start, end: tokens[np.to - 1].end };
  }
  return undefined;
}

/**
 * The speaker span for a phrase the patterns found: the phrase itself when it names an
 * agent or an artifact with no author; the author of an artifact or thing named with one;
 * for a thing, the agent after "from"/"by" in the sentence [sentenceStart, sentenceEnd),
 * else undefined (no speaker).
 */
export function agentSpan(
  tokens: readonly Token[],
  range: TokenRange | undefined,
  sentenceStart: number,
  sentenceEnd: number,
  phraseAfter: (tokens: Token[], from: number) => TokenRange | undefined,
): TextSpan | undefined {
  if (!range || range.to <= range.from) return undefined;
  const span = { start: tokens[range.from].start, end: tokens[range.to - 1].end };
  const head = headOf(tokens, range);
  if (!head) return span;
  if (head.author !== undefined) return authorSpan(tokens, range.from, head.author);
  if (head.kind === 'artifact') return span;
  return agentAfterPreposition(tokens, sentenceStart, sentenceEnd, phraseAfter);
}
