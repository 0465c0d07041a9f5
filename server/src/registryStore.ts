/**
 * Loads the registry files that apply to each workspace folder (its own
 * `entities.yaml`/`.yml`/`.json` plus the files named in `newsLens.registries`),
 * keeps the last good version of each file in force while a broken edit is being
 * fixed, and reports each file's problems.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { buildRegistry, parseRegistry, type ParsedRegistryFile, type Registry, type RegistryProblem } from './analysis';

/** The default registry file names at a folder's root, in order of preference. */
export const DEFAULT_REGISTRY_NAMES = ['entities.yaml', 'entities.yml', 'entities.json'];

/** One registry file's state: what is in force and what is wrong with the current text. */
export interface RegistryFileState {
  path: string;
  /**
   * The version in force: the current text (an entry with an error is left out alone);
   * after a YAML syntax error, the last version that parsed (`ok`), or with none, the
   * entries before the error (`ok` false).
   */
  lastGood?: ParsedRegistryFile;
  problems: RegistryProblem[];
  /** Text the problems' offsets refer to. */
  text: string;
  /** Why the file could not be read, when it could not. */
  readError?: string;
}

/** Registry files by path, and the merged registry for each workspace folder. */
export class RegistryStore {
  private readonly files = new Map<string, RegistryFileState>();
  private readonly merged = new Map<string, { registry: Registry; files: ParsedRegistryFile[] }>();

  constructor(private folders: string[], private extra: string[] = []) {}

  /** Replaces the folder list and the extra registry setting; reloads everything. */
  configure(folders: string[], extra: string[]): void {
    this.folders = folders;
    this.extra = extra;
    this.merged.clear();
  }

  /** Replaces only the extra registry setting (the folders stay). */
  setExtra(extra: string[]): void {
    this.extra = extra;
    this.files.clear();
    this.merged.clear();
  }

  /** The registry for a document path: its folder's files plus the shared ones. */
  registryFor(documentPath: string | undefined): Registry {
    return this.mergedFor(documentPath).registry;
  }

  /** The parsed files behind `registryFor(documentPath)`: plain data another thread can rebuild the same registry from. */
  sourcesFor(documentPath: string | undefined): { serial: number; files: ParsedRegistryFile[] } {
    const merged = this.mergedFor(documentPath);
    return { serial: merged.registry.serial, files: merged.files };
  }

  private mergedFor(documentPath: string | undefined): { registry: Registry; files: ParsedRegistryFile[] } {
    const folder = this.folderOrFirst(documentPath);
    const key = folder ?? '';
    let merged = this.merged.get(key);
    if (!merged) {
      const files = this.pathsFor(folder).map((p) => this.load(p).lastGood).filter((f): f is ParsedRegistryFile => f !== undefined);
      merged = { registry: buildRegistry(files), files };
      this.merged.set(key, merged);
    }
    return merged;
  }

  /** Re-reads one file (after a change on disk or in an editor buffer); `text` overrides the disk. */
  update(path: string, text?: string): RegistryFileState {
    const previous = this.files.get(path)?.lastGood;
    this.files.delete(path);
    this.merged.clear();
    return this.load(path, text, previous);
  }

  /** Every registry file that applies to some folder, with its current state. */
  allFiles(): RegistryFileState[] {
    const paths = new Set(this.folders.flatMap((f) => this.pathsFor(f)));
    for (const p of this.pathsFor(undefined)) paths.add(p);
    return [...paths].map((p) => this.load(p));
  }

  /** True when `path` is (or would be) one of the registry files. */
  isRegistryPath(path: string): boolean {
    return this.files.has(path) || this.folders.some((f) => DEFAULT_REGISTRY_NAMES.some((n) => join(f, n) === path)) || this.extraPaths(undefined).includes(path);
  }

  /** The shared registries of `newsLens.registries`, resolved against the first folder. */
  sharedPaths(): string[] {
    return this.extraPaths(undefined);
  }

  /** The workspace folder a path belongs to (the deepest one), if any. */
  folderOf(path: string | undefined): string | undefined {
    if (!path) return undefined;
    return this.folders.filter((f) => path === f || path.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0];
  }

  private pathsFor(folder: string | undefined): string[] {
    // A folder's own registry: the first default name that is a file, or that was one and is now broken
    // (replaced by a directory, unreadable): its last good version stays in force.
    const own = folder ? DEFAULT_REGISTRY_NAMES.map((n) => join(folder, n)).filter((p) => exists(p) || this.files.get(p)?.lastGood !== undefined).slice(0, 1) : [];
    return [...own, ...this.extraPaths(folder)];
  }

  private extraPaths(folder: string | undefined): string[] {
    const base = folder ?? this.folders[0] ?? process.cwd();
    return this.extra.map((p) => (isAbsolute(p) ? p : resolve(base, p)));
  }

  private folderOrFirst(path: string | undefined): string | undefined {
    return this.folderOf(path) ?? this.folders[0];
  }

  private load(path: string, text?: string, previous = this.files.get(path)?.lastGood): RegistryFileState {
    const cached = this.files.get(path);
    if (cached && text === undefined) return cached;
    let state: RegistryFileState;
    try {
      const content = text ?? readFileSync(path, 'utf8');
      const parsed = parseRegistry(content, path);
      // A broken edit must not empty the registry: after a syntax error the last version that parsed stays in force.
      state = { path, text: content, problems: parsed.problems, lastGood: parsed.ok || !previous?.ok ? parsed : previous };
    } catch (error) {
      // Deleted: the registry is gone. Anything else (a directory, no permission): keep the last good one.
      const gone = (error as NodeJS.ErrnoException).code === 'ENOENT';
      state = { path, text: '', problems: [], lastGood: gone ? undefined : previous, readError: gone ? undefined : (error as Error).message };
    }
    this.files.set(path, state);
    return state;
  }
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
