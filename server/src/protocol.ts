/**
 * Custom messages between the News Lens client and server, declared once here and
 * imported by both sides so their shapes cannot drift apart.
 */

/** Request: the counts shown in the status bar for one article. */
export const ARTICLE_SUMMARY_REQUEST = 'newsLens/articleSummary';

/** Parameters of {@link ARTICLE_SUMMARY_REQUEST}. */
export interface ArticleSummaryParams {
  uri: string;
}

/** Result of {@link ARTICLE_SUMMARY_REQUEST}; null when the server has not seen the document. */
export interface ArticleSummary {
  entities: number;
  /** Distinct entities (mentions of one entity count once). */
  distinctEntities: number;
  dates: number;
  quotes: number;
  publicationDate: string | null;
  /** True when the file was over `newsLens.maxFileSize` and only its layout was read. */
  truncated: boolean;
}
