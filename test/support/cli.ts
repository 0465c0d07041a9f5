/**
 * The bundled CLI (dist/cli.js) run as a user runs it, in a child process: what the
 * CLI tests check is its exit status, stdout and stderr.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

/** The bundle the tests run. */
export const CLI = join(REPO_ROOT, 'dist', 'cli.js');

/** Runs `node dist/cli.js ...args` (UTF-8 output; `options` as spawnSync takes them) and returns what a user sees. */
export function runCli(args: readonly string[], options: SpawnSyncOptions = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}
