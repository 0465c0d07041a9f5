/**
 * Entry point of `dist/analyzeWorker.js`: one of the worker threads of
 * `news-lens analyze --jobs N`. It builds the registry once from the parsed files the
 * main thread read (so a registry is read and reported once, not once per thread) and
 * then turns tasks into printed text with the same functions as the one-thread run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildRegistry } from '../analysis';
import { fileOutput, type ArticleOutput } from './articleOutput';
import type { PoolSetup, PoolTask } from './pool';
import { stdinLineOutput } from './stdinLineOutput';
import { streamCollector } from './streamCollector';

const setup = workerData as PoolSetup;
const registry = buildRegistry(setup.registries);
/** Counts the stream lines this thread analyses, for its periodic full collection (made at the first line: a file batch needs none). */
let lineDone: (() => void) | undefined;

parentPort?.on('message', (task: PoolTask) => {
  let output: ArticleOutput;
  try {
    if (task.kind === 'file') output = fileOutput(task.file, registry, setup.options);
    else {
      output = stdinLineOutput(task.line, registry, setup.options);
      (lineDone ??= streamCollector())();
    }
  } catch (error) {
    // The core never throws on text; anything else is a bug worth one clear line, not a lost article.
    const where = task.kind === 'file' ? task.file : `stdin line ${task.line.number}`;
    output = { status: 1, stdout: '', stderr: `news-lens: ${where}: internal error: ${error instanceof Error ? error.message : String(error)}\n` };
  }
  parentPort?.postMessage({ seq: task.seq, output });
});
