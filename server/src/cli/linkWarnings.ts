/**
 * The CLI's warnings about an article's front-matter `links:` (issue 10): an id the
 * registry does not know (the choice is ignored and the mention decided in context),
 * or a value that is not an id or a list of ids. Warnings, not errors: the article is
 * still analysed and the exit status is unchanged.
 */
import type { ArticleAnalysis, Registry, TextSpan } from '../analysis';
import { unknownLinkIds } from '../analysis';

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
    out.push({
      start: u.start,
      end: u.end,
      message: `front-matter link '${u.form}: ${text.slice(u.start, u.end)}' names an id the registry does not have; it is ignored and '${u.form}' is decided in context.`,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
