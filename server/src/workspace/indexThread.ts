/**
 * Runs index jobs in a worker thread (dist/indexWorker.js) and falls back to the
 * server's own thread when no worker can be started, so indexing never stops.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { IndexJobRunner, type IndexJob, type IndexOutcome } from './indexJob';

/** Sends jobs to the worker and resolves each with its outcome. */
export class IndexThread {
  private worker: Worker | undefined;
  private failed = false;
  private readonly pending = new Map<number, (outcome: IndexOutcome) => void>();
  private readonly local = new IndexJobRunner();
  private readonly sentRegistries = new Set<number>();

  constructor(private readonly log: (message: string) => void, private readonly script = join(__dirname, 'indexWorker.js')) {}

  /** Indexes one file; the registry's files are sent to the worker only the first time. */
  run(job: Omit<IndexJob, 'registry'> & { registry: { serial: number; files: IndexJob['registry']['files'] } }): Promise<IndexOutcome> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(this.local.run(job));
    const first = !this.sentRegistries.has(job.registry.serial);
    this.sentRegistries.add(job.registry.serial);
    return new Promise((resolve) => {
      this.pending.set(job.id, resolve);
      worker.postMessage({ ...job, registry: first ? job.registry : { serial: job.registry.serial } });
    });
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
      worker.unref();
      worker.on('message', (outcome: IndexOutcome) => {
        this.pending.get(outcome.id)?.(outcome);
        this.pending.delete(outcome.id);
      });
      worker.on('error', (error) => this.fail(`The index worker failed (${error.message}); indexing continues in the server thread.`));
      worker.on('exit', (code) => {
        if (this.worker === worker && code !== 0) this.fail(`The index worker stopped (exit ${code}); indexing continues in the server thread.`);
      });
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
