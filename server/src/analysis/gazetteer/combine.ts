/**
 * Combines the tagger's names with gazetteer matches into one list of candidate names,
 * each either the tagger's or the gazetteer's. The rules, in order:
 * - a tagger name that strictly contains a gazetteer match stays the tagger's
 *   ("Bank of Japan", "South Korea's Supreme Court"), and so does one that only
 *   partly overlaps it (the tagger saw a different name);
 * - a tagger PER name with exactly the match's span stays a person ("Jordan", "Georgia"), and an
 *   ORG one over a city stays an organization (its club: "Portsmouth beat Derby 2-1") unless the
 *   words before it put one in the place ("pour into Philadelphia"), which then, in an article
 *   about no game, makes its other mentions the place too unless their own words say otherwise;
 *   so does being an item of a list of such cities there ("looking at Leeds and Manchester instead");
 * - otherwise a match that covers tagger names replaces them and gives id and type
 *   (tagger "U.S." LOC → `united-states`, "Japanese" MISC → nationality `japanese`);
 * - a match no tagger name overlaps is kept for countries, nationalities, regions and
 *   organizations, which are precise, but not for cities, which are often common
 *   words ("Reading", "Nice", "Mobile") and need the tagger's agreement; in all-caps
 *   text (headlines) no match is kept on its own, since case no longer tells a name
 *   from a word ("WHO IS TO BLAME").
 * The registry is applied afterwards by the caller and wins over both.
 */
import type { NameMatch } from '../registry/matcher';
import type { NameSpan } from '../ner';
import { gazetteerEntry, type GazetteerEntry } from './index';
import { cueOf } from '../entities/disambiguate/cue';
import { LIST_JOIN } from '../entities/disambiguate/neighbours';
import { aboutGames } from '../entities/disambiguate/sport';

/** A name to turn into a mention: the tagger's (with its label) or the gazetteer's (with its entry). */
export type CandidateName = (NameSpan & { gazetteer?: undefined }) | { start: number; end: number; text: string; gazetteer: GazetteerEntry };

/**
 * Merges both lists (each sorted and non-overlapping) into one list in text order.
 * Linear in the two lists: the tagger names a match overlaps are a contiguous run, found
 * with one cursor that only moves forward (issue 15: filtering all tagger names for
 * each match took 13.8 s on "WASHINGTON, " × 64k).
 */
export function combineWithGazetteer(text: string, tagged: readonly NameSpan[], matches: readonly NameMatch[]): CandidateName[] {
  const out: CandidateName[] = [];
  const replaced = new Set<NameSpan>();
  const ordered = isOrdered(tagged) && isOrdered(matches);
  let cursor = 0;
  // One list reused for every match (cleared each time): most matches overlap no tagger name,
  // and a fresh array and two closures per match were garbage by the ten thousand.
  const overlapping: NameSpan[] = [];
  // A city the tagger read as an organization: a place where words before it say so (`confirmed`), and then, in
  // an article about no game, at its other mentions too (`deferred`): "as Democrats pour into Philadelphia" makes
  // "Philadelphia is considering…" the city as well, where a match report's "in Leeds" leaves "Leeds beat Hull" the club.
  const confirmed = new Set<string>();
  const deferred: { match: NameMatch; entry: GazetteerEntry; tagged: NameSpan; name: string }[] = [];
  matches: for (const match of matches) {
    const entry = gazetteerEntry(match.id);
    if (!entry) continue;
    overlapping.length = 0;
    if (ordered) {
      while (cursor < tagged.length && tagged[cursor].end <= match.start) cursor++;
      for (let i = cursor; i < tagged.length && tagged[i].start < match.end; i++) overlapping.push(tagged[i]);
    } else {
      for (const t of tagged) if (t.start < match.end && match.start < t.end) overlapping.push(t);
    }
    for (const t of overlapping) if (!(match.start <= t.start && t.end <= match.end)) continue matches;
    for (const t of overlapping) {
      if (t.start !== match.start || t.end !== match.end) continue;
      if (t.label === 'PER') continue matches;
      if (t.label === 'ORG' && CONTEXT_TYPED.has(entry.kind)) {
        const name = text.slice(match.start, match.end);
        if (!placeWordsBefore(text, match.start)) {
          deferred.push({ match, entry, tagged: t, name });
          continue matches;
        }
        confirmed.add(name);
      }
    }
    if (overlapping.length === 0 && (entry.kind === 'city' || inCapitals(text, match.start, match.end))) continue;
    for (const t of overlapping) replaced.add(t);
    out.push({ start: match.start, end: match.end, text: text.slice(match.start, match.end), gazetteer: entry });
  }
  const listed = citiesListed(text, deferred);
  if ((listed.size > 0 || (confirmed.size > 0 && deferred.some((d) => confirmed.has(d.name)))) && !aboutGames(text)) {
    for (const d of deferred) {
      if (!confirmed.has(d.name) && !listed.has(d)) continue;
      // Not where its own words say something else: "Kawasaki said", "shares in X", "Leeds beat Hull".
      const cue = cueOf(text, d.match);
      if (cue !== undefined && cue !== 'place') continue;
      replaced.add(d.tagged);
      out.push({ start: d.match.start, end: d.match.end, text: d.name, gazetteer: d.entry });
    }
  }
  for (const t of tagged) if (!replaced.has(t)) out.push(t);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Words right before a name that put one in or near a place, and that a club or a company
 * does not take ("the ferry linking Halifax with three islands", "a flat in Leeds", "near
 * Derby"); not "from" or "at" or "between", which clubs take ("signed from Leeds", "at
 * Derby", "the match between Leeds and Hull").
 */
const PLACE_WORDS_BEFORE = /\b(?:in|into|near|outside|across|throughout|around|linking|links|connecting|connects)\s+$/;

/** True when PLACE_WORDS_BEFORE stand right before `start` (within the 20 characters before it). */
function placeWordsBefore(text: string, start: number): boolean {
  return PLACE_WORDS_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * The deferred cities that are items of a list of two or more cities the tagger read as
 * organizations ("investors looking at Leeds and Manchester instead"): in an article about no
 * game, a list of cities is a list of places, where one city alone may be its club or a company.
 */
function citiesListed<T extends { match: NameMatch }>(text: string, deferred: readonly T[]): Set<T> {
  const listed = new Set<T>();
  for (let k = 1; k < deferred.length; k++) {
    const a = deferred[k - 1];
    const b = deferred[k];
    if (b.match.start - a.match.end > 6 || !LIST_JOIN.test(text.slice(a.match.end, b.match.start))) continue;
    listed.add(a);
    listed.add(b);
  }
  return listed;
}

/** Kinds whose names also name clubs and teams ("Portsmouth beat Derby 2-1"): the tagger's ORG of exactly the name stands, unless PLACE_WORDS_BEFORE say a place. */
const CONTEXT_TYPED: ReadonlySet<string> = new Set(['city']);

/** True when the spans are sorted and non-overlapping (the contract; checked so a caller that breaks it still gets the exact answer). */
function isOrdered(spans: readonly { start: number; end: number }[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) return false;
  return true;
}

/**
 * True when the words around a match (and the match) are all in capitals, as in a shouted
 * headline: the words (runs of two letters or more) within 40 characters either side are
 * at least three and none has a lower-case letter. ASCII windows are read in place; a
 * window with any other character is cut and read by the Unicode rule (`inCapitalsUnicode`).
 */
function inCapitals(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  let words = 0;
  let run = 0;
  let lower = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    if (c >= 128) return inCapitalsUnicode(text, start, end);
    const isLower = c >= 97 && c <= 122;
    if (isLower || (c >= 65 && c <= 90)) {
      run++;
      lower ||= isLower;
      continue;
    }
    if (run >= 2) {
      if (lower) return false;
      words++;
    }
    run = 0;
    lower = false;
  }
  return words >= 3;
}

/** `inCapitals` for windows with non-ASCII characters: every Unicode letter counts. */
function inCapitalsUnicode(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40));
  const words = around.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => w === w.toUpperCase());
}
