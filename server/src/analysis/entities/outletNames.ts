/**
 * A news outlet named before the kind of outlet it is ("Britain's Sun newspaper", "Zycie
 * Warszawy daily said", "the Guardian newspaper"): the name is the outlet, an organization,
 * though the tagger missed it (a common word, "Sun") or read it as a person. A place or a
 * nationality there says where the outlet is ("the Warsaw daily", "a Polish weekly") and is
 * left alone, and split off when the tagger ran one name across the kind ("the Moscow daily
 * Kommersant" is Moscow and Kommersant).
 */
import { gazetteerEntryNamed, isGazetteerPlaceOrNationality } from '../gazetteer';
import type { NameSpan } from '../ner';
import { replaceOverlapping } from './replaceNames';

/** The kinds of news outlet a sentence writes after an outlet's name. */
const KINDS = 'newspaper|daily|weekly|tabloid|magazine';
/** An outlet kind inside a name. */
const KIND_IN_NAME = new RegExp(`\\s(?:${KINDS})\\b`);
/** Every outlet kind of a text, found with one plain pass; the name before each is read from a short slice. */
const KIND_WORDS = new RegExp(` (?:${KINDS})\\b`, 'g');
/** One to four capitalised words ending a slice, after "the", a possessive, a comma or a line's start. */
const NAME_BEFORE = /(?:\bthe\s|[’']s\s|,\s|^|\n)(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/** The last possessive inside a run of capitalised words, with the space after it. */
const POSSESSIVE_IN = /[’']s\s(?!.*[’']s\s)/u;
/** Words that open a sentence before a name: never its first word. */
const LEADING_WORDS = /^(?:(?:A|An|The|But|And|Or|So|Yet|In|On|At|As|Then|Now|When|While|If|Its|Their|His|Her)(?:\s+|$))+/;

/** A name the tagger ran across an outlet's kind: its place, the kind, and the outlet ("Moscow daily Kommersant"). */
const ACROSS_KIND = new RegExp(`^(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)?) (?:${KINDS}) (\\p{Lu}.*)$`, 'u');

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
  const kinds: number[] = [];
  KIND_WORDS.lastIndex = 0;
  for (let w = KIND_WORDS.exec(text); w; w = KIND_WORDS.exec(text)) kinds.push(w.index);
  if (kinds.length === 0) return tagged.slice();
  let names: NameSpan[] | undefined;
  for (let i = 0; i < tagged.length; i++) {
    const n = tagged[i];
    const parts = n.text.includes(' ') && KIND_IN_NAME.test(n.text) ? splitAcrossKind(n) : undefined;
    if (parts && parts.length > 1) {
      names ??= tagged.slice(0, i);
      names.push(...parts);
    } else if (names) names.push(n);
  }
  const outlets = kinds.flatMap((at) => outletBefore(text, at) ?? []);
  return outlets.length === 0 ? (names ?? tagged.slice()) : replaceOverlapping(names ?? tagged, outlets, (n) => n.label === 'LOC');
}

/** The outlet named right before the kind word at `at` (the offset of the space before it), if one is. */
function outletBefore(text: string, at: number): NameSpan | undefined {
  // Most outlet words follow a word in lower case ("meets daily"): only a capitalised word before one can end a name.
  let wordStart = at;
  while (wordStart > 0 && !/\s/.test(text[wordStart - 1])) wordStart--;
  const first = text.charAt(wordStart);
  if (first === first.toLowerCase()) return undefined;
  const from = Math.max(0, at - 80);
  // A slice cut mid-text starts with a character no name starts with, so "^" is only the text's start.
  const m = NAME_BEFORE.exec(from === 0 ? text.slice(0, at) : `\u0000${text.slice(from, at)}`);
  if (!m) return undefined;
  // A sentence's first words are no part of the name ("But Le Matin newspaper said", "A British newspaper said").
  // After a possessive, the outlet is what follows it ("Britain's Sun newspaper").
  const possessive = POSSESSIVE_IN.exec(m[1]);
  const lead = possessive ? possessive.index + possessive[0].length : (LEADING_WORDS.exec(m[1])?.[0].length ?? 0);
  const name = m[1].slice(lead);
  if (name.length === 0 || isGazetteerPlaceOrNationality(name)) return undefined;
  const start = at - m[1].length + lead;
  return { start, end: start + name.length, text: name, label: 'ORG' };
}
