/**
 * `news-lens analyze` and `news-lens check`: the analysis core on files, without
 * VS Code (spec §4). Exit 0 on success, 2 on bad usage, 1 when a file could not be
 * read (the other files are still analysed and the error goes to stderr). A
 * registry's problems go to stderr and the rest of the registry is used: an entry
 * with an error is left out alone, and a shared name is legal.
 *
 * Many files, or a `--stdin` stream, are spread over worker threads (`--jobs N`, one
 * per core by default); every article is printed by the same function in any case and
 * in input order, so the output is byte-identical to one thread's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildRegistry, type ParsedRegistryFile, type Registry } from '../analysis';
import { parseArgs, USAGE, UsageError, type AnalyzeArgs, type CheckArgs } from './args';
import { fileOutput, maxStdinLine, type ArticleOutput, type OutputOptions } from './articleOutput';
import { runCheck } from './check';
import type { ArticleJson } from './output';
import { loadMergedRegistryFiles, problemLine } from './registryFiles';
import { handleOutputErrors } from './outputErrors';
import { defaultJobs, OrderedPool } from './pool';
import { forEachLine } from './stdinLines';
import { stdinLineOutput } from './stdinLineOutput';
import { streamCollector } from './streamCollector';

/** The worker script beside this bundle (dist/analyzeWorker.js); absent when run unbundled. */
const WORKER_SCRIPT = join(__dirname, 'analyzeWorker.js');

/** Without --jobs, a thread is started for every this many files at most: a few files are faster in one thread than the threads take to start. */
const FILES_PER_DEFAULT_THREAD = 16;

/** `--stdin` stops reading while this many lines per thread are read but not yet printed. */
const STDIN_LINES_PER_THREAD = 8;

async function main(argv: string[]): Promise<number> {
  let args: AnalyzeArgs | CheckArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(error.brief ? `news-lens: ${error.message}\n` : `news-lens: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  return args.command === 'check' ? runCheck(args) : analyze(args);
}

/** Reads the registries once, as one merged registry, reporting their problems; the status is 1 when one could not be read. */
function loadRegistries(files: readonly string[]): { parsed: ParsedRegistryFile[]; status: 0 | 1 } {
  let status: 0 | 1 = 0;
  const parsed: ParsedRegistryFile[] = [];
  for (const report of loadMergedRegistryFiles(files)) {
    const file = report.file;
    if ('readError' in report) {
      process.stderr.write(`news-lens: registry ${file} was not read: it ${report.readError}.\n`);
      status = 1;
      continue;
    }
    parsed.push(report.parsed);
    // Errors and warnings one a line; shared names (legal, often hundreds) in one line that says where to see them.
    const shown = report.problems.filter((p) => p.severity !== 'info');
    if (shown.length > 0) process.stderr.write(shown.map((p) => `${problemLine(file, p)}\n`).join(''));
    const errors = shown.filter((p) => p.severity === 'error').length;
    if (errors > 0) {
      const used = report.parsed.entries.length;
      process.stderr.write(
        `news-lens: registry ${file}: ${errors} error${errors === 1 ? '' : 's'}; ${report.parsed.ok ? 'the entries with errors are left out' : 'only the entries before the first error that stops the file are read'}, ${used} ${used === 1 ? 'entry is' : 'entries are'} used.\n`,
      );
    }
    const shared = report.problems.length - shown.length;
    if (shared > 0)
      process.stderr.write(
        `news-lens: registry ${file}: ${shared} names and aliases are shared by several entries (legal: each mention is linked to the entry its context supports); \`news-lens check ${file}\` lists them.\n`,
      );
  }
  return { parsed, status };
}

/** How many worker threads to start for `count` articles (0: analyse in this thread). */
function threadsFor(args: AnalyzeArgs, count: number): number {
  const wanted = args.jobs ?? Math.min(defaultJobs(), Math.ceil(count / FILES_PER_DEFAULT_THREAD));
  const threads = Math.min(wanted, count);
  return threads > 1 && existsSync(WORKER_SCRIPT) ? threads : 0;
}

async function analyze(args: AnalyzeArgs): Promise<number> {
  const { parsed, status: registryStatus } = loadRegistries(args.registries);
  const registry = buildRegistry(parsed);
  const options: OutputOptions = { format: args.format, date: args.date, multiple: args.files.length > 1, maxFileSize: args.maxFileSize };
  const status = args.stdin ? await analyzeStdin(args, parsed, registry, options) : await analyzeFiles(args, parsed, registry, options);
  return Math.max(registryStatus, status);
}

/** Prints one article's output (stderr first, as the one-thread loop always did) and collects its JSON. */
function printer(articles: ArticleJson[]): { print: (output: ArticleOutput) => boolean; status: () => number } {
  let status = 0;
  return {
    print(output) {
      if (output.stderr) process.stderr.write(output.stderr);
      if (output.status > status) status = output.status;
      if (output.json) articles.push(output.json);
      return output.stdout ? process.stdout.write(output.stdout) : true;
    },
    status: () => status,
  };
}

async function analyzeFiles(args: AnalyzeArgs, parsed: ParsedRegistryFile[], registry: Registry, options: OutputOptions): Promise<number> {
  const articles: ArticleJson[] = [];
  const out = printer(articles);
  const threads = threadsFor(args, args.files.length);
  if (threads === 0) {
    for (const file of args.files) out.print(fileOutput(file, registry, options));
  } else {
    const pool = new OrderedPool(WORKER_SCRIPT, { registries: parsed, options }, threads, (output) => out.print(output));
    for (const file of args.files) pool.submit({ kind: 'file', file });
    await pool.finish();
  }
  if (args.format === 'json') process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
  return out.status();
}

/** Wakes whoever waits for a condition when something it depends on changed. */
class Gate {
  private waiting: (() => void)[] = [];

  async until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

async function analyzeStdin(args: AnalyzeArgs, parsed: ParsedRegistryFile[], registry: Registry, options: OutputOptions): Promise<number> {
  const out = printer([]);
  const gate = new Gate();
  let stdoutFull = false;
  process.stdout.on('drain', () => {
    stdoutFull = false;
    gate.wake();
  });
  const print = (output: ArticleOutput) => {
    if (!out.print(output)) stdoutFull = true;
  };
  const threads = args.jobs === undefined ? (existsSync(WORKER_SCRIPT) && defaultJobs() > 1 ? defaultJobs() : 0) : threadsFor(args, args.jobs);
  if (threads === 0) {
    const lineDone = streamCollector();
    await forEachLine(process.stdin, maxStdinLine(options.maxFileSize), async (line) => {
      print(stdinLineOutput(line, registry, options));
      lineDone();
      await gate.until(() => !stdoutFull);
    });
    return out.status();
  }
  const pool = new OrderedPool(WORKER_SCRIPT, { registries: parsed, options }, threads, print, () => gate.wake());
  const limit = threads * STDIN_LINES_PER_THREAD;
  await forEachLine(process.stdin, maxStdinLine(options.maxFileSize), async (line) => {
    // A skipped line (too long, not UTF-8) still takes its place in the order, as its error result.
    pool.submit({ kind: 'line', line });
    await gate.until(() => pool.pending < limit && !stdoutFull);
  });
  await pool.finish();
  return out.status();
}

handleOutputErrors(
  process.stdout,
  (code) => process.exit(code),
  (line) => process.stderr.write(line),
);
main(process.argv.slice(2)).then(
  (status) => (process.exitCode = status),
  (error: unknown) => {
    process.stderr.write(`news-lens: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
