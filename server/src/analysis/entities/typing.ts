/**
 * Maps the tagger's CoNLL labels to the spec's entity types. PER, ORG and LOC map
 * directly; MISC is refined into nationality, event, law or product by the
 * built-in gazetteer and by cue words, and stays `other` otherwise. (Names the
 * gazetteer matches exactly get its type before this is asked; this serves the
 * tagger's other MISC names, such as an all-caps or plural demonym.)
 */
import { gazetteerEntryNamed } from '../gazetteer';
import type { NameLabel } from '../ner';
import type { EntityType } from '../types';

const LAW = /\b(?:Agreement|Treaty|Act|Pact|Accord|Accords|Convention|Protocol|Bill|Law|Directive|Regulation|Charter|Constitution|Amendment|Code)$/;
const EVENT =
  /\b(?:Olympics|Olympic Games|Games|War|Summit|Cup|Championships?|Festival|Election|Elections|Conference|Forum|Revolution|Crisis|Expo|Grand Prix|Open|Marathon|Tournament|Awards?|Day)$|^(?:World War|Cold War)/;
const PRODUCT = /\b(?:iPhone|iPad|Galaxy|Windows|Android|Boeing \d+|Airbus A\d+|PlayStation|Xbox|Model [A-Z0-9])\b/;

const SPACES = /\s+/g;
const POSSESSIVE = /[’']s$/;
const PLURAL = /s$/;

/** Words that make a name an organization whatever the tagger said ("Baltic Cargo Research", "Ministry of Energy"). */
const ORGANIZATION_CUE =
  /\s(?:University|Institute|Association|Federation|Research|Foundation|Council|Committee|Commission|Ministry|Authority|Agency|Cooperative|Co-operative|Corporation|Company|Bank|Group|Party|Society|Airlines|Airways|Ferries|Hospital|College|Fund)$|^(?:University|Ministry|Bank|Department|Institute|Bureau) of\s/;
/**
 * A trade's word that ends a company's name and no person's ("Marlin Agritech", "Pruitt Timber",
 * "Kamau Dairies"): unlike ORGANIZATION_CUE it makes even a two-word person an organization.
 * Surnames are left out ("Ira Glass", "Danielle Steel", "Samantha Power", "John Mills").
 */
const TRADE_CUE =
  /\s(?:Agritech|Timber|Textiles|Shipping|Logistics|Freight|Motors|Foods|Seafoods|Dairies|Breweries|Brewery|Distillery|Distilleries|Winery|Pharma|Pharmaceuticals|Mining|Holdings|Industries|Technologies|Robotics|Electronics|Semiconductors|Chemicals|Plastics|Cement|Construction|Properties|Realty|Telecom|Telecoms|Aerospace|Aviation|Automotive|Petroleum|Insurance|Securities|Ventures|Fisheries|Vineyards|Hotels|Resorts|Cosmetics|Apparel|Furniture)$/;
/** Words that make a name a place ("Lake Victoria", "Spruce Island", "Gulf of Aden"). */
const PLACE_CUE =
  /^(?:Lake|Mount|Mt\.?|Cape|Gulf of|Isle of|Bay of|Sea of)\s|\s(?:River|Island|Islands|Lake|Mountains|Valley|Bay|Sea|Ocean|Strait|Peninsula|Desert|Canal)$/;

/**
 * Words that make a name a place, a facility or a street, whatever the tagger said ("Cathays
 * Park", "Queen Street", "Principality Stadium"). `Park`, `Hall`, `Green`, `Lane`, `Hill`
 * and `Field` are surnames too ("Jimin Park"), and `Ground` ends a charity's name ("Common
 * Ground"), so they decide only after a preposition of place ("at Cathays Park", "at the
 * Quayside Ground"); the others decide anywhere.
 */
const FACILITY_CUE =
  /\s(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Square|Plaza|Gardens|Stadium|Arena|Airport|Station|Quay|Pier|Wharf|Terrace|Crescent|Embankment|Motorway|Highway|Bridge|Common|Racecourse)$/;
const SURNAME_FACILITY_CUE = /\s(?:Park|Hall|Green|Lane|Hill|Field|Fields|Ground)$/;
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:at|in|near|outside|inside|into|from|to|on|across|through|around|behind|opposite|beside)\s+(?:the\s+)?$/iu;

/** Plurals that geography or building gives a place ("Yorkshire Dales", "Cayman Islands", "London Docklands", "Golan Heights"): no team. */
const GEOGRAPHIC_PLURAL =
  /^(?:\p{Lu}\p{Ll}*lands|Islands|Isles|Keys|Mountains|Alps|Rockies|Hills|Heights|Dales|Downs|Moors|Fens|Glens|Falls|Springs|Lakes|Plains|Flats|Woods|Sands|Narrows|Marshes|Cliffs|Gardens|Docks|Quays|Towers|Barracks|Commons|Mews|Territories|Provinces|States|Emirates)$/u;

/**
 * True for a place's name followed by a capitalised plural ("Philadelphia Eagles", "Doncaster
 * Rovers"): a team named after its town, which the tagger read as the town.
 */
function placeTeam(flat: string): boolean {
  if (!flat.endsWith('s') || !flat.includes(' ')) return false;
  const words = flat.split(' ');
  if (words.length < 2) return false;
  const last = words[words.length - 1];
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || GEOGRAPHIC_PLURAL.test(last)) return false;
  return gazetteerEntryNamed(words.slice(0, -1).join(' '))?.type === 'place';
}

/** A kind of news outlet right before a name ("the news weekly Der Spiegel", "the daily Zycie Warszawy"): an organization. */
const MEDIA_BEFORE = /\b(?:newspaper|daily|weekly|magazine|tabloid|broadsheet|broadcaster|news agency)\s+$/i;

/**
 * Words after which only a place's name can come ("the northern city of Groningen",
 * "archbishop of Cincinnati", "in neighbouring Chatelineaux"): the tagger's organization
 * or person there is a place. A city's name is a club's too, but no club has a mayor,
 * a bishop or a neighbour.
 */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:neighbouring|neighboring|(?:city|town|village|suburb|outskirts|port|province|diocese|archdiocese|(?:arch)?bishop|mayor|municipality|district) of)\s+$/iu;

/** A cheap first test for PLACE_BEFORE: its cues end in "of" or in "neighbo(u)ring". */
const PLACE_BEFORE_HINT = /(?:of|ing)\s+$/i;

/** Characters before a name that `entityTypeOf` reads (the longest cue, "archdiocese of ", fits). */
export const TYPE_LOOKBACK = 24;

/**
 * The spec's type for a tagged name. The tagger's type is kept unless the name's own
 * words say otherwise: an organization word for a place or a person (for a person, only
 * in names of three or more words: "Emily Bank" stays a person), or a geographic word for
 * a person; a facility or street word for a person, an organization or other (`before`, the
 * text just before the name, tells "at Cathays Park" from "Jimin Park"). (An organization
 * named like a place, the newspaper "Cape Argus", stays one.)
 */
export function entityTypeOf(label: NameLabel, text: string, before = ''): EntityType {
  const flat = text.replace(SPACES, ' ');
  if (label !== 'ORG' && MEDIA_BEFORE.test(before)) return 'organization';
  if (
    (label === 'PER' || label === 'ORG' || label === 'MISC') &&
    (FACILITY_CUE.test(flat) || (SURNAME_FACILITY_CUE.test(flat) && PLACE_PREPOSITION.test(before)))
  )
    return 'place';
  if (label !== 'MISC' && ORGANIZATION_CUE.test(flat) && (label !== 'PER' || flat.split(' ').length >= 3)) return LAW.test(flat) ? 'law' : 'organization';
  if (label === 'PER' && TRADE_CUE.test(flat)) return 'organization';
  if (label === 'PER' && PLACE_CUE.test(flat)) return 'place';
  if ((label === 'ORG' || label === 'PER') && PLACE_BEFORE_HINT.test(before) && PLACE_BEFORE.test(before)) return 'place';
  if (label === 'PER') return 'person';
  if (label === 'LOC') return placeTeam(flat) ? 'organization' : 'place';
  if (label === 'ORG') return LAW.test(flat) ? 'law' : 'organization';
  const lower = flat.toLowerCase().replace(POSSESSIVE, '');
  const known = gazetteerEntryNamed(lower) ?? gazetteerEntryNamed(lower.replace(PLURAL, ''));
  if (known?.type === 'nationality') return 'nationality';
  if (LAW.test(flat)) return 'law';
  if (EVENT.test(flat)) return 'event';
  if (PRODUCT.test(flat)) return 'product';
  if (known?.type === 'place') return 'place';
  return 'other';
}
