/**
 * Fills and maintains the workspace index in the background: a first scan of every
 * folder with a progress report, then single files as they change on disk, and open
 * documents from the editor as they are analysed. Work runs one file at a time and
 * yields to the event loop between files, so requests (hover, tokens) are answered
 * while a large workspace is still being read; a newer scan cancels an older one.
 */
import { pathToFileURL } from 'node:url';
import { analyzeArticle, type ArticleAnalysis, type Registry } from '../analysis';
import type { Settings } from '../settings';
import { toRecord } from './articleRecord';
import { listArticleFiles, readArticleFile } from './fileScan';
import type { WorkspaceIndex } from './workspaceIndex';

/** What the indexer needs from the server around it. */
export interface IndexerDeps {
  index: WorkspaceIndex;
  registryFor(path: string): Registry;
  settings(): Settings;
  /** True when the editor has the document open: its buffer, not the disk, is the truth. */
  isOpen(uri: string): boolean;
  log(message: string): void;
  /** Reports progress; returns a function that ends the report. */
  beginProgress(title: string): Promise<{ report(done: number, total: number): void; done(): void }>;
  /** Called after a batch of changes, to refresh code lenses and the like. */
  changed(): void;
}

/** Background indexing of the workspace folders. */
export class Indexer {
  private generation = 0;
  private folders: string[] = [];
  private readonly pending = new Set<string>();
  private draining = false;
  private building: Promise<void> = Promise.resolve();

  constructor(private readonly deps: IndexerDeps) {}

  /** Resolves when the current scan has finished (tests and benchmarks wait on it). */
  whenReady(): Promise<void> {
    return this.building;
  }

  /** Scans the folders from scratch, replacing whatever was indexed. */
  rebuild(folders: string[] = this.folders): Promise<void> {
    this.folders = folders;
    const generation = ++this.generation;
    this.building = this.scan(generation);
    return this.building;
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

  /** An open document was analysed: its record replaces the disk's. */
  documentAnalysed(uri: string, text: string, analysis: ArticleAnalysis): void {
    this.deps.index.set(toRecord(uri, text, analysis));
  }

  private async scan(generation: number): Promise<void> {
    const started = Date.now();
    const files = this.folders.flatMap((folder) => listArticleFiles(folder).map((path) => ({ path, folder })));
    const progress = await this.deps.beginProgress(`Indexing ${files.length} articles`);
    let indexed = 0;
    try {
      for (let i = 0; i < files.length; i++) {
        if (generation !== this.generation) return;
        if (this.indexFile(files[i].path, files[i].folder)) indexed++;
        if (i % 25 === 0) {
          progress.report(i, files.length);
          await yieldToEventLoop();
        }
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
        this.indexFile(path, this.folders.find((f) => path.startsWith(f)));
        await yieldToEventLoop();
      }
      this.deps.changed();
    } finally {
      this.draining = false;
    }
  }

  /** Reads and indexes one file; false when it is not an article. */
  private indexFile(path: string, folder: string | undefined): boolean {
    const uri = pathToFileURL(path).toString();
    if (this.deps.isOpen(uri)) return true;
    const settings = this.deps.settings();
    const read = readArticleFile(path, folder, settings.maxFileSize, settings.articleGlobs);
    if ('skipped' in read) {
      this.deps.index.delete(uri);
      return false;
    }
    try {
      const analysis = analyzeArticle(read.text, { registry: this.deps.registryFor(path) });
      this.deps.index.set(toRecord(uri, read.text, analysis));
      return true;
    } catch (error) {
      // The core never throws on text; if it ever does, one file must not stop the index.
      this.deps.log(`Could not index ${path}: ${(error as Error).message}`);
      return false;
    }
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
