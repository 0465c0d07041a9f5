/**
 * Reads one registry file through {@link readRegularFile}, for the server, its file
 * watcher and the CLI alike: only a regular file, at most `newsLens.maxRegistrySize`
 * bytes, strictly UTF-8. A registry saved as Latin-1 would otherwise decode to
 * "MÃ¼ller"-style text that never matches the article, silently.
 */
import { decodeUtf8, readRegularFile, type RefusalKind, type SafeReadOptions, type SafeReadResult } from './safeRead';

/** Default of `newsLens.maxRegistrySize` (bytes): big enough for ~150,000 entities, small enough to parse without exhausting the heap. */
export const DEFAULT_MAX_REGISTRY_SIZE = 20_000_000;

/** The registry's text, or why it was not read (`kind` says whether the file is missing, not a file, too large, unreadable or not UTF-8). */
export type RegistryRead = { text: string } | { error: string; kind: RefusalKind | 'encoding' };

/**
 * Reads a registry file defensively; `allowStream` (and `fd`, an open descriptor) only for standard input the user
 * named explicitly (CLI `--registry -`). `capName` names the size cap in a refusal: the editor's setting by default.
 */
export function readRegistryFile(path: string, maxBytes: number, allowStream = false, fd?: number, capName = EDITOR_CAP): RegistryRead {
  return registryText(readRegularFile(path, registryReadOptions(maxBytes, allowStream, fd, capName)));
}

/** The setting that sets the editor's registry size cap, which its refusals name. */
const EDITOR_CAP = 'newsLens.maxRegistrySize';

/** The read options of a registry: its size cap, named after what sets it (the editor's setting by default). */
export function registryReadOptions(maxBytes: number, allowStream = false, fd?: number, capName = EDITOR_CAP): SafeReadOptions {
  return { maxBytes, capName, allowStream, fd };
}

/** A registry's text from a capped read (the disk's or a workspace's): strictly UTF-8. */
export function registryText(read: SafeReadResult): RegistryRead {
  if ('refused' in read) return { error: read.refused, kind: read.kind };
  const text = decodeUtf8(read.bytes);
  if (text === undefined) return { error: 'is not valid UTF-8 (saved as Latin-1 or another encoding?); save it as UTF-8', kind: 'encoding' };
  return { text };
}
