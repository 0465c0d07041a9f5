/**
 * The messages between the server and its registry parse worker, typed once for both
 * sides. Entries come back in slices so that no single message takes the server's
 * thread long to receive (a 50,000-entity registry is ~10 MB of structured clone).
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

/** Worker → server: a slice of entries, or the end with everything else of the parse (or why it failed). */
export type ParseReply =
  | { id: number; kind: 'entries'; entries: RegistryEntry[] }
  | { id: number; kind: 'done'; rest: Omit<ParsedRegistryFile, 'entries'>; text?: string }
  | { id: number; kind: 'refused'; error: string; errorKind: RefusalKind | 'encoding' }
  | { id: number; kind: 'failed'; message: string };

/** Entries per reply message. */
export const ENTRIES_PER_MESSAGE = 2000;
