/**
 * The semantic token legend. The manifest's `semanticTokenTypes`,
 * `semanticTokenModifiers` and `semanticTokenScopes` must name exactly these (tested).
 */
import type { EntityType } from './analysis';

/** Token types in legend order: the entity types, then dates, quotes, speakers and boilerplate. */
export const TOKEN_TYPES = [
  'person',
  'organization',
  'place',
  'nationality',
  'event',
  'law',
  'product',
  'other',
  'date',
  'quote',
  'speaker',
  'boilerplate',
] as const;

/** A token type name. */
export type TokenType = (typeof TOKEN_TYPES)[number];

/**
 * Token modifiers in legend order; each is one bit, in this order. A named speaker keeps
 * its entity colour and carries `speaker`; unnamed sources get the `speaker` type instead.
 */
export const TOKEN_MODIFIERS = ['registered', 'unregistered', 'speaker'] as const;

/** A token modifier name. */
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** Index of a token type in the legend. */
export function tokenTypeIndex(type: TokenType | EntityType): number {
  return TOKEN_TYPES.indexOf(type);
}

/** Bit set for a list of modifiers. */
export function modifierBits(modifiers: TokenModifier[]): number {
  return modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
}
