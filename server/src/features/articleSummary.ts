/**
 * The counts behind the status-bar item: how much the server found in the article.
 */
import type { ArticleAnalysis } from '../analysis';
import { type ArticleSummary, type ArticleSummaryParams } from '../protocol';
import type { ServiceContext } from '../service/context';
import { throwIfCancelled, type Cancellation } from '../service/cancellation';

/** Summarises an analysis for the status bar. */
export function articleSummary(analysis: ArticleAnalysis): ArticleSummary {
  return {
    entities: analysis.entities.length,
    distinctEntities: new Set(analysis.entities.map((e) => e.entityId)).size,
    dates: analysis.dates.length,
    quotes: analysis.quotes.length,
    publicationDate: analysis.publicationDate.value,
    truncated: analysis.notices.some((n) => n.code === 'too-large'),
  };
}

/** The provider of `ARTICLE_SUMMARY_REQUEST`, the status bar's counts. */
export function create(ctx: ServiceContext): (params: ArticleSummaryParams, token: Cancellation) => ArticleSummary | null {
  return (params, token) => {
    throwIfCancelled(token);
    const open = ctx.article(params.uri);
    return open ? articleSummary(open.analysis) : null;
  };
}
