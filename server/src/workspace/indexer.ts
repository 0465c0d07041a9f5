/**
 * Fills and maintains the workspace index in the background: a first scan of every
 * folder with a progress report, then single files as they change on disk, and open
 * documents from the editor as they are analysed. Work runs one file at a time and
 * yields to the event loop between files, so requests (hover, tokens) are answered
 * while a large workspace is still being read; a newer scan cancels an older one.
 */
import { pathToFileURL } from 'node:url';
import type { ArticleAnalysis, ParsedRegistryFile } from '../analysis';
import type { Settings } from '../settings';
import { toRecord } from './articleRecord';
import type { Workspace } from '../service/workspace';
import { articleReadOptions } from './fileScan';
import { folderOf } from '../files/folderOf';
import { IndexThread } from './indexThread';
import type { WorkspaceIndex } from './workspaceIndex';

/** What the indexer needs from the service around it. */
export interface IndexerDeps {
  index: WorkspaceIndex;
  /** Where files are listed and read: the service's workspace. */
  files: Pick<Workspace, 'readFile' | 'listArticleFiles'>;
  /** The registry a file is analysed with, as plain data another thread can rebuild it from. */
  registrySources(path: string): { serial: number; files: ParsedRegistryFile[] };
  /** The settings in force for a path (its workspace folder's). */
  settings(path: string | undefined): Settings;
  /** True when the editor has the document open: its buffer, not the disk, is the truth. */
  isOpen(uri: string): boolean;
  log(message: string): void;
  /** Tells the user something they should act on (a window message). */
  warn(message: string): void;
  /** Reports progress; returns a function that ends the report. */
  beginProgress(title: string): Promise<{ report(done: number, total: number): void; done(): void }>;
  /** Called after a batch of changes, to refresh code lenses and the like. */
  changed(): void;
}

/** Background indexing of the workspace folders. */
export class Indexer {
  private generation = 0;
  private scanning = false;
  private folders: string[] = [];
  private readonly pending = new Set<string>();
  private draining = false;
  private building: Promise<void> = Promise.resolve();
  private jobs = 0;
  private readonly thread: IndexThread;

  constructor(private readonly deps: IndexerDeps) {
    this.thread = new IndexThread(deps.log);
  }

  /** Analyses an open document's text in the index worker (see analysisCache.ts); undefined without a worker. */
  analyzeOffThread(text: string, registry: { serial: number; files: ParsedRegistryFile[] }, maxLength: number): Promise<ArticleAnalysis | undefined> {
    return this.thread.analyze(text, registry, maxLength);
  }

  /** Stops the worker thread. */
  dispose(): void {
    this.thread.dispose();
  }

  /** Resolves when the current scan has finished (tests and benchmarks wait on it). */
  whenReady(): Promise<void> {
    return this.building;
  }

  /** Scans the folders from scratch, replacing whatever was indexed. */
  rebuild(folders: string[] = this.folders): Promise<void> {
    this.folders = folders;
    const generation = ++this.generation;
    this.scanning = true;
    this.building = this.scan(generation);
    const settled = () => {
      if (generation === this.generation) this.scanning = false;
    };
    this.building.then(settled, settled);
    return this.building;
  }

  /** True while a scan of the folders is under way (the Entities view says "indexing"). */
  isIndexing(): boolean {
    return this.scanning;
  }

  /** A file was created or changed on disk. */
  fileChanged(path: string): void {
    this.pending.add(path);
    void this.drain();
  }

  /** A file was deleted (or renamed away). */
  fileDeleted(path: string): void {
    this.pending.delete(path);
    this.deps.index.delete(pathToFileURL(path).toString());
    this.deps.changed();
  }

  /**
   * An open document changed (opened, edited, re-analysed): its record replaces the disk's. The
   * record is made when the index is next read, from the analysis `analyse` gives then, so a
   * keystroke pays for no record and no request ever writes to the index.
   */
  documentChanged(uri: string, analyse: () => { text: string; analysis: ArticleAnalysis }): void {
    this.deps.index.setLater(uri, () => {
      const { text, analysis } = analyse();
      return toRecord(uri, text, analysis);
    });
  }

  private async scan(generation: number): Promise<void> {
    const started = Date.now();
    const files: { path: string; folder: string }[] = [];
    for (const folder of this.folders) {
      const limit = this.deps.settings(folder).maxWorkspaceFiles;
      // The walk is asynchronous and loop-proof (files/walk.ts): requests are answered while it runs.
      const found = await this.deps.files.listArticleFiles(folder, limit, () => generation !== this.generation);
      if (generation !== this.generation) return;
      for (const path of found.files) files.push({ path, folder });
      if (found.truncated)
        this.deps.warn(`News Lens indexed only the first ${limit} article files of ${folder} (newsLens.maxWorkspaceFiles); raise the setting to index more.`);
    }
    const progress = await this.deps.beginProgress(`Indexing ${files.length} articles`);
    let indexed = 0;
    try {
      for (let i = 0; i < files.length; i++) {
        if (generation !== this.generation) return;
        if (await this.indexFile(files[i].path, files[i].folder, generation)) indexed++;
        if (i % 25 === 0) progress.report(i, files.length);
      }
      this.deps.log(`Indexed ${indexed} of ${files.length} candidate files in ${Date.now() - started} ms.`);
    } finally {
      progress.done();
      if (generation === this.generation) this.deps.changed();
    }
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.pending.size > 0) {
        const [path] = this.pending;
        this.pending.delete(path);
        await this.indexFile(path, folderOf(path, this.folders), this.generation);
      }
      this.deps.changed();
    } finally {
      this.draining = false;
    }
  }

  /**
   * Reads one file through the workspace and indexes it (in the worker thread when there is one); false when it is
   * not an article. A result that arrives after a newer scan began, or for a file the
   * editor opened meanwhile, is dropped: the newer truth wins.
   */
  private async indexFile(path: string, folder: string | undefined, generation: number): Promise<boolean> {
    const uri = pathToFileURL(path).toString();
    if (this.deps.isOpen(uri)) return true;
    const settings = this.deps.settings(path);
    const read = this.deps.files.readFile(path, articleReadOptions(settings.maxFileSize));
    if ('refused' in read) {
      this.deps.index.delete(uri);
      return false;
    }
    const outcome = await this.thread.run({
      id: ++this.jobs,
      path,
      uri,
      bytes: read.bytes,
      folder,
      registry: this.deps.registrySources(path),
      maxFileSize: settings.maxFileSize,
      globs: settings.articleGlobs,
    });
    if (generation !== this.generation || this.deps.isOpen(uri)) return false;
    if (outcome.record) {
      this.deps.index.set(outcome.record);
      return true;
    }
    this.deps.index.delete(uri);
    return false;
  }
}
