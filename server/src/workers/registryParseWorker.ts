/**
 * Entry point of `dist/registryParseWorker.js`: parses large registry files in a
 * worker thread with its own heap limit, so a 50,000-entity registry never blocks the
 * server's thread and a registry that exhausts memory kills only this worker.
 */
import { parentPort } from 'node:worker_threads';
import { parseRegistry } from '../analysis';
import { readRegistryFile } from '../files/registryFile';
import { ENTRIES_PER_MESSAGE, type ParseReply, type ParseRequest } from './registryParseMessages';

parentPort?.on('message', (request: ParseRequest) => {
  const post = (reply: ParseReply) => parentPort?.postMessage(reply);
  try {
    // A file is read here, with the same checks as everywhere (regular file, size cap, UTF-8), so the server's thread never reads or decodes it.
    const read = request.text !== undefined ? { text: request.text } : readRegistryFile(request.path, request.maxBytes);
    if ('error' in read) {
      post({ id: request.id, kind: 'refused', error: read.error, errorKind: read.kind });
      return;
    }
    const { entries, ...rest } = parseRegistry(read.text, request.path);
    for (let i = 0; i < entries.length; i += ENTRIES_PER_MESSAGE) post({ id: request.id, kind: 'entries', entries: entries.slice(i, i + ENTRIES_PER_MESSAGE) });
    post({ id: request.id, kind: 'done', rest, text: request.text === undefined ? read.text : undefined });
  } catch (error) {
    post({ id: request.id, kind: 'failed', message: (error as Error).message });
  }
});
