/**
 * The kind of place a sentence says a name is ("the province of Antwerp", "the city of
 * Osorno", "the French department of the Meuse") and the kind each registered place is
 * (the first such word of its description: "City in …; capital of Mendoza Province" is a
 * city). A city and its province, a river and the department named after it, share a name
 * in every registry of a country; the reader tells them apart by these words.
 */
import { gazetteerEntryNamed } from '../../gazetteer';
import type { EntityMention, TextSpan } from '../../types';
import { ANY_LAND, BUILT_UP, townOrLandBefore } from './townOrLand';

export { ANY_LAND, BUILT_UP } from './townOrLand';

/** Kinds of place, with the words for a town folded into one ("settlement"). */
const KINDS: Record<string, string> = {
  // Italy's provinces since 2015, an area that governs towns; Korea's are cities (kindAgrees takes both).
  'metropolitan city': 'metropolitan city',
  city: 'settlement',
  town: 'settlement',
  village: 'settlement',
  municipality: 'settlement',
  borough: 'settlement',
  hamlet: 'settlement',
  province: 'province',
  county: 'county',
  state: 'state',
  department: 'department',
  district: 'district',
  prefecture: 'prefecture',
  region: 'region',
  governorate: 'governorate',
  voivodeship: 'voivodeship',
  regency: 'regency',
  oblast: 'oblast',
  canton: 'canton',
  island: 'island',
  river: 'river',
  lake: 'lake',
  volcano: 'volcano',
  mountain: 'mountain',
  waterfall: 'waterfall',
  plateau: 'plateau',
  park: 'park',
  country: 'country',
  kingdom: 'country',
  republic: 'country',
  sultanate: 'country',
};

const KIND_WORDS = Object.keys(KINDS).join('|');
/** "the province of", "the French department of the", "the old port city of": up to two words between "the" and the kind. */
const KIND_OF_BEFORE = new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?(${KIND_WORDS})\\s+of\\s+(?:the\\s+)?$`, 'iu');
/** "a country with a city called Gori", "a town named Odessa": one place of that kind, called by the name. */
const KIND_CALLED_BEFORE = new RegExp(`\\b(?:a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${KIND_WORDS})\\s+(?:called|named)\\s+$`, 'iu');
/**
 * The first word of a description that says what kind of place it is; of two such words
 * in a row the second, which the first only describes ("mountain prefecture", "river port"); "capital" before a
 * name says what the place has ("kingdom in north-west Africa, capital Rabat"), not what it is.
 */
const FIRST_KIND = new RegExp(`\\b(?:(?:${KIND_WORDS}|port)\\s+)*(${KIND_WORDS}|port|capital|seat\\s+of\\s+government|regional\\s+unit)\\b`, 'gi');
/** "capital Rabat": a capital named after the word is what the place has. */
const CAPITAL_NAMED = /^\s+\p{Lu}/u;

/** Kinds of place that govern towns: what a governor, a provincial council or a prefecture's government is of. */
export const ADMIN_KINDS = new Set([
  'metropolitan city',
  'county',
  'state',
  'province',
  'department',
  'prefecture',
  'region',
  'canton',
  'district',
  'governorate',
  'voivodeship',
  'regency',
  'oblast',
]);
/** The kind a mention has when the words before it name an office of some area that governs towns ("the governor of X"). */
export const ANY_ADMIN = 'admin';

/** The adjectives of an area's institutions ("the provincial council of X"), by the kind of place they say. */
const INSTITUTION_KINDS: Record<string, string> = {
  provincial: 'province',
  prefectural: 'prefecture',
  regional: 'region',
  cantonal: 'canton',
  departmental: 'department',
  county: 'county',
  state: 'state',
  district: 'district',
  city: 'settlement',
  town: 'settlement',
  municipal: 'settlement',
};
/** What an area has: its government, council, courts, officials ("the district secretary for Colombo"). */
const INSTITUTION_NOUNS =
  'government|council|assembly|parliament|legislature|authorities|administration|governor|president|police|court|secretary|secretariat|commissioner|office|officials|ministry';
const INSTITUTION_OF_BEFORE = new RegExp(`\\bthe\\s+(${Object.keys(INSTITUTION_KINDS).join('|')})\\s+(?:${INSTITUTION_NOUNS})\\s+(?:of|for)\\s+$`, 'i');
/** "the Žilina regional government", "the Nakuru county assembly", "the Lucerne cantonal planning office": an area's institution written after its name, in lower case. */
const INSTITUTION_AFTER = new RegExp(`^\\s+(${Object.keys(INSTITUTION_KINDS).join('|')})\\s+(?:[a-z]+\\s+)?(?:${INSTITUTION_NOUNS})\\b`);
/** "the Choluteca departmental association": an adjective only an area has, before any noun in lower case. */
const AREA_ADJECTIVE_AFTER = /^\s+(provincial|prefectural|cantonal|departmental)\s+[a-z]/;
/** "the governor of X", "the prefect of (the) X" are of an area that governs towns, "the mayor of X" of a town. */
const OFFICE_OF_BEFORE = /\bthe\s+(governor|prefect|mayor)\s+of\s+(?:the\s+)?$/i;
/**
 * "who represents Cahul", "a member from Sheki", "the deputy for Orhei", "elected to the National Assembly for Biskra":
 * a legislator's seat is an area that governs
 * towns (a district, a county, a province) where the registry has one of the town's name.
 */
const SEAT_BEFORE =
  /\b(?:represents|represented|representing|(?:member|members|deputy|deputies|lawmaker|legislator|MP|MPs)\s+(?:of\s+parliament\s+)?(?:for|from)|(?:Assembly|Parliament|Congress|Senate|Majlis|Duma)\s+for)\s+(?:the\s+)?$/;
/** The kind of place an office is of: a mayor's a town, a governor's or a prefect's an area that governs towns. */
function officeKind(office: string): string {
  return office.toLowerCase() === 'mayor' ? 'settlement' : ANY_ADMIN;
}
/** "under the Brenta peaks", "the X range": a mountain's name before its peaks. */
const PEAKS_AFTER = /^\s+(?:peaks|mountains|range|massif|summits?|glaciers?)\b/;
/** The plural of a kind word ("county" → "counties", "province" → "provinces"); singular() undoes it. */
function pluralOf(kind: string): string {
  return kind.replace(/y$/, 'ie') + 's';
}
/** "the districts of X, Y and Z": the kind in the plural names every item of the list. */
const KINDS_OF_BEFORE = new RegExp(
  `\\bthe\\s+(${[...ADMIN_KINDS].map(pluralOf).join('|')})\\s+of\\s+(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?(?:,\\s+and|,|\\s+and)\\s+){0,4}$`,
  'iu',
);

/**
 * The kind of place the words right before `mention` say it is, if they say one: the kind
 * itself ("the province of X"), an institution of that kind ("the prefectural government
 * of X") or an office ("the governor of X": ANY_ADMIN; "the mayor of X": a settlement), a seat, or the words
 * that say a town or the land around towns (townOrLand.ts).
 */
export function placeKindBefore(text: string, mention: TextSpan): string | undefined {
  const before = text.slice(Math.max(0, mention.start - 100), mention.start);
  const found = KIND_OF_BEFORE.exec(before) ?? KIND_CALLED_BEFORE.exec(before);
  if (found) return KINDS[found[1].toLowerCase()];
  const institution = INSTITUTION_OF_BEFORE.exec(before);
  if (institution) return INSTITUTION_KINDS[institution[1].toLowerCase()];
  const office = OFFICE_OF_BEFORE.exec(before);
  if (office) return officeKind(office[1]);
  if (SEAT_BEFORE.test(before)) return ANY_ADMIN;
  const townOrLand = townOrLandBefore(text, mention, before);
  if (townOrLand) return townOrLand;
  const plural = KINDS_OF_BEFORE.exec(before);
  if (plural) return KINDS[singular(plural[1])];
  return undefined;
}

/** The kind word of a plural ("counties" → "county", "regencies" → "regency", "provinces" → "province"). */
function singular(plural: string): string {
  return plural.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
}

/** Only " in " between two names: "Fuchu in Hiroshima". */
const IN_BETWEEN = /^ in $/;

/**
 * ANY_ADMIN when the mention is where the town named right before it lies ("Fuchu in
 * Hiroshima", "Kendal in Cumbria"): a town lies in an area that governs towns, so of a city
 * and its prefecture of one name, the prefecture. `before` is the mention just before it, a
 * town when it is a place that is no country or region to the gazetteer ("outside the
 * Netherlands in Antwerp", "Wales in Cork" the side) and, if registered, no place of another
 * kind to its entry (`registeredKind`).
 */
function containerKind(
  text: string,
  mention: TextSpan,
  before: EntityMention | undefined,
  registeredKind: (id: string) => string | undefined,
): string | undefined {
  if (before?.type !== 'place' || mention.start - before.end !== 4 || !IN_BETWEEN.test(text.slice(before.end, mention.start))) return undefined;
  const gazetteerKind = gazetteerEntryNamed(before.text)?.kind;
  if (gazetteerKind === 'country' || gazetteerKind === 'region') return undefined;
  const kind = before.registered ? registeredKind(before.entityId) : undefined;
  return kind === undefined || kind === 'settlement' ? ANY_ADMIN : undefined;
}

/** ", the wine region", ", the city", ", the prefectural capital" right after a name. */
const KIND_AFTER = new RegExp(`^,\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(${KIND_WORDS}|capital)\\b`, 'iu');

/** "X is the largest city", "X was a mining town", "X remains the only prefecture": what the sentence says the name is. */
const KIND_IS_AFTER = new RegExp(`^\\s+(?:is|was|remains)\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${KIND_WORDS}|capital)\\b`, 'iu');
/** "X is more than 1,400 km west of Erdenet by road": a distance by road or from a town is a town's. */
const DISTANCE_IS_AFTER =
  /^\s+(?:is|lies)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|less\s+than|over|under|only|just)\s+)?[\d,.]+\s*(?:km|kilometres|kilometers|miles)\b/;
/** "X has more ski resorts than any other prefecture": the name is one of the kind it is compared with. */
const KIND_COMPARED_AFTER = new RegExp(`^[^.;!?\\n]{0,80}?\\bthan\\s+any\\s+other\\s+(${KIND_WORDS})\\b`, 'iu');

/** The words of areas that govern towns (ADMIN_KINDS) in lower case and capitalised ("Opole province", "Jambi Province"), singular and plural. */
const AREA_ALTERNATIVES = [...ADMIN_KINDS]
  .flatMap((w) => [w, pluralOf(w)])
  .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)])
  .join('|');
const LIST_ITEM = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?";
/**
 * "Opole province", "Buzău and Vrancea counties", "Aydın and three neighbouring provinces":
 * the kind of area written right after the name, or after the list it opens; not
 * before a capitalised word, so "Washington State University" and
 * "Cork County Council" say nothing.
 */
const AREA_AFTER = new RegExp(
  `^(?:(?:(?:,|\\s+and|\\s+or)\\s+${LIST_ITEM})+|\\s+and(?:\\s+(?:two|three|four|five|six|several|other|neighbouring|neighboring|nearby|surrounding|adjacent)){1,2})?\\s+(${AREA_ALTERNATIVES})\\b(?!\\s+\\p{Lu})`,
  'u',
);

/** The kind of area written right after a name or the list it opens (AREA_AFTER), from the text that follows the name. */
function areaAfter(after: string): string | undefined {
  const area = AREA_AFTER.exec(after);
  return area ? KINDS[singular(area[1])] : undefined;
}

/** "The Lucerne government said", "with the Aswan governor": a town has a council and a mayor; a government or a governor is of an area that governs towns (or a country). */
const GOVERNMENT_AFTER = /^\s+government\b/;
/** "with the Aswan governor": the governor of an area, when "the" before the name makes it the phrase's head (not a title before a holder's name). */
const GOVERNOR_AFTER = /^\s+governor\b(?!\s+\p{Lu})/u;

/** "Nakuru Governor Susan Chepkoech", "Velden Mayor Ana Ruiz": the office written before its holder's name, as "the governor of X". */
const OFFICE_AFTER = /^\s+([Gg]overnor|[Mm]ayor)\s+\p{Lu}/u;

/**
 * The kind of place the words right after `mention` say it is, if they say one: an office
 * ("Nakuru Governor Susan Chepkoech": ANY_ADMIN; "X Mayor …": a settlement), the kind of area
 * after it ("Opole province"), an institution of one ("the Žilina regional government"), an apposition
 * ("Brandenburg, the city,"), a copula ("Nagano is the prefecture with…"), a comparison
 * ("…than any other prefecture") or a distance, which is a town's ("X is 1,400 km west of Y").
 */
export function placeKindAfter(text: string, mention: TextSpan): string | undefined {
  const after = text.slice(mention.end, mention.end + 100);
  const office = OFFICE_AFTER.exec(after);
  if (office) return officeKind(office[1]);
  if (PEAKS_AFTER.test(after)) return 'mountain';
  if (GOVERNMENT_AFTER.test(after) || (GOVERNOR_AFTER.test(after) && /\bthe\s+$/i.test(text.slice(Math.max(0, mention.start - 5), mention.start))))
    return ANY_ADMIN;
  const area = areaAfter(after);
  if (area) return area;
  const institution = INSTITUTION_AFTER.exec(after) ?? AREA_ADJECTIVE_AFTER.exec(after);
  if (institution) return INSTITUTION_KINDS[institution[1]];
  const found = KIND_AFTER.exec(after) ?? KIND_IS_AFTER.exec(after) ?? KIND_COMPARED_AFTER.exec(after);
  if (!found) return DISTANCE_IS_AFTER.test(after) ? 'settlement' : undefined;
  const word = found[1].toLowerCase();
  return word === 'capital' ? 'settlement' : KINDS[word];
}

/**
 * True when a place of `kind` is what the words before a mention say it is (`said`, from placeKindBefore).
 * "Region" is English's loose word for any area that governs towns ("the Poltava region" is Poltava Oblast,
 * "the Lviv region" Lviv Oblast), so it agrees with each of them, as "the governor of X" does.
 */
export function kindAgrees(kind: string | undefined, said: string): boolean {
  return (
    kind !== undefined &&
    (kind === said ||
      ((said === ANY_ADMIN || said === 'region') && ADMIN_KINDS.has(kind)) ||
      (said === 'mountain' && kind === 'volcano') ||
      // Korea's metropolitan cities are cities, Italy's are provinces: "the city of X" agrees with either.
      (said === 'settlement' && kind === 'metropolitan city') ||
      (said === BUILT_UP && (kind === 'settlement' || kind === 'metropolitan city' || kind === 'island')) ||
      (said === ANY_AREA && AREAS.has(kind)) ||
      (said === ANY_LAND && (ADMIN_KINDS.has(kind) || AREAS.has(kind))))
  );
}

/** The kind a dateline's second part has ("ESCUINTLA, Guatemala, Oct 5"): a country, a state or a province (AREAS), never a town nor a department. */
export const ANY_AREA = 'area';
/** What a dateline names after its town: a country, or in a federal country a state, a province or a region; an island. */
const AREAS = new Set(['country', 'state', 'province', 'region', 'island']);

/**
 * The kind of place a registry description names first, if any ("Province in western
 * Argentina; capital Mendoza" is a province; "mountain prefecture of central Honshu" is a
 * prefecture); a port, a capital or a seat of government is a settlement.
 */
export function placeKindOf(description: string | undefined): string | undefined {
  const text = description ?? '';
  let found: RegExpExecArray | null;
  FIRST_KIND.lastIndex = 0;
  do found = FIRST_KIND.exec(text);
  while (found && found[1].toLowerCase() === 'capital' && CAPITAL_NAMED.test(text.slice(found.index + found[0].length)));
  if (!found) return undefined;
  const word = found[1].toLowerCase();
  if (word.startsWith('regional')) return 'region';
  return word === 'port' || word === 'capital' || word.startsWith('seat') ? 'settlement' : KINDS[word];
}

/** A dateline's town in capitals opening its line, then a comma: "SPLIT, Croatia, March 15 (Wire) -". */
const DATELINE_TOWN_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\p{M} .'’-]*,[ \t]+$/u;

/**
 * True for the country or state after a dateline's town ("SPLIT, Croatia, March 15"): where the story was filed,
 * an area that holds the town (never a town itself), and never a side in a match report.
 */
export function afterDatelineTown(text: string, m: TextSpan): boolean {
  return DATELINE_TOWN_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}

/**
 * True for a name in capitals opening a line, then a comma, a parenthesis or a dash ("LEÓN, Spain, July 22 (Wire) -"):
 * a dateline, which names the town the story was filed from, not its province or its club.
 */
export function inDateline(text: string, m: EntityMention): boolean {
  return (
    (m.start === 0 || text[m.start - 1] === '\n') &&
    /\p{Lu}{2}/u.test(m.text) &&
    m.text === m.text.toUpperCase() &&
    DATELINE_AFTER.test(text.slice(m.end, m.end + 3))
  );
}

/** What follows a dateline's town: a comma, a parenthesis or a dash ("LA PAZ, March 25", "DOUALA (Wire) -"); not "CMT said". */
const DATELINE_AFTER = /^(?:,|\s*\(|\s*[-–—])/;

/**
 * What joins the last two items of a list: "and" or "or" ("hotels in Salzburg and Tyrol"); not a comma alone, which
 * also writes a town with its state ("OLYMPIA, Washington").
 */
const COORDINATION = /^,?\s+(?:and|or)\s+$/;
/** A comma alone between two items, which makes a list when "and" or "or" follows the second ("Huíla, Namibe and Cunene"). */
const LIST_COMMA = /^,\s+$/;
const LIST_GOES_ON = /^,?\s+(?:and|or)\s/;
/** "between Trentino and Verona": two ends, which need not be of one kind. */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;

/**
 * The kind of the registered place the mention is listed with ("nine hotels in Salzburg and
 * Tyrol": Tyrol is a state, so this Salzburg is the state, not the city; "in Huíla, Namibe and
 * Cunene", where a comma joins two items because "and" follows them): the items of a list are of one kind. Only a neighbour whose entry is certain (no name it shares) says it, and not
 * the other end of "between X and Y".
 */
function coordinateKind(
  text: string,
  mention: TextSpan,
  neighbours: readonly (EntityMention | undefined)[],
  registeredKind: (id: string) => string | undefined,
  isShared: (m: EntityMention) => boolean,
): string | undefined {
  for (const n of neighbours) {
    if (n?.type !== 'place' || !n.registered || isShared(n)) continue;
    const first = n.end <= mention.start ? n : mention;
    const second = first === n ? mention : n;
    const gap = text.slice(first.end, second.start);
    if (gap.length > 6 || !(COORDINATION.test(gap) || (LIST_COMMA.test(gap) && LIST_GOES_ON.test(text.slice(second.end, second.end + 6))))) continue;
    if (BETWEEN_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))) continue;
    const kind = registeredKind(n.entityId);
    if (kind !== undefined && kind !== 'country') return kind;
  }
  return undefined;
}

/**
 * The kind of place the surroundings of `mentions[i]` say it is: a dateline's town is a
 * settlement; else the words before it, the words after it, the town named right before it that
 * lies in it (containerKind), or the registered place it is listed with (coordinateKind, which
 * takes no neighbour that `isShared`). `registeredKind` is a registered place's kind, by id.
 */
export function placeKindAround(
  text: string,
  mentions: readonly EntityMention[],
  i: number,
  datelined: boolean,
  registeredKind: (id: string) => string | undefined,
  isShared: (m: EntityMention) => boolean,
): string | undefined {
  if (datelined) return 'settlement';
  const mention = mentions[i];
  if (afterDatelineTown(text, mention)) return ANY_AREA;
  const before = mentions[i - 1];
  const said = placeKindBefore(text, mention);
  // The area's word is the head of the phrase the name begins: "the mayor of the Ashburton district" is the district's mayor.
  const area = said === undefined || said === 'settlement' || said === BUILT_UP ? areaAfter(text.slice(mention.end, mention.end + 100)) : undefined;
  return (
    area ??
    said ??
    placeKindAfter(text, mention) ??
    containerKind(text, mention, before, registeredKind) ??
    coordinateKind(text, mention, [before, mentions[i + 1]], registeredKind, isShared)
  );
}
