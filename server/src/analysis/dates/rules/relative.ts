/**
 * Dates that only make sense against the publication date: "today", "yesterday",
 * "now", "recently", weekdays ("said on Monday"), "last week", "early next month",
 * "late last week", "two years ago". Values follow TimeBank's conventions:
 * "now"/"currently" are PRESENT_REF, "recently"/"the past" PAST_REF, "the future"
 * FUTURE_REF, weeks are ISO weeks.
 */
import { DateMod } from '../../types';
import { Anchor, anchorDay, relativeDay, relativeYear } from '../anchor';
import { addDays, addMonths, pad, quarterOf, weekValue } from '../calendar';
import { NUMBER, NUMBER_STARTS, PART_PREFIX, PART_STARTS, WEEKDAY, WEEKDAY_TOKENS, numberValue, partMod, weekdayIndex } from '../lexicon';
import { resolveWeekday, shiftedDay } from '../resolve';
import { B, E, Rule } from '../rule';
import { DIGIT } from '../prefilter';
import { referenceQuarter } from './quarters';

const REFS: Array<[RegExp, string]> = [
  [/^(?:now|right now|just now|currently|current|presently|nowadays|these days|at present|the present|the present time|today['’]s)$/i, 'PRESENT_REF'],
  [
    /^(?:recently|recent|lately|previously|the past|in the past|more recently|until recently|once|formerly|recent years|recent months|recent weeks|recent days|recent weeks and months|past years)$/i,
    'PAST_REF',
  ],
  [
    /^(?:the future|future|soon|the near future|the near term|the short term|the long term|the longer term|coming months|coming quarters|future quarters|a later date|the coming months|in the coming months)$/i,
    'FUTURE_REF',
  ],
];

/** "now", "currently", "recently", "the future", "soon"… as TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF. */
const reference: Rule = {
  name: 'reference',
  pattern:
    /(?<![\w-])(?:right now|just now|now|currently|current|presently|nowadays|these days|at present|the present(?: time)?|more recently|recently|recent (?:years|months|weeks|days)|recent|lately|the past|formerly|past years|the (?:near |distant )?future|future|soon|the (?:near|short|long|longer) term|(?:the )?coming (?:months|quarters)|future quarters|a later date)(?![\w-])/gi,
  requires: [
    [
      'now',
      'currently',
      'current',
      'presently',
      'nowadays',
      'these',
      'present',
      'recently',
      'recent',
      'lately',
      'past',
      'formerly',
      'future',
      'soon',
      'term',
      'coming',
      'later',
    ],
  ],
  build(m, ctx) {
    const t = m[0];
    const entry = REFS.find(([re]) => re.test(t));
    if (!entry) return null;
    const after = ctx.text.slice(m.index + t.length, m.index + t.length + 12);
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    if (
      /^(?:current|recent|future)$/i.test(t) &&
      /^\s*(?:account|affairs|events|events|issues|tense|president|members|trend|price|prices|rate|rates|level|levels|crisis|situation|system|policy|law|laws|generation|version|form|state|status)\b/i.test(
        after,
      )
    )
      return null;
    if (/^the past$/i.test(t) && /^\s+(?:few|\d|two|three|four|five|six|seven|eight|nine|ten|several|year|month|week|decade|day|quarter)/i.test(after))
      return null;
    // Adjectival "future payments" and "as soon as" are not references to a time.
    if (/^future$/i.test(t) && !/\bin\s*$/i.test(before)) return null;
    if (/^soon$/i.test(t) && (/^\s+(?:after|as)\b/.test(after) || /\bas\s*$/i.test(before))) return null;
    const kind = entry[1];
    return { value: kind, dateType: 'date', resolution: `a general reference to the ${kind.split('_')[0].toLowerCase()} (TimeML ${kind})`, priority: -1 };
  },
};

/** "today", "tonight", "yesterday", "tomorrow", with an optional part of day ("yesterday morning", "late yesterday"). */
const deictic: Rule = {
  name: 'deictic-day',
  pattern:
    /(?<![\w])(?:(early|late|mid)[- ])?(today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)(?:\s+(morning|afternoon|evening|night))?(?![\w])/gi,
  requires: [['today', 'tonight', 'yesterday', 'tomorrow']],
  build(m, ctx) {
    const word = m[2].toLowerCase();
    const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : word.includes('before') ? -2 : word.includes('after') ? 2 : 0;
    const r = shiftedDay(ctx.anchor, shift);
    const part = m[3] ? PART_OF_DAY[m[3].toLowerCase()] : word === 'tonight' ? '' : '';
    const mod: DateMod | undefined = m[1] ? partMod(m[1]) : undefined;
    if (part) return { value: `${r.value}T${part}`, dateType: 'time', resolution: r.resolution, mod };
    return { ...r, dateType: 'date', mod };
  },
};

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** "this morning", "last night", "this afternoon": parts of the publication day (last night = the night before). */
const partOfDay: Rule = {
  name: 'part-of-day',
  pattern: /(?<![\w])(?:(later|earlier|early|late)\s+)?(this|last|that)\s+(morning|afternoon|evening|night)(?![\w])/gi,
  requires: [
    ['this', 'last', 'that'],
    ['morning', 'afternoon', 'evening', 'night'],
  ],
  build(m, ctx) {
    if (m[2].toLowerCase() === 'that') return null;
    const last = m[2].toLowerCase() === 'last';
    if (last && m[3].toLowerCase() !== 'night') return null;
    const r = shiftedDay(ctx.anchor, last ? -1 : 0);
    return { value: `${r.value}T${PART_OF_DAY[m[3].toLowerCase()]}`, mod: partMod(m[1]), dateType: 'time', resolution: r.resolution };
  },
};

/** Weekdays: "Monday", "last Friday", "next Tuesday", "Friday morning", "early Tuesday". Not "Sunday Times". */
const weekday: Rule = {
  name: 'weekday',
  pattern: new RegExp(
    `${B}(?:(last|next|this|this coming|this past|the previous|the following|coming|past)\\s+|(early|late|mid|later|earlier)\\s+)?(${WEEKDAY})(?:,?\\s+(morning|afternoon|evening|night))?${E}(?!['’]s\\s+[A-Z])`,
    'g',
  ),
  requires: [WEEKDAY_TOKENS],
  starts: ['last', 'next', 'this', 'the', 'coming', 'past', 'early', 'late', 'mid', 'later', 'earlier', ...WEEKDAY_TOKENS],
  build(m, ctx) {
    const end = m.index + m[0].length;
    const after = ctx.text.slice(end, end + 30);
    if (
      !m[4] &&
      /^\s+[A-Z][a-z]+/.test(after) &&
      !/^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/.test(
        after,
      )
    ) {
      // "Sunday Times", "Friday Prayers": a capitalised word after a weekday usually names a paper or event.
      const next = /^\s+([A-Z][a-z]+)/.exec(after)?.[1] ?? '';
      if (!/^(?:I|He|She|It|They|We|The|A|An|In|At|On|And|But|Mr|Mrs|Ms|Dr)$/.test(next)) return null;
    }
    const lead = (m[1] ?? '').toLowerCase();
    const offset = /last|previous|past/.test(lead) ? -1 : /next|following|coming/.test(lead) ? 1 : 0;
    const r = resolveWeekday(ctx.anchor, ctx.text, m.index, end, weekdayIndex(m[3]), undefined, offset);
    const mod = partMod(m[2]);
    if (m[4]) return { value: `${r.value}T${PART_OF_DAY[m[4].toLowerCase()]}`, dateType: 'time', resolution: r.resolution, mod };
    return { ...r, mod, dateType: 'date' };
  },
};

/** The value of a week/month/year/weekend `offset` units from the anchor. */
function unitValue(a: Anchor, unit: string, offset: number): string | null {
  const base = anchorDay(a);
  if (unit === 'year') return a.year === null ? 'XXXX' : pad(a.year + offset, 4);
  if (!base) return unit === 'month' ? 'XXXX-XX' : 'XXXX-WXX';
  if (unit === 'month') {
    const d = addMonths(base, offset);
    return `${relativeYear(a, d.year)}-${pad(d.month)}`;
  }
  if (a.year === null && a.assumedYear === null) return unit === 'weekend' ? 'XXXX-WXX-WE' : 'XXXX-WXX';
  const w = weekValue(base, offset);
  const masked = a.year === null ? `XXXX${w.slice(4)}` : w;
  return unit === 'weekend' ? `${masked}-WE` : masked;
}

/** "last week", "this month", "next year", "early next month", "late last week", "earlier this year", "the past year", "the weekend". */
const relativeUnit: Rule = {
  name: 'relative-unit',
  pattern: new RegExp(
    `${B}(${PART_PREFIX})?(this|last|next|the past|the previous|the coming|the current|this past|this coming|the next|the last|the latest|the full|the current fiscal|the fiscal|the|this fiscal|last fiscal|next fiscal)\\s+(week|month|year|weekend)${E}(?!\\s+(?:ago|earlier|later)\\b)`,
    'gi',
  ),
  requires: [['week', 'month', 'year', 'weekend']],
  starts: [...PART_STARTS, 'this', 'last', 'next'],
  build(m, ctx) {
    const which = m[2].toLowerCase();
    const unit = m[3].toLowerCase();
    const mod = partMod(m[1]);
    let offset = 0;
    if (/^(?:last|the past|the previous|the last|this past)$|^last fiscal/.test(which)) offset = -1;
    else if (/^(?:next|the coming|the next|this coming)$|^next fiscal/.test(which)) offset = 1;
    if (which === 'the past' && unit !== 'year') return null; // "the past week" is a duration
    if ((which === 'the next' || which === 'the coming') && !m[1]) return null; // "the next month" reads as a duration
    if (which === 'the last' && unit !== 'week') return null;
    if (which === 'the last' && unit === 'week') offset = 0;
    if (which === 'the' && unit === 'weekend') offset = pastWeekend(ctx.anchor) ? -1 : 0;
    else if (unit === 'weekend' && which === 'last') offset = -1;
    if (/fiscal|full|latest/.test(which) && unit !== 'year') return null;
    if (which === 'the latest') offset = -1;
    const value = unitValue(ctx.anchor, unit, offset);
    if (value === null) return null;
    return { value, mod, dateType: 'date', resolution: `${which} ${unit} relative to the publication date ${ctx.anchor.label}` };
  },
};

/** True when "the weekend" in a report published Monday–Thursday means the weekend just gone. */
function pastWeekend(a: Anchor): boolean {
  const base = anchorDay(a);
  if (!base) return false;
  const wd = new Date(Date.UTC(base.year, base.month - 1, base.day)).getUTCDay();
  return wd >= 1 && wd <= 4;
}

/** "year-end", "year's end", "the end of the year", "earlier in the year": parts of the publication year. */
const yearEnd: Rule = {
  name: 'year-end',
  pattern:
    /(?<![\w])(?:(year-end|year['’]s end|year end)|(?:the\s+)?(end|beginning|start|middle|close) of the (year|month|week)|(earlier|later) in the (year|month|week))(?![\w-])/gi,
  starts: ['year', 'the', 'end', 'beginning', 'start', 'middle', 'close', 'earlier', 'later'],
  requires: [
    ['year', 'month', 'week'],
    ['end', 'beginning', 'start', 'middle', 'close', 'earlier', 'later'],
  ],
  build(m, ctx) {
    const unit = (m[3] ?? m[5] ?? 'year').toLowerCase();
    const mod = partMod(m[2] ?? m[4] ?? 'end');
    return { value: unitValue(ctx.anchor, unit, 0) ?? 'XXXX', mod, dateType: 'date', resolution: `part of the publication ${unit} (${ctx.anchor.label})` };
  },
};

/** "two years ago", "a year earlier", "six weeks ago", "about two years ago": a point counted back from the publication date. */
const ago: Rule = {
  name: 'ago',
  pattern: new RegExp(
    `${B}(?:(about|nearly|almost|some|roughly|around|approximately|just|only|more than|less than|over)\\s+)?(${NUMBER})\\s+(days?|weeks?|months?|years?|decades?|quarters?)(\\s+or\\s+so)?\\s+(ago|earlier|before|later|from now|hence)${E}`,
    'gi',
  ),
  starts: ['about', 'nearly', 'almost', 'some', 'roughly', 'around', 'approximately', 'just', 'only', 'more', 'less', 'over', ...NUMBER_STARTS, DIGIT],
  requires: [
    ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'quarter', 'quarters'],
    ['ago', 'earlier', 'before', 'later', 'now', 'hence'],
  ],
  build(m, ctx) {
    const n = numberValue(m[2]);
    const unit = m[3].toLowerCase().replace(/s$/, '');
    const sign = /ago|earlier|before/i.test(m[5]) ? -1 : 1;
    const mod: DateMod | undefined = (m[1] && /about|roughly|around|approximately|some/i.test(m[1])) || m[4] ? 'APPROX' : undefined;
    if (n === null)
      return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', dateType: 'date', mod, resolution: 'an unspecified time before the publication date' };
    const a = ctx.anchor;
    const base = anchorDay(a);
    let value: string;
    if (unit === 'year' || unit === 'decade') {
      const years = unit === 'decade' ? n * 10 : n;
      value = a.year === null ? 'XXXX' : pad(a.year + sign * years, 4);
      const quarter = unit === 'year' && n === 1 && a.year !== null ? referenceQuarter(ctx, m.index) : null;
      if (quarter && a.year !== null) value = `${a.year + sign}-Q${quarter.quarter}`;
    } else if (!base) value = 'XXXX-XX-XX';
    else if (unit === 'month') {
      const d = addMonths(base, sign * n);
      value = `${relativeYear(a, d.year)}-${pad(d.month)}`;
    } else if (unit === 'quarter') {
      const d = addMonths(base, sign * n * 3);
      value = `${relativeYear(a, d.year)}-Q${quarterOf(d.month)}`;
    } else if (unit === 'week') {
      value = a.year === null ? 'XXXX-WXX' : weekValue(base, sign * n);
    } else value = relativeDay(a, addDays(base, sign * n));
    return { value, mod, dateType: 'date', resolution: `${m[2]} ${m[3]} ${sign < 0 ? 'before' : 'after'} the publication date ${a.label}` };
  },
};

/** Rules for dates relative to the publication date, exported as one list for the rule runner. */
export const relativeRules: readonly Rule[] = [reference, deictic, partOfDay, weekday, relativeUnit, yearEnd, ago];
