/**
 * The disk part of the service's {@link Workspace}, over Node's file system: every read
 * capped and stat-checked (safeRead.ts), the loop-proof walk (walk.ts), bounded glob
 * expansion (registryGlobs.ts). The LSP adapter's workspace (lsp/nodeWorkspace.ts) and
 * the registry store's default use it; tests put an in-memory one in its place.
 */
import { statSync } from 'node:fs';
import type { FileKind, Workspace } from '../service/workspace';
import { expandRegistryPattern } from './registryGlobs';
import { readRegularFile } from './safeRead';
import { listArticleFiles } from './walk';

/** What is at `path`, following links; undefined when nothing is (or it cannot be looked at). */
function stat(path: string): FileKind | undefined {
  try {
    const found = statSync(path);
    if (found.isFile()) return { kind: 'file', size: found.size };
    return found.isDirectory() ? { kind: 'directory' } : { kind: 'other' };
  } catch {
    return undefined;
  }
}

/** Node's file system as the workspace's disk. */
export const nodeFiles: Pick<Workspace, 'readFile' | 'stat' | 'listArticleFiles' | 'expandGlob'> = Object.freeze({
  readFile: readRegularFile,
  stat,
  listArticleFiles,
  expandGlob: expandRegistryPattern,
});
