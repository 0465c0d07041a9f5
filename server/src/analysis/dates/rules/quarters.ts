/**
 * Fiscal periods, the bread and butter of business news: "the third quarter",
 * "third-quarter", "the fourth quarter of 1990", "the year-earlier quarter",
 * "the latest quarter", "the first half". A bare "the quarter" means the quarter
 * the article is about: the last one named before it, else the last completed
 * quarter before the publication date (when results are reported).
 */
import { Anchor } from '../anchor';
import { quarterOf } from '../calendar';
import { YEAR } from '../lexicon';
import { B, E, Rule, RuleContext } from '../rule';
import { YEAR_DIGITS } from '../prefilter';

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** A quarter with its year. */
export interface QuarterRef {
  year: number;
  quarter: number;
}

/** The last completed quarter before the publication date (what earnings reports cover). */
function lastCompletedQuarter(a: Anchor): QuarterRef | null {
  if (a.year === null || a.month === null) return null;
  const q = quarterOf(a.month) - 1;
  return q === 0 ? { year: a.year - 1, quarter: 4 } : { year: a.year, quarter: q };
}

/**
 * The quarter a context-dependent expression refers to: the nearest quarter named
 * before `index` (in the paragraph, then earlier in the document), else the last
 * completed quarter. Null when nothing about quarters is near (then "a year ago" stays a year).
 */
export function referenceQuarter(ctx: RuleContext, index: number): QuarterRef | null {
  const absolute = ctx.offset + index;
  const sentenceStart = Math.max(ctx.document.lastIndexOf('. ', absolute), ctx.document.lastIndexOf('\n', absolute));
  const sentenceEnd = ctx.document.slice(absolute).search(/\.\s|\n/);
  const sentence = ctx.document.slice(sentenceStart + 1, sentenceEnd < 0 ? ctx.document.length : absolute + sentenceEnd);
  const window = ctx.document.slice(Math.max(0, absolute - 1500), absolute);
  const named = [...window.matchAll(/\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter/gi)];
  const quarterNear = /quarter|period/i.test(sentence) || /\bquarter\b/i.test(window);
  if (!quarterNear) return null;
  const fallback = lastCompletedQuarter(ctx.anchor);
  if (named.length === 0) return fallback;
  const q = ORDINALS[named[named.length - 1][1].toLowerCase()];
  return { year: ctx.anchor.year ?? 0, quarter: q };
}

/** "the third quarter", "third-quarter", "the fiscal first quarter", "the fourth quarter of 1990", "the 1988 second quarter". */
const namedQuarter: Rule = {
  name: 'named-quarter',
  pattern: new RegExp(
    `${B}(?:(the|its|a|this year['’]s|next year['’]s|last year['’]s|the year-earlier|the year-ago|the comparable|the same)\\s+)?(?:(?:flat|fiscal|latest|comparable|current|calendar)[- ])*(?:(${YEAR})\\s+)?(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(${YEAR}))?${E}`,
    'gi',
  ),
  requires: [['quarter', 'half']],
  build(m, ctx) {
    const a = ctx.anchor;
    const lead = (m[1] ?? '').toLowerCase();
    const ordinal = ORDINALS[m[3].toLowerCase()];
    const half = m[4].toLowerCase() === 'half';
    if (half && ordinal > 2) return null;
    let start = m.index;
    // "the third-quarter profit": the adjective alone is the date, as TimeBank marks it.
    if (/-(?:fiscal-)?quarter$|-half$/i.test(m[0]) && /^(?:the|a|its)$/.test(lead) && /^\s+[a-z]/.test(ctx.text.slice(m.index + m[0].length))) {
      start = m.index + m[0].indexOf(m[0].slice(lead.length).trimStart());
    }
    const explicit = m[5] ?? m[2];
    let year: string;
    if (explicit) year = explicit;
    else if (a.year === null) year = 'XXXX';
    else if (/year-earlier|year-ago|last year/.test(lead)) year = String(a.year - 1);
    else if (/next year/.test(lead)) year = String(a.year + 1);
    else year = String(a.year);
    const value = `${year}-${half ? 'H' : 'Q'}${ordinal}`;
    return {
      value,
      dateType: 'date',
      resolution: explicit ? 'quarter and year written in the text' : `quarter of the publication year ${a.label}`,
      start,
      priority: 1,
    };
  },
};

/** "the quarter", "the latest quarter", "this quarter", "the year-earlier period", "year-ago", "the current quarter". */
const contextualQuarter: Rule = {
  name: 'contextual-quarter',
  pattern:
    /(?<![\w-])(?:(the|this|last|next|that)\s+)?(?:(latest|current|previous|same|comparable|year-earlier|year-ago|corresponding|recent)\s+)?(quarter|period)(?:\s+(a year ago|a year earlier|last year))?(?![\w-])|(?<![\w-])(?:the\s+)?(year-earlier|year-ago)(?![\w-])/gi,
  requires: [['quarter', 'period', 'earlier', 'ago']],
  build(m, ctx) {
    const a = ctx.anchor;
    if (a.year === null || a.month === null) return null;
    const lead = (m[1] ?? '').toLowerCase();
    const adj = (m[2] ?? m[5] ?? '').toLowerCase();
    const noun = (m[3] ?? '').toLowerCase();
    if (!m[5] && !lead) return null;
    if (noun === 'period' && !adj) return null; // "the period" alone is too vague
    const current = quarterOf(a.month);
    const ref = referenceQuarter(ctx, m.index) ?? lastCompletedQuarter(a);
    let year = ref?.year ?? a.year;
    let q = ref?.quarter ?? current;
    if (adj === 'latest' && !/year-earlier|year-ago/.test(adj)) {
      const last = lastCompletedQuarter(a);
      if (last) ({ year, quarter: q } = last);
    } else if (lead === 'this' || adj === 'current') {
      year = a.year;
      q = current;
    } else if (lead === 'next') {
      year = current === 4 ? a.year + 1 : a.year;
      q = current === 4 ? 1 : current + 1;
    } else if (lead === 'last' && !adj) {
      const last = lastCompletedQuarter(a);
      if (last) ({ year, quarter: q } = last);
    }
    if (/year-earlier|year-ago|corresponding|comparable/.test(adj) || m[4]) year -= 1;
    return {
      value: `${year}-Q${q}`,
      dateType: 'date',
      resolution: `the quarter the article reports on (${year}-Q${q}), from context and the publication date ${a.label}`,
      priority: -1,
    };
  },
};

/** "the 1988 quarter", "the 1989 period": the reference quarter in a named year. */
const yearQuarter: Rule = {
  name: 'year-quarter',
  pattern: new RegExp(`${B}the\\s+(${YEAR})\\s+(quarter|period)${E}`, 'gi'),
  requires: [[YEAR_DIGITS], ['quarter', 'period']],
  build(m, ctx) {
    const ref = referenceQuarter(ctx, m.index) ?? lastCompletedQuarter(ctx.anchor);
    if (!ref) return null;
    return { value: `${m[1]}-Q${ref.quarter}`, dateType: 'date', resolution: `the quarter the article reports on, in ${m[1]}`, priority: 1 };
  },
};

/** Quarter rules, exported as one list for the rule runner. */
export const quarterRules: readonly Rule[] = [namedQuarter, contextualQuarter, yearQuarter];
