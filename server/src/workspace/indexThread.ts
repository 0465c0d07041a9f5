/**
 * Runs index jobs in a worker thread (dist/indexWorker.js) and falls back to the
 * server's own thread when no worker can be started, so indexing never stops.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis, ParsedRegistryFile } from '../analysis';
import { IndexJobRunner, type AnalyzeJob, type AnalyzeOutcome, type IndexJob, type IndexOutcome, type RegistryPart } from './indexJob';

/** Registry entries per message to the worker: serializing one part holds the server's thread (2000 took 110 ms under load; bench H). */
const ENTRIES_PER_PART = 250;

/** Sends jobs to the worker and resolves each with its outcome. */
export class IndexThread {
  private worker: Worker | undefined;
  private failed = false;
  private readonly pending = new Map<number, (outcome: IndexOutcome | AnalyzeOutcome) => void>();
  private readonly local = new IndexJobRunner();
  private analyses = 0;
  private readonly sentRegistries = new Map<number, Promise<void>>();

  constructor(
    private readonly log: (message: string) => void,
    private readonly script = join(__dirname, 'indexWorker.js'),
  ) {}

  /** Indexes one file; the registry's files are sent to the worker only the first time. */
  async run(job: Omit<IndexJob, 'registry'> & { registry: { serial: number; files: ParsedRegistryFile[] } }): Promise<IndexOutcome> {
    const worker = this.ensureWorker();
    if (!worker) return this.local.run(job);
    let sent = this.sentRegistries.get(job.registry.serial);
    if (!sent) this.sentRegistries.set(job.registry.serial, (sent = this.sendRegistry(worker, job.registry.serial, job.registry.files)));
    await sent;
    if (this.worker !== worker) return this.local.run(job);
    return new Promise((resolve) => {
      this.pending.set(job.id, resolve as (outcome: IndexOutcome | AnalyzeOutcome) => void);
      worker.ref();
      worker.postMessage({ ...job, registry: { serial: job.registry.serial } });
    });
  }

  /**
   * Analyses a document's text in the worker; undefined when there is no worker (or it
   * failed), and the caller then analyses in its own thread.
   */
  async analyze(text: string, registry: { serial: number; files: ParsedRegistryFile[] }, maxLength: number): Promise<ArticleAnalysis | undefined> {
    const worker = this.ensureWorker();
    if (!worker) return undefined;
    let sent = this.sentRegistries.get(registry.serial);
    if (!sent) this.sentRegistries.set(registry.serial, (sent = this.sendRegistry(worker, registry.serial, registry.files)));
    await sent;
    if (this.worker !== worker) return undefined;
    // Negative ids: the indexer numbers its jobs from 1 and both share the pending map.
    const id = -++this.analyses;
    return new Promise((resolve) => {
      this.pending.set(id, (outcome) => resolve('analysis' in outcome ? outcome.analysis : undefined));
      worker.ref();
      worker.postMessage({ kind: 'analyze', id, text, registry: { serial: registry.serial }, maxLength } satisfies AnalyzeJob);
    });
  }

  /** True once the worker has failed for good (analysis then stays in the server's thread). */
  get unavailable(): boolean {
    return this.failed;
  }

  /** Sends a registry in slices of entries, yielding between them, so a 50,000-entity registry never blocks the thread. */
  private async sendRegistry(worker: Worker, serial: number, files: ParsedRegistryFile[]): Promise<void> {
    for (const file of files) {
      worker.postMessage({ kind: 'registry-file', serial, file: { ...file, entries: file.entries.slice(0, ENTRIES_PER_PART) } } satisfies RegistryPart);
      for (let i = ENTRIES_PER_PART; i < file.entries.length; i += ENTRIES_PER_PART) {
        await new Promise((resolve) => setImmediate(resolve));
        worker.postMessage({ kind: 'registry-entries', serial, entries: file.entries.slice(i, i + ENTRIES_PER_PART) } satisfies RegistryPart);
      }
    }
    worker.postMessage({ kind: 'registry-end', serial } satisfies RegistryPart);
  }

  /** Stops the worker (server shutdown). */
  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    if (!existsSync(this.script)) {
      this.failed = true;
      return undefined;
    }
    try {
      const worker = new Worker(this.script);
      worker.on('message', (outcome: IndexOutcome | AnalyzeOutcome) => {
        this.pending.get(outcome.id)?.(outcome);
        this.pending.delete(outcome.id);
        if (this.pending.size === 0) worker.unref();
      });
      worker.on('error', (error) => this.fail(`The index worker failed (${error.message}); indexing continues in the server thread.`));
      worker.on('exit', (code) => {
        if (this.worker === worker && code !== 0) this.fail(`The index worker stopped (exit ${code}); indexing continues in the server thread.`);
      });
      // After the listeners (a 'message' listener refs the worker's port again): an idle worker must not keep a process alive;
      // one with jobs under way is referenced again until they are answered (`run` and `analyze`).
      worker.unref();
      this.worker = worker;
    } catch (error) {
      this.fail(`No index worker (${(error as Error).message}); indexing runs in the server thread.`);
    }
    return this.worker;
  }

  /** Switches to the local runner and finishes the jobs the worker left behind. */
  private fail(message: string): void {
    this.log(message);
    this.failed = true;
    this.worker = undefined;
    this.sentRegistries.clear();
    for (const [id, resolve] of this.pending) resolve({ id, uri: '', skipped: 'index worker stopped' });
    this.pending.clear();
  }
}
