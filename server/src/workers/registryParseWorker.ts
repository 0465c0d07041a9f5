/**
 * Entry point of `dist/registryParseWorker.js`: parses large registry files in a
 * worker thread with its own heap limit, so a 50,000-entity registry never blocks the
 * server's thread and a registry that exhausts memory kills only this worker.
 */
import { parentPort } from 'node:worker_threads';
import { parseRegistry } from '../analysis';
import { readRegistryFile } from '../files/registryFile';
import { ENTRIES_PER_MESSAGE, type MoreRequest, type ParseReply, type ParseRequest } from './registryParseMessages';

const post = (reply: ParseReply) => parentPort?.postMessage(reply);
/** The replies of each job not yet sent: one goes out per `more` from the server. */
const queued = new Map<number, ParseReply[]>();

function sendNext(id: number): void {
  const replies = queued.get(id);
  const next = replies?.shift();
  if (!next) return;
  if (replies!.length === 0) queued.delete(id);
  post(next);
}

parentPort?.on('message', (request: ParseRequest | MoreRequest) => {
  if ('more' in request) {
    sendNext(request.id);
    return;
  }
  try {
    // A file is read here, with the same checks as everywhere (regular file, size cap, UTF-8), so the server's thread never reads or decodes it.
    const read = request.text !== undefined ? { text: request.text } : readRegistryFile(request.path, request.maxBytes);
    if ('error' in read) {
      post({ id: request.id, kind: 'refused', error: read.error, errorKind: read.kind });
      return;
    }
    const { entries, ...rest } = parseRegistry(read.text, request.path);
    const replies: ParseReply[] = [];
    for (let i = 0; i < entries.length; i += ENTRIES_PER_MESSAGE)
      replies.push({ id: request.id, kind: 'entries', entries: entries.slice(i, i + ENTRIES_PER_MESSAGE) });
    replies.push({ id: request.id, kind: 'done', rest, text: request.text === undefined ? read.text : undefined });
    queued.set(request.id, replies);
    sendNext(request.id);
  } catch (error) {
    post({ id: request.id, kind: 'failed', message: (error as Error).message });
  }
});
