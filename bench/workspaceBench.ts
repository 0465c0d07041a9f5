/**
 * Runs section E for each workspace size: generates the workspace in a temporary
 * folder, measures the server on it and the in-process and command-line throughput
 * over the same files, and always removes the folder, also when the run is
 * interrupted (Ctrl+C) or a measurement throws.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Memory } from './lspSession';
import { createWorkspace, fixtureEntities, type WorkspaceFixture } from './workspaceFixture';
import { benchWorkspaceLsp, idleServerMemory, type OpenTexts, type WorkspaceBudgets } from './workspaceLsp';
import type { WorkspaceRun } from './workspaceReport';
import { cliThroughput, inProcessThroughput } from './workspaceThroughput';

/** Seed of every generated workspace (article i of both sizes is the same article). */
export const WORKSPACE_SEED = 424_242;

/** How many files the in-process baseline and the CLI read and analyse (all of a 1,000-article workspace). */
const IN_PROCESS_FILES = 1000;

/** Section E's results for every size, and the idle server's memory they are compared with. */
export interface WorkspaceBenchResult {
  runs: WorkspaceRun[];
  idleMemory?: Memory;
  registered: number;
}

const live = new Set<() => void>();
let hooked = false;

/** Removes every temporary folder still alive, then exits; installed once. */
function removeOnInterrupt(): void {
  if (hooked) return;
  hooked = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const dispose of live) dispose();
      process.exit(130);
    });
  }
}

function track<T extends { dispose(): void }>(resource: T): T {
  live.add(resource.dispose);
  return resource;
}

/** Measures section E on workspaces of each size in `sizes`. */
export async function benchWorkspaces(sizes: readonly number[], open: OpenTexts, budgets: WorkspaceBudgets): Promise<WorkspaceBenchResult> {
  removeOnInterrupt();
  const empty = track({ dir: mkdtempSync(join(tmpdir(), 'news-lens-bench-empty-')), dispose: () => rmSync(empty.dir, { recursive: true, force: true }) });
  let idleMemory: Memory | undefined;
  try {
    idleMemory = await idleServerMemory(empty.dir);
  } finally {
    empty.dispose();
    live.delete(empty.dispose);
  }
  const runs: WorkspaceRun[] = [];
  for (const size of sizes) {
    process.stderr.write(`bench: generating a workspace of ${size} articles…\n`);
    const fixture: WorkspaceFixture = track(createWorkspace(size, WORKSPACE_SEED));
    try {
      process.stderr.write(`bench: ${size} articles written in ${(fixture.generateMs / 1000).toFixed(1)} s; measuring the server…\n`);
      const lsp = await benchWorkspaceLsp(fixture, open, budgets);
      const inProcess = inProcessThroughput(fixture, IN_PROCESS_FILES);
      const cli = await cliThroughput(fixture, IN_PROCESS_FILES);
      runs.push({ lsp, inProcess, cli });
    } finally {
      fixture.dispose();
      live.delete(fixture.dispose);
    }
  }
  return { runs, idleMemory, registered: fixtureEntities().length };
}
