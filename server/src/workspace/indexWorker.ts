/**
 * Entry point of `dist/indexWorker.js`: indexes articles in a worker thread, so the
 * server's own thread stays free to answer hovers and keystrokes while a large
 * workspace is read.
 */
import { parentPort } from 'node:worker_threads';
import { IndexJobRunner, type IndexJob, type RegistryPart } from './indexJob';

const runner = new IndexJobRunner();
parentPort?.on('message', (message: IndexJob | RegistryPart) => {
  if ('kind' in message) runner.receive(message);
  else parentPort?.postMessage(runner.run(message));
});
