/**
 * `node out/bench/realChild.js MODE [--every K]`: one fresh process per real-text
 * measurement, so "cold" means what it says (no other text analysed before in this
 * process, no JIT warmed on generated text). Prints one JSON line on stdout.
 *
 * - `ours`: every PolNeAR article analysed once, in order (cold), then all again (warm).
 * - `compromise`: the same articles once through compromise, the same call as section A.
 * - `unseen`: the process first analyses the train split (as a server that indexed a
 *   workspace), then each 1,000-word text joined from dev and test articles once: the
 *   first analysis of an article the process has not seen.
 *
 * `--every K` keeps every K-th article (the bench's `--quick`). Run with
 * `node --cpu-prof out/bench/realChild.js ours` for the cold profile.
 *
 * Every time is given twice: wall time, and the CPU time of this process
 * (`process.cpuUsage`, all its threads). On a shared machine (two cores, a load of
 * ten) wall time measures the neighbours as much as the code, and the two engines
 * run minutes apart under different loads; the ratios the floors check use CPU time.
 */
import { analyzeArticle } from '../server/src/analysis';
import { compromiseNames } from './core';
import { joinedTexts, polnearPaths, readArticles, type RealArticle } from './polnear';
import { msSince, summarize, type Timing } from './stats';

/** What `ours` prints. */
export interface OursResult {
  articles: number;
  words: number;
  coldMs: number;
  warmMs: number;
  coldCpuMs: number;
  warmCpuMs: number;
  /** The slowest single article of the cold pass (CPU ms) and its words. */
  slowest: { name: string; words: number; ms: number };
}

/** What `compromise` prints. */
export interface CompromiseResult {
  articles: number;
  words: number;
  coldMs: number;
  coldCpuMs: number;
}

/** What `unseen` prints. */
export interface UnseenResult {
  warmedOn: number;
  texts: number;
  words: { min: number; max: number };
  /** Wall time of each first analysis. */
  timing: Timing;
  /** CPU time of each first analysis. */
  cpu: Timing;
}

/** CPU ms of this process since `start` (a process.cpuUsage value). */
function cpuSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** The articles of the run: all of them, or every K-th. */
export function subset<T>(items: readonly T[], every: number): T[] {
  return items.filter((_, i) => i % every === 0);
}

function ours(articles: readonly RealArticle[]): OursResult {
  let slowest = { name: '', words: 0, ms: -1 };
  const coldStart = process.hrtime.bigint();
  const coldCpu = process.cpuUsage();
  for (const a of articles) {
    const start = process.cpuUsage();
    analyzeArticle(a.text);
    const ms = cpuSince(start);
    if (ms > slowest.ms) slowest = { name: a.name, words: a.words, ms };
  }
  const coldCpuMs = cpuSince(coldCpu);
  const coldMs = msSince(coldStart);
  const warmStart = process.hrtime.bigint();
  const warmCpu = process.cpuUsage();
  for (const a of articles) analyzeArticle(a.text);
  const warmCpuMs = cpuSince(warmCpu);
  const warmMs = msSince(warmStart);
  return { articles: articles.length, words: words(articles), coldMs, warmMs, coldCpuMs, warmCpuMs, slowest };
}

function compromise(articles: readonly RealArticle[]): CompromiseResult {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (const a of articles) compromiseNames(a.text);
  const coldCpuMs = cpuSince(cpu);
  return { articles: articles.length, words: words(articles), coldMs: msSince(start), coldCpuMs };
}

function unseen(articles: readonly RealArticle[]): UnseenResult {
  const seen = articles.filter((a) => a.name.startsWith('train/'));
  const fresh = joinedTexts(
    articles.filter((a) => !a.name.startsWith('train/')),
    1000,
  );
  for (const a of seen) analyzeArticle(a.text);
  const samples: number[] = [];
  const cpu: number[] = [];
  const counts: number[] = [];
  for (const text of fresh) {
    const start = process.hrtime.bigint();
    const startCpu = process.cpuUsage();
    analyzeArticle(text);
    cpu.push(cpuSince(startCpu));
    samples.push(msSince(start));
    counts.push(text.match(/\S+/g)?.length ?? 0);
  }
  return {
    warmedOn: seen.length,
    texts: fresh.length,
    words: { min: Math.min(...counts), max: Math.max(...counts) },
    timing: summarize(samples),
    cpu: summarize(cpu),
  };
}

function words(articles: readonly RealArticle[]): number {
  return articles.reduce((sum, a) => sum + a.words, 0);
}

function main(): void {
  const [mode, ...rest] = process.argv.slice(2);
  const everyAt = rest.indexOf('--every');
  const every = everyAt >= 0 ? Math.max(1, Number(rest[everyAt + 1]) || 1) : 1;
  const { paths, note } = polnearPaths();
  if (paths.length === 0) throw new Error(note);
  // Read before anything is timed: the figures are analysis, not disk.
  const articles = readArticles(mode === 'unseen' ? paths : subset(paths, every));
  const result = mode === 'ours' ? ours(articles) : mode === 'compromise' ? compromise(articles) : mode === 'unseen' ? unseen(articles) : undefined;
  if (!result) throw new Error(`unknown mode "${mode}": use ours, compromise or unseen`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) main();
