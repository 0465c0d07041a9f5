/**
 * The exhaustive reading of dates the product's shortcuts must equal: every rule on every
 * paragraph (no word prefilter) and chrono on every paragraph with a digit. It runs the
 * product's own pipeline (analysis/internal.ts `findDatesWith`) with these paths, so only the
 * shortcuts differ between the two.
 */
import { ALL_DATE_RULES, findDatesWith, type DateRulePaths, type FindDatesOptions } from '../../../server/src/analysis/internal';
import type { DateMention, TextSpan } from '../../../server/src/analysis';

const EVERY_RULE: DateRulePaths = {
  rules: () => ({ rules: ALL_DATE_RULES }),
  chronoMayMatch: () => true,
};

/** `findDates` without its shortcuts. */
export function findDatesExhaustive(
  documentText: string,
  paragraphs: TextSpan[],
  publicationDate: string | null,
  options: FindDatesOptions = {},
): DateMention[] {
  return findDatesWith(documentText, paragraphs, publicationDate, options, EVERY_RULE);
}
