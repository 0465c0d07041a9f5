/**
 * `news-lens analyze` and `news-lens check`: the analysis core on files, without
 * VS Code (spec §4). Exit 0 on success, 2 on bad usage, 1 when a file could not be
 * read (the other files are still analysed and the error goes to stderr). A
 * registry's problems go to stderr and the rest of the registry is used: an entry
 * with an error is left out alone, and a shared name is legal.
 */
import { analyzeArticle, buildRegistry, type ParsedRegistryFile } from '../analysis';
import { parseArgs, USAGE, UsageError, type AnalyzeArgs, type CheckArgs } from './args';
import { runCheck } from './check';
import { frontMatterLinkWarnings, positionOf } from './linkWarnings';
import { toArticleJson, toBrat, toConll, type ArticleJson } from './output';
import { readArticle } from './readArticle';
import { loadRegistryFile, problemLine } from './registryFiles';

function main(argv: string[]): number {
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

function analyze(args: AnalyzeArgs): number {
  let status = 0;
  const parsed: ParsedRegistryFile[] = [];
  for (const file of args.registries) {
    const report = loadRegistryFile(file);
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
      process.stderr.write(`news-lens: registry ${file}: ${errors} error${errors === 1 ? '' : 's'}; ${report.parsed.ok ? 'the entries with errors are left out' : 'only the entries before the syntax error are read'}, ${used} ${used === 1 ? 'entry is' : 'entries are'} used.\n`);
    }
    const shared = report.problems.length - shown.length;
    if (shared > 0) process.stderr.write(`news-lens: registry ${file}: ${shared} names and aliases are shared by several entries (legal: each mention is linked to the entry its context supports); \`news-lens check ${file}\` lists them.\n`);
  }
  const registry = buildRegistry(parsed);
  const articles: ArticleJson[] = [];
  for (const file of args.files) {
    const read = readArticle(file);
    if ('error' in read) {
      process.stderr.write(`news-lens: ${file}: ${read.error}\n`);
      status = 1;
      continue;
    }
    if (read.warning) process.stderr.write(`news-lens: ${file}: ${read.warning}\n`);
    const analysis = analyzeArticle(read.text, { registry, publicationDate: args.date });
    // An impossible front-matter date is the user's to fix; the article is still analysed without it.
    for (const n of analysis.notices) if (n.code === 'invalid-date') process.stderr.write(`news-lens: ${file}: ${n.message}\n`);
    for (const warning of frontMatterLinkWarnings(read.text, analysis, registry)) process.stderr.write(`news-lens: ${file}: ${positionOf(read.text, warning.start)}: warning: ${warning.message}\n`);
    if (args.format === 'brat') process.stdout.write(args.files.length > 1 ? `# ${file}\n${toBrat(read.text, analysis)}` : toBrat(read.text, analysis));
    else if (args.format === 'conll') process.stdout.write(`# ${file}\n${toConll(read.text, analysis)}\n`);
    else if (args.format === 'jsonl') process.stdout.write(`${JSON.stringify(toArticleJson(file, analysis))}\n`);
    else articles.push(toArticleJson(file, analysis));
  }
  if (args.format === 'json') process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
  return status;
}

process.exitCode = main(process.argv.slice(2));
