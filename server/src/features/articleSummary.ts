/**
 * The counts behind the status-bar item: how much the server found in the article.
 */
import type { ArticleAnalysis } from '../analysis';
import type { ArticleSummary } from '../protocol';

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
