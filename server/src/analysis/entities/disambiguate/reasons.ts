/**
 * The few words that say why the scorer linked a shared name (or left it unlinked), shown in
 * the hover's "Could also be" section and in the CLI's `linkReason`: wording only, no scoring.
 */
import type { Cue } from './cue';
import type { CandidateScore } from './score';

const CUE_REASON: Record<Cue, string> = {
  person: 'referred to as a person',
  'not-person': 'referred to as a thing',
  organization: 'referred to as an organization',
  speaker: 'speaks',
  agent: 'acts as a person or a company does',
  place: 'written as a place',
  people: 'written as a people',
  water: 'written as a lake or river',
  team: 'written as a team',
  thing: 'written as a thing one owns',
  event: 'written as an event',
  language: 'written as a language',
};

/** Why the winner won, in a few words: the `linkReason` the hover and the CLI show. */
export function reasonFor(c: CandidateScore, bySense: boolean): string {
  const parts: string[] = [];
  if (c.qualifier > 0) parts.push('qualified by place');
  if (c.full > 0) parts.push('full name');
  if (c.type > 0) parts.push('type agrees');
  if (c.cue > 0) parts.push(CUE_REASON[c.cueKind!]);
  if (c.definite > 0) parts.push("written with 'the'");
  if (c.seen > 0) parts.push('named elsewhere in the article');
  if (c.coherence > 0) parts.push('related to entries in the article');
  if (c.cues.length > 0 && (c.local > 0 || c.article > 0)) parts.push(`context: ${c.cues.join(', ')}`);
  if (bySense) parts.push('same sense as the other mentions of this name');
  return parts.length > 0 ? parts.join('; ') : 'first in the registry; nothing in the article tells them apart';
}

/** Why no candidate was taken, for the `linkReason` of a mention left unlinked. */
export function misfit(scores: CandidateScore[]): string {
  if (scores.some((c) => c.qualifier < 0) && !scores.some((c) => c.qualifier > 0)) return 'the place written after it is none of the candidates';
  if (scores.some((c) => c.fits)) return 'nothing in the article supports any of the candidates';
  return 'its type in context fits none of the candidates';
}
