/**
 * A news outlet named before the kind of outlet it is ("Britain's Sun newspaper", "Zycie
 * Warszawy daily said", "the Guardian newspaper"): the name is the outlet, an organization,
 * though the tagger missed it (a common word, "Sun") or read it as a person. A place or a
 * nationality there says where the outlet is ("the Warsaw daily", "a Polish weekly") and is
 * left alone, and split off when the tagger ran one name across the kind ("the Moscow daily
 * Kommersant" is Moscow and Kommersant).
 */
import { gazetteerEntryNamed } from '../gazetteer';
import type { NameSpan } from '../ner';

/** Words a sentence uses for a kind of news outlet, written after its name. */
const OUTLET_WORD = /\s(?:newspaper|daily|weekly|tabloid|magazine)\b/;
/** Every outlet word of a text, found with one cheap pass; the name before each is read from a short slice. */
const OUTLET_WORDS = / (?:newspaper|daily|weekly|tabloid|magazine)\b/g;
/** One to four capitalised words ending a slice, after "the", a possessive, a comma or a line's start. */
const NAME_BEFORE = /(?:\bthe\s|[’']s\s|,\s|^|\n)(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/** The last possessive inside a run of capitalised words, with the space after it. */
const POSSESSIVE_IN = /[’']s\s(?!.*[’']s\s)/u;
/** Words that open a sentence before a name: never its first word. */
const LEADING_WORDS = /^(?:(?:A|An|The|But|And|Or|So|Yet|In|On|At|As|Then|Now|When|While|If|Its|Their|His|Her)(?:\s+|$))+/;

/** A name the tagger ran across an outlet's kind: its place, the kind, and the outlet ("Moscow daily Kommersant"). */
const ACROSS_KIND = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?) (?:newspaper|daily|weekly|tabloid|magazine) (\p{Lu}.*)$/u;

/** "Moscow daily Kommersant" spanned as one name: the place and the outlet, when the gazetteer knows the first as a place or a nationality. */
function splitAcrossKind(n: NameSpan): NameSpan[] {
  const m = ACROSS_KIND.exec(n.text);
  if (!m) return [n];
  const type = gazetteerEntryNamed(m[1].toLowerCase())?.type;
  if (type !== 'place' && type !== 'nationality') return [n];
  const outletStart = n.end - m[2].length;
  return [
    { start: n.start, end: n.start + m[1].length, text: m[1], label: type === 'place' ? 'LOC' : 'MISC' },
    { start: outletStart, end: n.end, text: m[2], label: 'ORG' },
  ];
}

/** The tagged names (sorted) with outlets named before their kind taken as organizations. */
export function withOutletNames(text: string, tagged: readonly NameSpan[]): NameSpan[] {
  if (!OUTLET_WORD.test(text)) return tagged.slice();
  let names: NameSpan[] | undefined;
  for (let i = 0; i < tagged.length; i++) {
    const n = tagged[i];
    const parts = n.text.includes(' ') && OUTLET_WORD.test(n.text) ? splitAcrossKind(n) : undefined;
    if (parts && parts.length > 1) {
      names ??= tagged.slice(0, i);
      names.push(...parts);
    } else if (names) names.push(n);
  }
  return withOutletsBefore(text, names ?? tagged.slice());
}

/** `names` with the outlets named before an outlet word added (and the names they replace dropped). */
function withOutletsBefore(text: string, names: NameSpan[]): NameSpan[] {
  const outlets: NameSpan[] = [];
  OUTLET_WORDS.lastIndex = 0;
  for (let w = OUTLET_WORDS.exec(text); w; w = OUTLET_WORDS.exec(text)) {
    // Most outlet words follow a word in lower case ("meets daily"): only a capitalised word before one can end a name.
    let wordStart = w.index;
    while (wordStart > 0 && !/\s/.test(text[wordStart - 1])) wordStart--;
    const first = text.charAt(wordStart);
    if (first === first.toLowerCase()) continue;
    const from = Math.max(0, w.index - 80);
    // A slice cut mid-text starts with a character no name starts with, so "^" is only the text's start.
    const m = NAME_BEFORE.exec(from === 0 ? text.slice(0, w.index) : `\u0000${text.slice(from, w.index)}`);
    if (!m) continue;
    // A sentence's first words are no part of the name ("But Le Matin newspaper said", "A British newspaper said").
    // After a possessive, the outlet is what follows it ("Britain's Sun newspaper").
    const possessive = POSSESSIVE_IN.exec(m[1]);
    const lead = possessive ? possessive.index + possessive[0].length : (LEADING_WORDS.exec(m[1])?.[0].length ?? 0);
    const name = m[1].slice(lead);
    if (name.length === 0) continue;
    const type = gazetteerEntryNamed(name.toLowerCase())?.type;
    if (type === 'place' || type === 'nationality') continue;
    const start = w.index - m[1].length + lead;
    outlets.push({ start, end: start + name.length, text: name, label: 'ORG' });
  }
  if (outlets.length === 0) return names;
  const kept = names.filter((n) => !outlets.some((o) => o.start < n.end && n.start < o.end && n.label !== 'LOC'));
  const placed = outlets.filter((o) => !kept.some((n) => o.start < n.end && n.start < o.end));
  return [...kept, ...placed].sort((a, b) => a.start - b.start);
}
