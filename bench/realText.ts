/**
 * Section R of the benchmark, the headline: News Lens on real news, the 1,008
 * PolNeAR articles (755k distinct words), read from ../shared at run time. Each
 * figure has its baseline from the same run and is checked against issue 12's floors
 * (bench/floors.ts):
 * - cold and warm throughput in a fresh process against compromise on the same texts;
 * - the first analysis of an unseen 1,000-word article;
 * - keystroke → fresh semantic tokens over stdio on 10,000 words joined from real articles,
 *   in a workspace of the 1,008 articles once its index is built (the floor), and while
 *   that first index is being built (reported);
 * - the workspace index over the 1,008 articles, and the server's memory after it;
 * - `news-lens analyze --jobs 2` against `--jobs 1` over the same files;
 * - `news-lens analyze --stdin` peak memory over a 20,000-article stream.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { countWords } from './generate';
import { LspSession, processMemory, type Memory } from './lspSession';
import { joinedTexts, paragraphsOf, polnearPaths, readArticles, type RealArticle } from './polnear';
import { typeAt } from '../server/src/service/warmUp';
import { editFractions } from './keystrokeCheck';
import type { CompromiseResult, OursResult, UnseenResult } from './realChild';
import { msSince, summarize, type Timing } from './stats';
import { CLI_BUNDLE } from './workspaceThroughput';

/** Every real-text figure; absent parts were not measured (the note says why). */
export interface RealTextResult {
  note?: string;
  ours?: OursResult;
  compromise?: CompromiseResult;
  unseen?: UnseenResult;
  /** Typing once the workspace's index is built: the condition a reader types in, and the floor's. */
  keystroke?: KeystrokeFigures;
  /** Typing while the server builds its first index of the workspace (in a worker, on the other core). */
  keystrokeWhileIndexing?: KeystrokeFigures;
  index?: IndexFigures;
  jobs?: JobsFigures;
  stdin?: StdinFigures;
}

/** Keystroke → fresh tokens. */
export interface KeystrokeFigures {
  words: number;
  articlesJoined: number;
  edits: number;
  timing: Timing;
  /** Hover on an empty document in the same server: the round trip itself. */
  baseline: Timing;
  /** Whether the workspace's first index had ended by the last edit (false: typing overlapped it throughout). */
  indexedByTheEnd: boolean;
}

/** The first indexing of the real articles. */
export interface IndexFigures {
  articles: number;
  megabytes: number;
  buildMs: number;
  articlesPerSecond: number;
  memory?: Memory;
}

/** One `--jobs 1` run and one `--jobs 2` run over the same files, back to back. */
export interface JobsRound {
  oneMs: number;
  twoMs: number;
  /** CPU time of the whole process (every thread: workers, and V8's compiler and GC threads), when /proc says it. */
  oneCpuMs?: number;
  twoCpuMs?: number;
}

/**
 * `--jobs 1` against `--jobs 2`, wall time from spawn to exit, in several rounds that
 * alternate which runs first: on a shared machine the load drifts over a run, and a
 * ratio taken within one round sees the same load on both sides.
 */
export interface JobsFigures {
  files: number;
  rounds: JobsRound[];
  /** Medians over the rounds. */
  oneMs: number;
  twoMs: number;
  /** Median of the per-round ratios --jobs 1 ÷ --jobs 2 (what the floor checks). */
  speedUp: number;
  oneCpuMs?: number;
  twoCpuMs?: number;
}

/** `--stdin` peak RSS at two points of one stream. */
export interface StdinFigures {
  lines: number;
  checkpoint: number;
  wordsPerLine: number;
  atCheckpoint?: Memory;
  atEnd?: Memory;
  ms: number;
}

/** Sizes of the run (`--quick` takes every 4th article and a shorter stream). */
export interface RealTextOptions {
  every: number;
  streamLines: number;
  checkpoint: number;
  edits: number;
  /** Rounds of the `--jobs` comparison. */
  jobsRounds: number;
  lsp: boolean;
  log: (line: string) => void;
}

/** Runs out/bench/realChild.js in a fresh node and parses its JSON line. */
function child<T>(mode: string, every: number, nodeArgs: string[] = []): Promise<T> {
  const script = resolve(__dirname, 'realChild.js');
  return new Promise<T>((done, fail) => {
    const proc = spawn(process.execPath, [...nodeArgs, script, mode, '--every', String(every)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', fail);
    proc.on('exit', (code) => (code === 0 ? done(JSON.parse(stdout) as T) : fail(new Error(`realChild ${mode} exited with ${code}: ${stderr.slice(0, 800)}`))));
  });
}

/** Measures section R. */
export async function benchRealText(options: RealTextOptions): Promise<RealTextResult> {
  const { paths, note } = polnearPaths();
  if (paths.length === 0) return { note };
  const result: RealTextResult = {};
  options.log(`bench: real text: ${paths.length} PolNeAR articles, cold and warm in a fresh process…`);
  result.ours = await child<OursResult>('ours', options.every);
  options.log('bench: real text: compromise on the same articles (the slow part)…');
  result.compromise = await child<CompromiseResult>('compromise', options.every);
  options.log('bench: real text: unseen 1,000-word articles…');
  result.unseen = await child<UnseenResult>('unseen', 1);
  const articles = readArticles(paths);
  const folder = mkdtempSync(join(tmpdir(), 'news-lens-bench-real-'));
  try {
    const files = copyInto(join(folder, 'articles'), articles);
    const subset = files.filter((_, i) => i % options.every === 0);
    options.log(`bench: real text: news-lens analyze --jobs 1 and --jobs 2 over ${subset.length} files, ${options.jobsRounds} rounds…`);
    result.jobs = await jobs(join(folder, 'articles'), subset, options.jobsRounds);
    options.log(`bench: real text: news-lens analyze --stdin over ${options.streamLines} articles…`);
    result.stdin = await stdinMemory(articles, options.streamLines, options.checkpoint);
    if (options.lsp) {
      const test = articles.filter((a) => a.name.startsWith('test/'));
      options.log('bench: real text: keystrokes over stdio, the workspace indexed…');
      result.keystroke = await keystrokes(folder, test, options.edits, true);
      options.log('bench: real text: keystrokes over stdio while the workspace is first indexed…');
      result.keystrokeWhileIndexing = await keystrokes(folder, test, options.edits, false);
      options.log(`bench: real text: indexing ${files.length} articles…`);
      result.index = await indexing(folder, articles);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return result;
}

/** Copies the articles into `dir` as `.news` files (so every one is indexed, whatever it looks like); returns the file names. */
/** Copies the articles into `dir` as `.news` files (a workspace to index); returns their file names. */
export function copyInto(dir: string, articles: readonly RealArticle[]): string[] {
  mkdirSync(dir, { recursive: true });
  return articles.map((a) => {
    const name = `${a.name.replace('/', '-').replace(/\.txt$/, '')}.news`;
    copyFileSync(a.path, join(dir, name));
    return name;
  });
}

/**
 * CPU ms of this process's children that have exited and been waited for (cutime +
 * cstime of /proc/self/stat), or undefined without /proc. Around one child run at a
 * time, the difference is that child's CPU time, all its threads included.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5), counted from the state (field 3) here.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** Clock ticks per second of the stat files of /proc (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

/** Runs the CLI to completion; resolves with the wall time in ms and, where /proc says it, its CPU time. */
async function timedCli(cwd: string, args: string[]): Promise<{ ms: number; cpuMs?: number }> {
  const before = childrenCpuMs();
  const ms = await runCli(cwd, args);
  const after = childrenCpuMs();
  return { ms, cpuMs: before !== undefined && after !== undefined ? after - before : undefined };
}

/** Runs the CLI to completion; resolves with the wall time in ms. */
function runCli(cwd: string, args: string[]): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise<number>((done, fail) => {
    const proc = spawn(process.execPath, [CLI_BUNDLE, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout.resume();
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', fail);
    proc.on('exit', (code) =>
      code === 0 ? done(msSince(started)) : fail(new Error(`news-lens ${args.slice(0, 4).join(' ')} exited with ${code}: ${stderr.slice(0, 500)}`)),
    );
  });
}

async function jobs(dir: string, files: readonly string[], rounds: number): Promise<JobsFigures> {
  const run = (jobs: number) => timedCli(dir, ['analyze', '--format', 'jsonl', '--jobs', String(jobs), ...files]);
  const done: JobsRound[] = [];
  for (let r = 0; r < rounds; r++) {
    // Odd rounds run --jobs 2 first, so neither side always meets the load the other left.
    const first = await run(r % 2 === 0 ? 1 : 2);
    const second = await run(r % 2 === 0 ? 2 : 1);
    const [one, two] = r % 2 === 0 ? [first, second] : [second, first];
    done.push({ oneMs: one.ms, twoMs: two.ms, oneCpuMs: one.cpuMs, twoCpuMs: two.cpuMs });
  }
  const cpu = (pick: (r: JobsRound) => number | undefined) => (done.every((r) => pick(r) !== undefined) ? median(done.map((r) => pick(r)!)) : undefined);
  return {
    files: files.length,
    rounds: done,
    oneMs: median(done.map((r) => r.oneMs)),
    twoMs: median(done.map((r) => r.twoMs)),
    speedUp: median(done.map((r) => r.oneMs / r.twoMs)),
    oneCpuMs: cpu((r) => r.oneCpuMs),
    twoCpuMs: cpu((r) => r.twoCpuMs),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One stream of `lines` articles through `news-lens analyze --stdin --jobs 1`: line i
 * is real article i mod 1,008, from a paragraph that moves on with every pass over the
 * corpus, about 150 words of it (so the lines are real news and rarely repeat).
 * VmHWM is read when the `checkpoint`-th result arrives and when the last one does,
 * before standard input is closed (the process is still alive to be read). Exported for
 * bench/stdinMemory.ts, which runs only this figure.
 */
export async function stdinMemory(articles: readonly RealArticle[], lines: number, checkpoint: number): Promise<StdinFigures> {
  const paragraphs = articles.map((a) => paragraphsOf(a.text));
  const lineAt = (i: number): string => {
    const ps = paragraphs[i % paragraphs.length];
    const pass = Math.floor(i / paragraphs.length);
    const picked: string[] = [];
    let words = 0;
    for (let k = 0; k < ps.length && words < 150; k++) {
      const p = ps[(pass + k) % ps.length];
      picked.push(p);
      words += countWords(p);
    }
    return JSON.stringify({ id: i, text: picked.join('\n\n') });
  };
  let totalWords = 0;
  const started = process.hrtime.bigint();
  const proc = spawn(process.execPath, [CLI_BUNDLE, 'analyze', '--stdin', '--jobs', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const memory = () => processMemory(proc.pid);
  let received = 0;
  let atCheckpoint: Memory | undefined;
  let atEnd: Memory | undefined;
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<void>((done, fail) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) {
        if (byte !== 10) continue;
        received++;
        if (received === checkpoint) atCheckpoint = memory();
        if (received === lines) {
          atEnd = memory();
          proc.stdin.end();
        }
      }
    });
    proc.on('error', fail);
    proc.on('exit', (code) =>
      code === 0 && received === lines
        ? done()
        : fail(new Error(`news-lens analyze --stdin exited with ${code} after ${received} of ${lines} lines: ${stderr.slice(0, 500)}`)),
    );
  });
  for (let i = 0; i < lines; i++) {
    const line = lineAt(i);
    totalWords += countWords(JSON.parse(line).text as string);
    if (!proc.stdin.write(`${line}\n`)) await new Promise<void>((done) => proc.stdin.once('drain', () => done()));
  }
  await finished;
  return { lines, checkpoint, wordsPerLine: totalWords / lines, atCheckpoint, atEnd, ms: msSince(started) };
}

/** Zero-based line and character of an offset. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/**
 * `edits` one-letter insertions spread over a 10,000-word article joined from the
 * test split's articles, in a shuffled order (seeded), each followed by a full
 * semantic-tokens request, as VS Code sends them (each change as the range it replaces). Five
 * untimed edits first warm the JIT; the open and the first tokens are untimed too.
 */
async function keystrokes(folder: string, articles: readonly RealArticle[], edits: number, indexed: boolean): Promise<KeystrokeFigures> {
  const text0 = joinedTexts(articles, 10_000)[0];
  const articlesJoined = countJoined(articles, text0);
  // A fresh server each time, so neither measurement runs on code the other warmed.
  const session = await LspSession.start(folder, { workDoneProgress: true });
  try {
    // The server indexes the workspace's 1,008 articles in a worker as it starts (about 4 s):
    // typing then shares two cores with it. Once it is built, typing is what a reader meets.
    if (indexed) await session.indexed;
    const uri = pathToFileURL(join(folder, 'open-10k-real.news')).toString();
    const empty = pathToFileURL(join(folder, 'open-empty.news')).toString();
    await session.open(empty, '');
    await session.open(uri, text0);
    await session.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    // The same seeded edits as keystrokeLsp.ts and keystrokeCheck.ts.
    const { warmup, fractions } = editFractions(edits);
    let text = text0;
    const edit = async (fraction: number) => {
      text = typeAt(text, fraction);
      await session.change(uri, text);
      await session.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    };
    for (const fraction of warmup) await edit(fraction);
    const samples: number[] = [];
    for (const fraction of fractions) {
      const start = process.hrtime.bigint();
      await edit(fraction);
      samples.push(msSince(start));
    }
    const indexedByTheEnd = session.isIndexed;
    const baselineSamples: number[] = [];
    for (let i = 0; i < 100; i++) {
      const start = process.hrtime.bigint();
      await session.request('textDocument/hover', { textDocument: { uri: empty }, position: positionAt('', 0) });
      baselineSamples.push(msSince(start));
    }
    return { words: countWords(text0), articlesJoined, edits, timing: summarize(samples), baseline: summarize(baselineSamples), indexedByTheEnd };
  } finally {
    await session.stop();
  }
}

/** How many articles' first paragraphs appear in `text` (the joined article's sources). */
function countJoined(articles: readonly RealArticle[], text: string): number {
  return articles.filter((a) => {
    const first = paragraphsOf(a.text)[0];
    return first !== undefined && text.includes(first);
  }).length;
}

/** A fresh server indexes the workspace undisturbed; memory right after. */
async function indexing(folder: string, articles: readonly RealArticle[]): Promise<IndexFigures> {
  const session = await LspSession.start(folder, { workDoneProgress: true });
  try {
    const buildMs = Number((await session.indexed) - session.initializedAt) / 1e6;
    const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
    return { articles: articles.length, megabytes: bytes / 1e6, buildMs, articlesPerSecond: (articles.length / buildMs) * 1000, memory: session.memory() };
  } finally {
    await session.stop();
  }
}
