/**
 * Whether two mentions spelled alike may name one entity, for within-article linking
 * (link.ts): their types are compatible (a tagger confuses a person and an organization,
 * never a person and a place), and a place and an organization of one name are kept apart
 * when the name is a known city's or region's (unless the article, about no game, reads it as a
 * place more often than not), or the sentence puts one in the place.
 */
import { gazetteerEntryNamed } from '../gazetteer';
import { aboutGames } from './disambiguate/sport';
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
 * standings' "MILWAUKEE 64 71" are). A known city's name is one entity after all where
 * `mostlyPlace` says the article, about no game, reads it as a place more often than not.
 */
function compatibleMentions(a: EntityMention, b: EntityMention, venue: () => boolean, mostlyPlace: (name: string) => boolean): boolean {
  if (!compatible(a.type, b.type)) return false;
  const placeAndOrganization = (a.type === 'place' && b.type === 'organization') || (a.type === 'organization' && b.type === 'place');
  if (!placeAndOrganization) return true;
  if (venue()) return false;
  const name = a.type === 'place' ? a.text : b.text;
  const kind = gazetteerEntryNamed(name)?.kind;
  return kind === undefined || !NAMESAKE_PLACE_KINDS.has(kind) || mostlyPlace(name);
}

/**
 * compatibleMentions over the mentions of one text, by index. Whether a place is a venue is
 * read only when a place meets an organization of its name, which few articles have.
 */
export function compatibleIn(text: string, mentions: readonly EntityMention[], games = gamesOnce(text)): (a: number, b: number) => boolean {
  const venue = (i: number): boolean => VENUE_BEFORE.test(textBeforePlace(text, mentions[i]));
  let balance: Map<string, number> | undefined;
  // A city's club is named in an article about games; elsewhere, a city's name read as a place more often than as an
  // organization is the city at every mention ("the Nice attack" beside "the streets of Nice"): the tagger's slip.
  const mostlyPlace = (name: string): boolean => {
    if (!balance) {
      balance = new Map();
      for (const m of mentions)
        if (m.type === 'place' || m.type === 'organization') balance.set(m.text, (balance.get(m.text) ?? 0) + (m.type === 'place' ? 1 : -1));
    }
    return (balance.get(name) ?? 0) > 0 && !games();
  };
  return (a, b) => compatibleMentions(mentions[a], mentions[b], () => venue(a) || venue(b), mostlyPlace);
}

/**
 * The text linking reads before a mention: a place's few characters before it (is it a venue?),
 * nothing for any other mention. linkReuse.ts compares it between keystrokes.
 */
export function textBeforePlace(text: string, m: EntityMention): string {
  return m.type === 'place' ? text.slice(Math.max(0, m.start - 8), m.start) : '';
}

/**
 * Whether the article is about games (sport.ts aboutGames, about a millisecond on a long article),
 * worked out on the first call only: linking asks for it in its signature and again in compatibleIn.
 */
export function gamesOnce(text: string): () => boolean {
  let games: boolean | undefined;
  return () => (games ??= aboutGames(text));
}

/**
 * What compatibleIn reads of the whole text, for linkReuse's signature: whether the article is
 * about games (`games`), read only when it matters (a known city's name typed both as a place and
 * as an organization), else ''. A keystroke that adds a score or a sport's word then links afresh.
 */
export function gamesBitOf(mentions: readonly EntityMention[], games: () => boolean): string {
  let places: Set<string> | undefined;
  for (const m of mentions) if (m.type === 'place') (places ??= new Set()).add(m.text);
  if (!places) return '';
  for (const m of mentions) {
    if (m.type !== 'organization' || !places.has(m.text)) continue;
    const kind = gazetteerEntryNamed(m.text)?.kind;
    if (kind !== undefined && NAMESAKE_PLACE_KINDS.has(kind)) return games() ? 'G' : 'g';
  }
  return '';
}
