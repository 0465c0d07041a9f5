/**
 * What the text says a shared name is, before the registry is asked: the tagger's
 * reading of the span in its sentence (a person-shaped "Jordan said" against the
 * country), or a courtesy title or role right before it ("Ms Okafor", "council leader
 * Daniel Price"). The registry's own match never decides the type of a shared name.
 */
import type { NameSpan } from '../../ner';
import { partitionPoint } from '../../spans';
import type { EntityType, TextSpan } from '../../types';
import { roleBefore } from '../roles';
import { entityTypeOf } from '../typing';

/** The type the context gives a mention, and where it was read. */
export interface TypeHint {
  type: EntityType;
  from: 'tagger' | 'title';
}

const COURTESY = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Cllr|Prof)\.?\s+$/u;

/** The last word of a title that only a person bears ("Under" or "Home" may start a sentence; "Minister" may not). */
const PERSON_TITLES = new Set([
  'President', 'Minister', 'Secretary', 'Senator', 'Governor', 'Mayor', 'Chancellor', 'Chairman', 'Chairwoman', 'Chair', 'CEO',
  'Director', 'Commissioner', 'Ambassador', 'Leader', 'Councillor', 'Councilor', 'Coach', 'Professor', 'Judge', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Bishop', 'Archbishop', 'Inspector', 'Superintendent', 'Detective', 'Premier', 'Envoy', 'King',
  'Queen', 'Prince', 'Princess', 'Pope', 'Colonel', 'Captain', 'Admiral', 'Sergeant', 'Lieutenant', 'Executive',
]);

/** The context's type for a registered span, from the tagger's names (sorted by start) and the words before it. */
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

/**
 * How well a candidate's type fits the context's: 1 when equal, 0 when either says
 * "other" or nothing is known, -1 across the person line (the tagger rarely mistakes a
 * person for a place or a company), a mild -0.4 between organization and place (a club
 * or national team is often tagged as its town or country), -0.7 otherwise.
 */
export function typeAgreement(hint: TypeHint | undefined, type: EntityType): number {
  if (!hint || hint.type === 'other' || type === 'other') return 0;
  if (hint.type === type) return 1;
  if (hint.type === 'person' || type === 'person') return -1;
  const pair = new Set([hint.type, type]);
  if (pair.has('organization') && pair.has('place')) return -0.4;
  return -0.7;
}
