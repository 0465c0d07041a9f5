// Generates server/src/analysis/ner/gazetteer-data.json from the world-countries package:
// country names, capitals, regions, demonyms and language names, lower-cased and tokenized
// the CoNLL way (words split on spaces). The tagger only uses these as features, so a
// small, clean list is enough; regenerating it requires retraining (`npm run train:ner`).
// Native and foreign spellings that are ordinary English words ("Island", Iceland's own name)
// are left out (an-array-of-english-words, not a proper noun to compromise), as in the
// product's gazetteer (scripts/gen-gazetteer.mjs), or "Island" at a headline's start reads as a country.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const englishWords = new Set(require('an-array-of-english-words'));
const nlp = require('compromise');

/** English short forms among the alternative spellings, kept although the word list has them. */
const ENGLISH_SHORT_FORMS = new Set(['Congo', 'Holland']);

/** True for a one-word spelling that is an ordinary English word ("island"), not a proper noun nor an English short form. */
function englishWord(name) {
  const lower = name.toLowerCase();
  return !/\s/.test(name) && !ENGLISH_SHORT_FORMS.has(name) && englishWords.has(lower) && !nlp(lower).has('#ProperNoun');
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'server/src/analysis/ner/gazetteer-data.json');

/** Latin-script names without commas (which are inverted forms like "Korea, Republic of"). */
function usable(name) {
  return typeof name === 'string' && name.length > 2 && /^[A-Za-z][A-Za-z .'()-]*$/.test(name) && !name.includes(',');
}

const lists = { country: new Set(), capital: new Set(), region: new Set(), demonym: new Set(), language: new Set() };
for (const c of countries) {
  for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((a) => !englishWord(a))]) {
    if (usable(n) && n.length > 3 && n !== n.toUpperCase()) lists.country.add(n.replace(/[()]/g, ''));
  }
  for (const n of c.capital ?? []) if (usable(n)) lists.capital.add(n);
  for (const n of [c.region, c.subregion]) if (usable(n)) lists.region.add(n);
  const d = c.demonyms?.eng;
  if (d) for (const n of [d.m, d.f]) if (usable(n)) lists.demonym.add(n);
  for (const n of Object.values(c.languages ?? {})) if (usable(n)) lists.language.add(n);
}

const data = {};
for (const [key, set] of Object.entries(lists)) {
  data[key] = [...set]
    .map((s) => s.toLowerCase().replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .sort();
  data[key] = [...new Set(data[key])];
}
writeFileSync(out, JSON.stringify(data) + '\n');
console.log(
  `gazetteer: ${Object.entries(data)
    .map(([k, v]) => `${k} ${v.length}`)
    .join(', ')} -> ${out}`,
);
