/**
 * One article to index, as plain data, so the work can run in a worker thread or
 * in the server's own thread with the same code: take the file's bytes, analyse it (names
 * and quotes; the index needs no dates), and make its compact record.
 */
import { analyzeArticle, buildRegistry, type ArticleAnalysis, type ParsedRegistryFile, type Registry } from '../analysis';
import { toRecord, type ArticleRecord } from './articleRecord';
import { articleText } from './fileScan';

/** What to index and with which registry (identified by serial; its files are sent once). */
export interface IndexJob {
  id: number;
  path: string;
  uri: string;
  /** The file's bytes, read by the service's workspace (the worker reads nothing itself). */
  bytes: Uint8Array;
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

/**
 * A registry sent to the worker in parts: a large one (50,000 entries, ~10 MB of
 * structured clone) in one message would hold the server's thread for a quarter second.
 */
export type RegistryPart =
  | { kind: 'registry-file'; serial: number; file: ParsedRegistryFile }
  | { kind: 'registry-entries'; serial: number; entries: ParsedRegistryFile['entries'] }
  | { kind: 'registry-end'; serial: number };

/** An open document too large to analyse in the server's thread (see analysisCache.ts), analysed in full in the worker. */
export interface AnalyzeJob {
  kind: 'analyze';
  id: number;
  text: string;
  registry: { serial: number };
  maxLength: number;
}

/** The analysis of an {@link AnalyzeJob}; none when the registry was not there or the analysis threw. */
export interface AnalyzeOutcome {
  id: number;
  analysis?: ArticleAnalysis;
}

/** Runs jobs, rebuilding each registry once from its files and keeping the last few. */
export class IndexJobRunner {
  private readonly registries = new Map<number, Registry>();
  private readonly arriving = new Map<number, ParsedRegistryFile[]>();

  /** Takes one part of a registry sent in parts; the last part builds it. */
  receive(part: RegistryPart): void {
    if (part.kind === 'registry-file')
      this.arriving.set(part.serial, [...(this.arriving.get(part.serial) ?? []), { ...part.file, entries: [...part.file.entries] }]);
    else if (part.kind === 'registry-entries') {
      const files = this.arriving.get(part.serial);
      const last = files?.[files.length - 1];
      if (last) for (const entry of part.entries) last.entries.push(entry);
    } else {
      this.remember(part.serial, buildRegistry(this.arriving.get(part.serial) ?? []));
      this.arriving.delete(part.serial);
    }
  }

  private remember(serial: number, registry: Registry): Registry {
    this.registries.set(serial, registry);
    // Only the newest few registries matter; older ones belong to cancelled scans.
    for (const key of [...this.registries.keys()].slice(0, -4)) this.registries.delete(key);
    return registry;
  }

  /** True when the runner still has the registry with this serial. */
  has(serial: number): boolean {
    return this.registries.has(serial);
  }

  /** Analyses an open document's text in full (dates included), with a registry received before. */
  analyze(job: AnalyzeJob): AnalyzeOutcome {
    const registry = this.registries.get(job.registry.serial);
    if (!registry) return { id: job.id };
    try {
      return { id: job.id, analysis: analyzeArticle(job.text, { registry, maxLength: job.maxLength }) };
    } catch {
      return { id: job.id };
    }
  }

  /** Indexes one file. Never throws: a failure is reported as a skipped file. */
  run(job: IndexJob): IndexOutcome {
    const registry = this.registries.get(job.registry.serial) ?? this.remember(job.registry.serial, buildRegistry(job.registry.files ?? []));
    const read = articleText(job.bytes, job.path, job.folder, job.maxFileSize, job.globs);
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
