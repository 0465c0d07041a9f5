/**
 * One article to index, as plain data, so the work can run in a worker thread or
 * in the server's own thread with the same code: read the file, analyse it (names
 * and quotes; the index needs no dates), and make its compact record.
 */
import { analyzeArticle, buildRegistry, type ParsedRegistryFile, type Registry } from '../analysis';
import { toRecord, type ArticleRecord } from './articleRecord';
import { readArticleFile } from './fileScan';

/** What to index and with which registry (identified by serial; its files are sent once). */
export interface IndexJob {
  id: number;
  path: string;
  uri: string;
  folder?: string;
  registry: { serial: number; files?: ParsedRegistryFile[] };
  maxFileSize: number;
  globs: string[];
}

/** The outcome: a record, or why the file is not an article. */
export interface IndexOutcome {
  id: number;
  uri: string;
  record?: ArticleRecord;
  skipped?: string;
}

/** Runs jobs, rebuilding each registry once from its files and keeping the last few. */
export class IndexJobRunner {
  private readonly registries = new Map<number, Registry>();

  /** True when the runner still has the registry with this serial. */
  has(serial: number): boolean {
    return this.registries.has(serial);
  }

  /** Indexes one file. Never throws: a failure is reported as a skipped file. */
  run(job: IndexJob): IndexOutcome {
    let registry = this.registries.get(job.registry.serial);
    if (!registry) {
      registry = buildRegistry(job.registry.files ?? []);
      this.registries.set(job.registry.serial, registry);
      // Only the newest few registries matter; older ones belong to cancelled scans.
      for (const key of [...this.registries.keys()].slice(0, -4)) this.registries.delete(key);
    }
    const read = readArticleFile(job.path, job.folder, job.maxFileSize, job.globs);
    if ('skipped' in read) return { id: job.id, uri: job.uri, skipped: read.skipped };
    try {
      const analysis = analyzeArticle(read.text, { registry, dates: false });
      return { id: job.id, uri: job.uri, record: toRecord(job.uri, read.text, analysis) };
    } catch (error) {
      // The core never throws on text; if it ever does, one file must not stop the index.
      return { id: job.id, uri: job.uri, skipped: `analysis failed: ${(error as Error).message}` };
    }
  }
}
