/**
 * The date layer of the pure core: finds temporal expressions in an article's
 * paragraphs and resolves each to a TimeML TIMEX3 value against the publication
 * date (spec §2, "date"). News-specific rules (tense-aware weekdays, ISO weeks,
 * early/mid/late, fiscal quarters, durations, sets) do most of the work; chrono-node
 * reads the numeric dates they leave. Deterministic and free of I/O.
 */
import { DateMention, TextSpan } from '../types';
import { ANAPHOR_PREFIX, anaphoricRule, parsePoint, resolveAnaphor } from './anaphora';
import { parseAnchor } from './anchor';
import { chronoCandidates, mayHoldNumericDate } from './chronoLayer';
import { RulePrefilter } from './prefilter';
import { Candidate, Rule, RuleContext, runRules, type StartedExec } from './rule';
import { durationRules } from './rules/durations';
import { explicitRules } from './rules/explicit';
import { quarterRules } from './rules/quarters';
import { relativeRules } from './rules/relative';
import { timeRules } from './rules/times';
import { yearRules } from './rules/years';
import { selectCandidates } from './select';
import { attachTimesToDays } from './timeOfDay';
import type { AnalysisMemo } from '../memo';

/** Options for callers that know more than the text does. */
export interface FindDatesOptions {
  /**
   * When the publication year is unknown (`XXXX-MM-DD`), weekdays can only be
   * counted in some year: pass one (e.g. the current year) to get `XXXX-09-02`
   * for "Monday"; without it weekdays stay `XXXX-WXX-1`.
   */
  assumedYear?: number;
  /** Skip the chrono-node fallback (used by the evaluation to measure it). */
  chrono?: boolean;
  /** Remembers each paragraph's candidates between analyses of one document. */
  memo?: AnalysisMemo;
}

/**
 * Which rules run on a paragraph and whether chrono may: the word prefilter in the product;
 * every rule and chrono on every paragraph with a digit in the tests' exhaustive reference
 * (test/support/reference), which must give the same result.
 */
export interface DateRulePaths {
  /** The rules that can match in `paragraph`, and the prefilter's `started` table when it has one. */
  rules(paragraph: string): { rules: readonly Rule[]; started?: StartedExec };
  /** False when chrono cannot find a numeric date in `paragraph` (it is then skipped). */
  chronoMayMatch(paragraph: string): boolean;
}

/** How far back rules may read the document for context (the fiscal-quarter rule does). */
const CONTEXT_WINDOW = 1500;

/**
 * False only when no rule that reads the context window (referenceQuarter: the contextual,
 * year and "a year ago" quarter rules) can match the paragraph: their expressions all
 * need "quarter", "period", "earlier" or "ago", or a year with "before", "later", "now"
 * or "hence" (from now). A superset: the words are looked for anywhere, in any case.
 */
export function mayReadWindow(paragraph: string): boolean {
  return /quarter|period|earlier|ago/i.test(paragraph) || (/year/i.test(paragraph) && /before|later|now|hence/i.test(paragraph));
}

/** Every rule, in no particular order: overlaps are settled by span length and priority. */
export const ALL_RULES: readonly Rule[] = [...explicitRules, ...yearRules, ...quarterRules, ...relativeRules, ...timeRules, ...durationRules, anaphoricRule];

/** Picks, per paragraph, the rules whose required words occur in it (the others cannot match). */
const PREFILTER = new RulePrefilter(ALL_RULES);

/** The product's paths: the word prefilter, and chrono only where a numeric date may be. */
const PREFILTERED: DateRulePaths = {
  rules: (paragraph) => ({ rules: PREFILTER.rulesFor(paragraph), started: PREFILTER.started }),
  chronoMayMatch: mayHoldNumericDate,
};

/**
 * Finds the date mentions of an article. `paragraphs` are the analysed stretches
 * (sorted, non-overlapping); `publicationDate` is `YYYY-MM-DD`, `XXXX-MM-DD` or null.
 * Returns sorted, non-overlapping mentions, each inside one paragraph.
 */
export function findDates(documentText: string, paragraphs: TextSpan[], publicationDate: string | null, options: FindDatesOptions = {}): DateMention[] {
  return findDatesWith(documentText, paragraphs, publicationDate, options, PREFILTERED);
}

/** {@link findDates} with the rule paths given: internal (analysis/internal.ts), for the exhaustive reference. */
export function findDatesWith(
  documentText: string,
  paragraphs: TextSpan[],
  publicationDate: string | null,
  options: FindDatesOptions,
  paths: DateRulePaths,
): DateMention[] {
  const anchor = parseAnchor(publicationDate, options.assumedYear ?? null);
  const useChrono = options.chrono !== false;
  const mentions: DateMention[] = [];
  let previous: { value: string; text: string } | null = null;
  for (const p of paragraphs) {
    const paragraph = documentText.slice(p.start, p.end);
    if (!/[0-9A-Za-z]/.test(paragraph)) continue;
    // Rules read the paragraph, the anchor and at most CONTEXT_WINDOW characters before it: that is the memo key.
    const windowStart = Math.max(0, p.start - CONTEXT_WINDOW);
    const compute = (): Candidate[] => {
      // Rules see the context window as the document, shifted so offsets stay relative to it.
      const ctx: RuleContext = { text: paragraph, document: documentText.slice(windowStart, p.end), offset: p.start - windowStart, anchor };
      const chosen = paths.rules(paragraph);
      const candidates: Candidate[] = runRules(chosen.rules, ctx, chosen.started);
      // chronoCandidates keeps only results whose text (a piece of the paragraph) is a numeric date,
      // so a paragraph without one cannot yield any: skipping chrono there is exact.
      if (useChrono && /\d/.test(paragraph) && paths.chronoMayMatch(paragraph)) {
        for (const c of chronoCandidates(paragraph, anchor)) candidates.push(c);
      }
      return attachTimesToDays(paragraph, selectCandidates(candidates));
    };
    let selected: Candidate[];
    if (options.memo) {
      // The key holds the context window only when a rule that reads it may match the paragraph: a keystroke
      // then leaves the memoized dates of the paragraphs after it alone. The window and the paragraph are
      // one slice of the document; the kind says where the paragraph starts in it.
      const kind = `dates\u0000${publicationDate}\u0000${options.assumedYear ?? ''}\u0000${useChrono}`;
      selected = mayReadWindow(paragraph)
        ? options.memo.getFor(`${kind}\u0000${p.start - windowStart}`, documentText.slice(windowStart, p.end), compute)
        : options.memo.getFor(kind, paragraph, compute);
    } else selected = compute();
    for (const c of selected) {
      const text = paragraph.slice(c.start, c.end);
      const resolved = c.value.startsWith(ANAPHOR_PREFIX) ? resolveAnaphor(c.value, previous, anchor) : c;
      const mention: DateMention = {
        start: p.start + c.start,
        end: p.start + c.end,
        text,
        value: resolved.value,
        dateType: c.dateType,
        resolution: resolved.resolution,
      };
      if (c.dateType !== 'duration' && c.dateType !== 'set' && parsePoint(mention.value)) previous = { value: mention.value, text };
      if (c.mod) mention.mod = c.mod;
      mentions.push(mention);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export { parseAnchor } from './anchor';
export type { Anchor } from './anchor';
