/**
 * Word lists of the benchmark's article generator. Every person, organization, city,
 * country and news agency here is invented for News Lens (surnames are also built from
 * syllables), so generated articles are free to publish and name nobody real.
 */

/** Given names; ordinary enough that a name tagger has a fair chance. */
export const FIRST_NAMES = [
  'Anneke',
  'Bruno',
  'Carla',
  'Dario',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kalina',
  'Lukas',
  'Marisol',
  'Nadia',
  'Oskar',
  'Paulina',
  'Quentin',
  'Rosa',
  'Stefan',
  'Tamsin',
  'Ulrich',
  'Vera',
  'Wendell',
  'Yusuf',
  'Zora',
  'Amara',
  'Benedikt',
  'Celeste',
  'Dmitri',
  'Esther',
  'Florin',
  'Gideon',
  'Hana',
  'Idris',
  'Juliet',
  'Kenji',
  'Leonie',
  'Mateo',
  'Noor',
  'Olga',
  'Pavel',
  'Rania',
  'Soren',
  'Talia',
  'Viktor',
  'Wilma',
  'Ximena',
  'Yara',
  'Aurelio',
  'Brigid',
];

/** Surname syllables; {@link SURNAME_ENDINGS} finish them ("Var" + "holt" → "Varholt"). */
export const SURNAME_STARTS = [
  'Var',
  'Kess',
  'Lind',
  'Okon',
  'Brandt',
  'Mar',
  'Tal',
  'Fen',
  'Ost',
  'Rav',
  'Sel',
  'Dru',
  'Hal',
  'Kor',
  'Pell',
  'Wick',
  'Ash',
  'Bel',
  'Cor',
  'Dun',
  'Ell',
  'Gar',
  'Hart',
  'Iver',
  'Jess',
  'Lor',
  'Mor',
  'Norr',
  'Quill',
  'Stra',
];

/** Surname endings, see {@link SURNAME_STARTS}. */
export const SURNAME_ENDINGS = [
  'holt',
  'mar',
  'edo',
  'berg',
  'ovic',
  'stone',
  'ani',
  'ley',
  'ström',
  'ington',
  'ard',
  'ez',
  'ska',
  'wood',
  'anu',
  'elli',
  'ov',
  'sen',
  'quist',
  'aro',
];

/** Invented cities, written as a dateline would ("PORT AVERLY, ..."). */
export const CITIES = [
  'Port Averly',
  'Kessmar',
  'Lindhaven',
  'Ostrava Nova',
  'Brelmouth',
  'Caldera Bay',
  'Tarnwick',
  'Velsburg',
  'San Orlado',
  'Merrowgate',
  'Aldmere',
  'Quillon',
  'Rosenfall',
  'Drummon',
  'East Halvery',
  'Sorrento Vale',
  'Fenwick Harbour',
  'Iskarpol',
  'Norvale',
  'Granthem',
];

/** Invented countries with their demonyms, for nationality mentions. */
export const COUNTRIES: readonly { name: string; demonym: string }[] = [
  { name: 'Valdoria', demonym: 'Valdorian' },
  { name: 'Marenthia', demonym: 'Marenthian' },
  { name: 'Ostrelia', demonym: 'Ostrelian' },
  { name: 'Kalvonia', demonym: 'Kalvonian' },
  { name: 'Serravia', demonym: 'Serravian' },
  { name: 'Bruvania', demonym: 'Bruvanian' },
  { name: 'Tessaly Republic', demonym: 'Tessalian' },
  { name: 'Norrland Union', demonym: 'Norrlander' },
];

/** First words of organization names. */
export const ORG_HEADS = [
  'Northbridge',
  'Calder',
  'Velora',
  'Brightwater',
  'Harrowgate',
  'Meridian',
  'Saltmarsh',
  'Ironvale',
  'Copperline',
  'Tidewell',
  'Greystone',
  'Amberfield',
  'Silverpine',
  'Redcliff',
  'Oakhurst',
  'Bluehaven',
];

/** Middle words of organization names. */
export const ORG_BODIES = [
  'Water',
  'Freight',
  'Energy',
  'Rail',
  'Ports',
  'Mining',
  'Telecom',
  'Health',
  'Housing',
  'Shipping',
  'Steel',
  'Grain',
  'Aviation',
  'Savings',
  'Textiles',
  'Transit',
];

/** Suffixes that say "organization" to a reader. */
export const ORG_SUFFIXES = ['Authority', 'Group', 'Inc.', 'Corp.', 'Co.', 'Holdings', 'Federation', 'Union', 'Council', 'Ltd.', 'Agency', 'Board'];

/** Invented wire services, used in datelines and metadata lines. */
export const AGENCIES = ['Meridian Press', 'Coastline Wire', 'NPA', 'Valdoria News Agency', 'Harbor Newswire', 'Orbis Wire', 'CNX'];

/** Titles written before a name; some have a ministry so a "role" follows. */
export const TITLES = [
  'Transport Minister',
  'Finance Minister',
  'Foreign Minister',
  'Prime Minister',
  'Chief Cabinet Secretary',
  'Health Minister',
  'Mayor',
  'Governor',
  'Senator',
  'chief executive',
  'spokeswoman',
  'spokesman',
  'union leader',
  'Deputy Director',
  'Central Bank Governor',
  'Trade Commissioner',
];

/** Newspaper sections for the "Section | Mon DD" header line. */
export const SECTIONS = ['Business', 'Politics', 'World', 'Society', 'Economy', 'Regions', 'Science'];

/** Topics: [noun phrase, short noun] pairs that sentences talk about. */
export const TOPICS: readonly [string, string][] = [
  ['the port expansion plan', 'expansion'],
  ['a cross-border rail link', 'rail link'],
  ['the new water tariff', 'tariff'],
  ['a regional trade pact', 'pact'],
  ['the fuel subsidy reform', 'reform'],
  ['a proposed mining concession', 'concession'],
  ['the housing bond programme', 'programme'],
  ['a data-sharing accord', 'accord'],
  ['the airport noise ordinance', 'ordinance'],
  ['a wage agreement for dock workers', 'agreement'],
];

/** Verbs of saying for attributions. */
export const SAY_VERBS = ['said', 'told reporters', 'added', 'said in a statement', 'told a news conference', 'wrote', 'insisted', 'warned'];

/** Number words for durations ("five years"). */
export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'twelve'];

/** Month names and their wire abbreviations. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Wire-style month abbreviations ("Aug. 24"); short months are written out. */
export const MONTH_ABBREVIATIONS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** Weekday names, Sunday first like Date.getUTCDay. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
