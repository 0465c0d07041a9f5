/**
 * Which sport a team plays and which sport the words around a mention speak of, so a
 * country's rugby side is not what "Argentina" names in a football report. A registry
 * seldom holds every national side of a country: the one it holds is a candidate only
 * when the sport agrees, and with the country ruled out by a team context, the mention
 * stays unlinked, as a reader would leave it. Read off short English word lists.
 */
import { MONTH_SOURCE } from '../../looseDate';
import { partitionPoint } from '../../spans';
import { WIRE_SLUG_OPENING } from '../../wireSlug';

/** A sport, as the lists below name it. */
export type Sport = string;

/**
 * Words and phrases (as GAME matches them, lower case, single spaces) that name one sport.
 * "sevens" is its own game (a sevens side is not the fifteen-a-side team), and the football
 * and rugby codes are told apart by their qualifier.
 */
const SPORT_WORDS: Record<string, Sport> = {
  football: 'football',
  footballer: 'football',
  footballers: 'football',
  soccer: 'football',
  futsal: 'futsal',
  rugby: 'rugby',
  sevens: 'sevens',
  cricket: 'cricket',
  cricketer: 'cricket',
  cricketers: 'cricket',
  basketball: 'basketball',
  hockey: 'hockey',
  handball: 'handball',
  volleyball: 'volleyball',
  netball: 'netball',
  baseball: 'baseball',
  softball: 'softball',
  lacrosse: 'lacrosse',
  hurling: 'hurling',
  shinty: 'shinty',
  ski: 'skiing',
  skiing: 'skiing',
  skier: 'skiing',
  skiers: 'skiing',
  polo: 'polo',
  'water polo': 'water polo',
  'gaelic football': 'gaelic football',
  'american football': 'american football',
  'australian rules': 'australian rules',
  'australian rules football': 'australian rules',
  'rugby sevens': 'sevens',
  'rugby league': 'rugby league',
};

/** A sport word and the one before it: "water polo", "Gaelic football", "American football", "rugby sevens", "rugby league". */
const GAME =
  /\b(water\s+polo|gaelic\s+football|american\s+football|australian\s+rules(?:\s+football)?|rugby\s+sevens|rugby\s+league|football|footballers?|soccer|futsal|rugby|sevens|cricket(?:ers?)?|basketball|hockey|handball|volleyball|netball|baseball|softball|lacrosse|hurling|shinty|ski(?:ing|ers?)?|polo)\b/gi;

/** The sport a matched phrase names. */
function sportOfPhrase(phrase: string): Sport {
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ');
  return SPORT_WORDS[lower] ?? lower;
}

/** How often each sport is named in `text`. A football or rugby code named in full ("Gaelic football", "rugby league") is what the bare word means there too. */
export function sportsNamed(text: string): Map<Sport, number> {
  const counts = new Map<Sport, number>();
  for (const match of text.matchAll(GAME)) {
    const sport = sportOfPhrase(match[1]);
    counts.set(sport, (counts.get(sport) ?? 0) + 1);
  }
  foldCodes(counts);
  return counts;
}

/** Counts a bare "football" or "rugby" as the one qualified code of it the text names ("Gaelic football", "rugby league"). */
function foldCodes(counts: Map<Sport, number>): void {
  fold(counts, 'football', ['gaelic football', 'american football', 'australian rules']);
  fold(counts, 'rugby', ['rugby league']);
}

/** Counts the bare `word` as the one qualified code the text names, when it names exactly one. */
function fold(counts: Map<Sport, number>, word: Sport, codes: readonly Sport[]): void {
  const named = codes.filter((c) => counts.has(c));
  const bare = counts.get(word);
  if (named.length !== 1 || bare === undefined) return;
  counts.set(named[0], counts.get(named[0])! + bare);
  counts.delete(word);
}

/**
 * The one sport `text` names, or undefined when it names none or several ("rugby and
 * football"). "Sevens" with "rugby" is rugby sevens.
 */
export function sportOf(text: string): Sport | undefined {
  const counts = sportsNamed(text);
  if (counts.size === 2 && counts.has('rugby') && counts.has('sevens')) return 'sevens';
  return counts.size === 1 ? [...counts.keys()][0] : undefined;
}

/**
 * Words only one game's reports use, for an article that names its sport once or never:
 * a rugby report's "Tries:" and "Conversions:", a cricket scorecard's wickets, an ice-hockey
 * game's goaltender, a basketball player's three-point attempts and "14 rebounds". Each is
 * counted as one naming of the sport. Words several games share
 * ("goalkeeper", "offside", "innings", "midfielder": Gaelic football has them too) are left out,
 * as are those of ordinary English or of business news ("he tries", "shares rebounded", "a scrum
 * team", "a water pitcher", "a three-point plan").
 */
const SPORT_TERMS: readonly (readonly [RegExp, Sport])[] = [
  [/\b(?:tries|conversions?|penalties|drop goals?)\s*:|\b(?:line-?outs?|fly-half|scrum-half|sin-?binned|sin bin)\b/gi, 'rugby'],
  [/\b(?:wickets?|batsman|batsmen|lbw|maiden overs?)\b/gi, 'cricket'],
  [
    /\b(?:three-point(?:ers?|\s+(?:attempts?|shots?|shooting|line|range|plays?))|free throws|point guard|fouled out|lay-?ups?)\b|\b\d+ rebounds\b/gi,
    'basketball',
  ],
  [/\b(?:puck|goaltender|power-?play goal)\b/gi, 'hockey'],
  // Association football's clock and set piece; not "yellow card" or "free kick", which rugby has too.
  [/\b(?:stoppage[- ]time|corner kicks?)\b/gi, 'football'],
  [/\b(?:innings? pitched|inning|RBIs?)\b/g, 'baseball'],
];

/**
 * `named` (sportsNamed's counts) with each sport's own vocabulary (SPORT_TERMS) counted as
 * namings of it; a bare code's words go to the qualified code the text names, as its bare name does.
 */
function withTerms(text: string, named: ReadonlyMap<Sport, number>): Map<Sport, number> {
  const counts = new Map(named);
  for (const [pattern, sport] of SPORT_TERMS) {
    const n = text.match(pattern)?.length ?? 0;
    if (n > 0) counts.set(sport, (counts.get(sport) ?? 0) + n);
  }
  foldCodes(counts);
  return counts;
}

/**
 * The sport an article is about: the one it names (or whose own words it uses, SPORT_TERMS)
 * more often than all the others together, at least twice; undefined for an article about no
 * sport or about several alike. Rugby and sevens are one game here, the one named more often
 * deciding which (the words of the game do not tell a sevens side from a fifteen).
 */
export function articleSport(text: string): Sport | undefined {
  const named = sportsNamed(text);
  const counts = withTerms(text, named);
  const family = (s: Sport) => (s === 'sevens' ? 'rugby' : s);
  const byFamily = new Map<Sport, number>();
  let total = 0;
  for (const [sport, n] of counts) {
    total += n;
    byFamily.set(family(sport), (byFamily.get(family(sport)) ?? 0) + n);
  }
  let best: Sport | undefined;
  let top = 0;
  for (const [sport, n] of byFamily) if (n > top) [best, top] = [sport, n];
  if (best === undefined || top < 2 || top <= total - top) return undefined;
  return best === 'rugby' && (named.get('sevens') ?? 0) > (named.get('rugby') ?? 0) ? 'sevens' : best;
}

/**
 * True unless the sport the mention's context speaks of rules the team out: another
 * sport, except that a sentence saying "rugby" does not tell a sevens side from a fifteen.
 */
export function sportAgrees(context: Sport | undefined, team: Sport | undefined): boolean {
  if (context === undefined || team === undefined || context === team) return true;
  return context === 'rugby' && team === 'sevens';
}

/** A wire slug opening a line: the sport, a hyphen, the headline ("Soccer-Mongolia lose at home in friendly"). */
const SLUG_LINES = new RegExp(`(?:^|\\n)${WIRE_SLUG_OPENING}`, 'gu');
/** How far back a brief's slug may be from a name in it. */
const BRIEF_REACH = 1500;

/**
 * The sport of the brief a position stands in, in a list of briefs that each open with a slug ("Soccer-…",
 * "Wrestling-…"): the last slug before it names the sport, whatever the other briefs are about. Undefined
 * when no slug comes before or the last one names no sport ("Ice festival-Horse sleds…").
 */
export function briefSport(text: string, position: number): Sport | undefined {
  const { slugs } = slugsOf(text);
  // The last slug that ends before the position (slugs are in text order).
  const last = slugs[partitionPoint(slugs.length, (k) => slugs[k].at <= position) - 1];
  return last === undefined || position - last.at > BRIEF_REACH ? undefined : sportOf(last.word);
}

/**
 * The sport of the brief a position stands in (briefSport) on a page of briefs about several sports, where one
 * country's sides in different sports share a name; undefined on a page whose slugs name one sport or none.
 */
export function sportOfBriefAmongSports(text: string, position: number): Sport | undefined {
  const sport = briefSport(text, position);
  return sport !== undefined && slugsOf(text).sports.size > 1 ? sport : undefined;
}

/**
 * The wire slugs of the last text read, with where each ends, and the sports they name: briefSport is asked for
 * every shared mention of one text in turn, so they are found once per text.
 */
let slugged: { text: string; slugs: { at: number; word: string }[]; sports: Set<Sport> } | undefined;

/** The wire slugs of `text` (see slugged). */
function slugsOf(text: string): { slugs: { at: number; word: string }[]; sports: Set<Sport> } {
  if (slugged?.text !== text) {
    const slugs = [...text.matchAll(SLUG_LINES)].map((m) => ({ at: m.index + m[0].length - 1, word: m[1] }));
    const sports = new Set<Sport>();
    for (const s of slugs) {
      const sport = sportOf(s.word);
      if (sport !== undefined) sports.add(sport);
    }
    slugged = { text, slugs, sports };
  }
  return slugged;
}

/** A score ("2-1", "79-70"), not a date's or a longer chain's numbers, nor a range of days ("July 25-28"). */
const SCORE = new RegExp(`(?<![\\d-])(?<!\\b${MONTH_SOURCE}\\s)\\d{1,3}-\\d{1,3}(?![\\d-])`);
/** SCORE, to count every score of a text. */
const SCORES = new RegExp(SCORE.source, 'g');
/** The last text judged by matchReportThroughout, and the judgement: cue.ts asks for every mention of one article in turn. */
let judged: { text: string; report: boolean } | undefined;

/** The opening of an article, headline and lead, where a match report gives its score. */
const LEAD = 500;

/**
 * True for an article about one sport that gives three scores or more, or a score in its opening (LEAD): a match report
 * throughout, whatever the words near a name (cue.ts inMatchReport). Not votes in a court or a
 * legislature ("a 5-4 ruling"), whose articles name no sport.
 */
export function matchReportThroughout(text: string): boolean {
  if (judged?.text !== text) {
    const scores = text.match(SCORES)?.length ?? 0;
    judged = { text, report: (scores >= 3 || (scores > 0 && SCORE.test(text.slice(0, LEAD)))) && articleSport(text) !== undefined };
  }
  return judged.report;
}

/** True when the article names a sport or its words, or gives a score: its clubs may be named after towns. */
export function aboutGames(text: string): boolean {
  return SCORE.test(text) || articleSport(text) !== undefined;
}
