/**
 * Loads the registry files that apply to each workspace folder (its own
 * `entities.yaml`/`.yml`/`.json` plus the files named in `newsLens.registries`),
 * keeps the last good version of each file in force while a broken edit is being
 * fixed, and reports each file's problems.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  buildRegistry,
  buildRegistryInSteps,
  duplicateIdsAcrossFiles,
  parseRegistry,
  warmRegistryInSteps,
  type ParsedRegistryFile,
  type Registry,
  type RegistryProblem,
} from './analysis';
import { DEFAULT_MAX_REGISTRY_SIZE, registryReadOptions, registryText } from './files/registryFile';
import { DEFAULT_REGISTRY_NAMES, defaultRegistryChoice } from './files/defaultRegistry';
import { nodeFiles } from './files/nodeFiles';
import type { Workspace } from './service/workspace';
import { folderOf } from './files/folderOf';
import type { ParseOutcome } from './workers/registryParseThread';

/** Registry texts longer than this (UTF-16 units) are parsed in the worker when there is one: ~50 ms of YAML parsing. */
export const OFF_THREAD_PARSE_CHARS = 64_000;
/** Merged registries with more entries than this are built in slices between requests. */
export const SLICED_BUILD_ENTRIES = 4_000;
/**
 * Entries per slice of a sliced build: well under a millisecond of work between two
 * requests on an idle machine. On a shared one every slice can take ten times as long in
 * wall time, and a request waits for the whole slice under way (250 entries let hovers
 * wait 100-180 ms under load 15; bench H).
 */
const ENTRIES_PER_SLICE = 50;

/** How the store parses large files and tells the server about work finished in the background. */
export interface RegistryStoreOptions {
  /** Parses a registry's text (read through the workspace) off the server's thread; rejects with a readable message when that fails. */
  parseOffThread?: (path: string, text: string | undefined, maxBytes: number) => Promise<ParseOutcome>;
  /** Called when a background parse or build has changed what is in force. */
  changedInBackground?: () => void;
  /** Lets the event loop run between slices of a large build (setImmediate in the server). */
  pause?: () => Promise<void>;
  /** Where registry files are read, looked at and globs expanded: the service's workspace; Node's file system by default. */
  files?: Pick<Workspace, 'readFile' | 'stat' | 'expandGlob'>;
}

interface Merged {
  registry: Registry;
  files: ParsedRegistryFile[];
  /** The store generation it was built for; older ones stay in use while a newer one is built. */
  generation: number;
  /** Names this registry to the index worker; different for every registry this store builds. */
  serial: number;
}

/** The default registry file names at a folder's root, in order of preference (files/defaultRegistry.ts). */
export { DEFAULT_REGISTRY_NAMES } from './files/defaultRegistry';

/** One registry file's state: what is in force and what is wrong with the current text. */
export interface RegistryFileState {
  path: string;
  /**
   * The version in force: the current text (an entry with an error is left out alone);
   * after a YAML syntax error, the last version that parsed (`ok`), or with none, the
   * entries before the error (`ok` false).
   */
  lastGood?: ParsedRegistryFile;
  /** True when `lastGood` was parsed from `text`, so its spans are positions in it (not after a syntax error or a failed read). */
  lastGoodIsText?: true;
  problems: RegistryProblem[];
  /** Text the problems' offsets refer to. */
  text: string;
  /** Why the file could not be read, when it could not. */
  readError?: string;
  /** The file does not exist (a `newsLens.registries` entry that names nothing gets a warning). */
  missing?: boolean;
  /** The file is being parsed in the background; `lastGood` stays in force meanwhile. */
  loading?: boolean;
}

/** The `newsLens.registries` value of each folder (`undefined`: the window's, for paths outside every folder). */
export type ExtraRegistries = readonly string[] | ((folder: string | undefined) => readonly string[]);

/** Registry files by path, and the merged registry for each workspace folder. */
export class RegistryStore {
  private readonly files = new Map<string, RegistryFileState>();
  private readonly merged = new Map<string, Merged>();
  /** Bumped by every change; a merged registry of an older generation is stale. */
  private generation = 0;
  /** The last serial given to a merged registry (see `Merged.serial`). */
  private serials = 0;
  private readonly building = new Set<string>();
  /** Files with a background parse under way. */
  private readonly parsing = new Set<string>();
  private maxBytes = DEFAULT_MAX_REGISTRY_SIZE;
  /** The files each glob of `newsLens.registries` named when the setting was last applied. */
  private readonly expanded = new Map<string, string[]>();

  private readonly disk: Pick<Workspace, 'readFile' | 'stat' | 'expandGlob'>;

  constructor(
    private folders: string[],
    private extra: ExtraRegistries = [],
    private readonly options: RegistryStoreOptions = {},
  ) {
    this.disk = options.files ?? nodeFiles;
  }

  /** Replaces the folder list and the extra registry setting (per folder, or one for all); reloads everything. */
  configure(folders: string[], extra: ExtraRegistries, maxBytes = this.maxBytes): void {
    this.folders = folders;
    this.extra = extra;
    this.maxBytes = maxBytes;
    this.expanded.clear();
    this.invalidate();
  }

  /** Replaces only the extra registry setting and the size cap (the folders stay). */
  setExtra(extra: ExtraRegistries, maxBytes = this.maxBytes): void {
    this.extra = extra;
    this.maxBytes = maxBytes;
    this.files.clear();
    this.expanded.clear();
    this.invalidate();
  }

  /** Every merged registry is stale; the old ones answer until the new ones are built. */
  private invalidate(): void {
    this.generation++;
  }

  /** The registry for a document path: its folder's files plus the shared ones. */
  registryFor(documentPath: string | undefined): Registry {
    return this.mergedFor(documentPath).registry;
  }

  /** The parsed files behind `registryFor(documentPath)`: plain data another thread can rebuild the same registry from. */
  sourcesFor(documentPath: string | undefined): { serial: number; files: ParsedRegistryFile[] } {
    const merged = this.mergedFor(documentPath);
    return { serial: merged.serial, files: merged.files };
  }

  private mergedFor(documentPath: string | undefined): Merged {
    const folder = this.folderOrFirst(documentPath);
    const key = folder ?? '';
    const current = this.merged.get(key);
    if (current?.generation === this.generation) return current;
    const generation = this.generation;
    const files = this.pathsFor(folder)
      .map((p) => this.load(p).lastGood)
      .filter((f): f is ParsedRegistryFile => f !== undefined);
    const size = files.reduce((n, f) => n + f.entries.length, 0);
    if (size <= SLICED_BUILD_ENTRIES || !this.options.pause) {
      const merged = { registry: buildRegistry(files), files, generation, serial: ++this.serials };
      this.merged.set(key, merged);
      return merged;
    }
    // Large: build between requests; the registry in force so far answers meanwhile.
    if (!this.building.has(key)) void this.buildInSlices(key, files, generation);
    return current ?? { registry: buildRegistry([]), files: [], generation: -1, serial: ++this.serials };
  }

  private async buildInSlices(key: string, files: ParsedRegistryFile[], generation: number): Promise<void> {
    this.building.add(key);
    try {
      const steps = buildRegistryInSteps(files, ENTRIES_PER_SLICE);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          // What the first analysis would build at once (near-miss buckets, profiles), built in slices too.
          const warm = warmRegistryInSteps(step.value, ENTRIES_PER_SLICE);
          while (!warm.next().done) {
            await this.options.pause!();
            if (generation !== this.generation) break;
          }
          if (generation === this.generation) this.merged.set(key, { registry: step.value, files, generation, serial: ++this.serials });
          break;
        }
        await this.options.pause!();
        if (generation !== this.generation) break;
      }
    } finally {
      this.building.delete(key);
    }
    // Newer changes arrived meanwhile: the next request starts their build. Either way the server refreshes.
    this.options.changedInBackground?.();
  }

  /**
   * True when `text` is exactly what is already in force for `path` (read and parsed, not
   * loading): opening entities.yaml in an editor then changes nothing, so nothing is redone.
   */
  holds(path: string, text: string): boolean {
    const state = this.files.get(path);
    return state !== undefined && !state.loading && state.readError === undefined && !state.missing && state.text === text;
  }

  /** Re-reads one file (after a change on disk or in an editor buffer); `text` overrides the disk. */
  update(path: string, text?: string): RegistryFileState {
    const previous = this.files.get(path)?.lastGood;
    this.files.delete(path);
    this.invalidate();
    const state = this.load(path, text, previous);
    // A broken edit must not empty the registry: the last version that parsed stays in force (unless the file is gone).
    if (state.readError !== undefined || state.problems.length > 0) state.lastGood ??= previous;
    return state;
  }

  /** Every registry file that applies to some folder, with its current state. */
  allFiles(): RegistryFileState[] {
    const paths = new Set(this.folders.flatMap((f) => this.pathsFor(f)));
    for (const p of this.pathsFor(undefined)) paths.add(p);
    return [...paths].map((p) => this.load(p));
  }

  /**
   * Errors on ids that a folder's earlier registry file already defines, by path. The merge
   * keeps an id's first entry (its own `entities.yaml` first, then `newsLens.registries` in
   * order), and a file's own parse cannot see the others, so without these the later entry
   * vanished silently. A file gets them only while its version in force is its current
   * text, so that the positions are right; a shared file used by several folders gets each.
   */
  duplicateIdProblems(): Map<string, RegistryProblem[]> {
    const byPath = new Map<string, RegistryProblem[]>();
    for (const folder of this.folders.length > 0 ? this.folders : [undefined]) {
      const states = [...new Set(this.pathsFor(folder))].map((p) => this.load(p)).filter((s) => s.lastGood !== undefined);
      const found = duplicateIdsAcrossFiles(states.map((s) => ({ label: this.labelOf(s.path, folder), parsed: s.lastGood! })));
      states.forEach((state, i) => {
        if (!state.lastGoodIsText || found[i].length === 0) return;
        const list = byPath.get(state.path) ?? [];
        for (const p of found[i]) if (!list.some((q) => q.start === p.start && q.message === p.message)) list.push(p);
        byPath.set(state.path, list);
      });
    }
    return byPath;
  }

  /** A registry path as messages show it: relative to the folder when inside it. */
  private labelOf(path: string, folder: string | undefined): string {
    const inside = folder !== undefined ? relative(folder, path) : '';
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
  }

  /** True when `path` is (or would be) one of the registry files. */
  isRegistryPath(path: string): boolean {
    return (
      this.files.has(path) ||
      this.folders.some((f) => DEFAULT_REGISTRY_NAMES.some((n) => join(f, n) === path) || this.extraPaths(f).includes(path)) ||
      this.extraPaths(undefined).includes(path)
    );
  }

  /** The shared registries of `newsLens.registries`, resolved against the first folder. */
  sharedPaths(): string[] {
    return this.extraPaths(undefined);
  }

  /** The workspace folder a path belongs to (the deepest one), if any. */
  folderOf(path: string | undefined): string | undefined {
    return folderOf(path, this.folders);
  }

  /**
   * The default-named registry files each folder leaves unread because an earlier default
   * name is its registry (and no setting names them), with the name in use: they get a
   * warning, as in `news-lens check`, since nothing else would say they are ignored.
   */
  ignoredDefaults(): { path: string; used: string }[] {
    const ignored: { path: string; used: string }[] = [];
    for (const folder of this.folders) {
      const { used, ignored: names } = this.defaultsOf(folder);
      const read = new Set(this.pathsFor(folder));
      for (const name of names) if (used && !read.has(join(folder, name))) ignored.push({ path: join(folder, name), used });
    }
    return ignored;
  }

  private pathsFor(folder: string | undefined): string[] {
    const used = folder ? this.defaultsOf(folder).used : undefined;
    return [...(folder && used ? [join(folder, used)] : []), ...this.extraPaths(folder)];
  }

  /**
   * A folder's own registry: the first default name that is a file, or that was one and is now broken
   * (replaced by a directory, unreadable): its last good version stays in force.
   */
  private defaultsOf(folder: string): { used?: string; ignored: string[] } {
    return defaultRegistryChoice((name) => this.exists(join(folder, name)) || this.files.get(join(folder, name))?.lastGood !== undefined);
  }

  /** The folder's `newsLens.registries`, resolved against it (the first folder for `undefined`), globs expanded. */
  private extraPaths(folder: string | undefined): string[] {
    const base = folder ?? this.folders[0] ?? process.cwd();
    const patterns = typeof this.extra === 'function' ? this.extra(folder) : this.extra;
    return patterns.flatMap((p) => this.expand(isAbsolute(p) ? p : resolve(base, p)));
  }

  /** A pattern's files, expanded once per application of the setting (a plain path is itself). */
  private expand(pattern: string): string[] {
    let paths = this.expanded.get(pattern);
    if (!paths) this.expanded.set(pattern, (paths = this.disk.expandGlob(pattern)));
    return paths;
  }

  private folderOrFirst(path: string | undefined): string | undefined {
    return this.folderOf(path) ?? this.folders[0];
  }

  /** Every read is the workspace's capped one (files/safeRead.ts on disk): a FIFO, a device or a file over newsLens.maxRegistrySize is refused, never read. */
  private load(path: string, text?: string, previous = this.files.get(path)?.lastGood): RegistryFileState {
    const cached = this.files.get(path);
    if (cached && text === undefined) return cached;
    let state: RegistryFileState;
    const read = text !== undefined ? { text } : registryText(this.disk.readFile(path, registryReadOptions(this.maxBytes)));
    if ('error' in read) {
      // Deleted: the registry is gone. Anything else (a directory, a FIFO, too large, no permission): keep the last good one.
      const gone = read.kind === 'missing';
      state = { path, text: '', problems: [], lastGood: gone ? undefined : previous, readError: gone ? undefined : read.error, missing: gone || undefined };
    } else if (this.options.parseOffThread && read.text.length > OFF_THREAD_PARSE_CHARS) {
      // Large: parsed in the worker (read here, through the workspace, like every file); the last good version answers meanwhile.
      state = { path, text: read.text, problems: [], lastGood: previous, loading: true };
      this.parseInBackground(state);
    } else {
      state = this.parsed(path, read.text, parseRegistry(read.text, path), previous);
    }
    this.files.set(path, state);
    return state;
  }

  /** The state of a file whose text parsed (with or without problems). */
  private parsed(path: string, content: string, parsed: ParsedRegistryFile, previous: ParsedRegistryFile | undefined): RegistryFileState {
    // An entry with an error is left out alone (parsed.ok stays true); after a syntax error the last version
    // that parsed stays in force, and a file that never parsed uses the entries before the error.
    const current = parsed.ok || !previous?.ok;
    return { path, text: content, problems: parsed.problems, lastGood: current ? parsed : previous, ...(current && { lastGoodIsText: true as const }) };
  }

  private parseInBackground(loading: RegistryFileState): void {
    // One parse per file at a time: typing in a large registry must not queue a parse per keystroke.
    // The one under way ends in settle(), which starts the newest text's.
    if (this.parsing.has(loading.path)) return;
    this.parsing.add(loading.path);
    this.options.parseOffThread!(loading.path, loading.text, this.maxBytes).then(
      (outcome) =>
        this.settle(loading, (previous) =>
          'error' in outcome
            ? {
                path: loading.path,
                text: '',
                problems: [],
                lastGood: outcome.kind === 'missing' ? undefined : previous,
                readError: outcome.kind === 'missing' ? undefined : outcome.error,
                missing: outcome.kind === 'missing' || undefined,
              }
            : this.parsed(loading.path, outcome.text, outcome.parsed, previous),
        ),
      (error: Error) => this.settle(loading, (previous) => ({ path: loading.path, text: '', problems: [], lastGood: previous, readError: error.message })),
    );
  }

  /** A background parse finished: its state replaces the loading one, unless a newer read replaced that meanwhile. */
  private settle(loading: RegistryFileState, make: (previous: ParsedRegistryFile | undefined) => RegistryFileState): void {
    this.parsing.delete(loading.path);
    const current = this.files.get(loading.path);
    if (current !== loading) {
      if (current?.loading) this.parseInBackground(current);
      return;
    }
    const state = make(loading.lastGood);
    if (state.readError !== undefined || state.problems.length > 0) state.lastGood ??= loading.lastGood;
    this.files.set(loading.path, state);
    this.invalidate();
    this.options.changedInBackground?.();
  }

  /** True when something that is not a directory exists at `path` (a FIFO or device is then refused, with a diagnostic, by the read). */
  private exists(path: string): boolean {
    const stat = this.disk.stat(path);
    return stat !== undefined && stat.kind !== 'directory';
  }
}
