/**
 * What the text says a shared name is, before the registry is asked: a courtesy title
 * or a person's title right before it ("Ms Okafor", "Minister Jordan"), its place in a
 * dateline, or the tagger's reading of the span in its sentence. Titles and datelines
 * are trusted: an entry of another type does not fit. The tagger is only a hint: on a
 * single capitalised word it often says "person" for a town or a river, and it cannot
 * tell a country from its national team, so it nudges the scores and never rules an
 * entry out.
 */
import type { NameSpan } from '../../ner';
import { partitionPoint } from '../../spans';
import type { EntityType, TextSpan } from '../../types';
import { roleBefore } from '../roles';
import { entityTypeOf } from '../typing';

/** The type the context gives a mention, and where it was read. */
export interface TypeHint {
  type: EntityType;
  from: 'tagger' | 'title' | 'dateline';
}

const COURTESY =
  /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Cllr|Prof|Herr|Frau|Monsieur|Madame|Mme|Señor|Señora|Signor|Signora|Senhor|Senhora)\.?\s+$/u;

/** The last word of a title that only a person bears ("Under" or "Home" may start a sentence; "Minister" may not). */
const PERSON_TITLES = new Set([
  'President',
  'Minister',
  'Secretary',
  'Senator',
  'Governor',
  'Mayor',
  'Chancellor',
  'Chairman',
  'Chairwoman',
  'Chair',
  'CEO',
  'Director',
  'Commissioner',
  'Ambassador',
  'Leader',
  'Councillor',
  'Councilor',
  'Coach',
  'Professor',
  'Judge',
  'Spokesman',
  'Spokeswoman',
  'Spokesperson',
  'Bishop',
  'Archbishop',
  'Inspector',
  'Superintendent',
  'Detective',
  'Premier',
  'Envoy',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Pope',
  'Colonel',
  'Captain',
  'Admiral',
  'Sergeant',
  'Lieutenant',
  'Executive',
]);

/** The context's type for a registered span, from the words before it and the tagger's names (sorted by start). */
export function typeHintOf(text: string, mention: TextSpan, tagged: readonly NameSpan[]): TypeHint | undefined {
  const before = text.slice(Math.max(0, mention.start - 12), mention.start);
  const role = roleBefore(text, mention.start);
  if (COURTESY.test(before) || (role && PERSON_TITLES.has(role.slice(role.lastIndexOf(' ') + 1)))) return { type: 'person', from: 'title' };
  let best: NameSpan | undefined;
  let bestOverlap = 0;
  for (let k = partitionPoint(tagged.length, (i) => tagged[i].end <= mention.start); k < tagged.length && tagged[k].start < mention.end; k++) {
    const overlap = Math.min(tagged[k].end, mention.end) - Math.max(tagged[k].start, mention.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [tagged[k], overlap];
  }
  return best ? { type: entityTypeOf(best.label, best.text), from: 'tagger' } : undefined;
}

/** How a candidate's type fits the context's: a score, and whether the context rules it out. */
export interface TypeFit {
  score: number;
  /** True when a trusted hint (title, dateline) names another type. */
  ruledOut: boolean;
}

const NEUTRAL: TypeFit = { score: 0, ruledOut: false };

/**
 * A trusted hint: 1 for its type, ruled out otherwise. The tagger's: 1 for a person
 * read as a person, -1 for a person where it reads a place or organization but only
 * -0.4 for a place or organization where it reads a person, a small 0.2 for other agreements,
 * nothing between organization and place (it reads clubs and teams named after towns
 * and countries as the places), -0.3 for other disagreements.
 */
export function typeAgreement(hint: TypeHint | undefined, type: EntityType): TypeFit {
  if (!hint || hint.type === 'other' || type === 'other') return NEUTRAL;
  if (hint.from !== 'tagger') return hint.type === type ? { score: 1, ruledOut: false } : { score: -1, ruledOut: true };
  if (hint.type === type) return { score: type === 'person' ? 1 : 0.2, ruledOut: false };
  // The tagger reads unknown single words as persons ("linking Perth and Dundee"); a place or organization reading is surer.
  if (hint.type === 'person') return { score: -0.4, ruledOut: false };
  if (type === 'person') return { score: -1, ruledOut: false };
  const pair = new Set([hint.type, type]);
  if (pair.has('organization') && pair.has('place')) return NEUTRAL;
  return { score: -0.3, ruledOut: false };
}
