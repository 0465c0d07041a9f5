/**
 * The CLI's warnings about an article's front-matter `links:` (issue 10): an id the
 * registry does not know (the choice is ignored and the mention decided in context),
 * or a value that is not an id or a list of ids. Warnings, not errors: the article is
 * still analysed and the exit status is unchanged.
 */
import type { ArticleAnalysis, Registry, TextSpan } from '../analysis';
import { unknownLinkIds } from '../analysis/entities/disambiguate';

/** One warning, at the offset it concerns. */
export interface LinkWarning extends TextSpan {
  message: string;
}

/** The warnings of one analysed article, in file order. */
export function frontMatterLinkWarnings(text: string, analysis: ArticleAnalysis, registry: Registry): LinkWarning[] {
  const links = analysis.structure.frontMatter?.links;
  if (!links) return [];
  const out: LinkWarning[] = links.problems.map((p) => ({ start: p.start, end: p.end, message: p.message }));
  for (const u of unknownLinkIds(links, registry)) {
    out.push({ start: u.start, end: u.end, message: `front-matter link '${u.form}: ${text.slice(u.start, u.end)}' names an id the registry does not have; it is ignored and '${u.form}' is decided in context.` });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "line L, column C" (1-based) of an offset, as the CLI's warnings say where they are. */
export function positionOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  return `line ${line}, column ${offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))}`;
}
