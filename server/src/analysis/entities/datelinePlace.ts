/**
 * The place a dateline names ("BERLIN (AP) —", "DENVER, May 3 (Wire) --") is a
 * place. The dateline is not body text, so without this it got no mention at all and
 * the editor showed only the grammar's colour, which themes gave the organization
 * hue. The city is read by the same layers as the body (registry, gazetteer, tagger),
 * so it links to the registry and to the body's mentions of the same place; whatever
 * they make of it, an unregistered name there is typed `place`. So is the state or country
 * written after the city ("DES MOINES, Iowa -").
 */
import { stampPlace } from '../dateline';
import type { EntityMention, TextSpan } from '../types';
import { slugify } from '../slug';
import { MONTH } from './datelineNames';
import { isWireSlug } from './notNames';

/** The capitalised city at the start of a dateline ("NEW ORLEANS" in "NEW ORLEANS (Reuters) -"). */
const CITY = /^[A-ZÀ-ÖØ-ÞĀ-ž][A-ZÀ-ÖØ-ÞĀ-ž.'’-]+(?:[ ][A-ZÀ-ÖØ-ÞĀ-ž][A-ZÀ-ÖØ-ÞĀ-ž.'’-]+)*/;

/** The city's span inside the dateline, or undefined when the dateline opens with a month ("Sep 07 (Japan Times) -"). */
export function datelineCity(text: string, dateline: TextSpan | undefined): TextSpan | undefined {
  if (!dateline) return undefined;
  const m = CITY.exec(text.slice(dateline.start, dateline.end));
  if (!m) return undefined;
  const city = m[0].replace(/[.'’-]+$/, '');
  // "PRESS DIGEST - Tunisia - Aug 31": a wire slug opens the line, not a city.
  if (isWireSlug(city.trimEnd())) return undefined;
  const end = dateline.start + city.length;
  return end > dateline.start ? { start: dateline.start, end } : undefined;
}

/** A state, province or country after the dateline's city, up to the comma, parenthesis or dash that ends it. */
const REGION_AFTER_CITY = /^,[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})(?=[ \t]*(?:[,(–—-]|$))/u;
/** A weekday (or a month, datelineNames.ts's MONTH) is the dateline's date, not a place ("DENVER, Monday", "PARIS, Sept. 4"). */
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?$/i;

/**
 * The state, province or country written after the dateline's city ("Iowa" in "DES MOINES,
 * Iowa - …", "Oregon" in "ST. HELENS, Oregon, Oct 14 (…) -"): a place as the city is, read
 * by the name layers like body text. It had no mention at all, the dateline being no body.
 */
export function datelineRegion(text: string, dateline: TextSpan | undefined, city: TextSpan | undefined): TextSpan | undefined {
  if (!dateline || !city || city.end >= dateline.end) return undefined;
  const m = REGION_AFTER_CITY.exec(text.slice(city.end, dateline.end));
  if (!m || MONTH.test(m[1]) || WEEKDAY.test(m[1]) || isWireSlug(m[1])) return undefined;
  const start = city.end + m[0].length - m[1].length;
  // An abbreviation keeps its period ("Calif."); a trailing hyphen or apostrophe is no part of the name.
  return { start, end: start + m[1].replace(/[-'’]+$/, '').length };
}

/**
 * The place of a header stamp that is only a place and a date ("LONDON 1996-08-30", as wire
 * archives print a dateline), when the article has no dateline: the stamp is furniture for
 * its date, but its place is the city the story was filed from, a name like a dateline's. Returns
 * the city and, when the stamp gives one, its country or state (", England") as a span for the
 * name layers to read like body text.
 */
export function stampCity(stamps: readonly (TextSpan & { text: string })[] | undefined): { city: TextSpan; region?: TextSpan } | undefined {
  for (const stamp of stamps ?? []) {
    const place = stampPlace(stamp.text);
    if (!place) continue;
    const city = { start: stamp.start, end: stamp.start + place.length };
    return place.region ? { city, region: { start: stamp.start + place.region.start, end: stamp.start + place.region.end } } : { city };
  }
  return undefined;
}

/**
 * The dateline city as one place mention: a name the layers found over the whole city
 * keeps its id and links (retyped `place` unless registered); a registered name inside
 * it is kept as the registry says; otherwise pieces ("ST" of "ST. DAVIDS") give way to
 * one place mention of the whole city. `mentions` are sorted; the result is too.
 */
export function withDatelinePlace(text: string, mentions: EntityMention[], city: TextSpan | undefined): EntityMention[] {
  if (!city) return mentions;
  const inCity = mentions.filter((m) => m.start < city.end && m.end > city.start);
  if (inCity.some((m) => m.registered)) return mentions;
  if (inCity.length === 1 && inCity[0].start === city.start && inCity[0].end === city.end) {
    if (inCity[0].type === 'place') return mentions;
    // Made a place after linking, it leaves the cluster it joined ("EASTBRIDGE" had the id of Eastbridge Borough Council).
    const place = { ...inCity[0], type: 'place' as const, entityId: placeIdOf(text.slice(city.start, city.end), mentions) };
    return mentions.map((m) => (m === inCity[0] ? place : m));
  }
  const name = text.slice(city.start, city.end);
  const out = mentions.filter((m) => !inCity.includes(m));
  out.push({ start: city.start, end: city.end, text: name, type: 'place', entityId: slugify(name), registered: false, source: 'heuristic' });
  return out.sort((a, b) => a.start - b.start);
}

/** The id of the article's unregistered place spelled like `name` ("Eastbridge" for "EASTBRIDGE"), else the name's slug. */
function placeIdOf(name: string, mentions: readonly EntityMention[]): string {
  const slug = slugify(name);
  const same = mentions.find((m) => m.type === 'place' && !m.registered && slugify(m.text) === slug);
  return same?.entityId ?? slug;
}
