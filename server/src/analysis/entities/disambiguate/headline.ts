/**
 * A headline's short name ("Van Doorn wins Kenyan order", "Villanueva to retire oldest
 * ferries") stands for what the story then names first with those words: a headline
 * shortens the subject of the lead, and when the lead opens with the company ("Van Doorn
 * Kassen, the greenhouse builder…") the founder named later is not the headline's subject.
 */
import type { Registry } from '../../registry';
import type { EntityMention, TextSpan } from '../../types';
import type { SharedName } from './index';
import { decide, DECISION, type Decision } from './decide';
import { linkFormOf } from './frontMatterChoice';
import type { CandidateScore } from './score';

/** True when `short` is the first or the last words of the longer `long`. */
function beginsOrEnds(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  const head = short.every((w, k) => long[k] === w);
  const tail = short.every((w, k) => long[long.length - short.length + k] === w);
  return head || tail;
}

/**
 * For a mention in the headline (the article's first paragraph, when it is one line), the
 * index of the first mention after the headline whose name its words begin or end
 * ("Van Doorn" of "Van Doorn Kassen" or of "Lieke van Doorn"); undefined when the mention
 * is not in a headline or the story never names it in full. `tokens` holds each mention's
 * lower-case words (follow.ts `tokensOf`), in the order of `mentions`.
 */
function headlineSubject(
  text: string,
  spans: readonly TextSpan[],
  mentions: readonly EntityMention[],
  tokens: readonly string[][],
  index: number,
): number | undefined {
  const headline = spans[0];
  const m = mentions[index];
  if (!headline || m.start < headline.start || m.end > headline.end || text.slice(headline.start, headline.end).includes('\n')) return undefined;
  for (let j = index + 1; j < mentions.length; j++) {
    if (mentions[j].start < headline.end) continue;
    if (beginsOrEnds(tokens[index], tokens[j])) return j;
  }
  return undefined;
}

/**
 * The registered company a headline's family name shortens: the story names it first
 * (headlineSubject), alone in the registry, and it is one of the mention's candidates,
 * some of which are people and none a place ("Keswick" above "Keswick Outdoor" is still
 * the town). Undefined otherwise.
 */
export function headlineCompany(
  text: string,
  spans: readonly TextSpan[],
  mentions: readonly EntityMention[],
  tokens: readonly string[][],
  index: number,
  shared: ReadonlyMap<EntityMention, SharedName>,
  registry: Registry,
): EntityMention | undefined {
  const ids = shared.get(mentions[index])!.ids;
  const types = new Set(ids.map((id) => registry.byId.get(id)?.type));
  if (!types.has('person') || types.has('place')) return undefined;
  const j = headlineSubject(text, spans, mentions, tokens, index);
  const subject = j === undefined ? undefined : mentions[j];
  return subject?.registered && subject.type === 'organization' && !shared.has(subject) && ids.includes(subject.entityId) ? subject : undefined;
}

/** The decision for a headline's family name: its company gains what a title gives a person's surname, so only a clear context elsewhere wins. */
export function decideHeadlined(company: EntityMention, scores: CandidateScore[]): Decision {
  const raw = new Map(scores.map((c) => [c.id, c.raw]));
  raw.set(company.entityId, raw.get(company.entityId)! + DECISION.followSure);
  const decided = decide(scores, raw, DECISION.noLink, false);
  if (decided.id === company.entityId) decided.reason = `the headline's short name of '${linkFormOf(company.text)}', which the story names first`;
  return decided;
}
