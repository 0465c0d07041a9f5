/**
 * The one way the server, its worker threads and the CLI read a file someone else
 * may have made: stat first, read only regular files, and never more than a cap.
 * A workspace, a registry path in a cloned repository's settings or an article link
 * can point at `/dev/zero`, a FIFO or a 10 GB file; reading any of those naively
 * grows memory until the process aborts or blocks the thread for good.
 *
 * The file is opened with O_NONBLOCK (opening a FIFO then never waits for a writer)
 * and the checks run on the open descriptor (fstat), so a file swapped for a device
 * between a check and the read is still refused.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a file was not read. `missing`: no such file; `not-a-file`: a directory, FIFO, device or socket; `too-large`: over the cap; `unreadable`: anything else (permissions, I/O). */
export type RefusalKind = 'missing' | 'not-a-file' | 'too-large' | 'unreadable';

/** The bytes of a file, or why it was refused, as one line a user can act on that reads after "it" ("it is a pipe (FIFO), …"). */
export type SafeReadResult = { bytes: Buffer } | { refused: string; kind: RefusalKind };

/** Options of {@link readRegularFile}. */
export interface SafeReadOptions {
  /** The most bytes the file may have; a bigger file is refused before anything is read. */
  maxBytes: number;
  /** Names the cap in the refusal message (e.g. "newsLens.maxRegistrySize"). */
  capName: string;
  /**
   * Accept a pipe or terminal as well, still reading at most `maxBytes` (the CLI's
   * explicit `--registry -` / `/dev/stdin`). Never set for paths a workspace supplies.
   */
  allowStream?: boolean;
  /** Read this already open descriptor instead of opening `path` (0 for standard input, which may be a socket that cannot be reopened by name); it is not closed. */
  fd?: number;
}

/** Human size: "20 MB", "512 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Math.round((bytes / 1_000_000) * 10) / 10} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}

/** What kind of non-regular file the stat describes, for the refusal message. */
function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads `path` if it is a regular file of at most `maxBytes`; never blocks on FIFOs, never reads past the cap. */
export function readRegularFile(path: string, options: SafeReadOptions): SafeReadResult {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting forever.
    fd = options.fd ?? openSync(path, constants.O_RDONLY | (options.allowStream ? 0 : constants.O_NONBLOCK));
  } catch (error) {
    return refusalOf(error);
  }
  try {
    const stat = fstatSync(fd);
    const stream = options.allowStream && (stat.isFIFO() || stat.isCharacterDevice() || stat.isSocket());
    if (!stat.isFile() && !stream) return { refused: `is ${kindOf(stat)}, not a regular file; only regular files are read`, kind: 'not-a-file' };
    if (stat.isFile() && stat.size > options.maxBytes) {
      return { refused: `is ${formatBytes(stat.size)}, over the ${formatBytes(options.maxBytes)} limit of ${options.capName}`, kind: 'too-large' };
    }
    // Read at most maxBytes + 1: a file that grew since fstat (or a stream) is still bounded.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(1 << 20, options.maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EOF') break;
        if (code === 'EAGAIN') {
          // A non-blocking stdin with no data yet: wait a little and try again.
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        throw error;
      }
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      total += n;
      if (total > options.maxBytes) return { refused: `is over the ${formatBytes(options.maxBytes)} limit of ${options.capName}`, kind: 'too-large' };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return refusalOf(error);
  } finally {
    if (options.fd === undefined) closeSync(fd);
  }
}

function refusalOf(error: unknown): { refused: string; kind: RefusalKind } {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { refused: 'does not exist', kind: 'missing' };
  if (code === 'EACCES' || code === 'EPERM') return { refused: 'cannot be read (permission denied)', kind: 'unreadable' };
  if (code === 'EISDIR') return { refused: 'is a directory, not a regular file; only regular files are read', kind: 'not-a-file' };
  if (code === 'ENXIO') return { refused: 'is a socket or device that cannot be opened, not a regular file', kind: 'not-a-file' };
  return { refused: `cannot be read (${(error as Error).message})`, kind: 'unreadable' };
}

/** Decodes UTF-8 strictly (a UTF-8 byte-order mark is dropped); undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}
