/**
 * The reader's choices written in the article's front matter (`links:`), applied to
 * the mentions they name. A key is a mention's surface form as written, possessive
 * stripped; a mention takes the key spelled exactly like it, else one spelled like it
 * but for case. A single id applies to every mention of the form; a list applies its
 * n-th item to the n-th mention of the form (document order), `~` and positions past the
 * list's end leaving the choice to the scorer. An id the registry does not know is
 * ignored here (the editor and the CLI warn about it: see `unknownLinkIds`).
 */
import type { Registry } from '../../registry';
import type { EntityMention, FrontMatterLink, FrontMatterLinks, TextSpan } from '../../types';

/** A mention's surface form as front-matter keys write it: its text without a final possessive. */
export function linkFormOf(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/['’]s?$/, '');
}

/**
 * The front-matter entry each mention falls under, with the mention's position among the
 * mentions of that entry (0-based, document order). Mentions must be sorted by start.
 * The editor uses this to know which list item a "link this one only" edit must set.
 */
export function linkOccurrences(
  mentions: readonly EntityMention[],
  links: FrontMatterLinks,
): Map<EntityMention, { link: FrontMatterLink; occurrence: number }> {
  const exact = new Map<string, FrontMatterLink>();
  const folded = new Map<string, FrontMatterLink>();
  for (const link of links.entries) {
    if (!exact.has(link.form)) exact.set(link.form, link);
    if (!folded.has(link.form.toLowerCase())) folded.set(link.form.toLowerCase(), link);
  }
  const out = new Map<EntityMention, { link: FrontMatterLink; occurrence: number }>();
  if (exact.size === 0) return out;
  const seen = new Map<FrontMatterLink, number>();
  for (const m of mentions) {
    const form = linkFormOf(m.text);
    const link = exact.get(form) ?? folded.get(form.toLowerCase());
    if (!link) continue;
    const occurrence = seen.get(link) ?? 0;
    seen.set(link, occurrence + 1);
    out.set(m, { link, occurrence });
  }
  return out;
}

/** The entry id the front matter chooses for each mention it decides (known ids only). */
export function frontMatterChoices(mentions: readonly EntityMention[], links: FrontMatterLinks | undefined, registry: Registry): Map<EntityMention, string> {
  const out = new Map<EntityMention, string>();
  if (!links || links.entries.length === 0) return out;
  for (const [m, { link, occurrence }] of linkOccurrences(mentions, links)) {
    const id = link.all ? link.all.id : link.each?.[occurrence]?.id;
    if (id && registry.byId.has(id)) out.set(m, id);
  }
  return out;
}

/** An id in the front matter's `links` that the registry does not have, with where it is written. */
export interface UnknownLinkId extends TextSpan {
  form: string;
  id: string;
}

/** Every front-matter link id the registry does not know, in file order (for a warning on each). */
export function unknownLinkIds(links: FrontMatterLinks | undefined, registry: Registry): UnknownLinkId[] {
  const out: UnknownLinkId[] = [];
  for (const link of links?.entries ?? []) {
    const values = link.all ? [link.all] : (link.each ?? []);
    for (const { id, span } of values) if (id !== null && !registry.byId.has(id)) out.push({ form: link.form, id, start: span.start, end: span.end });
  }
  return out;
}
