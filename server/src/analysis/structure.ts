/**
 * Reads the layout of an article the way an editor does: front matter, headline,
 * metadata line, dateline, body paragraphs and trailing boilerplate. Only body
 * paragraphs are analysed; the rest is shown for what it is.
 */
import { readFrontMatter } from './frontMatter';
import { isMetadataLine, matchDateline, stampPlace, type Dateline } from './dateline';
import { isBoilerplateMarker } from './boilerplate';
import { readStampLine } from './stamps';
import { isBlank, paragraphsOf, splitLines, type Line } from './lines';
import type { ArticleStructure, TextSpan } from './types';
import { WIRE_SLUG_OPENING } from './wireSlug';

/** A headline is one short line that does not read like a body sentence. */
const MAX_HEADLINE = 200;

/** A `---` fence on the first line, then a `key: value` line, and no closing fence (readFrontMatter found none). */
const UNCLOSED_FRONT_MATTER = /^---[ \t]*\r?\n[ \t]*[A-Za-z_][\w-]*[ \t]*:/;
const UNCLOSED_MESSAGE =
  'This front matter is never closed: add a line `---` after its fields. Until then they are read as article text, not as front matter, so its links, title, source and url do nothing.';

/** Splits an article into its parts. Works on any text, including text with none of the parts. */
export function readStructure(text: string): ArticleStructure {
  const frontMatter = readFrontMatter(text);
  const lines = splitLines(text, frontMatter?.bodyStart ?? 0);
  const structure: ArticleStructure = { paragraphs: [] };
  if (frontMatter) {
    structure.frontMatter = { start: frontMatter.start, end: frontMatter.end, fields: frontMatter.fields };
    if (frontMatter.links) structure.frontMatter.links = frontMatter.links;
    if (frontMatter.error) structure.frontMatter.error = frontMatter.error;
  } else if (UNCLOSED_FRONT_MATTER.test(text)) {
    // Opened and never closed: the text is read as the article, as before, but the reader is told why its fields do nothing.
    const fence = { start: 0, end: 3 };
    structure.frontMatter = { ...fence, fields: {}, error: { ...fence, message: UNCLOSED_MESSAGE } };
  }

  const boilerplateLine = lines.findIndex((line) => isBoilerplateMarker(line.text));
  const articleLines = boilerplateLine >= 0 ? lines.slice(0, boilerplateLine) : lines;
  if (boilerplateLine >= 0) {
    structure.boilerplate = { start: lines[boilerplateLine].start, end: text.length };
  }

  let bodyFrom = 0;
  const stamps: (TextSpan & { text: string })[] = [];
  for (let i = 0; i < articleLines.length && i < HEADER_LINES; i++) {
    const line = articleLines[i];
    if (isBlank(line)) continue;
    if (isMetadataLine(line.text) || readStampLine(line.text).furniture) {
      stamps.push(trimmedSpan(line));
      bodyFrom = i + 1;
    } else if (!structure.headline && looksLikeHeadline(line, articleLines, i)) {
      structure.headline = trimmedSpan(line);
      bodyFrom = i + 1;
    } else break;
  }
  const bodyLines = articleLines.slice(bodyFrom);
  for (const i of laterStamps(bodyLines)) {
    stamps.push(trimmedSpan(bodyLines[i]));
    bodyLines[i] = { start: bodyLines[i].start, end: bodyLines[i].start, text: '' };
  }
  if (stamps.length > 0) {
    structure.metadataLine = stamps[0];
    structure.stamps = stamps;
  }

  const paragraphs = paragraphsOf(bodyLines);
  // A header stamp that names a place ("LONDON 1996-08-30") is the story's dateline: a dateline after it may
  // only open the body, so a market report's "GERMANY - Bunds extended losses…" is no dateline.
  const placeStamped = stamps.some((s) => stampPlace(s.text) !== undefined);
  const found = firstDateline(text, paragraphs, placeStamped ? 1 : DATELINE_PARAGRAPHS);
  if (found) {
    const { index: datelineIndex, dateline } = found;
    const p = paragraphs[datelineIndex];
    const end = p.start + dateline.length;
    structure.dateline = { start: p.start, end: trimEnd(text, p.start, end), text: text.slice(p.start, trimEnd(text, p.start, end)) };
    // Lines between the headline and the dateline are page chrome ("Video PlayerClose"), not story text; but a wire
    // slug's headline under a section's label ("SPORT IN BRIEF", then "Rugby-Uruguay pick …") is the story's own.
    const slugHeadlines = paragraphs.slice(0, datelineIndex).filter((q) => WIRE_SLUG_HEADLINE.test(text.slice(q.start, q.end)));
    structure.paragraphs = [...slugHeadlines, { start: end, end: p.end }, ...paragraphs.slice(datelineIndex + 1)].filter((s) => s.end > s.start);
  } else {
    structure.paragraphs = paragraphs;
  }
  return structure;
}

/** One line that opens with a wire slug, a topic and a hyphen before the headline ("Rugby-Uruguay pick uncapped flanker"). */
const WIRE_SLUG_HEADLINE = new RegExp(`^${WIRE_SLUG_OPENING}[^\\n]*$`, 'u');

/** How many paragraphs of page chrome ("Video PlayerClose", a standfirst) may come before the dateline. */
const DATELINE_PARAGRAPHS = 6;

/**
 * The paragraph that opens with the dateline (its index) and the dateline, if any, among the first `within`
 * paragraphs. Page chrome and a standfirst may come first, but not the story itself: the search stops at the second paragraph of prose,
 * so a "England: Mike Atherton (captain), …" team list under three paragraphs of a match
 * report is not taken for a dateline (which would drop the report above it from the body).
 */
function firstDateline(text: string, paragraphs: readonly TextSpan[], within: number): { index: number; dateline: Dateline } | undefined {
  let prose = 0;
  for (let i = 0; i < paragraphs.length && i < within && prose < 2; i++) {
    const paragraph = text.slice(paragraphs[i].start, paragraphs[i].end);
    const dateline = matchDateline(paragraph);
    if (dateline) return { index: i, dateline };
    if (isProse(paragraph)) prose++;
  }
  return undefined;
}

/** How far down the header (headline, bylines, stamps) may reach. */
const HEADER_LINES = 15;
/** Lines after the header still searched for a stamp ("standfirst, byline, date" layouts). */
const LATER_STAMP_LINES = 6;

/**
 * Indexes of byline and stamp lines among the first few lines after the header
 * (a standfirst or a photo caption may come first). The search stops at the
 * dateline and after the second line of story prose: a stamp further down is not
 * the page's own.
 */
function laterStamps(lines: Line[]): number[] {
  const found: number[] = [];
  let seen = 0;
  let prose = 0;
  for (let i = 0; i < lines.length && seen < LATER_STAMP_LINES && prose < 2; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    seen++;
    if (matchDateline(line.text.trimStart())) break;
    if (readStampLine(line.text).furniture) found.push(i);
    else if (isProse(line.text)) prose++;
  }
  return found;
}

/** A line of story prose: a long line, or one that ends a sentence. */
function isProse(line: string): boolean {
  const t = line.trim();
  return t.length > 120 || /[.!?]["'”’]?$/.test(t);
}

/** The first short line followed by a blank line (or by the metadata line) is the headline. */
function looksLikeHeadline(line: Line, lines: Line[], index: number): boolean {
  const trimmed = line.text.trim();
  if (trimmed.length > MAX_HEADLINE || matchDateline(trimmed)) return false;
  const next = lines[index + 1];
  return next === undefined || isBlank(next) || isMetadataLine(next.text) || matchDateline(next.text) !== undefined || readStampLine(next.text).furniture;
}

function trimmedSpan(line: Line): TextSpan & { text: string } {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { start: line.start + lead, end: line.start + lead + text.length, text };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
