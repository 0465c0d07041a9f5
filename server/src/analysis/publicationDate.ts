/**
 * The publication date every relative date is resolved against (spec §1): front
 * matter first, then the metadata line, then the dateline. A dateline without a
 * year takes a year only from real evidence; otherwise the year stays `XXXX`.
 */
import { findLooseDate, matchDateline, type LooseDate } from './dateline';
import type { ArticleStructure, Notice, PublicationDate } from './types';

/** The date and, when the year is unknown, a notice the editor shows with a quick fix. */
export interface PublicationDateResult {
  date: PublicationDate;
  notice?: Notice;
}

/** Works out the publication date; `fallback` (the CLI's `--date`) applies only when the article gives none. */
export function readPublicationDate(structure: ArticleStructure, fallback?: string): PublicationDateResult {
  const front = structure.frontMatter?.fields.date;
  if (front) {
    const found = findLooseDate(front);
    if (found?.year !== undefined) {
      return { date: { value: iso(found), source: 'front-matter', span: { start: structure.frontMatter!.start, end: structure.frontMatter!.end } } };
    }
  }
  const meta = structure.metadataLine;
  const metaDate = meta ? findLooseDate(meta.text) : undefined;
  if (meta && metaDate?.year !== undefined) {
    const start = meta.start + metaDate.offset;
    return { date: { value: iso(metaDate), source: 'metadata', span: { start, end: start + metaDate.text.length } } };
  }
  const dateline = structure.dateline ? matchDateline(structure.dateline.text) : undefined;
  const lineDate = dateline?.dateText ? findLooseDate(dateline.dateText) : undefined;
  // A metadata line without a year ("Society | Sep 07") still names the month and day.
  const partial = lineDate ?? metaDate;
  if (partial) {
    const offset = lineDate ? structure.dateline!.start + (dateline!.dateOffset ?? 0) : meta!.start + metaDate!.offset;
    const span = { start: offset, end: offset + partial.text.length };
    if (partial.year !== undefined) return { date: { value: iso(partial), source: lineDate ? 'dateline' : 'metadata', span } };
    if (fallback) return { date: { value: fallback, source: 'option' } };
    const value = `XXXX-${pad(partial.month)}-${pad(partial.day)}`;
    return {
      date: { value, source: lineDate ? 'dateline' : 'metadata', span },
      notice: {
        ...span,
        code: 'unknown-year',
        message: `The article gives "${partial.text}" without a year and nothing else in it says which year, so dates resolved from it keep XXXX. Set the date in front matter to fix this.`,
      },
    };
  }
  if (fallback) return { date: { value: fallback, source: 'option' } };
  return { date: { value: null, source: 'none' } };
}

function iso(date: LooseDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
