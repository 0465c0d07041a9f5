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
const EVENT = /\b(?:Olympics|Olympic Games|Games|War|Summit|Cup|Championships?|Festival|Election|Elections|Conference|Forum|Revolution|Crisis|Expo|Grand Prix|Open|Marathon|Tournament|Awards?)$|^(?:World War|Cold War)/;
const PRODUCT = /\b(?:iPhone|iPad|Galaxy|Windows|Android|Boeing \d+|Airbus A\d+|PlayStation|Xbox|Model [A-Z0-9])\b/;

const SPACES = /\s+/g;
const POSSESSIVE = /[’']s$/;
const PLURAL = /s$/;

/** The spec's type for a tagged name. */
export function entityTypeOf(label: NameLabel, text: string): EntityType {
  if (label === 'PER') return 'person';
  if (label === 'LOC') return 'place';
  const flat = text.replace(SPACES, ' ');
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
