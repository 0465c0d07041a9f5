/**
 * The one entry point of the analysis core: text in, plain data out. The server,
 * the CLI, the evaluations and the benchmarks all call this, so they all see the
 * same article.
 */
import { readStructure } from './structure';
import { readPublicationDate } from './publicationDate';
import { findEntities } from './entities';
import type { LinkStrategy } from './entities/disambiguate';
import { datelineCity, datelineRegion, stampCity, withDatelinePlace } from './entities/datelinePlace';
import { distinctIds } from './entities/distinctIds';
import { findDates } from './dates';
import { findQuotes } from './quotes';
import { datesClearOfNames } from './namesAndDates';
import { EMPTY_REGISTRY, type Registry } from './registry';
import type { AnalysisMemo } from './memo';
import type { ArticleAnalysis, Notice, TextSpan } from './types';

/** What the caller knows that the text does not say. */
export interface AnalyzeOptions {
  /** The registry in force; the empty registry when omitted. */
  registry?: Registry;
  /** Publication date (`YYYY-MM-DD`) to use when the article gives none (the CLI's `--date`). */
  publicationDate?: string;
  /** Texts longer than this (in UTF-16 units) get structure only, with a notice. */
  maxLength?: number;
  /**
   * Remembers per-paragraph work between analyses of the same document (the editor
   * passes one per open document), so a keystroke re-analyses only what it touched.
   * The result is the same with or without it.
   */
  memo?: AnalysisMemo;
  /**
   * False leaves dates out of the result (the workspace index needs names and quotes only).
   * They are still found, since no name may overlap one.
   */
  dates?: boolean;
  /** How names several registry entries share are decided: in context (the default), or an evaluation baseline. */
  linkStrategy?: LinkStrategy;
}

/** Analyses one article. Never throws on any input text. */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const registry = options.registry ?? EMPTY_REGISTRY;
  options.memo?.begin();
  const structure = readStructure(text);
  const { date: publicationDate, notice } = readPublicationDate(structure, options.publicationDate, text);
  const notices: Notice[] = notice ? [notice] : [];
  if (options.maxLength !== undefined && text.length > options.maxLength) {
    // Whole-file notice at offset 0: first, so notices stay sorted by start as on the normal path.
    notices.unshift({ start: 0, end: 0, code: 'too-large', message: `This file is larger than the newsLens.maxFileSize limit, so only its layout is shown.` });
    return { structure, publicationDate, entities: [], dates: [], quotes: [], notices };
  }
  const spans: TextSpan[] = structure.headline ? [structure.headline, ...structure.paragraphs] : structure.paragraphs;
  // Dates first: a name never overlaps a date (namesAndDates.ts), so the names need them even when
  // the caller wants names only; the dates that lie inside a longer name then give way to it.
  const allDates = findDates(text, spans, publicationDate.value, { memo: options.memo });
  // The dateline's city (or a "LONDON 1996-08-30" stamp's) is read with the names (never with the dates or quotes) and is always a place.
  const stamp = structure.dateline ? undefined : stampCity(structure.stamps);
  const city = structure.dateline ? datelineCity(text, structure.dateline) : stamp?.city;
  // Its state or country (", Iowa -", a stamp's ", Calif") is a place as well.
  const region = structure.dateline ? datelineRegion(text, structure.dateline, city) : stamp?.region;
  const extra = [city, region].filter((s): s is TextSpan => s !== undefined);
  const nameSpans = extra.length ? [...spans, ...extra].sort((a, b) => a.start - b.start) : spans;
  const found = findEntities(text, nameSpans, registry, options.memo, {
    links: structure.frontMatter?.links,
    dateline: structure.dateline,
    dates: allDates,
    strategy: options.linkStrategy,
  });
  const entities = distinctIds(withDatelinePlace(text, withDatelinePlace(text, found, city), region), registry);
  const dates = options.dates === false ? [] : datesClearOfNames(allDates, entities);
  // findQuotes reads an empty paragraph list as "split the whole text", which would find quotes in the
  // headline, metadata and boilerplate of an article with no body; no body means no quotes.
  const quoteResult =
    structure.paragraphs.length > 0 ? findQuotes(text, structure.paragraphs, entities, registry.roles, false, options.memo) : { quotes: [], notices: [] };
  // A loop, not push(...spread): a page of stray quote marks gives more notices than the call stack holds arguments.
  for (const n of quoteResult.notices) notices.push(n);
  notices.sort((a, b) => a.start - b.start);
  return { structure, publicationDate, entities, dates, quotes: quoteResult.quotes, notices };
}
