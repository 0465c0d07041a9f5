/**
 * The messages between the server and its registry parse worker, typed once for both
 * sides. Entries come back in slices so that no single message takes the server's
 * thread long to receive (a 50,000-entity registry is ~10 MB of structured clone), and
 * one slice at a time: the worker sends the next only when the server asks for it. Node
 * delivers every message already queued on a port in one go, so slices posted all at once
 * were all deserialized in one turn of the server's event loop, and a hover waited for
 * all of them (issue 15, bench H).
 */
import type { ParsedRegistryFile, RegistryEntry } from '../analysis';
import type { RefusalKind } from '../files/safeRead';

/** Server → worker: parse this registry text, or (no text) read the file through files/registryFile.ts first. */
export interface ParseRequest {
  id: number;
  path: string;
  text?: string;
  maxBytes: number;
}

/** Server → worker: the slice of job `id` was received; send the next one. */
export interface MoreRequest {
  id: number;
  more: true;
}

/** Worker → server: a slice of entries, or the end with everything else of the parse (or why it failed). */
export type ParseReply =
  | { id: number; kind: 'entries'; entries: RegistryEntry[] }
  | { id: number; kind: 'done'; rest: Omit<ParsedRegistryFile, 'entries'>; text?: string }
  | { id: number; kind: 'refused'; error: string; errorKind: RefusalKind | 'encoding' }
  | { id: number; kind: 'failed'; message: string };

/** Entries per reply message: ~50 KB of structured clone, a few milliseconds to receive (2000 took 100 ms under load). */
export const ENTRIES_PER_MESSAGE = 250;
