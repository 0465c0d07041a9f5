/**
 * Throughput over a generated workspace outside the language server: the analysis
 * core in this process (reading each file and analysing it with the workspace's
 * registry, the baseline of every articles/s figure) and the `news-lens analyze`
 * command line on the same files, process start and JSON output included.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { analyzeArticle, buildRegistry, parseRegistry } from '../server/src/analysis';
import { msSince } from './stats';
import { REPO_ROOT } from './texts';
import type { WorkspaceFixture } from './workspaceFixture';

/** The bundled command line the bench runs. */
export const CLI_BUNDLE = resolve(REPO_ROOT, 'dist', 'cli.js');

/** Articles per second over some files, and how many files were timed. */
export interface Throughput {
  articles: number;
  ms: number;
  articlesPerSecond: number;
}

/**
 * Reads and analyses the first `limit` files in this process (after one warm-up pass
 * over the first 50), the rate the server's indexer could reach with no LSP around it.
 */
export function inProcessThroughput(fixture: WorkspaceFixture, limit: number): Throughput {
  const registry = buildRegistry([parseRegistry(readFileSync(fixture.registryPath, 'utf8'), fixture.registryPath)]);
  const files = fixture.files.slice(0, limit);
  for (const file of files.slice(0, 50)) analyzeArticle(readFileSync(file, 'utf8'), { registry });
  const started = process.hrtime.bigint();
  for (const file of files) analyzeArticle(readFileSync(file, 'utf8'), { registry });
  const ms = msSince(started);
  return { articles: files.length, ms, articlesPerSecond: (files.length / ms) * 1000 };
}

/**
 * Runs `news-lens analyze --format jsonl --registry entities.yaml` over the first
 * `limit` articles (the in-process baseline's files); wall time from spawn to exit.
 */
export async function cliThroughput(fixture: WorkspaceFixture, limit: number): Promise<Throughput | undefined> {
  if (!existsSync(CLI_BUNDLE)) return undefined;
  const files = fixture.files.slice(0, limit);
  const cwd = dirname(files[0]);
  const args = [CLI_BUNDLE, 'analyze', '--format', 'jsonl', '--registry', fixture.registryPath, ...files.map((f) => basename(f))];
  const started = process.hrtime.bigint();
  const lines = await new Promise<number>((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let count = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) count++;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(count) : fail(new Error(`news-lens analyze exited with ${code}: ${stderr.slice(0, 500)}`))));
  });
  const ms = msSince(started);
  if (lines !== files.length) throw new Error(`news-lens analyze printed ${lines} lines for ${files.length} articles`);
  return { articles: lines, ms, articlesPerSecond: (lines / ms) * 1000 };
}
