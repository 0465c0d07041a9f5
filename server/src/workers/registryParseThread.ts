/**
 * Parses registry files in a worker thread (dist/registryParseWorker.js). The worker
 * has a heap limit: a registry that would exhaust memory ends the worker with an
 * error the user sees, instead of aborting the server (which the client would then
 * restart into the same crash). A new worker is started for the next parse.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParsedRegistryFile, RegistryEntry } from '../analysis';
import type { RefusalKind } from '../files/safeRead';
import type { MoreRequest, ParseReply, ParseRequest } from './registryParseMessages';

/** Heap of the parse worker. The yaml parser needs about 100× the file size; 20 MB (the default cap) fits. */
const WORKER_HEAP_MB = 3072;

/** A parse's outcome: the file's text and what it parsed to, or why the file was not read. */
export type ParseOutcome = { text: string; parsed: ParsedRegistryFile } | { error: string; kind: RefusalKind | 'encoding' };

interface Pending {
  entries: RegistryEntry[];
  text?: string;
  resolve: (outcome: ParseOutcome) => void;
  reject: (error: Error) => void;
}

/** One worker, started on first use and again after a failure; parses run one after another in it. */
export class RegistryParseThread {
  private worker: Worker | undefined;
  private jobs = 0;
  private readonly pending = new Map<number, Pending>();

  /** `heapMb` is the worker's heap limit (tests give a small one to reach it without gigabytes). */
  constructor(
    private readonly script = join(__dirname, 'registryParseWorker.js'),
    private readonly heapMb = WORKER_HEAP_MB,
  ) {}

  /** False when the worker script is missing (unit tests run the unbundled sources): parse in the caller's thread. */
  available(): boolean {
    return existsSync(this.script);
  }

  /**
   * Parses `text` (an editor buffer), or reads the file at `path` (at most `maxBytes`)
   * and parses it, off the server's thread; rejects with a message a user can read
   * (after "it") when the worker fails.
   */
  parse(path: string, text: string | undefined, maxBytes: number): Promise<ParseOutcome> {
    const worker = this.ensureWorker();
    const id = ++this.jobs;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { entries: [], text, resolve, reject });
      worker.postMessage({ id, path, text, maxBytes } satisfies ParseRequest);
    });
  }

  /** Stops the worker (server shutdown). */
  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    worker.unref();
    worker.on('message', (reply: ParseReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      if (reply.kind === 'entries') {
        for (const entry of reply.entries) job.entries.push(entry);
        // The next slice once the event loop has run: requests waiting meanwhile are answered first.
        setImmediate(() => {
          if (this.worker === worker && this.pending.has(reply.id)) worker.postMessage({ id: reply.id, more: true } satisfies MoreRequest);
        });
        return;
      }
      this.pending.delete(reply.id);
      if (reply.kind === 'done') job.resolve({ text: reply.text ?? job.text ?? '', parsed: { entries: job.entries, ...reply.rest } });
      else if (reply.kind === 'refused') job.resolve({ error: reply.error, kind: reply.errorKind });
      else job.reject(new Error(`could not be parsed (${reply.message})`));
    });
    const fail = (message: string) => {
      if (this.worker === worker) this.worker = undefined;
      for (const job of this.pending.values()) job.reject(new Error(message));
      this.pending.clear();
    };
    worker.on('error', (error) => {
      const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail(outOfMemory ? 'ran out of memory while being parsed; split it into smaller files' : `could not be parsed (${error.message})`);
    });
    worker.on('exit', (code) => fail(`could not be parsed (the parser stopped, exit ${code})`));
    this.worker = worker;
    return worker;
  }
}
