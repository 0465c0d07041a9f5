/**
 * "Price" after "council leader Daniel Price" is that Daniel Price: a surname or short
 * form of a person follows the fuller name written before it (the nearest one; when the
 * fuller names before it are different people, the context chooses among them), or,
 * when there is none before it (a headline), the fuller name after it if all of those
 * name one entity. Whom it follows is found here; what that entity is, is decided
 * first (the fuller name is never itself a short form of the shorter one).
 */
import { linkFormOf } from './frontMatterChoice';

/** The lower-case words of a name, as short forms are compared. */
export function tokensOf(text: string): string[] {
  return linkFormOf(text).toLowerCase().split(/[\s.]+/).filter(Boolean);
}

/** True when `short` names a person by part of `long`: its surname, or some of its words ending with the surname. */
export function isShortFormOf(short: string[], long: string[]): boolean {
  if (short.length >= long.length || short.length === 0) return false;
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 0;
  for (const word of long) if (k < short.length && short[k] === word) k++;
  return k === short.length;
}

/**
 * The fuller names a short mention may follow: every one before it, nearest first, else
 * every one after it. `tokens` holds `tokensOf` of each mention (sorted by start); returns indexes (empty
 * when the mention is no short form of any).
 */
export function fullerNames(tokens: readonly string[][], index: number): number[] {
  const short = tokens[index];
  const before: number[] = [];
  for (let j = index - 1; j >= 0; j--) if (isShortFormOf(short, tokens[j])) before.push(j);
  if (before.length > 0) return before;
  const after: number[] = [];
  for (let j = index + 1; j < tokens.length; j++) if (isShortFormOf(short, tokens[j])) after.push(j);
  return after;
}
