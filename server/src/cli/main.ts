/**
 * `news-lens analyze`: the analysis core on files, without VS Code (spec §4).
 * Exit 0 on success, 2 on bad usage, 1 when a file could not be read (the other
 * files are still analysed and the error goes to stderr).
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle, buildRegistry, parseRegistry, type ParsedRegistryFile } from '../analysis';
import { parseArgs, USAGE, UsageError, type AnalyzeArgs } from './args';
import { toArticleJson, toBrat, toConll, type ArticleJson } from './output';
import { readArticle } from './readArticle';
import { handleOutputErrors } from './outputErrors';

function main(argv: string[]): number {
  let args: AnalyzeArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`news-lens: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let status = 0;
  const parsed: ParsedRegistryFile[] = [];
  for (const file of args.registries) {
    try {
      const registry = parseRegistry(readFileSync(file, 'utf8'), file);
      for (const problem of registry.problems) process.stderr.write(`news-lens: ${file}: ${describe(readFileSync(file, 'utf8'), problem.start)}: ${problem.message}\n`);
      if (!registry.ok) {
        process.stderr.write(`news-lens: registry ${file} has errors and was not used.\n`);
        status = 1;
      } else parsed.push(registry);
    } catch (error) {
      process.stderr.write(`news-lens: cannot read registry ${file}: ${(error as Error).message}\n`);
      status = 1;
    }
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
    if (args.format === 'brat') process.stdout.write(args.files.length > 1 ? `# ${file}\n${toBrat(read.text, analysis)}` : toBrat(read.text, analysis));
    else if (args.format === 'conll') process.stdout.write(`# ${file}\n${toConll(read.text, analysis)}\n`);
    else if (args.format === 'jsonl') process.stdout.write(`${JSON.stringify(toArticleJson(file, analysis))}\n`);
    else articles.push(toArticleJson(file, analysis));
  }
  if (args.format === 'json') process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
  return status;
}

function describe(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  return `line ${line}, column ${offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) }`;
}

handleOutputErrors(process.stdout, (code) => process.exit(code), (line) => process.stderr.write(line));
process.exitCode = main(process.argv.slice(2));
