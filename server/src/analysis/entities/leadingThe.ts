/**
 * Registered matches that begin with "the", read again: the article of a longer registered
 * name, or only the article of an entry's own name, whose namesakes are then candidates too.
 */
import type { NameMatch, Registry } from '../registry';
import { nameKeys } from '../registry/nameTokens';
import type { TextSpan } from '../types';

/**
 * An alias that begins with "the" ("the Lakes") gives way to a longer registered name that
 * begins right after its "the" ("the Lakes Rescue Team"): the matcher reads left to right, so
 * it takes the alias first, but the "the" is the article of the longer name.
 *
 * And where the "the" is only the article of an entry's own name (the country named
 * "Netherlands" with the alias "the Netherlands"), the entries that claim the bare name
 * ("Netherlands", the national hockey team) are candidates as well: "the Netherlands beat
 * Belgium" is the side. Where the bare name is not the entry's name ("River Boyne" with the
 * aliases "Boyne" and "the Boyne", beside a firm called "Boyne"), the registry wrote "the"
 * to say which, and it stands. Names are compared as the matcher compares them (apostrophe
 * styles, line breaks, capitals), and the candidates stay in file order. Only matches that
 * begin with "the" or "The" and a space are looked at again, so the cost is nil elsewhere.
 */
export function withoutLeadingThe(text: string, span: TextSpan, matches: NameMatch[], registry: Registry): NameMatch[] {
  let out: NameMatch[] | undefined;
  for (let k = 0; k < matches.length; k++) {
    const match = matches[k];
    const c = text.charCodeAt(match.start);
    if (c !== 116 && c !== 84) continue; // "t", "T"
    ARTICLE.lastIndex = match.start;
    const article = ARTICLE.exec(text);
    if (!article) continue;
    const after = match.start + article[0].length;
    const longer = registry.matcher.find(text, after, span.end)[0];
    if (!longer || longer.start !== after || longer.end < match.end) continue;
    if (longer.end === match.end) {
      // Every entry of "the X" claims X, so X's entries (in file order) include them all.
      const own = match.ids ?? [match.id];
      const bare = longer.ids ?? [longer.id];
      const form = nameKeyOf(text.slice(longer.start, longer.end));
      if (bare.length === own.length || !own.every((id) => bare.includes(id) && nameKeyOf(registry.byId.get(id)!.name) === form)) continue;
      out ??= matches.slice();
      out[out.indexOf(match)] = { start: match.start, end: match.end, id: longer.id, ids: bare };
      continue;
    }
    if (!text.startsWith('the', match.start)) continue;
    out ??= matches.slice();
    const at = out.indexOf(match);
    let until = at + 1;
    while (until < out.length && out[until].start < longer.end) until++;
    out.splice(at, until - at, longer);
  }
  return out ?? matches;
}

/** "the" or "The" and the space after it, read where a match begins (sticky). */
const ARTICLE = /the\s+/iy;

/** A name as the matcher compares names: its token keys (apostrophe styles and line breaks evened out), lower-cased for text in capitals. */
function nameKeyOf(name: string): string {
  return nameKeys(name).join(' ').toLowerCase();
}
