/**
 * When an article has no publication date, relative dates ("on Thursday", "last
 * week") cannot be resolved and get no inlay hint. One code lens on the first line
 * says so and runs the client's `newsLens.setPublicationDate`, which writes the date
 * to the front matter; the lens goes once the date is known.
 */
import type { CodeLens } from 'vscode-languageserver-protocol';
import type { OpenArticle } from '../service/context';

/** The lens title when the article gives no date at all. */
export const NO_DATE_TITLE = 'No publication date: relative dates cannot be resolved — Set Publication Date…';
/** The lens title when the article gives a day and month but no year (a dateline "Sept. 19"). */
export const NO_YEAR_TITLE = 'No publication year: relative dates cannot be resolved — Set Publication Date…';

/**
 * The date `newsLens.setPublicationDate` starts its input box from, when the article gives a
 * day and month but no year (a dateline "Sept. 19"): that day and month in the current year.
 * The client selects the year, so the reader types it rather than accepting a guess with Enter.
 * Undefined when the article gives no day either: the client then starts from today. The lens
 * and the unknown-year quick fix both pass it, so they offer the same date.
 */
export function suggestedPublicationDate(open: OpenArticle): string | undefined {
  const md = /^XXXX-(\d{2})-(\d{2})$/.exec(open.analysis.publicationDate.value ?? '');
  return md ? `${new Date().getFullYear()}-${md[1]}-${md[2]}` : undefined;
}

/** The lens of an open article: one on line 0 when its publication date (or year) is unknown, else none. */
export function publicationDateLenses(uri: string, open: OpenArticle): CodeLens[] {
  const value = open.analysis.publicationDate.value;
  if (value !== null && !value.startsWith('XXXX')) return [];
  const suggested = suggestedPublicationDate(open);
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [
    {
      range,
      command: {
        title: value === null ? NO_DATE_TITLE : NO_YEAR_TITLE,
        command: 'newsLens.setPublicationDate',
        arguments: suggested ? [uri, suggested] : [uri],
      },
    },
  ];
}
