/**
 * Calendar dates written out: "Aug. 24", "Friday, Aug. 7, 1998", "24 August 2019",
 * "November 2016", "in November", "June last year". The month name must be
 * capitalised, and "May"/"March" need date-like company, so the modal "may", the
 * verb "march" and "Theresa May" are never dates.
 */
import { pad } from '../calendar';
import { DAY, MONTH, MONTH_TOKENS, PART_PREFIX, PART_STARTS, WEEKDAY, WEEKDAY_TOKENS, YEAR, monthIndex, partMod } from '../lexicon';
import { resolveMonthDay } from '../resolve';
import { B, E, Rule, RuleContext } from '../rule';
import { DIGIT, YEAR_DIGITS } from '../prefilter';

/** Prepositions and modifiers that make a bare month name a date ("in May", "last March"). */
const MONTH_LEAD =
  /(?:\b(?:the|in|since|until|till|by|from|through|of|during|before|after|to|last|next|this|early|mid|late|and|or|between|each|every|for|on|that|until)\s+|mid-)$/i;

/** True when a bare month word at `start` is really a month, not a name or a modal. */
function isMonthWord(ctx: RuleContext, word: string, start: number, end: number, hasPrefix: boolean): boolean {
  const before = ctx.text.slice(Math.max(0, start - 25), start);
  const after = ctx.text.slice(end, end + 20);
  if (/^[A-Z][a-z]{0,3}$/.test(word) && !word.endsWith('.') && word !== 'June' && word !== 'July' && word !== 'May') return false; // "Jan", "Mar" without a period: names
  if (/^\.[A-Za-z]/.test(after) || (/^\s*['’]s\b/.test(after) && word === 'May')) return false;
  // A capitalised word right before ("Theresa May", "Brian May") makes it part of a name.
  const prevWord = /([A-Za-z.]+)\s+$/.exec(before)?.[1] ?? '';
  const sentenceStart = /(^|[.!?:"“]\s*)$/.test(before.trimEnd()) || before.trim() === '';
  if (
    /^[A-Z]/.test(prevWord) &&
    !sentenceStart &&
    !/^(In|Since|Until|By|From|Through|Of|During|Before|After|Last|Next|This|Early|Mid|Late|Each|Every)$/.test(prevWord)
  )
    return false;
  if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:last|this|next)\b/i.test(after) && !new RegExp(`^\\s+${YEAR}`).test(after)) {
    // "May Day", "March Madness", "April Fools" — a following capitalised word usually names something else.
    if (!/^\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(after)) return false;
  }
  if (word === 'May' || word === 'March') {
    return hasPrefix || MONTH_LEAD.test(before);
  }
  return true;
}

/** "Aug. 24", "Friday, Aug. 7, 1998", "March 12th". */
const monthDay: Rule = {
  name: 'month-day',
  pattern: new RegExp(`${B}(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${DAY})(?:(?:,\\s*|\\s+)(${YEAR}))?${E}(?!\\s*(?:%|percent|p\\.?m|a\\.?m))`, 'g'),
  requires: [MONTH_TOKENS, [DIGIT]],
  starts: [...WEEKDAY_TOKENS, ...MONTH_TOKENS],
  build(m, ctx) {
    const month = monthIndex(m[2]);
    const day = parseInt(m[3], 10);
    if (m[4]) return { value: `${m[4]}-${pad(month)}-${pad(day)}`, dateType: 'date', resolution: 'a full date written in the text', priority: 2 };
    return { ...resolveMonthDay(ctx.anchor, ctx.text, m.index, m.index + m[0].length, month, day), dateType: 'date', priority: 2 };
  },
};

/** "24 August 2019", "the 3rd of May". */
const dayMonth: Rule = {
  name: 'day-month',
  pattern: new RegExp(`${B}(?:the\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(${YEAR}))?${E}`, 'g'),
  requires: [MONTH_TOKENS, [DIGIT]],
  starts: ['the', DIGIT],
  build(m, ctx) {
    const month = monthIndex(m[2]);
    const day = parseInt(m[1], 10);
    if (m[3]) return { value: `${m[3]}-${pad(month)}-${pad(day)}`, dateType: 'date', resolution: 'a full date written in the text', priority: 1 };
    return { ...resolveMonthDay(ctx.anchor, ctx.text, m.index, m.index + m[0].length, month, day), dateType: 'date', priority: 1 };
  },
};

/** "November 2016", "early July 1997", "July of 1997". */
const monthYear: Rule = {
  name: 'month-year',
  pattern: new RegExp(`${B}(${PART_PREFIX})?(${MONTH}),?\\s+(?:of\\s+)?(${YEAR})${E}`, 'g'),
  requires: [MONTH_TOKENS, [YEAR_DIGITS]],
  starts: [...PART_STARTS, ...MONTH_TOKENS],
  build(m) {
    return { value: `${m[3]}-${pad(monthIndex(m[2]))}`, mod: partMod(m[1]), dateType: 'date', resolution: 'month and year written in the text', priority: 2 };
  },
};

/** "June last year", "January this year", "last November", "this coming March". */
const monthRelativeYear: Rule = {
  name: 'month-relative-year',
  pattern: new RegExp(`${B}(?:(${PART_PREFIX})?(${MONTH})\\s+(this|last|next)\\s+year|(last|this|next|this past|this coming)\\s+(${MONTH}))${E}`, 'g'),
  requires: [MONTH_TOKENS, ['this', 'last', 'next']],
  starts: [...PART_STARTS, ...MONTH_TOKENS, 'this', 'last', 'next'],
  build(m, ctx) {
    const a = ctx.anchor;
    const word = (m[3] ?? m[4]).toLowerCase();
    const month = monthIndex(m[2] ?? m[5]);
    if (a.month === null || a.year === null)
      return { value: `XXXX-${pad(month)}`, mod: partMod(m[1]), dateType: 'date', resolution: 'the publication year is unknown' };
    let year = a.year;
    if (m[3]) year += word === 'last' ? -1 : word === 'next' ? 1 : 0;
    else if (word === 'this') year = a.year;
    else if (word === 'last' || word === 'this past') year -= month >= a.month ? 1 : 0;
    else if (word === 'next' || word === 'this coming') year += month <= a.month ? 1 : 0;
    return {
      value: `${year}-${pad(month)}`,
      mod: partMod(m[1]),
      dateType: 'date',
      resolution: `the ${word} ${m[2] ?? m[5]} relative to the publication date ${a.label}`,
      priority: 2,
    };
  },
};

/** "in November", "late September", "mid-November", "the end of November". */
const monthAlone: Rule = {
  name: 'month',
  pattern: new RegExp(`${B}(${PART_PREFIX})?(${MONTH})(?![\\w]|-[a-z]|\\.[a-z])`, 'g'),
  requires: [MONTH_TOKENS],
  starts: [...PART_STARTS, ...MONTH_TOKENS],
  build(m, ctx) {
    const wordStart = m.index + m[0].length - m[2].length;
    if (!isMonthWord(ctx, m[2].replace(/\.$/, '') + (m[2].endsWith('.') ? '.' : ''), wordStart, m.index + m[0].length, !!m[1])) return null;
    const month = monthIndex(m[2]);
    const r = resolveMonthDay(ctx.anchor, ctx.text, m.index, m.index + m[0].length, month, null);
    return { ...r, mod: partMod(m[1]), dateType: 'date' };
  },
};

/** Explicit calendar-date rules, exported as one list for the rule runner. */
export const explicitRules: readonly Rule[] = [monthDay, dayMonth, monthYear, monthRelativeYear, monthAlone];
