/**
 * Spans written as the text they cover, for tests of the context readers (cue.ts, role.ts,
 * placeKind.ts): each takes the text and a mention's span, and the tests name the mention.
 */
import type { TextSpan } from '../../server/src/analysis';
import { cueOf } from '../../server/src/analysis/entities/disambiguate/cue';

/** The span of the first occurrence of `name` in `text` at or after `from`. */
export function spanOf(text: string, name: string, from = 0): TextSpan {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length };
}

/** The cue of the first occurrence of `name` in `text`. */
export function cueAt(text: string, name: string) {
  return cueOf(text, spanOf(text, name));
}
