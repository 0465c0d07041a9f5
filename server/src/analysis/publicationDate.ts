/**
 * The publication date every relative date is resolved against (spec §1): front
 * matter first, then the metadata, byline and stamp lines at the top, then the
 * dateline. A date without a year takes a year only from real evidence in the
 * article (yearEvidence.ts); otherwise the year stays `XXXX`.
 */
import { matchDateline } from './dateline';
import { findLooseDate, impossibleIsoDate, isoOf, type LooseDate } from './looseDate';
import { choosePublished, stampDates } from './stamps';
import { yearFromEvidence } from './yearEvidence';
import type { ArticleStructure, Notice, PublicationDate, TextSpan } from './types';

/** The date and, when the year is unknown or the front-matter date is impossible, a notice the editor shows. */
export interface PublicationDateResult {
  date: PublicationDate;
  notice?: Notice;
}

/** A date found in the article, with where it is and what stands before it on its line. */
interface Located {
  date: LooseDate;
  span: TextSpan;
  source: 'metadata' | 'dateline';
  /** The text of its line before the date (a weekday printed there is evidence of the year). */
  before: string;
}

/**
 * Works out the publication date. `fallback` (the CLI's `--date`) applies only when
 * the article gives no full date; `text` is the article, needed for the evidence of
 * a missing year and for pointing at a bad front-matter date.
 */
export function readPublicationDate(structure: ArticleStructure, fallback?: string, text?: string): PublicationDateResult {
  const front = structure.frontMatter?.fields.date;
  if (front !== undefined && structure.frontMatter) {
    if (impossibleIsoDate(front)) return impossibleFrontMatterDate(structure, front, fallback, text);
    const found = findLooseDate(front);
    if (found?.year !== undefined) {
      return { date: { value: isoOf(found), source: 'front-matter', span: { start: structure.frontMatter.start, end: structure.frontMatter.end } } };
    }
  }
  const stamp = stampDate(structure);
  if (stamp?.date.year !== undefined) return { date: { value: isoOf(stamp.date), source: 'metadata', span: stamp.span } };
  const partial = datelineDate(structure) ?? stamp;
  if (!partial) return fallback ? { date: { value: fallback, source: 'option' } } : { date: { value: null, source: 'none' } };
  if (partial.date.year !== undefined) return { date: { value: isoOf(partial.date), source: partial.source, span: partial.span } };
  // The user's --date is a statement about this article; it wins over an inference from it.
  if (fallback) return { date: { value: fallback, source: 'option' } };
  const evidence = text === undefined ? undefined : yearFromEvidence(partial.date, partial.before, ledeOf(structure, text), analysedText(structure, text));
  if (evidence) {
    return { date: { value: isoOf({ ...partial.date, year: evidence.year }), source: partial.source, span: partial.span, evidence: evidence.explanation } };
  }
  return {
    date: { value: isoOf(partial.date), source: partial.source, span: partial.span },
    notice: {
      ...partial.span,
      code: 'unknown-year',
      message: `The article gives "${partial.date.text}" without a year and nothing else in it says which year, so dates resolved from it keep XXXX. Set the date in front matter to fix this.`,
    },
  };
}

/** A front-matter date that is no calendar day (`2023-02-29`): no publication date from the article, and an error to fix. */
function impossibleFrontMatterDate(structure: ArticleStructure, front: string, fallback: string | undefined, text: string | undefined): PublicationDateResult {
  const fm = structure.frontMatter!;
  let span: TextSpan = { start: fm.start, end: fm.end };
  if (text !== undefined) {
    const line = /^date[ \t]*:[ \t]*['"]?([^\r\n'"#]*?)['"]?[ \t]*(?:#.*)?$/m.exec(text.slice(fm.start, fm.end));
    if (line) {
      const start = fm.start + line.index + line[0].indexOf(line[1]);
      span = { start, end: start + line[1].length };
    }
  }
  const value = front.trim();
  return {
    date: fallback ? { value: fallback, source: 'option' } : { value: null, source: 'none' },
    notice: {
      ...span,
      code: 'invalid-date',
      message: `The front-matter date "${value}" is not a day of the calendar, so it is not used as the publication date. Correct it (YYYY-MM-DD).`,
    },
  };
}

/** The date the stamps at the top give: the published stamp over a plain date over an updated one. */
function stampDate(structure: ArticleStructure): Located | undefined {
  const lines = structure.stamps ?? (structure.metadataLine ? [structure.metadataLine] : []);
  const all = lines.flatMap((line) => stampDates(line.text).map((d) => ({ ...d, line })));
  const best = choosePublished(all);
  if (!best) return undefined;
  const start = best.line.start + best.offset;
  return { date: best, span: { start, end: start + best.text.length }, source: 'metadata', before: best.line.text.slice(0, best.offset) };
}

/** The date the dateline gives (`OSLO, June 9 (Reuters) -`), if any. */
function datelineDate(structure: ArticleStructure): Located | undefined {
  if (!structure.dateline) return undefined;
  const dateline = matchDateline(structure.dateline.text);
  const date = dateline?.dateText ? findLooseDate(dateline.dateText) : undefined;
  if (!date) return undefined;
  const start = structure.dateline.start + (dateline!.dateOffset ?? 0) + date.offset;
  return {
    date,
    span: { start, end: start + date.text.length },
    source: 'dateline',
    before: structure.dateline.text.slice(0, start - structure.dateline.start),
  };
}

/** The paragraph the dateline opens (or the first body paragraph): where the dateline's day is reported. */
function ledeOf(structure: ArticleStructure, text: string): string {
  const first = structure.paragraphs[0];
  return first ? text.slice(first.start, first.end) : '';
}

/** Headline and body: where the article names years (not its boilerplate, not its stamps). */
function analysedText(structure: ArticleStructure, text: string): string {
  const spans = structure.headline ? [structure.headline, ...structure.paragraphs] : structure.paragraphs;
  return spans.map((s) => text.slice(s.start, s.end)).join('\n');
}
