/**
 * The kind of place a sentence says a name is ("the province of Antwerp", "the city of
 * Osorno", "the French department of the Meuse") and the kind each registered place is
 * (the first such word of its description: "City in …; capital of Mendoza Province" is a
 * city). A city and its province, a river and the department named after it, share a name
 * in every registry of a country; the reader tells them apart by these words.
 */
import type { TextSpan } from '../../types';

/** Kinds of place, with the words for a town folded into one ("settlement"). */
const KINDS: Record<string, string> = {
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
  prefecture: 'prefecture',
  region: 'region',
  canton: 'canton',
  island: 'island',
  river: 'river',
  lake: 'lake',
  volcano: 'volcano',
  mountain: 'mountain',
  country: 'country',
};

const KIND_WORDS = Object.keys(KINDS).join('|');
/** "the province of", "the French department of the", "the old port city of": up to two words between "the" and the kind. */
const KIND_OF_BEFORE = new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?(${KIND_WORDS})\\s+of\\s+(?:the\\s+)?$`, 'iu');
/** The first word of a description that says what kind of place it is. */
const FIRST_KIND = new RegExp(`\\b(${KIND_WORDS}|port|capital)\\b`, 'i');

/** The kind of place the words right before `mention` say it is, if they say one. */
export function placeKindBefore(text: string, mention: TextSpan): string | undefined {
  const found = KIND_OF_BEFORE.exec(text.slice(Math.max(0, mention.start - 60), mention.start));
  return found ? KINDS[found[1].toLowerCase()] : undefined;
}

/**
 * The kind of place a registry description names first, if any ("Province in western
 * Argentina; capital Mendoza" is a province); a port or a capital is a settlement.
 */
export function placeKindOf(description: string | undefined): string | undefined {
  const found = FIRST_KIND.exec(description ?? '');
  if (!found) return undefined;
  const word = found[1].toLowerCase();
  return word === 'port' || word === 'capital' ? 'settlement' : KINDS[word];
}
