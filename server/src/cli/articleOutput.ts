/**
 * One article of `news-lens analyze` from input to printed text: read (a file) or
 * parsed (a JSON Lines record), analysed, formatted. Returns what to print instead
 * of printing it, so the one-thread loop, the worker threads of `--jobs` and
 * `--stdin` all produce byte-identical output and the caller only decides the order.
 */
import { analyzeArticle, LineIndex, type ArticleAnalysis, type Registry } from '../analysis';
import { calendarDate, type Format, MAX_FILE_SIZE_OPTION, UsageError } from './args';
import { frontMatterLinkWarnings } from './linkWarnings';
import { toArticleJson, toBrat, toConll, type ArticleJson } from './output';
import { readArticle, readStandardInput } from './readArticle';
import { isStdin } from './readRegistry';

/** What one article prints: stderr first, then stdout; `json` is the article of `--format json`, printed at the end. */
export interface ArticleOutput {
  status: 0 | 1;
  stdout: string;
  stderr: string;
  json?: ArticleJson;
}

/** How every article of one run is printed. */
export interface OutputOptions {
  format: Format;
  /** `--date`: the publication date when an article gives none. */
  date?: string;
  /** More than one file was named (brat then heads each article with `# FILE`). */
  multiple: boolean;
  /** `--max-file-size`: the longest article analysed, in characters; a longer one is an error. */
  maxFileSize: number;
}

/** Reads, analyses and formats one article file. */
export function fileOutput(file: string, registry: Registry, options: OutputOptions): ArticleOutput {
  // `-` and `/dev/stdin` read standard input, even a pipe (args.ts lets only one argument name it).
  const read = readArticle(file, { maxChars: options.maxFileSize, name: MAX_FILE_SIZE_OPTION }, isStdin(file) ? readStandardInput : undefined);
  if ('error' in read) return { status: 1, stdout: '', stderr: `news-lens: ${file}: ${read.error}\n` };
  let stderr = read.warning ? `news-lens: ${file}: ${read.warning}\n` : '';
  const analysis = analyzeArticle(read.text, { registry, publicationDate: options.date });
  stderr += warnings(read.text, analysis, registry, file, (at) => `${file}:${at}`);
  let stdout = '';
  let json: ArticleJson | undefined;
  if (options.format === 'brat') stdout = options.multiple ? `# ${file}\n${toBrat(read.text, analysis)}` : toBrat(read.text, analysis);
  else if (options.format === 'conll') stdout = `# ${file}\n${toConll(read.text, analysis)}\n`;
  else if (options.format === 'jsonl') stdout = `${JSON.stringify(toArticleJson(file, analysis))}\n`;
  else json = toArticleJson(file, analysis);
  return { status: 0, stdout, stderr, json };
}

/** Front matter that cannot be used, an impossible front-matter date and the front-matter link warnings, one a line. */
function warnings(text: string, analysis: ArticleAnalysis, registry: Registry, name: string, at: (position: string) => string): string {
  let out = '';
  // An impossible front-matter date is the user's to fix; the article is still analysed without it.
  for (const n of analysis.notices) if (n.code === 'invalid-date') out += `news-lens: ${name}: ${n.message}\n`;
  // Front matter that does not parse gives no date and no links: said at the YAML error, never silently.
  const frontMatterError = analysis.structure.frontMatter?.error;
  const linkWarnings = [...(frontMatterError ? [frontMatterError] : []), ...frontMatterLinkWarnings(text, analysis, registry)];
  if (linkWarnings.length > 0) {
    const lines = new LineIndex(text);
    for (const warning of linkWarnings) {
      const p = lines.positionAt(warning.start);
      out += `${at(`${p.line + 1}:${p.character + 1}`)}: warning: ${warning.message}\n`;
    }
  }
  return out;
}

/**
 * The longest `--stdin` line read, in bytes: the longest article analysed
 * (`--max-file-size` UTF-16 units), JSON-escaped at worst 6 bytes a unit (`\u0001`; a
 * character written as UTF-8 takes at most 3 a unit), plus room for the id and the
 * date. A longer line is skipped with an error result, so memory stays bounded.
 */
export function maxStdinLine(maxFileSize: number): number {
  return maxFileSize * 6 + 65_536;
}

/** A `--stdin` record's id: a string or a number, as the user's archive names its articles. */
export type RecordId = string | number;

/** `value` as a record's id (a string, or a finite number), else null. */
export function recordIdOf(value: unknown): RecordId | null {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : null;
}

/**
 * One `--stdin` line (`{"id": …, "text": …, "date"?: "YYYY-MM-DD"}`, `lineNumber`
 * counted from 1) to one JSON Lines result: the spec's article with `id` where a
 * file's article has `file`, or `{"id", "line", "error"}` for a record that cannot be
 * analysed (also said on stderr, and the exit status becomes 1). Never throws.
 */
export function recordOutput(line: string, lineNumber: number, registry: Registry, options: OutputOptions): ArticleOutput {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return recordError(null, lineNumber, `not a JSON object (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return recordError(null, lineNumber, 'not a JSON object; each line must be {"id": …, "text": …}');
  const fields = record as Record<string, unknown>;
  const id = recordIdOf(fields.id);
  if (id === null) return recordError(null, lineNumber, '"id" is missing or not a string or a number');
  if (typeof fields.text !== 'string') return recordError(id, lineNumber, '"text" is missing or not a string');
  if (fields.text.length > options.maxFileSize)
    return recordError(
      id,
      lineNumber,
      `"text" is ${fields.text.length} characters long, over the ${options.maxFileSize}-character limit of ${MAX_FILE_SIZE_OPTION}`,
    );
  let recordDate = options.date;
  if (fields.date !== undefined && fields.date !== null) {
    if (typeof fields.date !== 'string') return recordError(id, lineNumber, '"date" must be a string YYYY-MM-DD');
    try {
      recordDate = calendarDate(fields.date);
    } catch (error) {
      return recordError(
        id,
        lineNumber,
        error instanceof UsageError ? error.message.replace(/^--date /, '"date" ').replace(/^--date takes/, '"date" takes') : String(error),
      );
    }
  }
  const analysis = analyzeArticle(fields.text, { registry, publicationDate: recordDate });
  const name = `stdin line ${lineNumber} (id ${JSON.stringify(id)})`;
  const stderr = warnings(fields.text, analysis, registry, name, (at) => `${name}:${at}`);
  // The spec's article with `id` in the place of `file`, the other fields in their order.
  const article: Partial<ArticleJson> = toArticleJson('', analysis);
  delete article.file;
  return { status: 0, stdout: `${JSON.stringify({ id, ...article })}\n`, stderr };
}

/** The error result of a record, and its line on stderr. */
export function recordError(id: RecordId | null, lineNumber: number, message: string): ArticleOutput {
  return { status: 1, stdout: `${JSON.stringify({ id, line: lineNumber, error: message })}\n`, stderr: `news-lens: stdin line ${lineNumber}: ${message}\n` };
}

/** The error result of a `--stdin` line skipped for its length. */
export function tooLongLine(lineNumber: number, maxFileSize: number): ArticleOutput {
  return recordError(
    null,
    lineNumber,
    `the line is longer than ${maxStdinLine(maxFileSize)} bytes (${MAX_FILE_SIZE_OPTION} ${maxFileSize}, JSON-escaped); it was skipped`,
  );
}
