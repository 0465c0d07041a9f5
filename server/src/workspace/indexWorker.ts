/**
 * Entry point of `dist/indexWorker.js`: indexes articles in a worker thread, so the
 * server's own thread stays free to answer hovers and keystrokes while a large
 * workspace is read; it also analyses open documents too large for the server's thread.
 */
import { parentPort } from 'node:worker_threads';
import { IndexJobRunner, type AnalyzeJob, type IndexJob, type RegistryPart } from './indexJob';

const runner = new IndexJobRunner();
parentPort?.on('message', (message: IndexJob | RegistryPart | AnalyzeJob) => {
  if (!('kind' in message)) parentPort?.postMessage(runner.run(message));
  else if (message.kind === 'analyze') parentPort?.postMessage(runner.analyze(message));
  else runner.receive(message);
});
