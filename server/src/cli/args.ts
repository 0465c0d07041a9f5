/**
 * Command-line parsing for `news-lens analyze` and `news-lens check` (spec §4).
 * Hand-written because the grammar is a few options long; errors become a message
 * and exit status 2.
 */
import { daysInMonth } from '../analysis';
import { DEFAULT_SETTINGS } from '../settings';
import { isStdin } from './readRegistry';

/** Output formats of `analyze`. */
export const FORMATS = ['json', 'jsonl', 'brat', 'conll'] as const;

/** One of the output formats of `analyze`. */
export type Format = (typeof FORMATS)[number];

/** Output formats of `check`: compiler-style lines, or one JSON document for tools. */
export const CHECK_FORMATS = ['text', 'json'] as const;

/** A parsed `analyze` invocation. */
export interface AnalyzeArgs {
  command: 'analyze';
  registries: string[];
  format: Format;
  date?: string;
  files: string[];
  /** `--jobs N`: worker threads; undefined means one per core but one (see pool.ts, and main.ts for small batches). */
  jobs?: number;
  /** `--stdin`: read JSON Lines records from standard input instead of files. */
  stdin: boolean;
  /** `--max-file-size N`: the longest article analysed, in characters (UTF-16 units); the editor's default when not given. */
  maxFileSize: number;
}

/** The option that sets the CLI's article size limit; messages name it, since a CLI user cannot change an editor setting. */
export const MAX_FILE_SIZE_OPTION = '--max-file-size';

/** The largest `--max-file-size`: a `--stdin` line of that many characters, JSON-escaped, must still fit in one JavaScript string. */
export const MAX_FILE_SIZE_CEILING = 50_000_000;

/** A parsed `check` invocation; `files` is empty when none were named (the folder's own registry is meant). */
export interface CheckArgs {
  command: 'check';
  format: (typeof CHECK_FORMATS)[number];
  files: string[];
}

/** The usage text printed on bad usage and for `--help`. */
export const USAGE = `Usage: news-lens analyze [--registry FILE]... [--format json|jsonl|brat|conll] [--date YYYY-MM-DD] [--jobs N] [--max-file-size N] FILE...
       news-lens analyze --stdin [--registry FILE]... [--date YYYY-MM-DD] [--jobs N] [--max-file-size N] < ARTICLES.jsonl
       news-lens check [--format text|json] [REGISTRY...]

analyze: marks entities, dates and quotations with their speakers in news articles.
  FILE              an article, UTF-8 text; - (or /dev/stdin) reads one from standard input
  --registry FILE   an entity registry (YAML or JSON), - for standard input; repeat for more. Its problems are
                    printed on stderr; entries with errors are left out, the rest is used. A registry
                    over 20 MB is refused.
  --format F        json (default), jsonl (one article per line), brat (standoff .ann, offsets in code points), conll (tokens with IOB tags)
  --date D          publication date to use when an article gives none
  --jobs N          worker threads (default: one per core but one); the output is the same as with 1
  --max-file-size N the longest article analysed, in characters (default ${DEFAULT_SETTINGS.maxFileSize}, at most
                    ${MAX_FILE_SIZE_CEILING}); a longer file or --stdin text is refused with an error
  --stdin           read JSON Lines, one article a line: {"id": …, "text": …, "date"?: "YYYY-MM-DD"};
                    write one JSON Lines result a line in the same order ({"id": …, "publicationDate": …,
                    "entities": …}, or {"id", "line", "error"} for a line that cannot be analysed, such as
                    one that is not valid UTF-8; blank lines are skipped). Memory stays bounded however
                    long the stream, so an archive can be sharded with GNU parallel --pipe, Spark's
                    RDD.pipe or Hadoop streaming.
  Exit status: 0 when every article was read, 1 when a file or a line cannot be read, 2 on bad usage.

check: validates registries as the editor does (default: entities.yaml, .yml or .json here)
and prints FILE:LINE:COL: error|warning|info: MESSAGE, or with --format json one JSON document.
Names several entries share are info, not errors. For pre-commit hooks and CI.
  Exit status: 0 when no file has an error, 1 on any error or unreadable file, 2 on bad usage.`;

/** Thrown for bad usage; the message says what was wrong. `brief` errors print one line, without the usage. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly brief = false,
  ) {
    super(message);
  }
}

/** Parses `argv` (without node and the script). */
export function parseArgs(argv: string[]): AnalyzeArgs | CheckArgs | 'help' {
  if (argv.length === 0) throw new UsageError('No command given.');
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return 'help';
  if (argv[0] !== 'analyze' && argv[0] !== 'check') throw new UsageError(`Unknown command "${argv[0]}". The commands are "analyze" and "check".`);
  const analyze: AnalyzeArgs = { command: 'analyze', registries: [], format: 'json', files: [], stdin: false, maxFileSize: DEFAULT_SETTINGS.maxFileSize };
  let formatGiven = false;
  const check: CheckArgs = { command: 'check', format: 'text', files: [] };
  const files = argv[0] === 'check' ? check.files : analyze.files;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--format') {
      const format = value();
      const allowed: readonly string[] = argv[0] === 'check' ? CHECK_FORMATS : FORMATS;
      if (!allowed.includes(format)) throw new UsageError(`Unknown format "${format}" for ${argv[0]}. Use one of: ${allowed.join(', ')}.`, true);
      if (argv[0] === 'check') check.format = format as CheckArgs['format'];
      else analyze.format = format as Format;
      formatGiven = true;
    } else if (argv[0] === 'analyze' && flag === '--registry') analyze.registries.push(value());
    else if (argv[0] === 'analyze' && flag === '--date') analyze.date = calendarDate(value());
    else if (argv[0] === 'analyze' && flag === '--jobs') analyze.jobs = jobCount(value());
    else if (argv[0] === 'analyze' && flag === MAX_FILE_SIZE_OPTION) analyze.maxFileSize = fileSizeLimit(value());
    else if (argv[0] === 'analyze' && flag === '--stdin' && inline === undefined) analyze.stdin = true;
    else if (flag === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`Unknown option "${flag}" for ${argv[0]}.`);
    else files.push(arg);
  }
  if (argv[0] === 'check') return check;
  // `-` and `/dev/stdin` read standard input, for an article as for a registry, and so does --stdin; it can be read only once.
  const fromStdin = [
    ...(analyze.stdin ? ['--stdin'] : []),
    ...analyze.registries.filter(isStdin).map((r) => `--registry ${r}`),
    ...analyze.files.filter(isStdin),
  ];
  if (fromStdin.length > 1)
    throw new UsageError(
      `standard input can be read only once, but ${fromStdin.join(' and ')} ${fromStdin.length === 2 ? 'both' : 'all'} name it.${analyze.stdin ? '' : ' Use --stdin for many articles from standard input.'}`,
      true,
    );
  if (analyze.stdin) {
    if (analyze.files.length > 0) throw new UsageError(`--stdin reads the articles from standard input; do not name files too (${analyze.files[0]}).`, true);
    if (formatGiven && analyze.format !== 'jsonl')
      throw new UsageError(`--stdin writes JSON Lines; --format ${analyze.format} is not available with it.`, true);
    analyze.format = 'jsonl';
    return analyze;
  }
  if (analyze.files.length === 0) throw new UsageError('No files to analyse.');
  return analyze;
}

/** The value of `--jobs`: a whole number of threads from 1 to 256. */
export function jobCount(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 256)
    throw new UsageError(`--jobs takes a whole number of threads from 1 to 256, not "${text}".`, true);
  return Number(text);
}

/** The value of `--max-file-size`: a whole number of characters from 1 to {@link MAX_FILE_SIZE_CEILING}. */
export function fileSizeLimit(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_FILE_SIZE_CEILING)
    throw new UsageError(`${MAX_FILE_SIZE_OPTION} takes a whole number of characters from 1 to ${MAX_FILE_SIZE_CEILING}, not "${text}".`, true);
  return Number(text);
}

/** `text` when it is a real calendar day written YYYY-MM-DD; 2024-02-31 and 2023-02-29 are refused, not rolled over. */
export function calendarDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new UsageError(`--date takes a date as YYYY-MM-DD, not "${text}".`, true);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) throw new UsageError(`--date ${text} is not a calendar date: there is no month ${month}.`, true);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) throw new UsageError(`--date ${text} is not a calendar date: ${MONTHS[month - 1]} ${year} has ${days} days.`, true);
  return text;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
