/**
 * Whether two mentions spelled alike may name one entity, for within-article linking
 * (link.ts): their types are compatible (a tagger confuses a person and an organization,
 * never a person and a place), and a place and an organization of one name are kept apart
 * when the name is a known city's or region's or the sentence puts one in the place.
 */
import { gazetteerEntryNamed } from '../gazetteer';
import type { EntityMention, EntityType } from '../types';

/** Two types that may name the same entity: a tagger confuses person and organization, never person and place. */
function compatible(a: EntityType, b: EntityType): boolean {
  if (a === b || a === 'other' || b === 'other') return true;
  if (a === 'nationality' || b === 'nationality') return false;
  return !((a === 'person' && b === 'place') || (a === 'place' && b === 'person'));
}

/**
 * A place preposition right before a name ("In Milwaukee", a fixture list's "MINNESOTA AT MILWAUKEE"):
 * the sentence puts something there. Not a lower-case "at", which is as often a company's ("workers at Chrysler").
 */
const VENUE_BEFORE = /(?:^|[^\p{L}])(?:[Ii]n|near|outside|inside|AT)\s+$/u;

/** Gazetteer kinds whose names also name organizations: clubs, teams, councils ("Milan won again"). */
const NAMESAKE_PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'region']);

/**
 * Two mentions that may name the same entity: their types are compatible, and a place and an
 * organization spelled alike are not a known city's or region's name (Milan the city and the
 * club it gives its name to are two entities; "Chrysler" typed once as a place is the tagger's
 * slip, and joins the company), nor a place the sentence puts one in (`venue`: "In
 * Milwaukee, Newfield homered" and "MINNESOTA AT MILWAUKEE" are the city, whatever the
 * standings' "MILWAUKEE 64 71" are).
 */
function compatibleMentions(a: EntityMention, b: EntityMention, venue: () => boolean): boolean {
  if (!compatible(a.type, b.type)) return false;
  const placeAndOrganization = (a.type === 'place' && b.type === 'organization') || (a.type === 'organization' && b.type === 'place');
  if (!placeAndOrganization) return true;
  if (venue()) return false;
  const kind = gazetteerEntryNamed(a.type === 'place' ? a.text : b.text)?.kind;
  return kind === undefined || !NAMESAKE_PLACE_KINDS.has(kind);
}

/**
 * compatibleMentions over the mentions of one text, by index. Whether a place is a venue is
 * read only when a place meets an organization of its name, which few articles have.
 */
export function compatibleIn(text: string, mentions: readonly EntityMention[]): (a: number, b: number) => boolean {
  const venue = (i: number): boolean => VENUE_BEFORE.test(textBeforePlace(text, mentions[i]));
  return (a, b) => compatibleMentions(mentions[a], mentions[b], () => venue(a) || venue(b));
}

/**
 * The text linking reads before a mention: a place's few characters before it (is it a venue?),
 * nothing for any other mention. linkReuse.ts compares it between keystrokes.
 */
export function textBeforePlace(text: string, m: EntityMention): string {
  return m.type === 'place' ? text.slice(Math.max(0, m.start - 8), m.start) : '';
}
