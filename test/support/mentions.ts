/**
 * What the names tests read: an article's entities through the whole analysis with no
 * registry, and a one-line listing of them for assertion messages.
 */
import { analyzeArticle } from '../../server/src/analysis';
import type { EntityMention } from '../../server/src/analysis/types';

/** The entities `analyzeArticle` finds in `text`, with no registry. */
export const entitiesOf = (text: string): EntityMention[] => analyzeArticle(text).entities;

/** "text/type[role]" for each mention, comma-separated: what a failed assertion shows. */
export const showMentions = (list: readonly EntityMention[]): string => list.map((m) => `${m.text}/${m.type}${m.role ? `[${m.role}]` : ''}`).join(', ');
