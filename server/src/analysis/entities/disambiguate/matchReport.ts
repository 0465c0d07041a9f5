/**
 * The words of a match report that make a side of a name (cue.ts reads them among its other cues):
 * what a side does in a game, its result and fixture, a standings line, a transfer; and whether a
 * name stands in a match report at all (a score or the words of a game near it, or an article
 * about one sport that gives three scores or more, or one in its opening: sport.ts matchReportThroughout).
 */
import type { EntityMention, TextSpan } from '../../types';
import type { Cue } from './cue';
import { matchReportThroughout } from './sport';

/**
 * Words that make a team of a name only in a match report ("to face Italy", "against Scotland", "win over Wales", "the Hornets visit Kabwe",
 * "against Croatia and Greece", "the coach of Vietnam", "who coached Croatia", "played sevens for New Zealand", a scorer line's "Scorers Tychy:").
 */
const MATCH_BEFORE =
  /\b(?:[Ss]corers|(?:points?|games?|wins?)\s+(?:behind|ahead\s+of|clear\s+of)|(?:places?|points?|spots?)\s+(?:above|below)|(?:head\s+)?coach\s+of|coached|captained|(?:played|plays|playing)\s+(?:sevens|rugby|football|cricket|hockey|basketball|netball|volleyball)\s+for|against\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s+and|host|hosts|hosted|visit|visits|visited|face|faces|facing|play|plays|playing|against|\p{Lu}[\p{L}'’.-]*\s+past|(?:got|get|gets|getting|went|go|goes|going|squeezed|edged|slipped|cruised|eased|swept|brushed|moved|moves)\s+past|defeated|(?:final|semi-final|quarter-final|semifinal|quarterfinal|match|game|tie|derby|clash|play-?off)\s+between|lost to|win over|victory over|defeat to|defeat by|meet|meets|met|meeting|(?:scored|scores|play|played|plays|playing|signed)\s+for|(?:qualifiers?|squad)\s+for|at home to|away (?:to|at)|(?:win|victory|defeat|loss|draw)\s+(?:at|against)|\d{1,3}-\d{1,3}\s+(?:at|against|over|to)|vs?\.?|\p{Lu}[\p{L}'’.-]*\s+\d{1,3}\s*[,;])\s+$/u;
/**
 * What a side does in a game, after its name, in a match report only ("Manchester played well", "Berlin scored twice",
 * a cricket side "declared their second innings", "Reggio missed their last two shots", "Thessaloniki had led by 14", "Ethiopia came from behind",
 * "gives Ethiopia comeback win over Tanzania", "lifts Ethiopia to second in the group"), its result ("Spain 16 (Bosch 5…", "United States 13 Portugal 9", a
 * cricket score "Kandy 386 and 254-4") and its fixture ("Spain v United States", "Slovakia against Latvia").
 */
const MATCH_VERB_AFTER =
  /^\s+(?:(?:then|also|still|again|later|finally)\s+(?=[a-z]+ed\b))?(?:came\s+from\s+behind\b|(?:hold|holds|held|see|sees|saw)\s+off\s+\p{Lu}|(?:stun|stuns|stunned|upset|upsets|outlast|outlasted|overcome|overcomes|overcame)\s+\p{Lu}|(?:\d{3}\s+){2}\d{3}\b|(?:[a-z]+\s+)?(?:win|victory)\s+over\s+\p{Lu}|(?:to|into)\s+(?:first|second|third|fourth|fifth|sixth|top|bottom|\d{1,2}(?:st|nd|rd|th))\s+(?:place\s+)?in\s+(?:the\s+)?(?:group|pool|table|standings|league|division|conference)\b|won\s+(?:that|the|this)\s+(?:game|match|tie|final|race|title)\b|[a-z]+ed\s+their\b|against\s+\p{Lu}|declared\s+(?:their|on|at)\b|\d{1,3}(?:-\d{1,2})?\s+(?:and|&)\s+\d{1,3}(?:-\d{1,2})?\b|(?:had|has|have)\s+(?:(?:not|never|yet\s+to)\s+)?(?:trailed|beaten|drawn|lost|won|scored|conceded|led\s+by)\b|played|scored|conceded|dominated|defended|attacked|rallied|collapsed|struggled|(?:(?:had|has|have)\s+)?(?:won|win|wins)\s+(?:the|a|an|its|their|both|all|each|every|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|were\s+\d{1,2}(?:st|nd|rd|th)\b|(?:had\s+)?led\s+from\b|\d{1,3}\s+(?:\(|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+\d{1,3}\b)|vs?\.?\s+\p{Lu}|\d{1,3}\s+(?:points|pts)\b|\d{1,3}\s*[,;]\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s+\d{1,3}\b)/u;
/**
 * A side's line of a scoring or shooting summary: "Shooting: Malawi: Phiri 48/52", "Scorers: Kitwe: Banda 2" (after
 * the summary's label); not a cricket venue's line, "Chester-le-Street: Glamorgan 259 and 207".
 */
const SUMMARY_LINE_AFTER = /^:[ \t]+\p{Lu}[\p{L}'’.-]+[ \t]+\d{1,3}(\/\d{1,3})?\b/u;
/** A summary's label right before the side ("Scorers: "): a count with no share ("Banda 2") needs it. */
const LABEL_BEFORE = /\b\p{Lu}\p{Ll}+:[ \t]+$/u;
/** A side's place in a ranking: "three places below Malawi in the world rankings". */
const RANKING_AFTER = /^\s+in\s+the\s+(?:[\p{L}]+\s+)?rankings?\b/u;
/** A transfer: "joined from X", "signed from X", "joined the club from X". */
const JOINED_FROM_BEFORE = /\b(?:joined|signed)\s+(?:(?:the\s+club|the\s+side|the\s+team|them|us)\s+)?from\s+$/;
/** A standings line's rank before a name and its points or record after ("2. Manchester 39", "3. Berlin 35 pts"). */
const RANK_BEFORE = /(?:^|[\s:,;(])\d{1,2}[.)]\s+$/;
const RANK_AFTER = /^\s+\d{1,3}\b/;
/** The second side of a results line: the first side and its score before the name, its own score after ("United States 13 Portugal 9"). */
const RESULT_BEFORE = /\p{Lu}[\p{L}'’.-]*(?:\s+\d{1,3}){1,3}\s+$/u;
/** A side's score in Australian football, goals and behinds and the total ("Launceston 12.14 (86) d Devonport 9.8 (62)"). */
const GOALS_BEHINDS_AFTER = /^\s+\d{1,2}\.\d{1,2}\s+\(\d{1,3}\)/;
/** A match report near the name: a score (not two numbers of a longer chain: "2024-11-09" is a date), or the words of a game. */
const MATCH_WORDS =
  /(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])|\b\d{1,2}\.\d{1,2}\s+\(\d{1,3}\)|\b\d{1,2}:\d\d:\d\d\b|\b(?:match|matches|game|games|goals?|tries|penalt(?:y|ies)|league|cup|championship|tournament|kick-off|half-time|full-time|fixture|friendly|friendlies|squad|coach|stadium|season|qualif(?:ier|ying)|wooden spoon|scored|scoring|scorers|opponents?|scrums?|(?:first|second)\s+half|header|free\s+kick|hat-trick|the visitors|the hosts|relay|race|standings|(?:semi|quarter)-finals?|play-?offs?|shootout|innings|wickets?|bowled|sent\s+off|(?:yellow|red)\s+cards?|(?:stoppage|injury)\s+time|shutouts?|tie-?break|ladder)\b/i;
/** A side's line of a summary (SUMMARY_LINE_AFTER): a share ("48/52") says it alone, a bare count after the summary's label. */
function summaryLine(before: string, after: string): boolean {
  const line = SUMMARY_LINE_AFTER.exec(after);
  return line !== null && (line[1] !== undefined || LABEL_BEFORE.test(before));
}

/** A transfer in a match report: "who joined from Moshi last year" is the club, not the town. `before` is the text right before the name. */
export function joinedFrom(text: string, mention: TextSpan, before: string): boolean {
  return JOINED_FROM_BEFORE.test(before) && inMatchReport(text, mention);
}

/**
 * A side in a match report, by the words before or after its name (MATCH_BEFORE, MATCH_VERB_AFTER), its line of a
 * scoring summary or its place in a ranking, or a standings or results line's rank and score around it. `before` and `after` are the text right before and after the name.
 */
export function sideInMatchReport(text: string, mention: TextSpan, before: string, after: string): boolean {
  return (
    (MATCH_BEFORE.test(before) ||
      MATCH_VERB_AFTER.test(after) ||
      summaryLine(before, after) ||
      RANKING_AFTER.test(after) ||
      GOALS_BEHINDS_AFTER.test(after) ||
      ((RANK_BEFORE.test(before) || RESULT_BEFORE.test(before)) && RANK_AFTER.test(after))) &&
    inMatchReport(text, mention)
  );
}

/**
 * True when the words around a mention make it a team in a match report: the team cue
 * with a score or the words of a game within a few sentences, unless the name is a ground's (VENUE_NAME). A name the
 * registry has only as a place is then no mention of that place ("Ireland host Scotland in Dublin").
 * `cue` is the mention's cueOf, which every caller has already read.
 */
export function writtenAsTeam(text: string, mention: TextSpan, cue: Cue | undefined): boolean {
  return cue === 'team' && !VENUE_NAME.test(text.slice(mention.start, mention.end)) && inMatchReport(text, mention);
}

/** Only a score between two names on one line: the two sides of a result ("Beppu 0 Miyazaki 2"). */
const SCORE_BETWEEN = /^[ \t]+\d{1,3}[ \t]+$/;
const SCORE_AFTER = /^[ \t]+\d{1,3}\b/;
/** Between two sides of a standings line: the first one's points and the second one's rank ("2. Saga 40; 3. Miyazaki 36"). */
const STANDING_BETWEEN = /^[ \t]+\d{1,3}(?:[ \t]+(?:points|pts))?[;,][ \t]+\d{1,2}\.[ \t]+$/;

/**
 * True when mention `i` is a side of a results line whose other side is no person ("Beppu 0 Miyazaki 2", Beppu a
 * club or a town), or of a standings line next to one ("2. Saga 40; 3. Miyazaki 36"): the sides of one result or table are of one kind, so this one is no person either, though a
 * person of its name is registered. Two players ("Sinner 6 Alcaraz 4") are left as they are.
 */
export function facesNoPerson(text: string, mentions: readonly EntityMention[], i: number): boolean {
  const m = mentions[i];
  const prev = mentions[i - 1];
  const next = mentions[i + 1];
  const between = (a: EntityMention, b: EntityMention) => text.slice(a.end, b.start);
  const sideAfter = (x: EntityMention) => SCORE_AFTER.test(text.slice(x.end, x.end + 5));
  if (prev && prev.type !== 'person' && sideAfter(m) && (SCORE_BETWEEN.test(between(prev, m)) || STANDING_BETWEEN.test(between(prev, m)))) return true;
  return next !== undefined && next.type !== 'person' && sideAfter(next) && (SCORE_BETWEEN.test(between(m, next)) || STANDING_BETWEEN.test(between(m, next)));
}

/** A ground's name ("Ecopa Stadium", "Parque Malecón", "Eden Park"): where a side plays, never a side. */
const VENUE_NAME = /\b(?:Stadium|Stadion|Stadio|Estadio|Estádio|Arena|Park|Parque|Ground|Oval|Velodrome|Dome|Coliseum|Coliseo)\b/;

/** A score or the words of a game within a few sentences of the mention. */
export function inMatchReport(text: string, mention: TextSpan): boolean {
  return MATCH_WORDS.test(text.slice(Math.max(0, mention.start - 200), mention.end + 200)) || matchReportThroughout(text);
}

/** True when an article has a word of a game anywhere (a score, a match, a league, a coach): a team may be what it names. */
export function speaksOfGames(text: string): boolean {
  return MATCH_WORDS.test(text);
}
