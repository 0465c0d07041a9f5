/**
 * The worker threads of `news-lens analyze --jobs N`: tasks go to whichever thread is
 * free (two in flight per thread, so none waits for the next message) and results
 * come back through a reorder buffer, so the output is in input order and identical
 * to one thread's. `pending` counts tasks not yet handed to the caller: `--stdin`
 * stops reading while it is high, which keeps memory bounded however long the stream.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedRegistryFile } from '../analysis';
import type { ArticleOutput, OutputOptions } from './articleOutput';
import type { StdinLine } from './stdinLines';

/** What every worker gets once, at start. */
export interface PoolSetup {
  registries: ParsedRegistryFile[];
  options: OutputOptions;
}

/** One article for a worker: a file to read, or a `--stdin` line. */
export type PoolTask = PoolInput & { seq: number };

/** A task before the pool numbers it: a file, or a `--stdin` line as it was read (too long and not UTF-8 included, to be reported in its place). */
export type PoolInput = { kind: 'file'; file: string } | { kind: 'line'; line: StdinLine };

/** Tasks in flight per worker. */
const PER_WORKER = 2;

/**
 * The default `--jobs`: one thread per core but one. One analysing thread already keeps about
 * 1.3 cores busy (V8 compiles and collects on background threads), so on two cores a second
 * worker only competes with them: `--jobs 2` ran at 0.94x one thread on 2 cores (issue 12).
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Runs tasks on `size` worker threads and hands results to `emit` in submission order. */
export class OrderedPool {
  private readonly workers: Worker[] = [];
  private readonly busy: number[] = [];
  private readonly queue: PoolTask[] = [];
  private readonly done = new Map<number, ArticleOutput>();
  private nextSeq = 0;
  private nextEmit = 0;
  private failure: Error | undefined;
  private idle: (() => void) | undefined;

  constructor(
    script: string,
    setup: PoolSetup,
    size: number,
    private readonly emit: (output: ArticleOutput) => void,
    /** Called after every emitted result (`--stdin` resumes reading here). */
    private readonly progressed: () => void = () => undefined,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: setup });
      const index = i;
      worker.on('message', (message: { seq: number; output: ArticleOutput }) => this.received(index, message));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && this.pending > 0) this.fail(new Error(`a worker thread stopped with exit code ${code}`));
      });
      this.workers.push(worker);
      this.busy.push(0);
    }
  }

  /** Tasks submitted whose results have not been emitted yet. */
  get pending(): number {
    return this.nextSeq - this.nextEmit;
  }

  /** Queues a task. */
  submit(input: PoolInput): void {
    if (this.failure) return;
    this.queue.push({ ...input, seq: this.nextSeq++ });
    this.dispatch();
  }

  /** Resolves when every submitted task was emitted, then stops the threads; rejects when a thread failed. */
  async finish(): Promise<void> {
    if (this.pending > 0 && !this.failure) await new Promise<void>((resolve) => (this.idle = resolve));
    await Promise.all(this.workers.map((w) => w.terminate()));
    if (this.failure) throw this.failure;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let best = -1;
      for (let i = 0; i < this.workers.length; i++) if (this.busy[i] < PER_WORKER && (best < 0 || this.busy[i] < this.busy[best])) best = i;
      if (best < 0) return;
      this.busy[best]++;
      this.workers[best].postMessage(this.queue.shift());
    }
  }

  private received(worker: number, message: { seq: number; output: ArticleOutput }): void {
    this.busy[worker]--;
    this.done.set(message.seq, message.output);
    this.dispatch();
    while (this.done.has(this.nextEmit)) {
      const output = this.done.get(this.nextEmit)!;
      this.done.delete(this.nextEmit++);
      this.emit(output);
    }
    this.progressed();
    if (this.pending === 0) this.idle?.();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.idle?.();
  }
}
