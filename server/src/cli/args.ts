/**
 * Command-line parsing for `news-lens analyze` (spec §4). Hand-written because the
 * grammar is five options long; errors become a usage message and exit status 2.
 */

/** Output formats of the CLI. */
export const FORMATS = ['json', 'jsonl', 'brat', 'conll'] as const;

/** One of the output formats. */
export type Format = (typeof FORMATS)[number];

/** A parsed `analyze` invocation. */
export interface AnalyzeArgs {
  registries: string[];
  format: Format;
  date?: string;
  files: string[];
}

/** The usage text printed on bad usage and for `--help`. */
export const USAGE = `Usage: news-lens analyze [--registry FILE]... [--format json|jsonl|brat|conll] [--date YYYY-MM-DD] FILE...

Analyses news articles: entities, dates and quotations with their speakers.
  --registry FILE   an entity registry (YAML or JSON); repeat for more
  --format F        json (default), jsonl (one article per line), brat (standoff .ann), conll (tokens with IOB tags)
  --date D          publication date to use when an article gives none
Exit status: 0 on success, 1 when a file cannot be read, 2 on bad usage.`;

/** Thrown for bad usage; the message says what was wrong. */
export class UsageError extends Error {}

/** Parses `argv` (without node and the script). */
export function parseArgs(argv: string[]): AnalyzeArgs | 'help' {
  if (argv.length === 0) throw new UsageError('No command given.');
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return 'help';
  if (argv[0] !== 'analyze') throw new UsageError(`Unknown command "${argv[0]}". The only command is "analyze".`);
  const args: AnalyzeArgs = { registries: [], format: 'json', files: [] };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--registry') args.registries.push(value());
    else if (flag === '--format') {
      const format = value();
      if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown format "${format}". Use one of: ${FORMATS.join(', ')}.`);
      args.format = format as Format;
    } else if (flag === '--date') {
      const date = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new UsageError(`--date takes a date as YYYY-MM-DD, not "${date}".`);
      args.date = date;
    } else if (flag === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`Unknown option "${flag}".`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError('No files to analyse.');
  return args;
}
