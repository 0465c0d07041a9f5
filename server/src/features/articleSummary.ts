/**
 * The counts behind the status-bar item: how much the server found in the article, and
 * the tooltip that says so in words (singulars, the publication date as the hover writes it).
 */
import type { ArticleAnalysis } from '../analysis';
import { type ArticleSummary, type ArticleSummaryParams } from '../protocol';
import type { ServiceContext } from '../service/context';
import { throwIfCancelled, type Cancellation } from '../service/cancellation';
import { plainDate } from '../wording/dateWords';
import { count } from '../wording/count';

/** Summarises an analysis for the status bar; `locale` is the language its date is written in. */
export function articleSummary(analysis: ArticleAnalysis, locale = 'en'): ArticleSummary {
  const summary = {
    entities: analysis.entities.length,
    distinctEntities: new Set(analysis.entities.map((e) => e.entityId)).size,
    dates: analysis.dates.length,
    quotes: analysis.quotes.length,
    publicationDate: analysis.publicationDate.value,
    truncated: analysis.notices.some((n) => n.code === 'too-large'),
  };
  const date = summary.publicationDate ? `Published ${plainDate({ value: summary.publicationDate }, locale)}` : 'No publication date found';
  const tooltip = summary.truncated
    ? 'This article is larger than newsLens.maxFileSize: only its layout is shown.'
    : `${count(summary.entities, 'entity mention')} (${count(summary.distinctEntities, 'entity', 'entities')}), ${count(summary.dates, 'date')}, ` +
      `${count(summary.quotes, 'quotation')}\n${date}`;
  return { ...summary, tooltip };
}

/** The provider of `ARTICLE_SUMMARY_REQUEST`, the status bar's counts. */
export function create(ctx: ServiceContext): (params: ArticleSummaryParams, token: Cancellation) => ArticleSummary | null {
  return (params, token) => {
    throwIfCancelled(token);
    const open = ctx.article(params.uri);
    return open ? articleSummary(open.analysis, ctx.locale) : null;
  };
}
