/**
 * The counts behind the status-bar item: how much the server found in the article.
 */
import type { ArticleAnalysis } from '../analysis';
import { ARTICLE_SUMMARY_REQUEST, type ArticleSummary, type ArticleSummaryParams } from '../protocol';
import type { ServerContext } from '../context';
import type { CancellationToken } from 'vscode-languageserver';
import { cancellable } from '../cancellable';
import { throwIfCancelled } from '../service/cancellation';

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

/** Answers the status bar's request. */
export function register(ctx: ServerContext): void {
  ctx.connection.onRequest(
    ARTICLE_SUMMARY_REQUEST,
    cancellable((params: ArticleSummaryParams, token: CancellationToken): ArticleSummary | null => {
      throwIfCancelled(token);
      const open = ctx.article(params.uri);
      return open ? articleSummary(open.analysis) : null;
    }),
  );
  // Lets the client (and its tests) find the server process, e.g. to check crash recovery.
  ctx.connection.onRequest('newsLens/processId', () => process.pid);
}
