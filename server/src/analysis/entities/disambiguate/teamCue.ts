/**
 * What the words around a name say of a team (cue.ts reads it among its other cues, each at its
 * place in their order): its people, things and games after its name, a side named by its sex,
 * and what a side does or has done to it, before or after its name.
 */

/**
 * A team's people and things right after its name ("Portugal captain", "Ghana shirt", "a Ghana fan", "the Angola
 * guard Paulo Tavares": a position that is also a common noun only before its player's name).
 */
const TEAM_MODIFIER_AFTER =
  /^[’']?s?\s+(?:(?:head|assistant|training|senior|provisional|extended|preliminary)\s+)?(?:under-\d\d|U\d\d\b|(?:wo)?men(?:['’]s)?\s+(?:team|side|squad|XV|drew|beat|lost|won)|captain|coach|manager|club|fans?|supporters?|shirts?|kit|jersey|squad|side|team|sevens|XV|striker|midfielder|goalkeeper|defender|winger|forward|fly-half|scrum-half|full-back|(?:right|left)[ -](?:back|wing|winger)|cent(?:re|er)[ -]back|flanker|lock|prop|hooker|goaltender|pitcher|batsman|batter|bowler|wicketkeeper|quarterback|(?:point|shooting)\s+guard|(?:guard|centre|center|wing)(?=\s+\p{Lu})|players?|team-?mates?|defence|defense|attack|offence|offense|midfield|backline|bench|line-?up|roster)\b/u;
/**
 * A side's games after its possessive ("Tonga's last two matches", "Gabon's World Cup qualifier against Congo");
 * not "game", which is also what is hunted ("Gabon's game parks").
 */
const TEAM_GAMES_AFTER =
  /^['’]s\s+(?:(?:last|next|first|opening|final|home|away|two|three|four|five|\d+)\s+)*(?:(?:World\s+Cup|Olympic|Cup|Nations\s+Cup)\s+)?(?:matches|qualifiers?|match|tests|fixtures?|friendly|friendlies)\b/;
/** A side named by its sex right after the name ("the Ireland women's team", "India's men's squad"). */
const SIDE_TEAM_AFTER = /^[’']?s?\s+(?:wo)?men['’]s\s+(?:national\s+)?(?:team|side|squad|XV|sevens)\b/;
/**
 * What a team does to another ("Norway edge Portugal", "Hamilton levelled", "Ireland host Scotland", "Chile play
 * Peru", "Barbados crush Guyana", "Cebu led by nine"), a scorer line's side ("Chile - Carrasco 22"), and the two sides
 * that share the points or are given a score ("X and Y share points", "gave X and Y a 1-1 draw"), a side chasing a
 * total ("Kandahar needed 176"), and what only a side does to a game or a title ("Sfax turned the game", "when Szeged lost
 * the league title", "Linz made us work", "Jhelum never recovered from losing three wickets"), and a side qualifying ("as Greenland
 * qualified for the World Championship").
 */
const TEAM_VERB_AFTER =
  /^(?:\s+(?:beat|beats|edge|edged|edges|levell?ed|levels|drew|draw|(?:host|hosts|hosted)(?=\s+\p{Lu})(?!\s+(?:The|A|An)\s)|thrash(?:ed)?|trail(?:ed)?|fade|faded|conceded|equalised|equalized|finished\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|in\s+\d+\s+(?:hours?|minutes?))|(?:(?:next|will|would|must|to)\s+)?(?:play|face|meet)(?!\s+host)|(?:must|need\s+to|will|would|could|cannot|can)\s+beat|(?:take|takes|took|will\s+take)\s+on|crush(?:ed)?|routed?|(?:led|lead|leads|won|win|wins|lost|lose|loses|trailed|trail|drew|draw)\s+\d{1,3}-\d{1,3}|\d{1,3}-\d{1,3}|(?:led|lead|leads|trailed|trail)\s+by\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:goal|try|point|run|wicket)))\b|[ \t]+[-–—][ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+\d{1,3}\b|(?:\s+and\s+\p{Lu}[\p{L}'’-]+)?\s+(?:(?:share|shares|shared)\s+(?:the\s+)?(?:points|spoils)|an?\s+\d{1,3}-\d{1,3}\s+(?:draw|win|victory|defeat|loss))|\s+(?:needed|need|needs|chasing|chased)\s+\d{2,3}\b|\s+(?:turned|turns)\s+the\s+(?:game|match|tie)\b|\s+(?:lost|won|lose|win)\s+the\s+(?:league\s+)?(?:title|final|game|match|tie|cup|shootout)\b|\s+(?:wanted\s+it\s+more|made\s+us\s+work|never\s+recovered\s+from\s+losing)|\s+(?:(?:have|has|had)\s+)?(?:qualified|qualify|qualifies)\b)/u;
/**
 * A side picking its players ("Uruguay named the uncapped flanker Joaquín Pereyra", "North Macedonia named him on Wednesday
 * in their squad"): a position or a squad after the verb says the team, not the country.
 */
const TEAM_SELECTS_AFTER =
  /^\s+(?:(?:have|has)\s+)?(?:named|picked|selected|called\s+up|recalled|dropped)\s+(?:(?:the|an?)\s+(?:[a-z-]+\s+){0,2}(?:flanker|striker|midfielder|goalkeeper|defender|winger|forward|fly-half|scrum-half|full-back|prop|hooker|lock|pivot|playmaker|pitcher|batsman|batter|bowler|all-rounder|wicketkeeper|quarterback|goaltender)\b|[^.;\n]{0,60}\b(?:squad|line-?up)\b)/;
/**
 * What is done to a side, or by it against another, right before its name ("signed by X", "beat X", "his saves against X",
 * "a win over X", "100 games for X", "play for X", "his first call from X", "his debut for X", "ready to start for X").
 */
const TEAM_VERB_BEFORE =
  /\b(?:released by|(?:called|call)\s+up\s+by|(?:capped|recalled|selected)\s+by|signed by|signed for|loaned to|on loan (?:from|at)|beat|beats|beaten|beating|edge|edged|thrashed|(?:drew|draw|drawn|draws)(?:\s+\d{1,3}-\d{1,3})?\s+(?:with|against)|(?:saves|goals?|hat-tricks?|tries|wickets|caps|games|matches|appearances|points|runs)\s+(?:against|for)|(?:win|wins)\s+over|(?:play|plays|played|playing)\s+for|call(?:-up)?\s+from|debut\s+for|(?:start|starts|started)\s+for)\s+$/;

/** A side named by its sex right after the name (SIDE_TEAM_AFTER: "the Ireland women's team"). */
export function sideNamedBySex(after: string): boolean {
  return SIDE_TEAM_AFTER.test(after);
}

/** A team's people, things or games right after its name (TEAM_MODIFIER_AFTER: "Portugal captain"; TEAM_GAMES_AFTER: "Tonga's last two matches"). */
export function teamsOwnAfter(after: string): boolean {
  return TEAM_MODIFIER_AFTER.test(after) || TEAM_GAMES_AFTER.test(after);
}

/**
 * What only a side does or has done to it, from the text right before and after its name: TEAM_VERB_AFTER ("Norway edge
 * Portugal"), TEAM_SELECTS_AFTER ("Uruguay named the uncapped flanker") and TEAM_VERB_BEFORE ("signed by X").
 */
export function teamActs(before: string, after: string): boolean {
  return TEAM_VERB_AFTER.test(after) || TEAM_SELECTS_AFTER.test(after) || TEAM_VERB_BEFORE.test(before);
}
