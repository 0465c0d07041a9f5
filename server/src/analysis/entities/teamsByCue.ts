/**
 * The tagger reads a club it has never seen, named after its town, as the town ("Kingsferry drew
 * 1-1 with Harwick Town"): CoNLL's training news names most towns as places. Where the words
 * around the name make it a side in a match report (cue.ts: "drew 1-1 with X", "X beat", "X
 * played well" with a score or the words of a game near it), it is the club, an organization, as
 * issue 11 asks of "Portsmouth beat Derby 2-1". Names the gazetteer knows as a place are left to
 * the tagger: a country's side is a place in CoNLL's convention ("Japan began the defence of
 * their title"), and the linker tells a known city's club from the city with the registry.
 */
import { isGazetteerPlaceOrNationality } from '../gazetteer';
import type { NameSpan } from '../ner';
import { cueOf } from './disambiguate/cue';
import { inMatchReport } from './disambiguate/matchReport';

/** A ground's words: "beat Workington Rovers 2-1 at Lound Meadow" names where the game was played, not a side. */
const VENUE =
  /(?:^|\s)(?:Parque|Estadio|Stade|Stadio|Meadows?|Park|Ground|Stadium|Stadion|Arena|Field|Oval|Road|Lane|Centre|Center|Dome|Bowl|Gardens|Coliseum|Velodrome)(?:\s|$)/;
/** A team's word that is not one here: "the New South Wales side of the river", "the hit Broadway play, 'Eclipsed'". */
const NOT_A_SIDE_AFTER = /^\s+(?:side\s+of\b|plays?(?![ \t]+\p{Lu}))/u;

/** The tagged names, with an unknown place the sentence makes a side in a match report made an organization. */
export function teamsByCue(text: string, names: readonly NameSpan[]): NameSpan[] {
  let out: NameSpan[] | undefined;
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    if (n.label !== 'LOC' || VENUE.test(n.text) || isGazetteerPlaceOrNationality(n.text)) continue;
    // The cheap test first: most places are named far from any score or game's word.
    if (!inMatchReport(text, n) || NOT_A_SIDE_AFTER.test(text.slice(n.end, n.end + 12)) || cueOf(text, n) !== 'team') continue;
    (out ??= names.slice())[k] = { ...n, label: 'ORG' };
  }
  return out ?? names.slice();
}
