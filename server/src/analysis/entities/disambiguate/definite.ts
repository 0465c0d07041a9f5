/**
 * What "the" right before a name says (mentionEvidence.ts reads it, score.ts weighs it): rivers and
 * products take it, towns, countries and people do not; and a name written bare in a sentence is no river.
 */
import type { EntityType, TextSpan } from '../../types';
import type { EntryKind } from './cue';

/** "the Clare does not flow", "The Kestrel is": a definite article right before a name that is not a modifier of the noun after it. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
/**
 * What may follow a name that "the" belongs to: its possessive ("the Marikina's water"), punctuation or
 * the end of a line, a verb ("the Avon joins", "the Paraná drops"), a relative pronoun ("the Colorado
 * that runs"), or a word that opens what comes next ("towns along the Murray all week", "the Tay and its
 * banks", "the Tay at Perth", "on the Mississippi tomorrow", "into the Cauca within 90 days", "swell the Piura
 * as warm sea…"), not a noun it modifies ("the Ghana team").
 */
const AFTER_DEFINITE =
  /^(?:[’']s\b|(?:\s*[,.;:!?)"”]|\s*$|[ \t]*\n|\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|does|did|do|rose|rises|flows?|runs?|joins?|bursts?|floods?|peaks?|meets?|climbs?|drops?|falls?|fell|feeds?|swells?|recedes?|carries|drains?|empties|winds?|spills?|reaches|nears|ran|broke|froze|swept|that|which|itself|estuary|valley|catchment|basin|and|or|at|in|on|near|from|to|into|through|between|below|above|within|as|by|for|after|before|during|until|since|past|over|off|along|beyond|towards?|around|across|upstream|downstream|with|where|said|says|pays|gives|takes|keeps|stays|remains|all|this|last|every|again|now|today|tomorrow|yesterday|tonight)\b|\s+[a-z]+ed\b))/u;

/**
 * The article's definite article as evidence: 1 when "the" stands before the name
 * itself ("the Severn", "the Kestrel is"), 0 otherwise. Rivers and products take it;
 * towns, countries and people do not.
 */
export function definiteOf(text: string, mention: TextSpan): number {
  const before = text.slice(Math.max(0, mention.start - 5), mention.start);
  if (!THE_BEFORE.test(before)) return 0;
  return AFTER_DEFINITE.test(text.slice(mention.end, mention.end + 20)) ? 1 : 0;
}

/**
 * True when a name is written bare in running text: no "the" right before it, in a line that ends a sentence (a headline
 * drops its articles: "Yukon runs stay closed"). A river is written "the Paraguay"; a bare "Paraguay" in a sentence is the country.
 */
export function writtenBare(text: string, mention: TextSpan): boolean {
  if (THE_BEFORE.test(text.slice(Math.max(0, mention.start - 5), mention.start))) return false;
  const lineEnd = text.indexOf('\n', mention.end);
  const line = text.slice(text.lastIndexOf('\n', mention.start - 1) + 1, lineEnd < 0 ? text.length : lineEnd).trimEnd();
  return /[.!?]["”’)]?$/.test(line);
}

/**
 * How a candidate fits a name written with or without "the": water takes it and is
 * rarely written bare; products often take it, a company's short name seldom; people,
 * towns and countries never do.
 */
export function definiteFit(definite: number, type: EntityType, kind: EntryKind, formHasKind: boolean): number {
  if (kind === 'water') return formHasKind ? 0 : definite ? 1 : -1;
  // A lake is written bare ("Windermere", "Loch Ness"): neither "the" nor its absence tells it from its town.
  if (kind === 'lake') return 0;
  if (!definite) return 0;
  if (type === 'product') return 1;
  if (type === 'person' || type === 'place' || type === 'nationality') return -1;
  // A company's short name rarely takes "the" ("Falcon said", "the Falcon is" a product); a team's or another body's may.
  return type === 'organization' && kind !== 'team' ? -0.5 : 0;
}
