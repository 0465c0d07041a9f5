/**
 * File URIs and paths. The server works with paths for the file system and URIs on
 * the wire; this is the one place that converts between them.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** File-system path of a `file:` URI; undefined for other schemes (untitled buffers). */
export function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path. */
export function toUri(path: string): string {
  return pathToFileURL(path).toString();
}
