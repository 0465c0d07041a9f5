/**
 * `npm run fuzz`: the full fuzz campaign of issue 15. By default 102,000 inputs: 80,000
 * through `analyzeArticle`, 20,000 through the registry parser and editor and 2,000
 * through the language server over stdio, all from one fixed seed. `--analysis N`,
 * `--registry N`, `--lsp N` change the counts, `--seed S` (or FUZZ_SEED) the seed.
 * Prints one line per target and exits 1 with fast-check's counterexample (and the
 * seed and path that replay it) on the first failure.
 */
import { DEFAULT_SEED, fuzzAnalysis, fuzzLsp, fuzzRegistry, type FuzzResult } from './campaign';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number, got ${process.argv[at + 1]}`);
  return value;
}

async function main(): Promise<void> {
  const seed = option('seed', Number(process.env.FUZZ_SEED ?? DEFAULT_SEED));
  const counts = { analysis: option('analysis', 80_000), registry: option('registry', 20_000), lsp: option('lsp', 2_000) };
  process.stdout.write(`fuzz: seed ${seed}; ${counts.analysis} articles, ${counts.registry} registries, ${counts.lsp} LSP rounds\n`);
  const results: FuzzResult[] = [];
  const report = (r: FuzzResult) => {
    results.push(r);
    process.stdout.write(`fuzz: ${r.target}: ${r.runs.toLocaleString('en-US')} inputs, no failure (${(r.ms / 1000).toFixed(0)} s)\n`);
  };
  if (counts.registry > 0) report(fuzzRegistry(counts.registry, seed));
  if (counts.analysis > 0) report(fuzzAnalysis(counts.analysis, seed));
  if (counts.lsp > 0) report(await fuzzLsp(counts.lsp, seed));
  const total = results.reduce((n, r) => n + r.runs, 0);
  process.stdout.write(`fuzz: ${total.toLocaleString('en-US')} inputs in all, no failure\n`);
}

main().catch((error: unknown) => {
  const cause =
    error instanceof Error && error.cause
      ? `\ncaused by: ${error.cause instanceof Error ? (error.cause.stack ?? error.cause.message) : String(error.cause)}`
      : '';
  process.stderr.write(`fuzz: FAILED\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}${cause}\n`);
  process.exitCode = 1;
});
