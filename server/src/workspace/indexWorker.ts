/**
 * Entry point of `dist/indexWorker.js`: indexes articles in a worker thread, so the
 * server's own thread stays free to answer hovers and keystrokes while a large
 * workspace is read.
 */
import { parentPort } from 'node:worker_threads';
import { IndexJobRunner, type IndexJob } from './indexJob';

const runner = new IndexJobRunner();
parentPort?.on('message', (job: IndexJob) => parentPort?.postMessage(runner.run(job)));
