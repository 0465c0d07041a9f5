/**
 * Clock times: "at 9 a.m." → `2019-07-29T09:00`, "10:35 a.m. EDT", "10 p.m. Wednesday",
 * "noon Thursday", "midnight". The day is the one written next to the time, else
 * one named before it in its clause (timeOfDay.ts), else the publication date. Bare numbers ("at 9") are not times.
 */
import { pad } from '../calendar';
import { DAY, MONTH, WEEKDAY, monthIndex, weekdayIndex } from '../lexicon';
import { resolveMonthDay, resolveWeekday, shiftedDay } from '../resolve';
import { B, Rule, RuleContext } from '../rule';
import { CLOCK_DIGITS } from '../prefilter';
import { DateMod } from '../../types';

const ZONE = '(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|JST|KST|IST|local time|\\(\\d{4} GMT\\)))?';
const DAY_AFTER = `(?:,?\\s+(?:on\\s+)?(${WEEKDAY}|today|yesterday|tomorrow|tonight|${MONTH}\\s+${DAY}))?`;

/** The day a time belongs to: the weekday/deictic word next to it, else the publication date. */
function dayFor(ctx: RuleContext, word: string | undefined, start: number, end: number): { value: string; resolution: string } {
  if (!word) return shiftedDay(ctx.anchor, 0);
  const w = word.toLowerCase();
  if (w === 'yesterday') return shiftedDay(ctx.anchor, -1);
  if (w === 'tomorrow') return shiftedDay(ctx.anchor, 1);
  if (w === 'today' || w === 'tonight') return shiftedDay(ctx.anchor, 0);
  const md = /^(\S+)\s+(\d+)/.exec(word);
  if (md && monthIndex(md[1])) return resolveMonthDay(ctx.anchor, ctx.text, start, end, monthIndex(md[1]), parseInt(md[2], 10));
  return resolveWeekday(ctx.anchor, ctx.text, start, end, weekdayIndex(word));
}

/** "9 a.m.", "10:35 a.m. EDT", "around 7:15 p.m.", "10 p.m. Wednesday". */
const clock: Rule = {
  name: 'clock',
  pattern: new RegExp(
    `${B}(?:(about|around|approximately|shortly after|shortly before|just after|just before)\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm|AM|PM|A\\.M\\.|P\\.M\\.)(?![\\w])${ZONE}${DAY_AFTER}(?![\\w])`,
    'g',
  ),
  requires: [[CLOCK_DIGITS]],
  build(m, ctx) {
    let hour = Number(m[2]);
    const minute = m[3] ? Number(m[3]) : 0;
    if (hour > 12 || minute > 59) return null;
    const pm = /p/i.test(m[4]);
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
    const day = dayFor(ctx, m[5], m.index, m.index + m[0].length);
    const mod: DateMod | undefined = m[1] && /about|around|approximately/.test(m[1]) ? 'APPROX' : undefined;
    return {
      value: `${day.value}T${pad(hour)}:${pad(minute)}`,
      mod,
      dateType: 'time',
      resolution: `clock time on ${day.resolution}`,
      ...(m[5] ? {} : { dayFromAnchor: true }),
    };
  },
};

/** "noon", "midnight Friday", "noon Thursday", "midday". */
const namedTime: Rule = {
  name: 'named-time',
  pattern: new RegExp(`(?<![\\w-])(noon|midnight|midday)${DAY_AFTER}(?![\\w])`, 'gi'),
  requires: [['noon', 'midnight', 'midday']],
  build(m, ctx) {
    const day = dayFor(ctx, m[2], m.index, m.index + m[0].length);
    const t = m[1].toLowerCase() === 'midnight' ? '24:00' : '12:00';
    return { value: `${day.value}T${t}`, dateType: 'time', resolution: `${m[1].toLowerCase()} on ${day.resolution}`, ...(m[2] ? {} : { dayFromAnchor: true }) };
  },
};

/** Clock-time rules, exported as one list for the rule runner. */
export const timeRules: readonly Rule[] = [clock, namedTime];
